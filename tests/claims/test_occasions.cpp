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
