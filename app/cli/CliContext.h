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

// stdout and stderr as UTF-8 text streams, and the one-line message conventions: every message
// names the program, then the file or folder, then the reason.
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
