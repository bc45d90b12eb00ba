#include "ReportCommand.h"

#include "CliContext.h"
#include "CommandAnalysis.h"
#include "CommandSession.h"

#include "analysis/Pipeline.h"
#include "report/ExportReport.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>

namespace parallax::cli {
namespace {

struct ReportRequest {
    QString folder;
    QString output;
    QString sessionFile; // --verdicts
    ReportOptions options;
};

// Parses the arguments into `request`; returns an error message for the user, empty when fine.
QString parseReportArguments(const QStringList& arguments, ReportRequest& request) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                    QStringLiteral("FILE"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QString(), QStringLiteral("SIZE"));
    const QCommandLineOption recursive(QStringLiteral("recursive"));
    const QCommandLineOption maxSize(QStringLiteral("max-file-size"), QString(), QStringLiteral("MB"));
    // Not "--session": QGuiApplication takes -session/--session (X11 session management) for itself.
    const QCommandLineOption verdictsFile(QStringLiteral("verdicts"), QString(), QStringLiteral("FILE"));
    parser.addOptions({output, pageSize, recursive, maxSize, verdictsFile});
    if (!parser.parse(QStringList{QStringLiteral("parallax-cli report")} + arguments))
        return parser.errorText();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return positional.isEmpty()
                   ? QStringLiteral("report: missing FOLDER")
                   : QStringLiteral("report: expected one FOLDER, got %1").arg(positional.size());
    request.folder = positional.front();
    request.output = parser.value(output);
    request.sessionFile = parser.value(verdictsFile);
    if (request.output.isEmpty())
        return QStringLiteral("report: missing -o FILE (.pdf, .html or .json)");
    if (!reportFormatForPath(request.output))
        return QStringLiteral("report: %1: the name must end in .pdf, .html or .json").arg(request.output);
    if (parser.isSet(pageSize)) {
        const auto size = pageSizeFromName(parser.value(pageSize));
        if (!size)
            return QStringLiteral("report: unknown page size '%1' (A4 or Letter)")
                .arg(parser.value(pageSize));
        request.options.pageSize = *size;
    }
    request.options.pipeline.load.recursive = parser.isSet(recursive);
    if (parser.isSet(maxSize)) {
        bool ok = false;
        const double mb = parser.value(maxSize).toDouble(&ok);
        if (!ok || mb <= 0)
            return QStringLiteral("report: --max-file-size wants a positive number of MB");
        request.options.pipeline.load.maxFileBytes = qint64(mb * 1024 * 1024);
    }
    return QString();
}

} // namespace

QString reportHelp() {
    return QStringLiteral(
        "Usage: parallax-cli report FOLDER -o FILE [options]\n"
        "Analyses the articles in FOLDER and writes a report: PDF, a self-contained HTML file, or\n"
        "the analysis JSON, chosen by FILE's suffix (.pdf, .html, .json). Needs no display.\n\n"
        "Options:\n"
        "  -o, --output FILE      where to write the report (replaced only once complete)\n"
        "  --page-size SIZE       A4 or Letter (default: from the locale)\n"
        "  --recursive            read subfolders too\n"
        "  --max-file-size MB     skip files larger than MB megabytes (default 20)\n"
        "  --verdicts FILE        the verdicts and notes to report (default: the ones saved\n"
        "                         for FOLDER by the window, if any)\n");
}

int runReport(CliContext& context, const QStringList& arguments) {
    ReportRequest request;
    const QString problem = parseReportArguments(arguments, request);
    if (!problem.isEmpty())
        return context.usageError(problem);

    QElapsedTimer timer;
    timer.start();
    request.options.analysedAt = QDateTime::currentDateTime();
    bool sessionFailed = false;
    request.options.verdicts = sessionForCommand(context, request.folder, request.sessionFile, sessionFailed);
    if (sessionFailed)
        return UsageError;
    ExitCode failed = Done;
    const Analysis* loaded = analyseForCommand(context, request.folder, request.options.pipeline, failed);
    if (!loaded)
        return failed;
    const Analysis& analysis = *loaded;
    const Corpus& corpus = analysis.corpus;
    const QString failure = exportReport(analysis, request.output, request.options);
    if (!failure.isEmpty()) {
        context.error(failure);
        return CannotWrite;
    }
    context.out() << "Wrote " << request.output << " (" << corpus.documents.size() << " articles, "
                  << analysis.claims.size() << " claims) in "
                  << QString::number(timer.elapsed() / 1000.0, 'f', 2) << " s\n";
    return Done;
}

} // namespace parallax::cli
