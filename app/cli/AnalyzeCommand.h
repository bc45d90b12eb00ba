#pragma once

#include <QStringList>

namespace parallax::cli {

class CliContext;

// `parallax-cli analyze FOLDER [--json FILE|-] [--indent] [--recursive] [--max-file-size MB] [--only STAGE]`:
// runs the engine on FOLDER, prints one warning line per skipped file on stderr, writes the JSON
// where asked and a summary on stdout (on stderr when the JSON goes to stdout). Returns the exit code.
int runAnalyze(CliContext& context, const QStringList& arguments);

QString analyzeHelp();

} // namespace parallax::cli
