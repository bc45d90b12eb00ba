// Numbers that look like counts but are not: clock readings, match results and records, ranks,
// list numbering; and conversions in brackets, which restate a number rather than add one.

#include "NumbersTestUtil.h"

using namespace parallax;
using namespace Qt::StringLiterals;
using parallax::test::Extracted;
using parallax::test::only;
using Kind = NumberMention::Kind;

TEST(NotCounts, FourDigitClockWithLocalTimeOrZone) {
    const NumberMention local = only(u"The quake struck at 0307 local time on Saturday."_s);
    EXPECT_EQ(local.kind, Kind::TimeOfDay);
    EXPECT_EQ(local.normalized, u"03:07"_s);
    EXPECT_NE(local.unit, u"time"_s);
    const NumberMention zone = only(u"The tremor came at 0307 GMT, officials said."_s);
    EXPECT_EQ(zone.kind, Kind::TimeOfDay);
    EXPECT_EQ(only(u"Trading halted at 1630 EST."_s).normalized, u"16:30"_s);
}

TEST(NotCounts, LeadingZeroAfterATimePreposition) {
    EXPECT_EQ(only(u"Sirens sounded at 0530 in the capital."_s).kind, Kind::TimeOfDay);
    // Without a leading zero or a zone, four digits after "at" stay a number.
    EXPECT_EQ(only(u"The index closed at 1530 points."_s).kind, Kind::Measure);
    EXPECT_NE(only(u"Attendance peaked at 1530 on Sunday."_s).kind, Kind::TimeOfDay);
}

TEST(NotCounts, ClockWithDottedMeridiem) {
    const NumberMention m = only(u"The shaking began at 2:09 a.m. near the coast."_s);
    EXPECT_EQ(m.kind, Kind::TimeOfDay);
    EXPECT_EQ(m.normalized, u"02:09"_s);
    EXPECT_EQ(only(u"Police were called at 2.09am to the house."_s).kind, Kind::TimeOfDay);
}

TEST(NotCounts, MatchResults) {
    const NumberMention beat = only(u"Arsenal beat them 3-1 at home."_s);
    EXPECT_EQ(beat.kind, Kind::Identifier);
    EXPECT_EQ(beat.unit, u"score"_s);
    EXPECT_EQ(only(u"It was a 88-72 win for the visitors."_s).unit, u"score"_s);
    // The loser's score first is still a result when the words around say so.
    const NumberMention lost = only(u"They lost 1-3 to Chelsea."_s);
    EXPECT_EQ(lost.kind, Kind::Identifier);
    EXPECT_FALSE(lost.rangeEnd.has_value());
    EXPECT_EQ(only(u"It was a 72-88 defeat."_s).unit, u"score"_s);
}

TEST(NotCounts, RangesAfterResultVerbsStayRanges) {
    const NumberMention seats = only(u"The party won 10-12 seats in the north."_s);
    EXPECT_EQ(seats.kind, Kind::Count);
    EXPECT_DOUBLE_EQ(seats.rangeEnd.value_or(0), 12);
}

TEST(NotCounts, WinLossRecord) {
    const Extracted e(u"The Spurs, now 52-3, host Boston tonight."_s);
    ASSERT_EQ(e.mentions.size(), 1u) << e.dump();
    EXPECT_EQ(e.mentions[0].kind, Kind::Identifier);
    EXPECT_EQ(e.mentions[0].unit, u"score"_s);
}

// A record with its draws is one record, and the knockouts glued on after it are their own count:
// "Rahman (45-7-2,36 KOs)" is no "2 KOs".
TEST(NotCounts, WinLossDrawRecord) {
    const Extracted e(u"Klitschko blasted a sluggish Hasim Rahman (45-7-2,36 KOs) in Mannheim."_s);
    ASSERT_EQ(e.mentions.size(), 2u) << e.dump();
    EXPECT_EQ(e.mentions[0].text, u"45-7-2"_s);
    EXPECT_EQ(e.mentions[0].unit, u"score"_s);
    EXPECT_DOUBLE_EQ(e.mentions[1].value, 36);
    EXPECT_EQ(e.mentions[1].unit, u"ko"_s);
}

// ".358" written without its leading zero is an average (a batting average, a ".500 record"), a
// proportion: never a count of the noun after it, so it cannot meet "13 home runs".
TEST(NotCounts, ADecimalWithoutItsZeroIsAnAverage) {
    const Extracted e(u"Teixeira hit .358 with 13 homers and 43 RBIs in 54 games."_s);
    EXPECT_EQ(e.at(u".358"_s).kind, Kind::Fraction);
    EXPECT_TRUE(e.at(u".358"_s).unit.isEmpty());
    EXPECT_DOUBLE_EQ(e.at(u".358"_s).value, 0.358);
    EXPECT_EQ(e.at(u"13"_s).unit, u"homer"_s);
    EXPECT_EQ(only(u"The rate rose 0.5 points."_s).kind, Kind::Measure);
}

TEST(NotCounts, Ranks) {
    const NumberMention no = only(u"She is ranked No. 3 in the world."_s);
    EXPECT_EQ(no.kind, Kind::Identifier);
    const NumberMention seeded = only(u"Nadal, seeded 5, reached the final."_s);
    EXPECT_EQ(seeded.kind, Kind::Identifier);
    EXPECT_EQ(seeded.unit, u"rank"_s);
}

