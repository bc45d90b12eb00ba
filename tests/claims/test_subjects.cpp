// Whose a number is (docs/claims.md, "who"): the subject named by the verb, and the subject of a
// clause that leaves its verb out.
#include "ClaimsTestUtil.h"
#include "claims/ClaimStatus.h"

using namespace parallax;
using namespace parallax::test;
using namespace Qt::StringLiterals;

TEST(ClaimSubjects, WhoDidItTellsClaimsApart) {
    const Story s({"Russia launched 550 drones overnight, officials said.",
                   "Ukraine launched 50 drones overnight.",
                   "According to the air force, 539 drones were launched by Russia."});
    const Claim* russia = s.with(0, "550");
    ASSERT_TRUE(russia);
    EXPECT_NE(russia, s.with(1, "50"));
    EXPECT_EQ(russia, s.with(2, "539")) << describe(russia, s.docs);
    EXPECT_EQ(russia->agent, "Russia");
    EXPECT_EQ(russia->label, "drones launched by Russia");
}

TEST(ClaimSubjects, AClauseThatLeavesOutItsVerbHasItsOwnSubject) {
    // Gapping: "..., the Orioles ... over seven years" shares the verb "bid", not the subject.
    const Story s(
        {"The Nationals have bid $160 million over eight years, the Orioles between $140 million and "
         "$150 million over seven years.",
         "The Orioles (seven years, $140 million) and Nationals (eight years, $160 million) made offers."});
    const Claim* orioles = s.with(0, "seven");
    ASSERT_TRUE(orioles);
    EXPECT_EQ(orioles->agent, "Orioles");
    EXPECT_EQ(orioles, s.with(1, "seven")) << describe(orioles, s.docs);
    EXPECT_NE(orioles, s.with(1, "eight"));
    EXPECT_NE(orioles->status, ClaimStatus::Conflict);
    // A clause with a verb of its own is no gap: "the Kremlin said" names who said, not who fired.
    const Story said({"Air defences shot down 476 drones, the Kremlin said 539 were launched.",
                      "Russia launched 539 drones."});
    const Claim* launched = said.with(0, "539");
    ASSERT_TRUE(launched);
    EXPECT_NE(launched->agent, "Kremlin");
}

// "The Social Democrats, led by Mira Hanski, won 55 seats": the subject stands before the aside
// that separates it from its verb, and two parties' seats are two facts.
TEST(ClaimSubjects, TheSubjectBeforeAnAside) {
    const Story s({"The Social Democrats, led by Mira Hanski, won 55 seats in the election.",
                   "The Alliance won 68 seats in the election."});
    const Claim* democrats = s.with(0, "55");
    ASSERT_TRUE(democrats);
    EXPECT_EQ(democrats->agent, "Social Democrats") << describe(democrats, s.docs);
    EXPECT_NE(democrats, s.with(1, "68")) << describe(democrats, s.docs);
}

// "Wladimir Klitschko, 53-3, 47 KO's, dismantled Rahman": a record set off by commas after the
// name is the name's, as in brackets.
TEST(ClaimSubjects, ARecordSetOffByCommasIsTheNamesOwn) {
    const Story s(
        {"Champion Wladimir Klitschko, 53-3, 47 KOs, easily dismantled Hasim Rahman in the seventh round.",
         "Wladimir Klitschko (52-3, 46 KOs) beat Hasim Rahman (45-7-2, 36 KOs) in Mannheim."});
    const Claim* kos = s.with(0, "47");
    ASSERT_TRUE(kos);
    EXPECT_TRUE(kos->agent.endsWith("Klitschko")) << describe(kos, s.docs);
    EXPECT_EQ(kos, s.with(1, "46")) << describe(kos, s.docs);
    EXPECT_NE(kos, s.with(1, "36")) << describe(kos, s.docs);
}
