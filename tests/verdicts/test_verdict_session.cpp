// The session file: what it holds, reading it back, where it lives.
#include "verdicts/SessionLocation.h"
#include "verdicts/VerdictSession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace parallax;

namespace {

VerdictSession sampleSession() {
    VerdictSession s;
    s.folder = QStringLiteral("/stories/velmouth");
    Verdict claim;
    claim.target = VerdictTarget::Claim;
    claim.status = VerdictStatus::Wrong;
    claim.note = QStringLiteral("19 counts the two firefighters; the brigade says 17 → see call «notes»");
    claim.claim = {QStringLiteral("people injured"),
                   {QStringLiteral("17"), QStringLiteral("19")},
                   {QStringLiteral("At least 17 people were injured."), QStringLiteral("19 were hurt.")}};
    claim.changed = QDateTime(QDate(2026, 3, 14), QTime(10, 5, 0), Qt::UTC);
    Verdict pair;
    pair.target = VerdictTarget::Pair;
    pair.status = VerdictStatus::Fine;
    pair.pair = {QStringLiteral("bayline-daily"), QStringLiteral("velmouth-courier"), QStringLiteral("A"),
                 QStringLiteral("B")};
    pair.changed = claim.changed;
    s.verdicts = {claim, pair};
    return s;
}

} // namespace

TEST(VerdictSession, JsonRoundTrip) {
    const VerdictSession s = sampleSession();
    QString error;
    EXPECT_EQ(sessionFromJson(sessionToJson(s), &error), s);
    EXPECT_TRUE(error.isEmpty());
}

TEST(VerdictSession, SaveAndLoadAcrossARestart) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deep/er/session.json")); // the folder is created
    EXPECT_EQ(saveSession(path, sampleSession()), QString());
    QString error;
    EXPECT_EQ(loadSession(path, &error), sampleSession());
    EXPECT_TRUE(error.isEmpty());
}

TEST(VerdictSession, MissingFileIsAnEmptySessionWithoutError) {
    QTemporaryDir dir;
    QString error;
    EXPECT_TRUE(loadSession(dir.filePath(QStringLiteral("none.json")), &error).verdicts.empty());
    EXPECT_TRUE(error.isEmpty());
}

TEST(VerdictSession, UnreadableFileIsAnError) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"parallax-session\", \"verd");
    f.close();
    QString error;
    loadSession(path, &error);
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"something-else\"}");
    f.close();
    loadSession(path, &error);
    EXPECT_TRUE(error.contains(u"not a Parallax session"));
}

TEST(VerdictSession, UnknownEntriesAreSkippedNotFatal) {
    QJsonObject json = sessionToJson(sampleSession());
    QJsonArray verdicts = json[u"verdicts"].toArray();
    verdicts.append(
        QJsonObject{{u"target"_qs, u"claim"_qs}, {u"status"_qs, u"disputed"_qs}}); // from a newer version
    json[u"verdicts"] = verdicts;
    EXPECT_EQ(sessionFromJson(json).verdicts.size(), 2u);
}

TEST(SessionLocation, OneFilePerFolderInTheDataLocationByDefault) {
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("stories"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = sessionFileForFolder(folder);
    EXPECT_FALSE(path.startsWith(folder)); // never inside the user's folder unasked
    EXPECT_TRUE(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    // The same folder however it is named.
    EXPECT_EQ(sessionFileForFolder(folder + QStringLiteral("/")), path);
    EXPECT_EQ(sessionFileForFolder(dir.path() + QStringLiteral("/./stories")), path);
    EXPECT_TRUE(QFile::link(folder, dir.filePath(QStringLiteral("link"))));
    EXPECT_EQ(sessionFileForFolder(dir.filePath(QStringLiteral("link"))), path);
    // Another folder, another file.
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("other"))));
    EXPECT_NE(sessionFileForFolder(dir.filePath(QStringLiteral("other"))), path);
}

TEST(SessionLocation, AFileTheUserKeepsInTheFolderWins) {
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    ASSERT_EQ(saveSession(sessionFileInFolder(dir.path()), sampleSession()), QString());
    EXPECT_EQ(sessionFileForFolder(dir.path()), dir.filePath(QStringLiteral(".parallax-session.json")));
}
