#pragma once

#include <QStringList>

namespace parallax::cli {

class CliContext;

// `parallax-cli report FOLDER -o FILE.pdf|.html|.json [--page-size A4|Letter] [--recursive]
// [--max-file-size MB]`: analyses FOLDER and writes the report, the format chosen by the suffix.
// Needs a QGuiApplication for PDF (main() makes one, offscreen). Returns the exit code.
int runReport(CliContext& context, const QStringList& arguments);

QString reportHelp();

} // namespace parallax::cli
