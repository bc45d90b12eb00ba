#include "CliContext.h"

#include <algorithm>
#include <cstdio>

namespace parallax::cli {

QString oneLine(const QString& text) {
    auto isBreaking = [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar(0x2028) || c == QChar(0x2029);
    };
    if (std::none_of(text.begin(), text.end(), isBreaking))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (!isBreaking(c))
            out += c;
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.unicode() > 0xFF)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    }
    return out;
}

CliContext::CliContext()
    : out_(stdout)
    , err_(stderr) {
    out_.setEncoding(QStringConverter::Utf8);
    err_.setEncoding(QStringConverter::Utf8);
}

void CliContext::error(const QString& message) {
    err_ << "parallax-cli: error: " << oneLine(message) << Qt::endl;
}

void CliContext::warning(const QString& message) {
    err_ << "parallax-cli: warning: " << oneLine(message) << Qt::endl;
}

int CliContext::usageError(const QString& message) {
    err_ << "parallax-cli: " << message << "\nTry 'parallax-cli --help'." << Qt::endl;
    return UsageError;
}

} // namespace parallax::cli
