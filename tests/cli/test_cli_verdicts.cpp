// parallax-cli and the user's verdicts: the folder's session read from the data location (as the
// window saved it) or given with --verdicts, listed in the JSON's `verdicts`.
#include "SharedCorpus.h"

#include "verdicts/SessionLocation.h"
#include "verdicts/VerdictSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace parallax;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun cli(const QStringList& args, const QString& dataHome) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARALLAX_CLI), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

VerdictSession injuredIsWrong() {
    Verdict v;
    v.target = VerdictTarget::Claim;
    v.status = VerdictStatus::Wrong;
    v.note = QStringLiteral("19 counts two crew members");
    v.claim.label = QStringLiteral("people injured");
    v.claim.values = {QStringLiteral("17"), QStringLiteral("19")};
    VerdictSession s;
    s.verdicts = {v};
    return s;
}

} // namespace

TEST(CliVerdicts, TheFoldersSessionReachesTheJson) {
    QTemporaryDir dataHome;
    const QString samples = test::sampleCorpusDir();
    // Where the window would have saved it, with this XDG_DATA_HOME.
    qputenv("XDG_DATA_HOME", dataHome.path().toUtf8());
    ASSERT_EQ(saveSession(sessionFileInDataLocation(samples), injuredIsWrong()), QString());
    qunsetenv("XDG_DATA_HOME");

    const CliRun run = cli({"analyze", samples, "--json", "-"}, dataHome.path());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QJsonArray verdicts = json[u"verdicts"].toArray();
    ASSERT_EQ(verdicts.size(), 1);
    EXPECT_EQ(verdicts[0][u"status"].toString(), u"wrong");
    EXPECT_EQ(verdicts[0][u"note"].toString(), u"19 counts two crew members");
    // Attached by label and values alone (no sentences saved): the injured conflict of the sample.
    const QString claim = verdicts[0][u"claim"].toString();
    ASSERT_FALSE(claim.isEmpty());
    for (const QJsonValue& c : json[u"claims"].toArray())
        if (c[u"id"].toString() == claim)
            EXPECT_EQ(c[u"label"].toString(), u"people injured");
}

TEST(CliVerdicts, NoSessionNoVerdictsKey) {
    QTemporaryDir dataHome;
    const CliRun run = cli({"analyze", test::sampleCorpusDir(), "--json", "-"}, dataHome.path());
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_FALSE(QJsonDocument::fromJson(run.out).object().contains(u"verdicts"));
}

TEST(CliVerdicts, SessionOption) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mine.json"));
    ASSERT_EQ(saveSession(file, injuredIsWrong()), QString());
    const CliRun run =
        cli({"analyze", test::sampleCorpusDir(), "--json", "-", "--verdicts", file}, dir.path());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(run.out).object()[u"verdicts"].toArray().size(), 1);

    const CliRun missing =
        cli({"analyze", test::sampleCorpusDir(), "--verdicts", dir.filePath("none.json")}, dir.path());
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains("no such session file")) << missing.err.toStdString();

    const QString html = dir.filePath(QStringLiteral("report.html"));
    const CliRun report =
        cli({"report", test::sampleCorpusDir(), "-o", html, "--verdicts", file}, dir.path());
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    QFile f(html);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(u"Verdicts and notes"));
    EXPECT_TRUE(text.contains(u"19 counts two crew members"));
}
