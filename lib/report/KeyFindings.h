#pragma once

#include "report/ReportContext.h"

#include <QStringList>

namespace parallax {

// The report's first page in plain sentences, most telling first: reprints with their direction
// and how much was changed, shared sources, syndication families, then how many numbers conflict,
// were updated, or differ only by rounding, hedge or spelling. Plain text (not HTML).
QStringList keyFindings(const ReportContext& context);

} // namespace parallax
