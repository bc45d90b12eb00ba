#pragma once

#include "analysis/Analysis.h"
#include "report/Figure.h"

#include <QString>

#include <vector>

namespace parallax {

// Who copied whom: the articles in a reprint or shared-source relation as boxes, originals in the
// left column and each copy one column right of what it copies; reprints as red arrows (original
// to copy), shared sources as amber arrows, dashed where the original is unknown. Past
// `maxArticles` only the articles in the most relations are drawn. Empty when no article reuses
// another's text.
Figure copyGraphFigure(const Analysis& analysis, const std::vector<QString>& names, int maxArticles = 30);

} // namespace parallax
