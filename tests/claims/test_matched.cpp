// Mentions grouped through sentences the reuse stage matched: same place in the word diff, or same
// unit or verb. The reuse result keeps its matches but loses its pairs, so no same-measure rule can
// join anything: every join here comes from a matched sentence.
#include "ClaimsTestUtil.h"
#include "SharedCorpus.h"
#include "claims/ClaimStatus.h"

using namespace parallax;
using namespace parallax::test;

namespace {

struct Reprint : ::testing::Test {
    Corpus corpus = loadFolder(testDataDir() + QStringLiteral("/claims/reprint"));
    ReuseResult reuse;
    std::vector<Claim> claims;
    int original = -1;
    int copy = -1;

    void SetUp() override {
        ASSERT_EQ(corpus.documents.size(), 2u);
        original = docIndex(corpus.documents, QStringLiteral("original"));
        copy = docIndex(corpus.documents, QStringLiteral("copy"));
        reuse = reuseOf(corpus.documents);
        ASSERT_FALSE(reuse.matches.empty());
        reuse.pairs.clear();
        claims = claimsOf(corpus.documents, reuse);
    }
    const Claim* with(int doc, const QString& text, const QString& part = {}) const {
        return claimWith(claims, corpus.documents, doc, part, text);
    }
};

} // namespace

TEST_F(Reprint, AChangedValueInAMatchedSentenceIsAConflict) {
    // "two were still being treated" has no verb from the table; the word diff puts "three" where
    // "two" was, and that is enough.
    const Claim* c = with(original, "two");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, with(copy, "three")) << describe(c, corpus.documents);
    EXPECT_EQ(c->status, ClaimStatus::Conflict);
}

TEST_F(Reprint, AMergedSentenceKeepsItsNumbersApart) {
    const Claim* hospital = with(original, "Nine");
    ASSERT_TRUE(hospital);
    EXPECT_EQ(hospital, with(copy, "9")) << describe(hospital, corpus.documents);
    EXPECT_EQ(hospital->status, ClaimStatus::Formatting);
    const Claim* injured = with(original, "31");
    ASSERT_TRUE(injured);
    EXPECT_EQ(injured, with(copy, "31"));
    EXPECT_NE(injured, hospital);
    EXPECT_EQ(injured->status, ClaimStatus::Consistent);
}

TEST_F(Reprint, SpellingAndHedgeEditsAreNotConflicts) {
    const Claim* centres = with(original, "eleven");
    ASSERT_TRUE(centres);
    EXPECT_EQ(centres, with(copy, "11"));
    EXPECT_EQ(centres->status, ClaimStatus::Formatting);
    const Claim* river = with(original, "5.2");
    ASSERT_TRUE(river);
    EXPECT_EQ(river, with(copy, "5.2"));
    EXPECT_EQ(river->status, ClaimStatus::Qualifier);
}

TEST_F(Reprint, EveryConflictIsTheEditedValue) {
    int conflicts = 0;
    for (const Claim& c : claims)
        if (c.status == ClaimStatus::Conflict)
            ++conflicts;
    EXPECT_EQ(conflicts, 1);
}

// A rewrite that puts a batting average where the other outlet put home runs ("hit 13 home runs"
// against "hit .358 with 13 homers"): the reuse stage matches the sentences, and the verb is one,
// but an average is no count of runs.
TEST(MatchedSentences, AnAverageIsNoCountOfTheRunsBesideIt) {
    const std::vector<Document> docs{
        makeDocument(QStringLiteral("a"),
                     QStringLiteral("Teixeira hit 13 home runs and 43 RBIs in 54 games with the Angels.")),
        makeDocument(
            QStringLiteral("b"),
            QStringLiteral("Teixeira hit .358 with 13 homers and 43 RBIs in 54 games with the Angels."))};
    const ReuseResult reuse = reuseOf(docs);
    ASSERT_FALSE(reuse.matches.empty());
    const std::vector<Claim> claims = claimsOf(docs, reuse);
    const Claim* runs = claimWith(claims, docs, 0, {}, QStringLiteral("13"));
    ASSERT_TRUE(runs);
    EXPECT_NE(runs, claimWith(claims, docs, 1, {}, QStringLiteral(".358"))) << describe(runs, docs);
    EXPECT_FALSE(isDisagreement(*runs)) << describe(runs, docs);
}

// "480 drones and 40 missiles, of which 473 were shot down" counts drones and missiles together:
// the reuse stage matches it with "of which 441 drones were shot down", and the verb is one, but
// 473 is no version of the drones alone.
TEST(MatchedSentences, ANumberOfTwoNounsTogetherIsNeitherNounsCount) {
    const QString opening =
        QStringLiteral("Russia attacked Kyiv overnight in the largest air raid of the war, "
                       "officials said on Friday.\n\n");
    const std::vector<Document> docs{
        makeDocument(QStringLiteral("a"),
                     opening + QStringLiteral("Nationwide, Russia launched 480 drones and 40 "
                                              "missiles, of which 473 were shot down or "
                                              "jammed, the air force said.")),
        makeDocument(QStringLiteral("b"),
                     opening + QStringLiteral("Nationwide, Russia launched 480 drones and 40 "
                                              "missiles, of which 441 drones were shot down "
                                              "or jammed, the air force said."))};
    const ReuseResult reuse = reuseOf(docs);
    ASSERT_FALSE(reuse.matches.empty());
    const std::vector<Claim> claims = claimsOf(docs, reuse);
    const Claim* both = claimWith(claims, docs, 0, {}, QStringLiteral("473"));
    ASSERT_TRUE(both);
    EXPECT_NE(both, claimWith(claims, docs, 1, {}, QStringLiteral("441"))) << describe(both, docs);
    EXPECT_EQ(both->label, QStringLiteral("drones and missiles intercepted")) << describe(both, docs);
}
