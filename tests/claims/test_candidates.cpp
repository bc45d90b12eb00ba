// scoredCandidates (FindClaims.h): the scoring model's view for the evaluation (scripts/eval-claims
// says where a missed disagreement is lost: never a candidate, below the join, or below firm); and
// the sentences compared but not joined, which the rows line up (ComparedSentences.h).
#include "ClaimsTestUtil.h"
#include "claims/ClaimScoring.h"

#include <QHash>

#include <algorithm>
#include <optional>

using namespace parallax;
using namespace parallax::test;

namespace {

// Two reports of one story: the injured counts are one fact; the sums of money have nothing in
// common but dollars, used twice in each article.
QStringList injuredAndSpending() {
    return {
        "At least 23 people were injured in Kyiv, officials said. A new school there cost $5 million. A "
        "bridge took $2 million.",
        "Officials said 26 people were injured in Kyiv. The mayor has a budget of $8 million. Repairs need "
        "$3 million."};
}

} // namespace

TEST(ClaimCandidates, ScoredCandidatesShowPairsBelowTheJoinScore) {
    const Story s(injuredAndSpending());
    const std::atomic_bool never{false};
    const std::vector<ScoredCandidate> pairs =
        scoredCandidates(s.docs, extractMentions(s.docs, never), oneStory(s.docs.size()), never);
    auto scoreOf = [&](const QString& a, const QString& b) -> std::optional<double> {
        for (const ScoredCandidate& p : pairs)
            if (s.docs[size_t(p.docA)].textOf(p.spanA) == a && s.docs[size_t(p.docB)].textOf(p.spanB) == b)
                return p.score;
        return std::nullopt;
    };
    // The injured counts are one fact, and the pair says why.
    const auto injured = scoreOf(QStringLiteral("23"), QStringLiteral("26"));
    ASSERT_TRUE(injured);
    EXPECT_GE(*injured, claims::kJoinScore);
    // Sums of money with nothing in common (and dollars used twice in each article, so the unit says
    // little) are a candidate that never joins: the evaluation can say the pair scored too low.
    const auto spans = scoreOf(QStringLiteral("$5 million"), QStringLiteral("$8 million"));
    ASSERT_TRUE(spans);
    EXPECT_LT(*spans, claims::kJoinScore);
    EXPECT_NE(s.with(0, QStringLiteral("$5 million")), s.with(1, QStringLiteral("$8 million")));
    // No pair across kinds: a count of people and a sum of money.
    EXPECT_FALSE(scoreOf(QStringLiteral("23"), QStringLiteral("$8 million")));
}

namespace {

bool compares(const std::vector<ComparedSentences>& compared, int docA, int sentenceA, int docB,
              int sentenceB) {
    for (const ComparedSentences& c : compared)
        if (c.docA == docA && c.sentenceA == sentenceA && c.docB == docB && c.sentenceB == sentenceB)
            return true;
    return false;
}

} // namespace

TEST(ComparedSentences, PairsThatNoClaimJoinsAreListedForTheRows) {
    const Story s(injuredAndSpending());
    const std::atomic_bool never{false};
    std::vector<ComparedSentences> compared;
    const std::vector<Claim> claims =
        groupClaims(s.docs, extractMentions(s.docs, never), oneStory(s.docs.size()), never, {}, &compared);
    ASSERT_FALSE(compared.empty());
    // The sums of money were compared and left apart: their sentences are listed, once each pair ...
    EXPECT_TRUE(compares(compared, 0, 1, 1, 1));
    EXPECT_EQ(std::count_if(compared.begin(), compared.end(),
                            [](const ComparedSentences& c) {
                                return c.docA == 0 && c.sentenceA == 1 && c.docB == 1 && c.sentenceB == 1;
                            }),
              1);
    // ... but not the injured counts: one claim holds both, and the claims anchor them already.
    EXPECT_FALSE(compares(compared, 0, 0, 1, 0));
    // Strongest first; no pair within one article; no sentence in more than its share.
    QHash<std::pair<int, int>, int> perSentence;
    for (size_t i = 0; i < compared.size(); ++i) {
        const ComparedSentences& c = compared[i];
        EXPECT_LT(c.docA, c.docB);
        if (i > 0)
            EXPECT_LE(c.score, compared[i - 1].score);
        EXPECT_LE(++perSentence[std::pair(c.docA, c.sentenceA)], kMaxComparedPerSentence);
        EXPECT_LE(++perSentence[std::pair(c.docB, c.sentenceB)], kMaxComparedPerSentence);
    }
    // Asking for them changes no claim.
    const std::vector<Claim> without =
        groupClaims(s.docs, extractMentions(s.docs, never), oneStory(2), never);
    ASSERT_EQ(claims.size(), without.size());
    for (size_t i = 0; i < claims.size(); ++i)
        EXPECT_EQ(claims[i].label, without[i].label);
}

TEST(ComparedSentences, OneSentenceKeepsOnlyItsBestComparisons) {
    // One line about money against six articles' lines about money, none joined: it keeps a few.
    QStringList texts{QStringLiteral("A new school there cost $5 million. A bridge took $2 million.")};
    for (int i = 0; i < 6; ++i)
        texts << QStringLiteral("The mayor has a budget of $%1 million. Repairs need $%2 million.")
                     .arg(10 + i)
                     .arg(20 + i);
    const Story s(texts);
    const std::atomic_bool never{false};
    std::vector<ComparedSentences> compared;
    groupClaims(s.docs, extractMentions(s.docs, never), oneStory(s.docs.size()), never, {}, &compared);
    const auto ofFirst = std::count_if(compared.begin(), compared.end(), [](const ComparedSentences& c) {
        return c.docA == 0 && c.sentenceA == 0;
    });
    EXPECT_EQ(ofFirst, kMaxComparedPerSentence);
}
