// scoredCandidates (FindClaims.h): the scoring model's view for the evaluation (scripts/eval-claims
// says where a missed disagreement is lost: never a candidate, below the join, or below firm).
#include "ClaimsTestUtil.h"
#include "claims/ClaimScoring.h"

#include <optional>

using namespace parallax;
using namespace parallax::test;

TEST(ClaimCandidates, ScoredCandidatesShowPairsBelowTheJoinScore) {
    const Story s({"At least 23 people were injured in Kyiv, officials said. A new school there cost $5 "
                   "million. A bridge took $2 million.",
                   "Officials said 26 people were injured in Kyiv. The mayor has a budget of $8 million. "
                   "Repairs need $3 million."});
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
