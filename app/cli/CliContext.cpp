#include "CliContext.h"

#include <cstdio>

namespace parallax::cli {

CliContext::CliContext()
    : out_(stdout)
    , err_(stderr) {
    out_.setEncoding(QStringConverter::Utf8);
    err_.setEncoding(QStringConverter::Utf8);
}

void CliContext::error(const QString& message) {
    err_ << "parallax-cli: error: " << message << Qt::endl;
}

void CliContext::warning(const QString& message) {
    err_ << "parallax-cli: warning: " << message << Qt::endl;
}

int CliContext::usageError(const QString& message) {
    err_ << "parallax-cli: " << message << "\nTry 'parallax-cli --help'." << Qt::endl;
    return UsageError;
}

} // namespace parallax::cli
