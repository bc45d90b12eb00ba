#pragma once

#include "analysis/Analysis.h"
#include "report/ReportOptions.h"

#include <QByteArray>
#include <QString>

namespace parallax {

// The report's bytes in the given format: PDF (needs a QGuiApplication), self-contained HTML, or
// the analysis JSON of `parallax-cli analyze --json`. Sets `error` and returns nothing on failure.
QByteArray reportBytes(const Analysis& analysis, ReportFormat format, const ReportOptions& options,
                       QString* error);

// Writes the report to `path`, the format chosen by its suffix, atomically: the file appears (or
// replaces the old one) only once it is complete, and a failure leaves no file behind. Refuses a
// folder, an unknown suffix and any of the analysed articles. Returns an error message for the
// user ("cannot write /x/report.pdf: Permission denied"), empty on success.
QString exportReport(const Analysis& analysis, const QString& path, const ReportOptions& options);

} // namespace parallax
