// The window program answers --help and --version in a terminal with no display at all: no
// DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM (ctest sets offscreen for the other tests).
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace {

struct GuiRun {
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;
};

GuiRun runWithoutDisplay(const QStringList& args) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"})
        env.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARALLAX_GUI), args);
    EXPECT_TRUE(p.waitForFinished(30000));
    return {p.exitStatus(), p.exitCode(), QString::fromLocal8Bit(p.readAllStandardOutput()),
            QString::fromLocal8Bit(p.readAllStandardError())};
}

} // namespace

TEST(NoDisplay, HelpAnswers) {
    for (const QString& flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const GuiRun r = runWithoutDisplay({flag});
        EXPECT_EQ(r.status, QProcess::NormalExit) << r.err.toStdString();
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains("Usage:")) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains("folder")) << r.out.toStdString();
    }
}

TEST(NoDisplay, VersionAnswers) {
    const GuiRun r = runWithoutDisplay({QStringLiteral("--version")});
    EXPECT_EQ(r.status, QProcess::NormalExit) << r.err.toStdString();
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("Parallax " PARALLAX_VERSION));
}

TEST(NoDisplay, AMistypedOptionIsAnErrorNotACrash) {
    const GuiRun r = runWithoutDisplay({QStringLiteral("--bogus")});
    EXPECT_EQ(r.status, QProcess::NormalExit) << r.err.toStdString();
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains("bogus")) << r.err.toStdString();
}
