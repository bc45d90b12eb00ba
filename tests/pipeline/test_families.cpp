// Syndication families (Families.h) on hand-made reuse results.
#include "analysis/Families.h"

#include <gtest/gtest.h>

using namespace parallax;

namespace {

Document withWords(int words) {
    Document d;
    Sentence s;
    s.tokenCount = words;
    d.sentences.push_back(s);
    return d;
}

DocumentPair reprint(int a, int b, int original, double resemblance) {
    DocumentPair p;
    p.a = a;
    p.b = b;
    p.relation = Relation::Reprint;
    p.original = original;
    p.resemblance = resemblance;
    return p;
}

} // namespace

TEST(Families, ReprintsJoinedThroughEachOtherAreOneFamilyWithItsOriginal) {
    // 0 is a wire story; 1 and 2 reprint it word for word, 3 with edits, 4 copies 3 (not 0);
    // 5 and 6 are another, smaller family without a named original; 7 stands alone.
    std::vector<Document> docs;
    for (int d = 0; d < 8; ++d)
        docs.push_back(withWords(d == 6 ? 400 : 300));
    ReuseResult reuse;
    reuse.pairs = {reprint(0, 1, 0, 1.0), reprint(0, 2, 0, 1.0), reprint(0, 3, 0, 0.8),
                   reprint(3, 4, -1, 0.95), reprint(5, 6, -1, 0.9)};
    DocumentPair story;
    story.a = 0;
    story.b = 7;
    story.relation = Relation::SameStory;
    reuse.pairs.push_back(story);
    const std::vector<ReprintFamily> families = findFamilies(docs, reuse);
    ASSERT_EQ(families.size(), 2u);
    EXPECT_EQ(families[0].members, (std::vector<int>{0, 1, 2, 3, 4}));
    EXPECT_EQ(families[0].representative, 0);
    EXPECT_EQ(families[0].original, 0);
    EXPECT_EQ(families[0].edited, 2) << "3 edited it; 4 is known only through 3";
    EXPECT_EQ(families[1].members, (std::vector<int>{5, 6}));
    EXPECT_EQ(families[1].representative, 6) << "no original named: the longest";
    EXPECT_EQ(families[1].original, -1);
}
