// parallax-cli: the engine without the window. See docs/cli.md.
#include "AnalyzeCommand.h"
#include "CliContext.h"
#include "HugePages.h"
#include "NumbersCommand.h"
#include "ReportCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <exception>
#include <memory>

using namespace parallax::cli;

namespace {

QString mainHelp() {
    return QStringLiteral(
        "Usage: parallax-cli COMMAND [options]\n"
        "Compares news articles about one event: reprints, shared sentences,\n"
        "numbers that disagree.\n\n"
        "Commands:\n"
        "  analyze FOLDER     analyse the articles in FOLDER (see 'analyze --help')\n"
        "  numbers            list the numbers found in each line of stdin, as JSON\n"
        "  report FOLDER -o FILE   write a PDF, HTML or JSON report (see 'report --help')\n\n"
        "Options:\n"
        "  -h, --help         show this help\n"
        "  -v, --version      show the version\n\n"
        "Exit codes: 0 done, 1 internal error, 2 usage error, 3 nothing to analyse,\n"
        "4 cannot write the report.\n");
}

int dispatch(CliContext& context, QStringList args) {
    if (args.isEmpty())
        return context.usageError(QStringLiteral("missing COMMAND"));
    const QString command = args.takeFirst();
    if (command == u"-h" || command == u"--help" || command == u"help") {
        context.out() << mainHelp();
        return Done;
    }
    if (command == u"-v" || command == u"--version") {
        context.out() << "parallax-cli " << PARALLAX_VERSION << "\n";
        return Done;
    }
    const bool wantsHelp = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
    if (command == u"analyze") {
        if (wantsHelp) {
            context.out() << analyzeHelp();
            return Done;
        }
        return runAnalyze(context, args);
    }
    if (command == u"report") {
        if (wantsHelp) {
            context.out() << reportHelp();
            return Done;
        }
        return runReport(context, args);
    }
    if (command == u"numbers") {
        if (wantsHelp) {
            context.out() << numbersHelp();
            return Done;
        }
        return runNumbers(context, args);
    }
    return context.usageError(QStringLiteral("unknown command '%1'").arg(command));
}

// Only `report` draws (fonts, PDF): it gets a QGuiApplication on the offscreen platform, so it runs
// without a display unless the user chose a platform. The other commands stay free of Gui.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[]) {
    if (argc > 1 && qstrcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[]) {
    // The commands that analyse a folder; the others are over before a restart would pay off.
    if (argc > 1 && (qstrcmp(argv[1], "analyze") == 0 || qstrcmp(argv[1], "report") == 0))
        restartWithHugePages(argv);
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parallax-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
    CliContext context;
    try {
        QStringList args = QCoreApplication::arguments();
        args.removeFirst();
        const int code = dispatch(context, args);
        context.out().flush();
        return code;
    } catch (const std::exception& e) {
        context.error(QStringLiteral("internal error: %1").arg(QString::fromUtf8(e.what())));
        return InternalError;
    }
}
