#pragma once

#include <QStringList>

namespace parallax::cli {

class CliContext;

// `parallax-cli numbers`: reads text lines on stdin and writes, for each, one line holding a JSON
// array of the number mentions found in it (value, text, start, end, kind, qualifier, unit, ...).
// A diagnostic for users and tests: what does Parallax understand in this sentence?
int runNumbers(CliContext& context, const QStringList& arguments);

QString numbersHelp();

} // namespace parallax::cli
