// Numbers that are not the story's total of their unit (claims/MentionFacts.h, Rates.h,
// docs/claims.md): an increment ("a further five"), a running total ("so far this year"), a rate
// per period ("$23 million per season", "$80,000-a-year"), on short articles written for the test.
#include "ClaimsTestUtil.h"

using namespace parallax;
using namespace parallax::test;

TEST(ClaimIncrements, AnIncrementOrARunningTotalIsAnotherOccasion) {
    const Story s({"At least 23 people were injured in Kyiv on Friday.",
                   "In Kyiv, a further five people were injured on Saturday.",
                   "So far this year, 400 people have been injured in Kyiv.",
                   "26 people were injured in Kyiv."});
    const Claim* injured = s.with(0, "23");
    ASSERT_TRUE(injured);
    EXPECT_EQ(injured, s.with(3, "26"));
    EXPECT_NE(injured, s.with(1, "five"));
    EXPECT_NE(injured, s.with(2, "400"));
    ASSERT_TRUE(s.with(1, "five") && s.with(2, "400"));
    EXPECT_EQ(s.with(1, "five")->occasion, "further");
    EXPECT_EQ(s.with(2, "400")->occasion, "this year");
}

// "Another" before a count at a place other than the report's own adds a place: the number is
// that place's count ("another 20,000 marched in Thessaloniki" in a report from Athens), not an
// increment. In a report from the same place it stays an increment (above).
TEST(ClaimIncrements, AnotherCountAtAnotherPlaceIsThatPlacesCount) {
    const Story s({"Some 100,000 people marched in Athens on Wednesday. Another 20,000 people marched "
                   "in the northern city of Thessaloniki.",
                   "Tens of thousands rallied in Athens. About 50,000 people marched in Thessaloniki.",
                   "Police said 100,000 people marched in Athens. Later, a further 5,000 people marched in "
                   "Athens."});
    const Claim* thessaloniki = s.with(0, "20,000");
    ASSERT_TRUE(thessaloniki);
    EXPECT_TRUE(thessaloniki->occasion.isEmpty()) << describe(thessaloniki, s.docs);
    EXPECT_EQ(thessaloniki, s.with(1, "50,000")) << describe(thessaloniki, s.docs);
    const Claim* more = s.with(2, "5,000");
    ASSERT_TRUE(more);
    EXPECT_EQ(more->occasion, "further") << describe(more, s.docs);
    // Added to a running total, or people going somewhere, it stays an increment.
    const Story totals(
        {"WASHINGTON - Forty people have died in the storm in Texas. A further 12 people died in "
         "Dallas overnight, bringing the state's toll to 52.",
         "KYIV - More than 1.5 million people have fled Ukraine. Another 100,000 people crossed "
         "into Poland on Sunday."});
    for (const auto& [doc, value] : {std::pair(0, "12"), std::pair(1, "100,000")}) {
        const Claim* c = totals.with(doc, value);
        ASSERT_TRUE(c);
        EXPECT_EQ(c->occasion, "further") << describe(c, totals.docs);
    }
    // Money or things added elsewhere are additions to one sum, whatever the place.
    const Story sums(
        {"The Angels spent $20 million in Anaheim. They spent another $15 million on Teixeira."});
    const Claim* added = sums.with(0, "$15 million");
    ASSERT_TRUE(added);
    EXPECT_EQ(added->occasion, "further") << describe(added, sums.docs);
}

TEST(ClaimRates, ARatePerPeriodIsNotTheTotal) {
    const Story s({"The Red Sox offered an eight-year deal worth $184 million, or $23 million per season.",
                   "The Red Sox offer is worth $184 million over eight years.",
                   "Boston offered about $22 million a season, a source said."});
    const Claim* total = s.with(0, "$184 million");
    const Claim* rate = s.with(0, "$23 million");
    ASSERT_TRUE(total && rate);
    EXPECT_NE(total, rate) << describe(total, s.docs);
    EXPECT_EQ(total, s.with(1, "$184 million")) << describe(total, s.docs);
    EXPECT_EQ(rate, s.with(2, "$22 million")) << describe(rate, s.docs);
    EXPECT_TRUE(rate->label.contains("per season")) << rate->label.toStdString();
}

// A rate written into the number as one compound adjective ("an $80,000-a-year job", "a
// $15-an-hour wage") is a rate as "$80,000 a year" is, never the trial's total cost.
TEST(ClaimRates, AHyphenatedRateIsARate) {
    const Story s({"Nichols was an $80,000-a-year computer expert at UPS, the court heard.",
                   "The trial has cost more than $2 million, the court heard.",
                   "Workers there earn a $15-an-hour wage."});
    const Claim* salary = s.with(0, "$80,000");
    ASSERT_TRUE(salary);
    EXPECT_EQ(salary->occasion, QStringLiteral("per year")) << describe(salary, s.docs);
    EXPECT_NE(salary, s.with(1, "$2 million")) << describe(salary, s.docs);
    const Claim* wage = s.with(2, "$15");
    ASSERT_TRUE(wage);
    EXPECT_EQ(wage->occasion, QStringLiteral("per hour")) << describe(wage, s.docs);
}

TEST(ClaimRates, ADayAfterIsATimeNotARate) {
    const Story s({"Officials said 12 people were killed a day after the vote in Nairobi.",
                   "In Nairobi, 15 people were killed in the unrest, officials said."});
    const Claim* c = s.with(0, "12");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, s.with(1, "15")) << describe(c, s.docs);
}

// "after two of the injured died in hospital": people moved onto the toll, not the toll; "twelve
// of the wounded needed hospital treatment" is still the count taken to hospital.
TEST(ClaimIncrements, InjuredWhoDiedAreNotTheToll) {
    const Story s({"The toll has risen to 29, after two of the injured died in hospital, officials say.",
                   "The derailment killed 27 people, the railway operator said."});
    const Claim* two = s.with(0, "two");
    ASSERT_TRUE(two);
    EXPECT_EQ(two->occasion, QStringLiteral("further")) << describe(two, s.docs);
    EXPECT_NE(two, s.with(1, "27")) << describe(two, s.docs);
    const Story hospital({"Officials said twelve of the wounded needed hospital treatment.",
                          "Twelve people were taken to hospital."});
    const Claim* twelve = hospital.with(0, "twelve");
    ASSERT_TRUE(twelve);
    EXPECT_TRUE(twelve->occasion.isEmpty()) << describe(twelve, hospital.docs);
}

// "15 million euros net per season" is a salary per season like "14 million euros a season".
TEST(ClaimIncrements, ATaxWordBeforeThePeriodKeepsTheRate) {
    const Story s({"The striker will earn 15 million euros net per season at the club.",
                   "The striker signed a contract worth 14 million euros a season at the club."});
    const Claim* salary = s.with(0, "15 million");
    ASSERT_TRUE(salary);
    EXPECT_EQ(salary->occasion, QStringLiteral("per season")) << describe(salary, s.docs);
    EXPECT_EQ(salary, s.with(1, "14 million")) << describe(salary, s.docs);
}
