// parallax-cli on the hostile folders of issue 13 ("Hardening"): it finishes within the bound that
// docs/architecture.md ("Limits") states, with exit code 0 and valid JSON, every skipped file listed
// with its reason, and not one byte, name or mtime in the folder changed.
#include "HostileFolders.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

#include <unistd.h>

using namespace parallax::test::hostile;

namespace {

struct TimedRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
    qint64 ms = 0;
};

TimedRun cliTimed(const QStringList& args) {
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(PARALLAX_CLI), args);
    EXPECT_TRUE(p.waitForFinished(180000)) << "parallax-cli did not finish in 3 minutes";
    TimedRun run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                 QString::fromUtf8(p.readAllStandardError()), timer.elapsed()};
    return run;
}

QString reasonFor(const QJsonObject& root, const QString& path) {
    for (const QJsonValue& v : root["skipped"].toArray())
        if (v.toObject()["path"].toString() == path)
            return v.toObject()["reason"].toString();
    return QStringLiteral("<not skipped>");
}

QStringList documentIds(const QJsonObject& root) {
    QStringList ids;
    for (const QJsonValue& v : root["documents"].toArray())
        ids << v.toObject()["id"].toString();
    return ids;
}

} // namespace

// Measured on the 2-core development machine, Release (docs/architecture.md, "Hostile folders"):
// the hostile folder 47-154 ms a run, mostly process start (the 100 MB file is skipped by its size
// unread; reading it alone takes 7.7 s), so its bound is 1 s, not three times a figure that noise
// decides; 3,000 files with --json 9.9-16.1 s (other builds beside it): about three times the
// slowest run.
constexpr qint64 hostileFolderBoundMs = 1000;
constexpr qint64 threeThousandFilesBoundMs = 45000;

TEST(HostileCli, HostileFolderFinishesWithSkipReasonsAndChangesNothing) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeHostileFolder(dir.path());
    if (HasFatalFailure())
        return;
    const QStringList before = snapshot(dir.path());

    // --recursive, so the folder link to itself is followed once and named as a loop.
    const TimedRun json = cliTimed({"analyze", dir.path(), "--recursive", "--json", "-"});
    const TimedRun summary = cliTimed({"analyze", dir.path()});
    std::printf("hostile folder: parallax-cli --json in %lld ms, summary in %lld ms\n", (long long)json.ms,
                (long long)summary.ms);
    EXPECT_EQ(snapshot(dir.path()), before) << "the articles are the user's: never modified";

    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    if (checkTimeBounds) {
        EXPECT_LT(json.ms, hostileFolderBoundMs);
        EXPECT_LT(summary.ms, hostileFolderBoundMs);
    }
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();

    EXPECT_EQ(reasonFor(root, oneLineFileName()), "file too large (100.0 MB; the limit is 20.0 MB)");
    EXPECT_EQ(reasonFor(root, "binary.txt"), "binary file (executable)");
    EXPECT_EQ(reasonFor(root, "loop"), "folder already read through another path (symbolic link loop)");
    EXPECT_EQ(reasonFor(root, "link-a.txt"), "broken symbolic link");
    EXPECT_EQ(reasonFor(root, "link-b.txt"), "broken symbolic link");
    const QStringList ids = documentIds(root);
    if (geteuid() != 0) {
        EXPECT_TRUE(reasonFor(root, "locked.txt").startsWith("cannot read"))
            << reasonFor(root, "locked.txt").toStdString();
        EXPECT_FALSE(ids.contains("locked"));
    } else {
        EXPECT_TRUE(ids.contains("locked")) << "root reads a file of mode 000";
    }
    for (const char* id : {"news\nflash", "-dash", "--help", "utf16-bom", "invalid-utf8", "sixty-digits",
                           "sixty-digits-other", "velmouth", "caddoran", "eastern"})
        EXPECT_TRUE(ids.contains(QString::fromUtf8(id))) << id;

    EXPECT_EQ(root["skipped"].toArray().size(), geteuid() == 0 ? 5 : 6);

    // The 60-digit numbers are read whole, each its own variant with its own text and a finite value.
    int sixtyDigitVariants = 0;
    for (const QJsonValue& c : root["claims"].toArray())
        for (const QJsonValue& v : c.toObject()["variants"].toArray()) {
            const QJsonObject variant = v.toObject();
            if (variant["text"].toString().size() == 60) {
                ++sixtyDigitVariants;
                EXPECT_TRUE(variant["doc"].toString().startsWith("sixty-digits"));
                EXPECT_GT(variant["value"].toDouble(), 1e59);
            }
        }
    EXPECT_EQ(sixtyDigitVariants, 2);

    // Every skipped file is named on stderr with its reason, one warning each.
    for (const QJsonValue& v : root["skipped"].toArray()) {
        const QJsonObject s = v.toObject();
        EXPECT_TRUE(json.err.contains(QStringLiteral("parallax-cli: warning: %1: skipped: %2")
                                          .arg(s["path"].toString(), s["reason"].toString())))
            << s["path"].toString().toStdString();
    }
    EXPECT_TRUE(json.err.contains("parallax-cli: warning: invalid-utf8.txt: ")) << "the windows-1252 warning";

    // The summary run (no --recursive) says what it skipped and why, and names the odd files.
    ASSERT_EQ(summary.exitCode, 0) << summary.err.toStdString();
    EXPECT_TRUE(
        summary.err.contains("parallax-cli: warning: " + oneLineFileName() + ": skipped: file too large"));
    EXPECT_TRUE(summary.err.contains("parallax-cli: warning: loop: skipped: folder not read"));
    EXPECT_TRUE(summary.out.contains("--help")) << summary.out.toStdString();
    for (const QString& line : summary.err.trimmed().split(u'\n'))
        EXPECT_TRUE(line.startsWith("parallax-cli: warning: ")) << line.toStdString();
    EXPECT_TRUE(summary.out.contains("\n  news\\nflash  ")) << "the id's line end spelled out";
}

TEST(HostileCli, ThreeThousandFilesFinishWithinTheBoundAndChangeNothing) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeManySmallFiles(dir.path(), 3000);
    if (HasFatalFailure())
        return;
    const QStringList before = snapshot(dir.path());
    const TimedRun run = cliTimed({"analyze", dir.path(), "--json", "-"});
    std::printf("3,000 files: parallax-cli --json in %lld ms (%lld bytes of JSON)\n", (long long)run.ms,
                (long long)run.out.size());
    EXPECT_EQ(snapshot(dir.path()), before);
    ASSERT_EQ(run.exitCode, 0) << run.err.left(2000).toStdString();
    if (checkTimeBounds) {
        EXPECT_LT(run.ms, threeThousandFilesBoundMs);
    }
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(root["documents"].toArray().size(), 3000);
    EXPECT_TRUE(root["skipped"].toArray().isEmpty());
}
