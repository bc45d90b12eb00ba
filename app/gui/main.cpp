// parallax: the window. Opens the folder given on the command line, else the bundled sample.
#include "MainWindow.h"
#include "Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Parallax"));
    QApplication::setOrganizationName(QStringLiteral("Parallax"));
    QApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Compare news articles side by side."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QApplication::translate("main", "Folder of articles to open."));
    parser.process(app);

    parallax::gui::applyTheme(
        QSettings().value(QStringLiteral("view/theme"), QStringLiteral("system")).toString());
    parallax::gui::MainWindow window;
    window.show();
    const QStringList folders = parser.positionalArguments();
    if (!folders.isEmpty())
        window.openFolder(folders.front());
    else if (QDir(QStringLiteral(PARALLAX_SAMPLES_DIR)).exists())
        window.openFolder(QStringLiteral(PARALLAX_SAMPLES_DIR));
    return app.exec();
}
