// `parallax-cli report` as a user runs it, with no display and no platform chosen.
#include "SharedCorpus.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct HeadlessRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Without DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM: a server, a cron job, a CI runner.
HeadlessRun headless(const QStringList& args) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARALLAX_CLI), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST(CliReport, HelpListsTheCommand) {
    const HeadlessRun help = headless({"--help"});
    EXPECT_TRUE(help.out.contains("report FOLDER -o FILE"));
    const HeadlessRun reportHelp = headless({"report", "--help"});
    EXPECT_EQ(reportHelp.exitCode, 0);
    EXPECT_TRUE(reportHelp.out.contains("--page-size"));
}

TEST(CliReport, WritesEachFormatWithoutADisplay) {
    QTemporaryDir dir;
    const QString folder = parallax::test::sampleCorpusDir();
    for (const char* name : {"r.pdf", "r.html", "r.json"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        const HeadlessRun run = headless({"report", folder, "-o", path, "--page-size", "Letter"});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.startsWith("Wrote ")) << run.out.toStdString();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << name;
        const QByteArray head = f.read(16);
        EXPECT_TRUE(head.startsWith("%PDF-") || head.startsWith("<!DOCTYPE html>") || head.startsWith("{"))
            << name;
    }
}

TEST(CliReport, UsageAndWriteErrorsHaveTheirExitCodes) {
    QTemporaryDir dir;
    const QString folder = parallax::test::sampleCorpusDir();
    EXPECT_EQ(headless({"report", folder}).exitCode, 2);                               // no -o
    EXPECT_EQ(headless({"report", folder, "-o", dir.filePath("r.docx")}).exitCode, 2); // unknown format
    EXPECT_EQ(headless({"report", folder, "-o", dir.filePath("r.pdf"), "--page-size", "A3"}).exitCode, 2);
    EXPECT_EQ(headless({"report", "/nonexistent/folder", "-o", dir.filePath("r.pdf")}).exitCode, 3);
    const HeadlessRun unwritable = headless({"report", folder, "-o", dir.filePath("missing/r.pdf")});
    EXPECT_EQ(unwritable.exitCode, 4);
    EXPECT_TRUE(unwritable.err.contains("cannot write")) << unwritable.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath("missing/r.pdf")));
}
