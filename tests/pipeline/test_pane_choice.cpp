// Which articles get a pane when there are more than panes (PaneChoice.h).
#include "analysis/PaneChoice.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace parallax;

namespace {

Document article(const QString& id, int words) {
    Document d;
    d.id = id;
    Sentence s;
    s.firstToken = 0;
    s.tokenCount = words;
    d.sentences.push_back(s);
    return d;
}

DocumentPair pair(int a, int b, Relation relation, int original = -1) {
    DocumentPair p;
    p.a = a;
    p.b = b;
    p.relation = relation;
    p.original = original;
    return p;
}

bool contains(const std::vector<int>& v, int x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

} // namespace

TEST(PaneChoice, OneArticlePerReprintFamilyBeforeAnyCopy) {
    // Documents 0-9: a wire story (0, the original) and nine reprints; 10 and 11 written apart.
    Analysis a;
    for (int d = 0; d < 12; ++d)
        a.corpus.documents.push_back(article(QStringLiteral("d%1").arg(d), d == 0 ? 500 : 480));
    for (int d = 1; d < 10; ++d)
        a.reuse.pairs.push_back(pair(0, d, Relation::Reprint, 0));
    a.reuse.pairs.push_back(pair(0, 10, Relation::SameStory));
    a.reuse.pairs.push_back(pair(10, 11, Relation::SameStory));
    const PaneChoice c = choosePaneArticles(a, 3);
    ASSERT_EQ(c.shown.size(), 3u);
    EXPECT_TRUE(contains(c.shown, 0)) << "the original stands for its family";
    EXPECT_TRUE(contains(c.shown, 10));
    EXPECT_TRUE(contains(c.shown, 11));
    EXPECT_EQ(c.familyOf[5], 0);
    EXPECT_EQ(c.familySize[5], 10);
    EXPECT_EQ(c.familySize[11], 1);
    EXPECT_EQ(c.shown.front(), 0) << "the biggest family first";
}

TEST(PaneChoice, AReprintThatChangedANumberComesBeforeTheOtherCopies) {
    Analysis a;
    for (int d = 0; d < 6; ++d)
        a.corpus.documents.push_back(article(QStringLiteral("d%1").arg(d), 300));
    for (int d = 1; d < 6; ++d)
        a.reuse.pairs.push_back(pair(0, d, Relation::Reprint, 0));
    // Every article says 550 drones but document 4, which says 539.
    Claim claim;
    claim.status = ClaimStatus::Conflict;
    claim.confidence = 1;
    for (int d = 0; d < 6; ++d) {
        ClaimVariant v;
        v.doc = d;
        v.mention.value = d == 4 ? 539 : 550;
        claim.variants.push_back(v);
    }
    claim.articles = 6;
    a.claims.push_back(claim);
    const PaneChoice c = choosePaneArticles(a, 2);
    EXPECT_EQ(c.shown, (std::vector<int>{0, 4}));
    EXPECT_EQ(choosePaneArticles(a, 10).shown.size(), 6u) << "all of them when there is room";
}

TEST(PaneChoice, AnArticlesRelationsAreThoseThatReuseItsText) {
    Analysis a;
    for (int d = 0; d < 5; ++d)
        a.corpus.documents.push_back(article(QStringLiteral("d%1").arg(d), 100));
    a.reuse.pairs = {pair(0, 1, Relation::Reprint), pair(2, 0, Relation::SharedSource),
                     pair(0, 3, Relation::SameStory), pair(3, 4, Relation::Reprint)};
    EXPECT_EQ(articlesReusing(a, 0), (std::vector<int>{0, 1, 2}));
    EXPECT_EQ(articlesReusing(a, 4), (std::vector<int>{3, 4}));
}
