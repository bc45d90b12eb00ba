#pragma once

#include "analysis/Analysis.h"

#include <vector>

namespace parallax {

// A syndication family: articles joined by reprint or shared-source relations, directly or
// through each other. With hundreds of articles the report's matrix has a column per family, not
// per article: a wire story in forty papers is one voice, not forty.
struct Family {
    std::vector<int> members; // document indices, ascending
    int lead = 0;             // the member shown first: an original no one is shown copying, else the first
};

struct Families {
    std::vector<Family> families; // every document is in exactly one; single articles are families of one
    std::vector<int> familyOf;    // document index -> index into families
};

// Families in the order of their lead article.
Families syndicationFamilies(const Analysis& analysis);

} // namespace parallax
