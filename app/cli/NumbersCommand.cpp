#include "NumbersCommand.h"

#include "CliContext.h"

#include "numbers/NumberExtractor.h"
#include "numbers/NumberJson.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace parallax::cli {

QString numbersHelp() {
    return QStringLiteral(
        "Usage: parallax-cli numbers < TEXT\n"
        "Reads lines of text on stdin and writes one JSON array per line: every number found, with\n"
        "value, text, start, end (UTF-16 offsets into the line), kind, qualifier, unit, and where\n"
        "known range_end, head and predicate. See docs/cli.md.\n");
}

int runNumbers(CliContext& context, const QStringList& arguments) {
    if (!arguments.isEmpty())
        return context.usageError(QStringLiteral("numbers: takes no arguments, reads stdin"));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        context.error(QStringLiteral("numbers: cannot read stdin"));
        return InternalError;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        context.error(QStringLiteral("numbers: cannot write stdout"));
        return InternalError;
    }
    while (true) {
        QByteArray line = in.readLine();
        if (line.isEmpty())
            break; // end of input: an empty line still holds its "\n"
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        const QString text = QString::fromUtf8(line);
        const QByteArray json =
            QJsonDocument(numberMentionsToJson(extractNumbers(text))).toJson(QJsonDocument::Compact);
        out.write(json);
        out.write("\n");
        out.flush(); // one answer per line, so another program can talk to us line by line
    }
    return Done;
}

} // namespace parallax::cli
