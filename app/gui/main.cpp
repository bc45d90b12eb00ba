// parallax: the window. Opens the folder given on the command line, else the bundled sample.
#include "MainWindow.h"
#include "Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>

#include <memory>

namespace {

void describe(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Compare news articles side by side."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QCoreApplication::translate("main", "Folder of articles to open."));
}

void nameApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("Parallax"));
    QCoreApplication::setOrganizationName(QStringLiteral("Parallax"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
}

// --help, --version and a mistyped option are answered before there is a QApplication, which needs
// a display: they work over ssh, in a terminal without X, in a package's smoke test.
void answerWithoutDisplay(int& argc, char* argv[]) {
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    describe(parser);
    const bool parsed = parser.parse(args);
    if (parsed && !parser.isSet(QStringLiteral("help")) && !parser.isSet(QStringLiteral("help-all")) &&
        !parser.isSet(QStringLiteral("version")))
        return;
    const QCoreApplication app(argc, argv);
    nameApplication();
    parser.process(app); // prints the help, the version or the error, and exits
}

// Where the sample articles are: next to an installed program (share/parallax/samples), else in the
// source tree the program was built from.
QString samplesDir() {
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/parallax/samples"));
    if (QDir(installed).exists())
        return QDir::cleanPath(installed);
    return QStringLiteral(PARALLAX_SAMPLES_DIR);
}

} // namespace

int main(int argc, char* argv[]) {
    answerWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    nameApplication();
    // The installed desktop entry (resources/desktop): lets the desktop match the window to its
    // menu entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.parallax.Parallax"));

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    parallax::gui::applyTheme(
        QSettings().value(QStringLiteral("view/theme"), QStringLiteral("system")).toString());
    parallax::gui::MainWindow window;
    window.show();
    const QStringList folders = parser.positionalArguments();
    if (!folders.isEmpty())
        window.openFolder(folders.front());
    else if (const QString samples = samplesDir(); QDir(samples).exists())
        window.openFolder(samples);
    return app.exec();
}
