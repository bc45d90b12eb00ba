#pragma once

#include "report/Figure.h"

#include <QImage>

class QPainter;

namespace parallax {

// Draws the figure with its top left at the painter's origin, one unit a point.
void paintFigure(QPainter& painter, const Figure& figure);

// The figure as an image of `dotsPerPoint` pixels a point (3 gives 216 dpi: sharp on paper).
QImage figureImage(const Figure& figure, double dotsPerPoint = 3);

} // namespace parallax
