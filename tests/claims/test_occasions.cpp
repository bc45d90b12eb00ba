// When a number is about another occasion than the story's event (docs/claims.md, Occasions.h):
// which words move it there, and which do not reach it.
#include "ClaimsTestUtil.h"

using namespace parallax;
using namespace parallax::test;

TEST(ClaimOccasions, ARelativeClauseKeepsItsTimeToItself) {
    const Story s({"Klitschko, who was coming off a knockout of Tony Thompson in July, landed 178 punches "
                   "to just 30 for Rahman.",
                   "Klitschko landed 178 punches in the fight, the statistics showed.",
                   "Klitschko landed 120 punches in July, in his fight with Thompson."});
    const Claim* punches = s.with(0, "178");
    ASSERT_TRUE(punches);
    EXPECT_TRUE(punches->occasion.isEmpty()) << describe(punches, s.docs);
    EXPECT_EQ(punches, s.with(1, "178")) << describe(punches, s.docs);
    // Outside a relative clause the month still moves the number to another occasion.
    const Claim* july = s.with(2, "120");
    ASSERT_TRUE(july);
    EXPECT_NE(july, punches) << describe(july, s.docs);
}

TEST(ClaimOccasions, AParticipleClauseKeepsItsTimeToItself) {
    const Story s({"The law, passed in June, has since helped 5,000 families find homes.",
                   "The law has helped 4,200 families find homes, officials said.",
                   "In June the law helped 300 families find homes."});
    const Claim* helped = s.with(0, "5,000");
    ASSERT_TRUE(helped);
    EXPECT_TRUE(helped->occasion.isEmpty()) << describe(helped, s.docs);
    EXPECT_EQ(helped, s.with(1, "4,200")) << describe(helped, s.docs);
    // A fronted month still moves the number to another occasion.
    const Claim* june = s.with(2, "300");
    ASSERT_TRUE(june);
    EXPECT_NE(june, helped) << describe(june, s.docs);
}

TEST(ClaimOccasions, SinceAndNowBringTheTimeBack) {
    const Story s({"The agency proposed the rules in May and since has received nearly 300,000 comments.",
                   "The agency has received 235,000 comments on the rules.",
                   "The agency received 12,000 comments in May, the first month.",
                   "The company was founded in 1990 and now employs 5,000 workers.",
                   "The company employs 4,800 workers."});
    const Claim* comments = s.with(0, "300,000");
    ASSERT_TRUE(comments);
    EXPECT_TRUE(comments->occasion.isEmpty()) << describe(comments, s.docs);
    EXPECT_EQ(comments, s.with(1, "235,000")) << describe(comments, s.docs);
    EXPECT_NE(comments, s.with(2, "12,000")) << describe(comments, s.docs);
    const Claim* workers = s.with(3, "5,000");
    ASSERT_TRUE(workers);
    EXPECT_EQ(workers, s.with(4, "4,800")) << describe(workers, s.docs);
}