TEST(NotCounts, ListNumbering) {
    const Extracted dot(u"1. Kyiv was hit by 550 drones."_s);
    EXPECT_EQ(dot.at(u"1"_s).kind, Kind::Identifier) << dot.dump();
    EXPECT_EQ(dot.at(u"1"_s).unit, u"list item"_s);
    EXPECT_EQ(dot.at(u"550"_s).kind, Kind::Count);
    const Extracted bracket(u"Summary:\n2) Rescue teams pulled 12 people from the rubble."_s);
    EXPECT_EQ(bracket.at(u"2"_s).kind, Kind::Identifier) << bracket.dump();
    // Inside a sentence the same shape is a count that ends it.
    EXPECT_EQ(only(u"The death toll rose to 12."_s).kind, Kind::Count);
}

TEST(Conversions, LengthInBrackets) {
    const Extracted e(u"The border runs 400km (250 miles) along the river."_s);
    ASSERT_EQ(e.mentions.size(), 1u) << e.dump();
    const NumberMention& m = e.mentions[0];
    EXPECT_EQ(m.kind, Kind::Measure);
    EXPECT_DOUBLE_EQ(m.value, 400);
    EXPECT_EQ(m.unit, u"km"_s);
    ASSERT_TRUE(m.convertedValue.has_value());
    EXPECT_DOUBLE_EQ(*m.convertedValue, 250);
    EXPECT_EQ(m.convertedUnit, u"mile"_s);
    EXPECT_EQ(e.text.mid(m.convertedSpan.start, m.convertedSpan.length()), u"250"_s);
}

TEST(Conversions, MoneyInBrackets) {
    const Extracted e(u"The club paid EUR85m ($108m) for the striker."_s);
    ASSERT_EQ(e.mentions.size(), 1u) << e.dump();
    EXPECT_EQ(e.mentions[0].unit, u"EUR"_s);
    EXPECT_DOUBLE_EQ(e.mentions[0].value, 85e6);
    EXPECT_DOUBLE_EQ(e.mentions[0].convertedValue.value_or(0), 108e6);
    EXPECT_EQ(e.mentions[0].convertedUnit, u"USD"_s);
    const Extracted hedged(u"The deal was worth 85 million euros (about $108 million)."_s);
    ASSERT_EQ(hedged.mentions.size(), 1u) << hedged.dump();
    EXPECT_DOUBLE_EQ(hedged.mentions[0].convertedValue.value_or(0), 108e6);
}

TEST(Conversions, BracketWithAnotherFactStaysTwoMentions) {
    const Extracted e(u"The storm killed 12 people (including 3 children) on Monday."_s);
    EXPECT_EQ(e.mentions.size(), 2u) << e.dump();
    EXPECT_FALSE(e.at(u"12"_s).convertedValue.has_value());
    // Another dimension is no conversion: a length with a duration.
    const Extracted d(u"They walked 20 km (5 hours) to the border."_s);
    EXPECT_EQ(d.mentions.size(), 2u) << d.dump();
}

// Misreadings the claims stage used to correct after the fact, now fixed where they happen.
TEST(NotCounts, AVerbOrAPronounAfterANumberIsNoUnit) {
    const auto hurt = parallax::extractNumbers(u"One dead, 17 hurt as blast tears through depot");
    ASSERT_EQ(hurt.size(), 2u);
    EXPECT_NE(hurt[1].unit, u"hurt");
    const auto itself = parallax::extractNumbers(u"Depot 7 itself was damaged by a smaller fire.");
    ASSERT_FALSE(itself.empty());
    EXPECT_NE(itself[0].unit, u"itself");
}

// A title-case headline capitalises its verb: "Kills 14" is no name and its number, as "Apollo 11"
// is, but 14 killed.
TEST(NotCounts, ACapitalisedVerbBeforeANumberIsNoName) {
    const NumberMention killed = only(u"Quake Kills 14 In Iran"_s);
    EXPECT_EQ(killed.kind, Kind::Count);
    EXPECT_EQ(killed.predicate, u"killed"_s);
    EXPECT_EQ(killed.unit, u"people"_s);
    EXPECT_EQ(Extracted(u"Jet Crashes, Killing 157"_s).at(u"157"_s).predicate, u"killed"_s);
    EXPECT_EQ(only(u"Apollo 11 Crew Returns"_s).kind, Kind::Identifier);
}

TEST(NotCounts, ANameAndItsNumberOpeningASentenceIsAnIdentifier) {
    const auto m = parallax::extractNumbers(u"Warehouse 7 itself was damaged by a smaller fire in 2019.");
    ASSERT_FALSE(m.empty());
    EXPECT_EQ(m[0].kind, parallax::NumberMention::Kind::Identifier);
    // Hedges and function words opening a sentence are not names.
    const auto about = parallax::extractNumbers(u"About 7 people were hurt.");
    ASSERT_FALSE(about.empty());
    EXPECT_EQ(about[0].kind, parallax::NumberMention::Kind::Count);
}

// "No one else was injured": a pronoun, not one of anything (the count had been "one else").
TEST(NumbersNotCounts, NoOneElseIsNobody) {
    EXPECT_TRUE(extractNumbers(u"No one else was injured in the blast."_s).empty());
    EXPECT_TRUE(extractNumbers(u"Police said no one else was injured."_s).empty());
    EXPECT_EQ(only(u"One other man was injured."_s).value, 1);
    // The British spelling, hyphenated, is the same pronoun.
    EXPECT_TRUE(extractNumbers(u"No-one was injured in the fire."_s).empty());
    EXPECT_EQ(only(u"No-one died, but one firefighter was hurt."_s).unit, u"firefighter"_s);
}
