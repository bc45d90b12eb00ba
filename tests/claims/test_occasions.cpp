// When a number is about another occasion than the story's event (docs/claims.md, Occasions.h):
// which words move it there, and which do not reach it.
#include "ClaimsTestUtil.h"
#include "claims/ClaimStatus.h"

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

// A clause opened by a participle is not set apart like a "who" clause: the time of an event
// noun is its verb's time too, so "the attack, launched in June, killed 50" is June's deaths.
TEST(ClaimOccasions, AParticipleClauseDatesItsEvent) {
    const Story s({"The attack, launched in June, killed 50 people in the town.",
                   "The attack killed 23 people in the town, officials said."});
    const Claim* june = s.with(0, "50");
    ASSERT_TRUE(june);
    EXPECT_EQ(june->occasion, QStringLiteral("june")) << describe(june, s.docs);
    EXPECT_NE(june, s.with(1, "23")) << describe(june, s.docs);
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

// ... but only in the number's own clause: an aside about someone ("Jones, now 52,") or a
// conjunction ("since it was short of cash") does not move the number to now.
TEST(ClaimOccasions, AnAsideKeepsTheTime) {
    const Story s({"In 2009, Jones, now 52, stole $3 million from 40 investors.",
                   "Jones stole $3 million from 40 investors in 2009.",
                   "Jones has stolen $5 million from 70 investors, prosecutors say.",
                   "In May, since it was short of cash, the firm cut 500 jobs."});
    const Claim* stolen = s.with(0, "$3 million");
    ASSERT_TRUE(stolen);
    EXPECT_EQ(stolen->occasion, QStringLiteral("2009")) << describe(stolen, s.docs);
    EXPECT_EQ(stolen, s.with(1, "$3 million")) << describe(stolen, s.docs);
    EXPECT_NE(stolen, s.with(2, "$5 million")) << describe(stolen, s.docs);
    const Claim* jobs = s.with(3, "500");
    ASSERT_TRUE(jobs);
    EXPECT_EQ(jobs->occasion, QStringLiteral("may")) << describe(jobs, s.docs);
}

// "last December" names the month that "in December" does, unlike "last week" (earlier).
TEST(ClaimOccasions, LastMonthIsThatMonth) {
    const Story s({"The rule, finalized in December, ended the reviews that scientists had done on 400 "
                   "projects.",
                   "Until last December, scientists had reviewed 420 projects under the rule.",
                   "Last week scientists had reviewed 380 projects under the rule."});
    const Claim* december = s.with(0, "400");
    ASSERT_TRUE(december);
    EXPECT_EQ(december->occasion, QStringLiteral("december")) << describe(december, s.docs);
    EXPECT_EQ(december, s.with(1, "420")) << describe(december, s.docs);
    const Claim* week = s.with(2, "380");
    ASSERT_TRUE(week);
    EXPECT_NE(week, december) << describe(week, s.docs);
}

// A toll since replaced: "Initial reports said 18", "officials initially said", "Earlier, the
// authority had said", and "from an initial 18", which is 18's cue and not the new toll's.
TEST(ClaimOccasions, AnInitialFigureIsAnEarlierOne) {
    const Story s({"Initial reports said 18 people had died in the crash; the toll rose overnight.",
                   "Another five people died overnight, bringing the toll to 23 from an initial 18.",
                   "Earlier, the authority had said 18 people were killed in the crash.",
                   "The crash killed 23 people, officials said."});
    const Claim* initial = s.with(0, "18");
    ASSERT_TRUE(initial);
    EXPECT_EQ(initial->occasion, QStringLiteral("earlier")) << describe(initial, s.docs);
    EXPECT_EQ(initial, s.with(2, "18")) << describe(initial, s.docs);
    EXPECT_FALSE(isDisagreement(*initial)) << describe(initial, s.docs);
    const Claim* toll = s.with(3, "23");
    ASSERT_TRUE(toll);
    EXPECT_TRUE(toll->occasion.isEmpty()) << describe(toll, s.docs);
    EXPECT_EQ(toll, s.with(1, "23")) << describe(toll, s.docs);
    // An initial payment is a thing of its own, not a figure since replaced.
    const Story paid({"The airline said it would pay each family an initial $25,000.",
                      "The airline will pay each family $25,000."});
    const Claim* payment = paid.with(0, "$25,000");
    ASSERT_TRUE(payment);
    EXPECT_TRUE(payment->occasion.isEmpty()) << describe(payment, paid.docs);
}

// "The 2002 crash on the same line killed 38": a past event named by its year, not this crash.
TEST(ClaimOccasions, AnEventNamedByItsYearIsAnotherOccasion) {
    const Story s({"Twenty-seven people died in the crash, according to police.",
                   "The 2002 crash on the same line killed 38 people.",
                   "A crash on the line in 2002 killed 38 people."});
    const Claim* past = s.with(1, "38");
    ASSERT_TRUE(past);
    EXPECT_EQ(past->occasion, QStringLiteral("2002")) << describe(past, s.docs);
    EXPECT_EQ(past, s.with(2, "38")) << describe(past, s.docs);
    EXPECT_NE(past, s.with(0, "Twenty-seven")) << describe(past, s.docs);
}

// "up from 4 two weeks ago": the span says when the 4 was counted; it is no fact of its own to
// meet "detected three weeks ago".
TEST(ClaimOccasions, ASpanDatingAnotherNumberIsNoFact) {
    const Story s({"The region has 14 treatment centres, up from 4 two weeks ago.",
                   "The outbreak has spread since it was detected three weeks ago."});
    EXPECT_FALSE(s.with(0, "two")) << describe(s.with(0, "two"), s.docs);
    ASSERT_TRUE(s.with(1, "three"));
    EXPECT_FALSE(isDisagreement(*s.with(1, "three")));
}

// "had earlier reported 19 dead", "Earlier on Sunday, officials had put the toll at 19": a toll
// given before the latest one, which "the number of confirmed dead rose to 34" is.
TEST(ClaimOccasions, ATollGivenEarlierIsTheEarlierOne) {
    const Story s({"The coast guard had earlier reported 19 dead before divers recovered more bodies.",
                   "Earlier on Sunday, officials had put the death toll at 19.",
                   "The number of confirmed dead from the sinking rose to 34 on Sunday.",
                   "At least 31 people were killed in the sinking, officials said."});
    const Claim* earlier = s.with(0, "19");
    ASSERT_TRUE(earlier);
    EXPECT_EQ(earlier->occasion, QStringLiteral("earlier")) << describe(earlier, s.docs);
    EXPECT_EQ(earlier, s.with(1, "19")) << describe(earlier, s.docs);
    const Claim* latest = s.with(2, "34");
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->predicate, QStringLiteral("killed")) << describe(latest, s.docs);
    EXPECT_EQ(latest, s.with(3, "31")) << describe(latest, s.docs);
    EXPECT_NE(latest, earlier);
}

