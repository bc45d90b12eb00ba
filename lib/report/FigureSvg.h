#pragma once

#include "report/Figure.h"

#include <QString>

namespace parallax {

// The figure as an inline <svg> element (one unit a point), for the self-contained HTML report.
// Every text is escaped: names come from the articles.
QString figureSvg(const Figure& figure);

} // namespace parallax
