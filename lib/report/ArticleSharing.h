#pragma once

#include "analysis/Analysis.h"

#include <vector>

namespace parallax {

// How much of one article's prose is also in another article, in words of its analysed sentences.
struct SharedWith {
    int other = 0;
    int words = 0; // words of this article's sentences matched to a sentence of `other`
};

struct ArticleSharing {
    int words = 0;                  // Document::wordCount()
    int ownWords = 0;               // words of sentences matched to no other article
    std::vector<SharedWith> shared; // most shared first
};

// One entry per document, from the reuse stage's sentence matches (any kind: identical,
// near-identical or paraphrase).
std::vector<ArticleSharing> articleSharing(const Analysis& analysis);

} // namespace parallax
