// Verdicts on the bundled sample survive a restart and an edited article, and reach the JSON.
#include "analysis/AnalysisJson.h"
#include "analysis/Pipeline.h"
#include "verdicts/SessionLocation.h"
#include "verdicts/VerdictBook.h"
#include "verdicts/VerdictKeys.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace parallax;

namespace {

const QString samples = QStringLiteral(PARALLAX_SAMPLES_DIR);

Analysis analyse(const QString& folder) {
    PipelineOptions options;
    options.threads = 2;
    const std::atomic_bool never{false};
    return analyzeFolder(folder, options, never);
}

void copySamples(const QString& to) {
    for (const QString& name : QDir(samples).entryList(QDir::Files))
        ASSERT_TRUE(QFile::copy(QDir(samples).filePath(name), QDir(to).filePath(name)));
}

void replaceInFile(const QString& path, const QString& from, const QString& to) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    ASSERT_TRUE(text.contains(from)) << from.toStdString();
    text.replace(from, to);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}

// The injured count, the sample's conflict: 17 in four reports, 19 in one.
int injuredClaim(const Analysis& a) {
    for (size_t c = 0; c < a.claims.size(); ++c)
        if (a.claims[c].status == ClaimStatus::Conflict && a.claims[c].label.contains(u"injured"))
            return int(c);
    return -1;
}

int claimLabelled(const Analysis& a, const QString& label) {
    for (size_t c = 0; c < a.claims.size(); ++c)
        if (a.claims[c].label == label)
            return int(c);
    return -1;
}

VerdictBook attached(const VerdictSession& session, const Analysis& a) {
    VerdictBook book(session);
    book.attach(a.claims, a.reuse.pairs, a.corpus.documents);
    return book;
}

} // namespace

TEST(VerdictsOnARealFolder, SurviveARestartAndAnEditedArticle) {
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    copySamples(dir.path());

    // First run: the user marks the injured conflict as checked, with a note, and a pair as fine.
    const Analysis before = analyse(dir.path());
    const int injured = injuredClaim(before);
    ASSERT_GE(injured, 0);
    ASSERT_FALSE(before.reuse.pairs.empty());
    VerdictBook book = attached({}, before);
    book.setClaimVerdict(injured, VerdictStatus::Checked,
                         QStringLiteral("The brigade confirms 17; 19 counts two crew"));
    book.setPairVerdict(0, VerdictStatus::Fine, QStringLiteral("known syndication"));
    // Two more, on claims the edit below moves in the list (and, for the hospital count, changes).
    const int hospital = claimLabelled(before, QStringLiteral("people taken to hospital"));
    const int firefighters = claimLabelled(before, QStringLiteral("firefighters"));
    ASSERT_GE(hospital, 0);
    ASSERT_GE(firefighters, 0);
    book.setClaimVerdict(hospital, VerdictStatus::Fine, QStringLiteral("twelve everywhere"));
    book.setClaimVerdict(firefighters, VerdictStatus::Checked, QString());
    const QString path = sessionFileForFolder(dir.path());
    ASSERT_EQ(saveSession(path, book.session()), QString());
    const ClaimKey judged = claimKey(before.claims[size_t(injured)], before.corpus.documents);

    // Restart: the same folder, read again.
    {
        const Analysis again = analyse(dir.path());
        const VerdictBook reopened = attached(loadSession(sessionFileForFolder(dir.path())), again);
        ASSERT_NE(reopened.claimVerdict(injuredClaim(again)), nullptr);
        EXPECT_EQ(reopened.claimVerdict(injuredClaim(again))->note,
                  u"The brigade confirms 17; 19 counts two crew");
        ASSERT_NE(reopened.pairVerdict(0), nullptr);
        EXPECT_EQ(reopened.unattachedCount(), 0);
    }

    // Edit an article: a new paragraph with new numbers at the top (rows and claims renumber),
    // and the sentence of the claim itself reworded.
    const QString velmouth = dir.filePath(QStringLiteral("velmouth-courier.txt"));
    replaceInFile(
        velmouth, QStringLiteral("date 2026-03-14\n\n"),
        QStringLiteral("date 2026-03-14\n\nSix fire engines and 2 fireboats from three towns were sent to "
                       "Harrow Quay, and 85 homes lost power overnight.\n\n"));
    replaceInFile(velmouth, QStringLiteral("in the early hours of Saturday"),
                  QStringLiteral("early on Saturday morning"));
    // And a value changed: the hospital count becomes a conflict and moves up the list.
    replaceInFile(velmouth, QStringLiteral("Of the injured, twelve were taken"),
                  QStringLiteral("Of the injured, fifteen were taken"));

    const Analysis after = analyse(dir.path());
    const VerdictBook reopened = attached(loadSession(sessionFileForFolder(dir.path())), after);
    ASSERT_EQ(reopened.session().verdicts.size(), 4u);
    const int claim = reopened.claimOf(0);
    ASSERT_GE(claim, 0) << "the verdict lost its claim";
    // Attached to the same fact: same label, same values, not merely to the claim at the old index.
    const ClaimKey now = claimKey(after.claims[size_t(claim)], after.corpus.documents);
    EXPECT_EQ(now.label, judged.label);
    EXPECT_EQ(now.values, judged.values);
    EXPECT_NE(now.sentences, judged.sentences); // the edit reached the claim's own sentence
    EXPECT_EQ(claim, injuredClaim(after));
    EXPECT_EQ(reopened.claimVerdict(claim)->status, VerdictStatus::Checked);
    EXPECT_GE(reopened.pairOf(1), 0);
    // The moved claims kept theirs, found by content at their new places.
    const int hospitalNow = claimLabelled(after, QStringLiteral("people taken to hospital"));
    const int firefightersNow = claimLabelled(after, QStringLiteral("firefighters"));
    EXPECT_NE(hospitalNow, hospital) << "the edit should have moved it";
    EXPECT_NE(firefightersNow, firefighters) << "the edit should have moved it";
    EXPECT_EQ(reopened.claimOf(2), hospitalNow);
    EXPECT_EQ(reopened.claimOf(3), firefightersNow);
    EXPECT_EQ(after.claims[size_t(hospitalNow)].status, ClaimStatus::Conflict); // its values did change

    // The JSON lists both, with the claim's id in this analysis.
    const VerdictSession session = reopened.session();
    JsonOptions options;
    options.verdicts = &session;
    const QJsonArray verdicts = analysisToJson(after, options)[u"verdicts"].toArray();
    ASSERT_EQ(verdicts.size(), 4);
    EXPECT_EQ(verdicts[0][u"claim"].toString(), after.claims[size_t(claim)].id);
    EXPECT_EQ(verdicts[0][u"status"].toString(), u"checked");
    EXPECT_EQ(verdicts[0][u"note"].toString(), u"The brigade confirms 17; 19 counts two crew");
    EXPECT_EQ(verdicts[1][u"target"].toString(), u"pair");
    EXPECT_TRUE(verdicts[1][u"attached"].toBool());
    // Without a session there is no `verdicts` key at all.
    EXPECT_FALSE(analysisToJson(after).contains(u"verdicts"));
    QFile::remove(path); // the test data location outlives the temporary folder
}
