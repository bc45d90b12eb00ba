// A session write killed at any moment leaves the previous session whole: the writer is a child
// process, killed by SIGKILL between writing and committing, and killed from outside at random
// moments while it saves in a loop.
#include "verdicts/VerdictSession.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

using namespace parallax;

namespace {

// A session of `n` verdicts whose notes all say `mark`, big enough that writing it takes a while.
VerdictSession sessionOf(int n, const QString& mark) {
    VerdictSession s;
    s.folder = QStringLiteral("/stories");
    for (int i = 0; i < n; ++i) {
        Verdict v;
        v.status = VerdictStatus::Checked;
        v.note = mark + QString(200, u'x');
        v.claim = {
            QStringLiteral("claim %1").arg(i), {QString::number(i)}, {QStringLiteral("Sentence %1.").arg(i)}};
        s.verdicts.push_back(v);
    }
    return s;
}

// True when `s` is exactly one of the sessions the test wrote whole.
bool isWhole(const VerdictSession& s, int n) {
    if (s.verdicts.size() != size_t(n))
        return false;
    const QString mark = s.verdicts.front().note.left(3);
    return s == sessionOf(n, mark);
}

} // namespace

TEST(VerdictKillMidSave, KilledBetweenWritingAndCommitKeepsThePreviousSession) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    const VerdictSession before = sessionOf(3, QStringLiteral("old"));
    ASSERT_EQ(saveSession(path, before), QString());

    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // The new session is fully written to the temporary file; the process dies before commit().
        saveSession(path, sessionOf(50, QStringLiteral("new")), [] { ::kill(::getpid(), SIGKILL); });
        _exit(0); // not reached
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status));
    EXPECT_EQ(WTERMSIG(status), SIGKILL);

    QString error;
    EXPECT_EQ(loadSession(path, &error), before);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    // And the next save still works over whatever the dead writer left behind.
    EXPECT_EQ(saveSession(path, sessionOf(4, QStringLiteral("end"))), QString());
    EXPECT_EQ(loadSession(path), sessionOf(4, QStringLiteral("end")));
}

TEST(VerdictKillMidSave, KilledFromOutsideAtRandomMomentsNeverLeavesHalfASession) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    constexpr int n = 2000; // about half a megabyte: a save takes milliseconds, so kills land inside one
    ASSERT_EQ(saveSession(path, sessionOf(n, QStringLiteral("aaa"))), QString());

    std::mt19937 random(13);
    int killedMidSave = 0;
    for (int round = 0; round < 12; ++round) {
        int progress[2];
        ASSERT_EQ(pipe(progress), 0);
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            // Saves alternating sessions forever, until killed, saying 's' as each save starts
            // and 'd' when it is done.
            close(progress[0]);
            const VerdictSession a = sessionOf(n, QStringLiteral("bbb"));
            const VerdictSession b = sessionOf(n, QStringLiteral("ccc"));
            for (int i = 0;; ++i) {
                (void)!write(progress[1], "s", 1);
                saveSession(path, i % 2 ? a : b);
                (void)!write(progress[1], "d", 1);
            }
        }
        close(progress[1]);
        char last = 0, byte = 0;
        ASSERT_EQ(read(progress[0], &last, 1), 1); // the first save has begun
        std::this_thread::sleep_for(std::chrono::milliseconds(5 + random() % 60));
        ::kill(child, SIGKILL);
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        EXPECT_TRUE(WIFSIGNALED(status));
        while (read(progress[0], &byte, 1) == 1)
            last = byte;
        close(progress[0]);
        killedMidSave += last == 's';

        QString error;
        const VerdictSession now = loadSession(path, &error);
        EXPECT_TRUE(error.isEmpty()) << "round " << round << ": " << error.toStdString();
        EXPECT_TRUE(isWhole(now, n)) << "round " << round;
    }
    // Proof that the kills landed inside saves, not between them.
    EXPECT_GE(killedMidSave, 6);
    std::printf("%d of 12 kills landed inside a save\n", killedMidSave);
    // Anything left beside the session is a temporary file of a killed save (on Linux Qt writes
    // the new file unnamed and links it in on commit, so a kill leaves one only where the file
    // system cannot do that, or in the instant between link and rename).
    const QDir folder(dir.path());
    for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden))
        EXPECT_TRUE(name == QStringLiteral("session.json") ||
                    QRegularExpression(QStringLiteral("^session\\.json\\.\\w{6}$")).match(name).hasMatch())
            << name.toStdString();
}

TEST(VerdictKillMidSave, TheNextSaveRemovesOldLeftoversOfKilledSavesButNotOnesInFlight) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.json"));
    const auto leaveBehind = [&](const QString& name, int ageSeconds) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("{\"half\": ");
        file.flush(); // else closing writes the bytes and sets the time to now
        ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                                     QFileDevice::FileModificationTime));
    };
    leaveBehind(QStringLiteral("session.json.AEEacM"), 3600); // a save killed an hour ago
    leaveBehind(QStringLiteral("session.json.x1y2z3"), 2);    // another window, saving right now
    leaveBehind(QStringLiteral("session.json.notes"), 3600);  // not ours: not a temporary name
    leaveBehind(QStringLiteral("other.json.AEEacM"), 3600);   // another file's leftover

    ASSERT_EQ(saveSession(path, sessionOf(3, QStringLiteral("new"))), QString());
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    left.sort();
    EXPECT_EQ(left,
              (QStringList{QStringLiteral("other.json.AEEacM"), QStringLiteral("session.json"),
                           QStringLiteral("session.json.notes"), QStringLiteral("session.json.x1y2z3")}));
    EXPECT_EQ(loadSession(path), sessionOf(3, QStringLiteral("new")));
}
