// factAnchors (analysis/FactAnchors.h): which sentences of a claim are tied for the rows.
#include "analysis/FactAnchors.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace parallax;

namespace {

ClaimVariant variant(int doc, int sentence, double value) {
    ClaimVariant v;
    v.doc = doc;
    v.sentence = sentence;
    v.mention.value = value;
    return v;
}

Claim claimOf(ClaimStatus status, double confidence, std::vector<ClaimVariant> variants) {
    Claim c;
    c.status = status;
    c.confidence = confidence;
    c.variants = std::move(variants);
    std::vector<int> docs;
    for (const ClaimVariant& v : c.variants)
        if (std::find(docs.begin(), docs.end(), v.doc) == docs.end())
            docs.push_back(v.doc);
    c.articles = int(docs.size());
    return c;
}

const SentenceAnchor* find(const std::vector<SentenceAnchor>& anchors, int docA, int sentenceA, int docB,
                           int sentenceB) {
    for (const SentenceAnchor& a : anchors)
        if ((a.docA == docA && a.sentenceA == sentenceA && a.docB == docB && a.sentenceB == sentenceB) ||
            (a.docA == docB && a.sentenceA == sentenceB && a.docB == docA && a.sentenceB == sentenceA))
            return &a;
    return nullptr;
}

} // namespace

TEST(FactAnchors, ADisagreementTiesEveryArticleToTheFirstSentenceOfEachOtherValue) {
    // 23 in articles 0 and 1, 26 in articles 2 and 3.
    const Claim injured =
        claimOf(ClaimStatus::Conflict, 0.9,
                {variant(0, 1, 23), variant(1, 2, 23), variant(2, 3, 26), variant(3, 0, 26)});
    const std::vector<SentenceAnchor> anchors = factAnchors({injured});
    // Every article to the claim's first sentence: agreeing, or with the other value.
    ASSERT_TRUE(find(anchors, 0, 1, 1, 2));
    EXPECT_FALSE(find(anchors, 0, 1, 1, 2)->disagreement);
    ASSERT_TRUE(find(anchors, 0, 1, 3, 0));
    EXPECT_TRUE(find(anchors, 0, 1, 3, 0)->disagreement);
    // And the articles of 23 to the first sentence of 26: where article 0's order crosses the
    // others', article 1 can still read 23 against 26 across a row.
    const SentenceAnchor* other = find(anchors, 2, 3, 1, 2);
    ASSERT_TRUE(other);
    EXPECT_TRUE(other->disagreement);
    EXPECT_TRUE(other->firm);
    // Never two sentences of one value through the second hub.
    EXPECT_FALSE(find(anchors, 2, 3, 3, 0));
    EXPECT_EQ(anchors.size(), 4u);
}

TEST(FactAnchors, AgreementsTieOnlyToTheFirstAndPossibleOnesNotAtAll) {
    const Claim agree =
        claimOf(ClaimStatus::Formatting, 0.9, {variant(0, 0, 11), variant(1, 4, 11), variant(2, 2, 11)});
    EXPECT_EQ(factAnchors({agree}).size(), 2u);
    const Claim unsure =
        claimOf(ClaimStatus::Consistent, 0.3, {variant(0, 0, 11), variant(1, 4, 11), variant(2, 2, 11)});
    EXPECT_TRUE(factAnchors({unsure}).empty());
    // A possible disagreement ties, but not firmly; a headline (sentence -1) never.
    const Claim possible =
        claimOf(ClaimStatus::Conflict, 0.3, {variant(0, -1, 5), variant(1, 1, 5), variant(2, 2, 6)});
    const std::vector<SentenceAnchor> anchors = factAnchors({possible});
    ASSERT_EQ(anchors.size(), 1u);
    EXPECT_TRUE(anchors.front().disagreement);
    EXPECT_FALSE(anchors.front().firm);
}

// "Turnout reached 93.87 percent" and "turnout was almost 90%" differ only as a rounding: the reader
// judges that by reading both, so even below firm confidence they are tied like a disagreement.
TEST(FactAnchors, ARoundingTiesItsDifferingValuesEvenWhenOnlyPossible) {
    const Claim turnout = claimOf(ClaimStatus::Rounding, 0.47, {variant(0, 1, 93.87), variant(1, 1, 90)});
    const std::vector<SentenceAnchor> anchors = factAnchors({turnout});
    ASSERT_EQ(anchors.size(), 1u);
    EXPECT_TRUE(anchors.front().disagreement);
    EXPECT_FALSE(anchors.front().firm);
    // A hedge alone ("more than 40" against "40") is one value: below firm, no tie.
    const Claim hedged = claimOf(ClaimStatus::Qualifier, 0.47, {variant(0, 1, 40), variant(1, 1, 40)});
    EXPECT_TRUE(factAnchors({hedged}).empty());
}
