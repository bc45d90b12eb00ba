#pragma once

#include "analysis/Analysis.h"
#include "report/Figure.h"

#include <QString>

#include <vector>

namespace parallax {

// The similarity heat map: one row and one column per article (numbered as in the report's
// sources table), each cell the share of the more contained article's wording found in the other.
// Reprints are outlined in red, shared sources in amber. Past `maxArticles` only the articles in
// the most relations are drawn, and the description says so.
Figure heatMapFigure(const Analysis& analysis, const std::vector<QString>& names, int maxArticles = 40);

} // namespace parallax
