// Matching saved verdicts to a new analysis by content, on hand-made keys.
#include "verdicts/VerdictBook.h"
#include "verdicts/VerdictMatching.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace parallax;

namespace {

ClaimKey injured() {
    return {QStringLiteral("people injured"),
            {QStringLiteral("17"), QStringLiteral("19")},
            {QStringLiteral(
                 "One man was killed and at least 17 people were injured when a fire set off an explosion."),
             QStringLiteral("Nineteen people were hurt in the blast at the warehouse on Harrow Quay.")}};
}

ClaimKey firefighters() {
    return {QStringLiteral("firefighters"),
            {QStringLiteral("40")},
            {QStringLiteral(
                "More than 40 firefighters were trying to stop the flames spreading along the quay.")}};
}

Verdict claimVerdict(const ClaimKey& key, VerdictStatus status) {
    Verdict v;
    v.target = VerdictTarget::Claim;
    v.status = status;
    v.claim = key;
    return v;
}

} // namespace

TEST(VerdictMatching, TheSameClaimMatchesFully) {
    EXPECT_DOUBLE_EQ(claimKeySimilarity(injured(), injured()), 1.0);
    EXPECT_LT(claimKeySimilarity(injured(), firefighters()), kClaimMatchThreshold);
}

TEST(VerdictMatching, AClaimKeepsItsVerdictWhenItsSentenceIsEditedAndItMovesInTheList) {
    VerdictSession session;
    session.verdicts = {claimVerdict(injured(), VerdictStatus::Wrong)};
    ClaimKey edited = injured();
    edited.values = {QStringLiteral("17"), QStringLiteral("18"),
                     QStringLiteral("19")}; // a third value appeared
    edited.sentences[0] = QStringLiteral(
        "One man was killed and at least 17 people were injured after a fire set off a huge explosion.");
    const VerdictPlacement p = placeVerdicts(session, {firefighters(), edited}, {});
    EXPECT_EQ(p.claimOf[0], 1);
    EXPECT_EQ(p.verdictOfClaim, (std::vector<int>{-1, 0}));
}

TEST(VerdictMatching, ALabelRenamedByTheEngineStillMatchesOnValuesAndSentences) {
    VerdictSession session;
    session.verdicts = {claimVerdict(injured(), VerdictStatus::Checked)};
    ClaimKey renamed = injured();
    renamed.label = QStringLiteral("people hurt");
    EXPECT_EQ(placeVerdicts(session, {renamed}, {}).claimOf[0], 0);
}

TEST(VerdictMatching, AClaimThatIsGoneLeavesTheVerdictUnattachedNotOnAnotherClaim) {
    VerdictSession session;
    session.verdicts = {claimVerdict(injured(), VerdictStatus::Checked)};
    // Same label, other sentences and values: another claim about injuries.
    const ClaimKey other{QStringLiteral("people injured"),
                         {QStringLiteral("3")},
                         {QStringLiteral("Three people were injured in a fire last year.")}};
    EXPECT_EQ(placeVerdicts(session, {firefighters(), other}, {}).claimOf[0], -1);
}

TEST(VerdictMatching, EachClaimTakesOneVerdictTheClosestFirst) {
    VerdictSession session;
    ClaimKey older = injured();
    older.values = {QStringLiteral("17")};
    session.verdicts = {claimVerdict(older, VerdictStatus::Fine),
                        claimVerdict(injured(), VerdictStatus::Wrong)};
    const VerdictPlacement p = placeVerdicts(session, {injured()}, {});
    EXPECT_EQ(p.claimOf, (std::vector<int>{-1, 0}));
}

TEST(VerdictMatching, PairsMatchByIdsThenByTitles) {
    VerdictSession session;
    Verdict byId;
    byId.target = VerdictTarget::Pair;
    byId.pair = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("Title A"),
                 QStringLiteral("Title B")};
    Verdict byTitle = byId;
    byTitle.pair = {QStringLiteral("c-old"), QStringLiteral("d"), QStringLiteral("Title C"),
                    QStringLiteral("Title D")};
    session.verdicts = {byId, byTitle};
    const std::vector<PairKey> pairs{{QStringLiteral("c-renamed"), QStringLiteral("d"),
                                      QStringLiteral("Title C"), QStringLiteral("Title D")},
                                     {QStringLiteral("a"), QStringLiteral("b"),
                                      QStringLiteral("Title A, edited"), QStringLiteral("Title B")}};
    const VerdictPlacement p = placeVerdicts(session, {}, pairs);
    EXPECT_EQ(p.pairOf, (std::vector<int>{1, 0}));
}

TEST(VerdictBook, SetChangeAndClear) {
    Claim claim;
    claim.label = QStringLiteral("people injured");
    VerdictBook book;
    book.attach({claim, claim}, {}, {});
    EXPECT_EQ(book.claimVerdict(0), nullptr);
    book.setClaimVerdict(1, VerdictStatus::Checked, QStringLiteral("called the brigade"));
    ASSERT_NE(book.claimVerdict(1), nullptr);
    EXPECT_EQ(book.claimVerdict(1)->note, u"called the brigade");
    EXPECT_TRUE(book.claimVerdict(1)->changed.isValid());
    book.setClaimVerdict(1, VerdictStatus::Wrong, QStringLiteral("not one fact"));
    EXPECT_EQ(book.session().verdicts.size(), 1u); // replaced, not added
    EXPECT_EQ(book.claimVerdict(1)->status, VerdictStatus::Wrong);
    book.clearClaimVerdict(1);
    EXPECT_TRUE(book.session().verdicts.empty());
    EXPECT_EQ(book.claimVerdict(1), nullptr);
}

// The window attaches the verdicts on its UI thread after each analysis: a folder of sixty articles
// with three hundred claims must not make that a pause.
TEST(VerdictMatching, ManyClaimsAndVerdictsAreMatchedQuickly) {
    std::vector<ClaimKey> claims;
    for (int c = 0; c < 300; ++c) {
        ClaimKey k{QStringLiteral("label %1").arg(c % 40), {QString::number(c), QString::number(c + 1)}, {}};
        for (int s = 0; s < 60; ++s)
            k.sentences << QStringLiteral("Article %1 says that %2 things happened in place %3 on the day.")
                               .arg(s)
                               .arg(c)
                               .arg(c % 7);
        claims.push_back(k);
    }
    VerdictSession session;
    for (int v = 0; v < 40; ++v) {
        ClaimKey k = claims[size_t(v * 7)];
        k.sentences[3] += QStringLiteral(" Edited."); // one sentence of each changed
        session.verdicts.push_back(claimVerdict(k, VerdictStatus::Checked));
    }
    QElapsedTimer timer;
    timer.start();
    const VerdictPlacement p = placeVerdicts(session, claims, {});
    EXPECT_LT(timer.elapsed(), 3000); // 0.4-0.6 s measured on a busy 2-core machine
    for (int v = 0; v < 40; ++v)
        EXPECT_EQ(p.claimOf[size_t(v)], v * 7);
}
