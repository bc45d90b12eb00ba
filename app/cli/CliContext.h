#pragma once

#include <QString>
#include <QTextStream>

namespace parallax::cli {

// Exit codes, as documented in docs/cli.md.
enum ExitCode : int {
    Done = 0,
    InternalError = 1,
    UsageError = 2,
    NothingToAnalyse = 3,
    CannotWrite = 4, // the report could not be written (unwritable folder, disk full, a folder given)
};

// A file name may hold a line end or another control character (Linux allows all but '/' and NUL).
// Printed raw, "bad\nname.txt" would break a one-line message in two, the second line without the
// "parallax-cli:" prefix that scripts look for. This spells such characters out: \n, \r, \t, else
// \xHH (and U+2028/U+2029, line breaks to some terminals, as \u2028/\u2029). Other text is unchanged.
QString oneLine(const QString& text);

// stdout and stderr as UTF-8 text streams, and the one-line message conventions: every message
// names the program, then the file or folder, then the reason, on one line (oneLine above).
class CliContext {
public:
    CliContext();
    QTextStream& out() { return out_; }
    void error(const QString& message);     // "parallax-cli: error: ..."
    void warning(const QString& message);   // "parallax-cli: warning: ..."
    int usageError(const QString& message); // prints the message and a hint, returns UsageError

private:
    QTextStream out_;
    QTextStream err_;
};

} // namespace parallax::cli
