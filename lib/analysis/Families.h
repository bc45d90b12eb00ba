#pragma once

// Syndication families: the articles that are near-identical copies of one text (joined by the
// reuse stage's reprint relations, directly or through each other). A wire story reprinted by 300
// outlets is one family, read as one story with 299 copies, not as 44,850 pairs.

#include "corpus/Document.h"
#include "reuse/ReuseResult.h"

#include <vector>

namespace parallax {

struct ReprintFamily {
    int representative = -1;  // the original when the evidence names one, else the longest member
    std::vector<int> members; // document indices, sorted; the representative among them
    int original = -1;        // the member named original of the most pairs, -1 when none is named
    int edited = 0;           // members whose text is not the representative's word for word
};

// Families of two or more articles, the biggest first (ties: the first representative first).
std::vector<ReprintFamily> findFamilies(const std::vector<Document>& docs, const ReuseResult& reuse);

} // namespace parallax
