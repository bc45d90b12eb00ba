#pragma once

// Which articles get a pane when there are more articles than panes. Showing the eight that share
// the most text shows eight near-identical copies of one wire story: the least a reader learns.
// Instead: one article per family of reprints first (the biggest families first), then the
// articles that add facts or disagree.

#include "analysis/Analysis.h"

#include <vector>

namespace parallax {

struct PaneChoice {
    std::vector<int> shown;      // document indices, in the order they were chosen
    std::vector<int> familyOf;   // per document: the representative of its reprint family (itself if alone)
    std::vector<int> familySize; // per document: how many articles its family has (1 if alone)
};

// Chooses at most `count` documents. A family is the articles joined by reprint relations; its
// representative is the original where the reuse stage named one, else its longest member.
// Families are ordered by how many values their representative gives that other articles dispute,
// then by size, then by how many claims it states; then members that give a value of their own
// (an edited number in a reprint) fill the panes left.
PaneChoice choosePaneArticles(const Analysis& analysis, int count);

// `document` and the articles that reuse its text or it theirs (reprint or shared source, not
// merely the same story): what "Show Only This and Its Relations" shows. Sorted.
std::vector<int> articlesReusing(const Analysis& analysis, int document);

} // namespace parallax