// "three weeks ago" and "nine days earlier" say how long ago something happened: the "ago" is
// the number's own meaning, so two such spans compare with each other (and disagree here), but
// never with how long something lasted, nor with a span to another event ("two weeks before
// Christmas").
TEST(ClaimOccasions, HowLongAgoIsItsOwnKindOfSpan) {
    const Story s({"The singer died of complications from a heart attack suffered three weeks ago.",
                   "The singer suffered a heart attack nine days earlier and never regained consciousness.",
                   "She had spent three weeks in hospital with pneumonia last year.",
                   "Two weeks before Christmas, the singer's family gathered at the hospital."});
    const Claim* ago = s.with(0, "three");
    ASSERT_TRUE(ago);
    EXPECT_EQ(ago->occasion, QStringLiteral("ago")) << describe(ago, s.docs);
    EXPECT_EQ(ago, s.with(1, "nine")) << describe(ago, s.docs);
    EXPECT_NE(ago, s.with(2, "three")) << describe(ago, s.docs);
    EXPECT_NE(ago, s.with(3, "Two")) << describe(ago, s.docs);
    EXPECT_TRUE(ago->label.startsWith(QStringLiteral("time since attack"))) << describe(ago, s.docs);
}

// "its first weekend", "the opening week": a part of a run, not the total to date that another
// outlet gives. The opening weekend's gross stays apart from the totals, which then meet.
TEST(ClaimOccasions, AFirstWeekendIsAPartOfTheRun) {
    const Story s({"The film opened on Friday, grossing $69.6 million domestically during its first weekend.",
                   "To date the film has grossed over $142 million domestically.",
                   "The film has grossed $140 million so far, the studio said."});
    const Claim* opening = s.with(0, "$69.6 million");
    ASSERT_TRUE(opening);
    EXPECT_EQ(opening->occasion, QStringLiteral("first weekend")) << describe(opening, s.docs);
    EXPECT_NE(opening, s.with(2, "$140 million")) << describe(opening, s.docs);
    const Claim* total = s.with(1, "$142 million");
    ASSERT_TRUE(total);
    EXPECT_EQ(total, s.with(2, "$140 million")) << describe(total, s.docs);
}

// "required for more than two decades" says how long a rule held, not a threshold it sets: it is
// one span with "consultations ... performed for 35 years", and the two disagree. A threshold
// ("the minimum required is 300 seats") is still no measured value.
TEST(ClaimOccasions, RequiredForAYearsSpanIsHowLongARuleHeld) {
    const Story s({"Such consultation had been required for more than two decades until the rule changed.",
                   "The rule made optional the consultations scientists have performed for 35 years.",
                   "The minimum required is 300 seats; the party won 310 seats."});
    const Claim* span = s.with(0, "two");
    ASSERT_TRUE(span);
    EXPECT_TRUE(span->occasion.isEmpty()) << describe(span, s.docs);
    EXPECT_EQ(span, s.with(1, "35")) << describe(span, s.docs);
    EXPECT_TRUE(isFirmDisagreement(*span)) << describe(span, s.docs);
    EXPECT_EQ(span->label, QStringLiteral("consultation length")) << describe(span, s.docs);
    const Claim* threshold = s.with(2, "300");
    ASSERT_TRUE(threshold);
    EXPECT_EQ(threshold->occasion, QStringLiteral("required")) << describe(threshold, s.docs);
}
