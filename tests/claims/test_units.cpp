// One quantity in two units (docs/claims.md, "One measure in two units"): "40 miles" and "64 km"
// agree, "nine days" and "three weeks" disagree, a coarser unit is a rounding of a finer one, and
// a span to another event ("two weeks before the wedding") is not the story's own span.
#include "ClaimsTestUtil.h"
#include "claims/ClaimStatus.h"

using namespace parallax;
using namespace parallax::test;
using namespace Qt::StringLiterals;

TEST(ClaimUnits, OneDistanceInMilesAndKilometresAgrees) {
    const Story s({"The church stands 40 miles north of Anchorage, in Wasilla.",
                   "The church in Wasilla is 64 km north of Anchorage."});
    const Claim* distance = s.with(0, "40");
    ASSERT_TRUE(distance);
    EXPECT_EQ(distance, s.with(1, "64")) << describe(distance, s.docs);
    EXPECT_FALSE(isDisagreement(*distance)) << describe(distance, s.docs);
    EXPECT_TRUE(distance->evidence.join(u' ').contains(u"one measure in two units"_s))
        << distance->evidence.join(u"; "_s).toStdString();
}

TEST(ClaimUnits, DaysAgainstWeeksDisagreeUnlessTheWeeksHoldTheDays) {
    const Story s({"The actress died in hospital nine days after suffering a heart attack.",
                   "The actress died in hospital three weeks after suffering a heart attack.",
                   "The actress died in hospital 21 days after suffering a heart attack."});
    const Claim* stay = s.with(0, "nine");
    ASSERT_TRUE(stay);
    EXPECT_EQ(stay, s.with(1, "three")) << describe(stay, s.docs);
    EXPECT_EQ(stay, s.with(2, "21")) << describe(stay, s.docs);
    EXPECT_EQ(stay->status, ClaimStatus::Conflict) << describe(stay, s.docs);

    const Story rounded({"The warehouse was built about 2 years ago, a city official said.",
                         "The warehouse was built 30 months ago, a city official said."});
    const Claim* age = rounded.with(0, "2");
    ASSERT_TRUE(age);
    EXPECT_EQ(age, rounded.with(1, "30")) << describe(age, rounded.docs);
    EXPECT_EQ(age->status, ClaimStatus::Rounding) << describe(age, rounded.docs);
}

TEST(ClaimUnits, SpansOfDifferentOrdersAreNeverOneFact) {
    // Even disagreeing reports of one span are of one order: nine days is no version of 40 years.
    const Story s({"The model quit posing 40 years before her death.",
                   "The model quit posing nine days before her death."});
    const Claim* years = s.with(0, "40");
    ASSERT_TRUE(years);
    EXPECT_NE(years, s.with(1, "nine")) << describe(years, s.docs);
}

TEST(ClaimUnits, ASpanBeforeOrAfterAnotherEventIsAnotherOccasion) {
    const Story s({"The new rules take effect in 30 days, the department said.",
                   "The new rules take effect nine days before the inauguration, the department said.",
                   "The widow married him two weeks before he was shot, and the fire burned for 11 hours "
                   "before it was put out."});
    const Claim* effect = s.with(0, "30");
    ASSERT_TRUE(effect);
    EXPECT_NE(effect, s.with(1, "nine")) << describe(effect, s.docs);
    const Claim* wedding = s.with(2, "two");
    ASSERT_TRUE(wedding);
    EXPECT_EQ(wedding->occasion, u"before"_s) << describe(wedding, s.docs);
    const Claim* fire = s.with(2, "11");
    ASSERT_TRUE(fire);
    EXPECT_TRUE(fire->occasion.isEmpty()) << "how long the fire burned is the story's own span";
}

// A measure names no verb, but the thing it measures: two reports of "a 10-metre dhow" and one of
// "a 24- to 30-foot dhow" disagree about one boat, firmly. Named by two words, the same three
// lengths stay "possible".
TEST(ClaimUnits, TwoMeasuresOfOneNamedThingAreOneFact) {
    const Story s({"Navy commandos boarded a 10-metre dhow that the pirates used as a mother ship.",
                   "The pirates sailed a 10-metre dhow towing two skiffs, the navy said.",
                   "The pirates operated from a 24- to 30-foot dhow, a navy spokesman said."});
    const Claim* dhow = s.with(0, "10");
    ASSERT_TRUE(dhow);
    EXPECT_EQ(dhow, s.with(1, "10")) << describe(dhow, s.docs);
    EXPECT_EQ(dhow, s.with(2, "24- to 30")) << describe(dhow, s.docs);
    EXPECT_TRUE(isFirmDisagreement(*dhow)) << describe(dhow, s.docs);
    EXPECT_TRUE(dhow->evidence.join(u';').contains(u"both measure the dhow")) << describe(dhow, s.docs);

    const Story unnamed({"Navy commandos boarded a 10-metre boat that the pirates used as a mother ship.",
                         "The pirates sailed a 10-metre vessel towing two skiffs, the navy said.",
                         "The pirates operated from a 24- to 30-foot dhow, a navy spokesman said."});
    const Claim* boat = unnamed.with(2, "24- to 30");
    EXPECT_TRUE(!boat || !isFirmDisagreement(*boat)) << describe(boat, unnamed.docs);
}

