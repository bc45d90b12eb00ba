#pragma once

#include "report/ReportContext.h"

#include <QString>

namespace parallax {

// Every section of the report in order, as one HTML body fragment.
QString reportBody(const ReportContext& context);

// The report's style. QTextDocument (the PDF) understands a subset of CSS; the browser file gets
// the same rules and a few that only browsers honour.
QString printStyleSheet();
QString browserStyleSheet();

// The report as one self-contained HTML file: inline CSS and inline SVG pictures, a policy that
// forbids loading anything (no scripts, no network, no files), all article text escaped.
QString browserReportHtml(const Analysis& analysis, const ReportOptions& options);

} // namespace parallax
