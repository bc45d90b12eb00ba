#pragma once

#include "analysis/Analysis.h"
#include "report/ReportOptions.h"

#include <QString>

class QIODevice;

namespace parallax {

// Writes the report as PDF to `device` (open for writing): the report's HTML laid out by
// QTextDocument on A4 or Letter pages, a running header with the folder's name from the second
// page on, "page N of M" at the foot, tables breaking across pages with their header rows
// repeated. Needs a QGuiApplication (fonts). Returns an error message, empty on success.
QString writePdfReport(const Analysis& analysis, const ReportOptions& options, QIODevice& device);

} // namespace parallax