// A police description in two outlets: the weight after the suspect's height is his weight in both,
// and 180 against 195 pounds is a firm disagreement about one man, labelled as his weight.
TEST(ClaimUnits, TwoDescriptionsOfOneSuspectDisagreeOnHisWeight) {
    const Story s({"The suspect was last seen on Elm Street. He is 6 feet tall, weighing 180 pounds, "
                   "and has a beard.",
                   "Police said the suspect, seen near Elm Street, is 6-foot, 195 pounds, with a beard."});
    const Claim* weight = s.with(0, "180");
    ASSERT_TRUE(weight);
    EXPECT_EQ(weight, s.with(1, "195")) << describe(weight, s.docs);
    EXPECT_TRUE(isFirmDisagreement(*weight)) << describe(weight, s.docs);
    EXPECT_EQ(weight->label, u"weight (pounds)"_s) << describe(weight, s.docs);
}

// An Australian outlet gives a bailout in Australian dollars, an American one in US dollars: the
// two figures are not one currency, and no disagreement. Two American outlets' figures are.
TEST(ClaimUnits, AnAustralianOutletsDollarsAreNotUsDollars) {
    const Story s(
        {"Source: nytimes.com\n\nGreece agreed a $143 billion EU and IMF debt bailout at the weekend.",
         "Source: news.com.au\n\nGreece agreed a $158 billion EU and IMF debt bailout over the weekend."});
    ASSERT_EQ(s.docs[1].source, u"news.com.au"_s);
    const Claim* bailout = s.with(0, "$143 billion");
    ASSERT_TRUE(bailout);
    EXPECT_NE(bailout, s.with(1, "$158 billion")) << describe(bailout, s.docs);
    const Story american(
        {"Source: nytimes.com\n\nGreece agreed a $143 billion EU and IMF debt bailout at the weekend.",
         "Source: latimes.com\n\nGreece agreed a $158 billion EU and IMF debt bailout over the weekend."});
    const Claim* dollars = american.with(0, "$143 billion");
    ASSERT_TRUE(dollars);
    EXPECT_EQ(dollars, american.with(1, "$158 billion")) << describe(dollars, american.docs);
}

// Three outlets place an arrest "five buildings away", "three doors away" and "three houses from the
// scene": one distance in three street lengths, and five against three is a disagreement. The
// houses a fire destroyed are a count, and stay apart.
TEST(ClaimUnits, BuildingsDoorsAndHousesAwayAreOneDistance) {
    const Story s({"The gunman was arrested five buildings away from the bar shortly before midnight.",
                   "Police arrested the gunman three doors away from the bar shortly before midnight.",
                   "The gunman was arrested three houses from the bar, shortly before midnight. Three houses "
                   "were destroyed by the fire."});
    const Claim* distance = s.with(0, "five");
    ASSERT_TRUE(distance);
    EXPECT_EQ(distance, s.with(1, "three")) << describe(distance, s.docs);
    EXPECT_EQ(distance, s.with(2, "three", u"arrested"_s)) << describe(distance, s.docs);
    EXPECT_NE(distance, s.with(2, "Three")) << describe(distance, s.docs);
    EXPECT_TRUE(isDisagreement(*distance)) << describe(distance, s.docs);
    EXPECT_EQ(distance->label, u"distance (buildings)"_s) << describe(distance, s.docs);
}

// "for more than two decades" holds 25 years, a rounding; not 35, which a writer would call more
// than three decades: that is a disagreement.
TEST(ClaimUnits, MoreThanTwoDecadesIsUnderThree) {
    const QString decadesText = u"Builders have had to consult wildlife experts for more than two decades."_s;
    const Story s({decadesText, u"Builders have had to consult wildlife experts for 35 years."_s});
    const Claim* decades = s.with(0, "two");
    ASSERT_TRUE(decades);
    ASSERT_EQ(decades, s.with(1, "35")) << describe(decades, s.docs);
    EXPECT_TRUE(isDisagreement(*decades)) << describe(decades, s.docs);
    const Story rounded({decadesText, u"Builders have had to consult wildlife experts for 25 years."_s});
    const Claim* consistent = rounded.with(0, "two");
    ASSERT_TRUE(consistent);
    ASSERT_EQ(consistent, rounded.with(1, "25")) << describe(consistent, rounded.docs);
    EXPECT_FALSE(isDisagreement(*consistent)) << describe(consistent, rounded.docs);
}

// Two amounts of one thing ("an $82 million deal", "a five-year, $80 million contract") are two
// values of it, when the story values that thing about once per article: two outlets' figures for
// one player's contract disagree firmly. A story of many teams' contracts compares none by the
// word alone.
TEST(ClaimUnits, TwoValuesOfOneContractDisagree) {
    const Story one({"The team signed free agent Brand to an $82 million deal before the season.",
                     "Brand signed a five-year, $80 million contract in the off-season."});
    const Claim* contract = one.with(0, "$82 million");
    ASSERT_TRUE(contract);
    EXPECT_EQ(contract, one.with(1, "$80 million")) << describe(contract, one.docs);
    EXPECT_TRUE(isFirmDisagreement(*contract)) << describe(contract, one.docs);
    EXPECT_FALSE(contract->evidence.filter(u"both the value of the "_s).isEmpty())
        << describe(contract, one.docs);

    const Story many({"The Nationals offered Teixeira an eight-year, $160 million contract. The Red Sox "
                      "gave Drew a five-year, $70 million contract.",
                      "Boras asked for an eight-year contract worth $200 million. The Yankees gave "
                      "Sabathia a $161 million contract."});
    const Claim* nationals = many.with(0, "$160 million");
    ASSERT_TRUE(nationals);
    EXPECT_FALSE(isFirmDisagreement(*nationals)) << describe(nationals, many.docs);
}
