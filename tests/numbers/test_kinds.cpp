// Kinds that are not quantities: years, dates, times, ages, identifiers, ordinals; and vague
// quantities, which are kept vague.

#include "NumbersTestUtil.h"

using namespace parallax;
using namespace Qt::StringLiterals;
using parallax::test::Extracted;
using parallax::test::only;
using Kind = NumberMention::Kind;

TEST(NumbersYears, BareAndAfterPrepositions) {
    EXPECT_EQ(only(u"The plant shut down for the first time since 2023."_s.sliced(29)).kind, Kind::Year);
    EXPECT_EQ(only(u"In 2019, the talks failed."_s).kind, Kind::Year);
    EXPECT_EQ(only(u"the full-scale invasion in 2022"_s).kind, Kind::Year);
    const NumberMention decade = only(u"a relic of the 1990s"_s);
    EXPECT_EQ(decade.kind, Kind::Year);
    EXPECT_EQ(decade.normalized, u"1990s"_s);
    const NumberMention season = only(u"the 2024-25 season"_s);
    EXPECT_EQ(season.kind, Kind::Year);
    EXPECT_DOUBLE_EQ(season.rangeEnd.value_or(0), 2025);
}

// "one day" meaning someday is no span: after a modal, or opening a story ("One day, she ...").
TEST(NumbersVague, OneDayMeaningSomeday) {
    EXPECT_TRUE(Extracted(u"I never imagined that I'd one day have the chance."_s).mentions.empty());
    EXPECT_TRUE(Extracted(u"He will one day be king."_s).mentions.empty());
    EXPECT_TRUE(Extracted(u"One day she saw a neon cross."_s).mentions.empty());
    EXPECT_EQ(only(u"The strike lasted one day."_s).unit, u"day"_s);
    EXPECT_EQ(only(u"He was sentenced to one day in jail."_s).unit, u"day"_s);
    EXPECT_TRUE(Extracted(u"She hopes to one day become president."_s).mentions.empty());
    EXPECT_EQ(Extracted(u"One day after the quake, 30 people died."_s).at(u"One"_s).unit, u"day"_s);
}

// A recent year before a capitalised name, after "the", names an event: "the 2007 Oscars". People
// are counted: "the 2000 Palestinian prisoners", "freed 2000 Palestinian prisoners".
TEST(NumbersYears, BeforeTheNameOfAnEvent) {
    EXPECT_EQ(only(u"the 2007 Oscars hosted by DeGeneres"_s).kind, Kind::Year);
    EXPECT_EQ(only(u"If you happened to miss the 2004 Tonys, watch it."_s).kind, Kind::Year);
    EXPECT_EQ(only(u"2,000 Marines landed."_s).kind, Kind::Count);
    EXPECT_EQ(only(u"Israel freed 2000 Palestinian prisoners."_s).kind, Kind::Count);
    EXPECT_EQ(only(u"In 2000 Palestinian prisoners rioted."_s).kind, Kind::Year);
    EXPECT_EQ(only(u"Trump released his 2019 tax returns."_s).kind, Kind::Year);
    EXPECT_EQ(only(u"2014 Oscars: the full list of winners"_s).kind, Kind::Year);
    EXPECT_EQ(only(u"2000 Marines landed."_s).kind, Kind::Count);
    EXPECT_EQ(only(u"Israel frees 1500 Palestinian prisoners."_s).kind, Kind::Count);
    EXPECT_EQ(only(u"Health officials report 1200 new cases."_s).kind, Kind::Count);
    EXPECT_EQ(only(u"The app recorded 2000 downloads on Monday."_s).unit, u"download"_s);
    EXPECT_EQ(only(u"a review of the 1986 consultation regulations"_s).kind, Kind::Year);
}

TEST(NumbersYears, CountsThatLookLikeYears) {
    EXPECT_EQ(only(u"Some 2000 troops crossed."_s).kind, Kind::Count);
    EXPECT_EQ(only(u"2000 troops crossed the border."_s).kind, Kind::Count);
    EXPECT_EQ(only(u"They fired 2,000 shells."_s).kind, Kind::Count);
}

TEST(NumbersDates, Forms) {
    const NumberMention us = only(u"Strikes hit Kyiv on July 4th, 2025."_s);
    EXPECT_EQ(us.kind, Kind::Date);
    EXPECT_EQ(us.text, u"July 4th, 2025"_s);
    EXPECT_EQ(us.normalized, u"2025-07-04"_s);
    EXPECT_DOUBLE_EQ(us.value, 4);
    EXPECT_EQ(only(u"on 4 July the sirens sounded"_s).normalized, u"--07-04"_s);
    EXPECT_EQ(only(u"the 4th of July parade"_s).normalized, u"--07-04"_s);
    EXPECT_EQ(only(u"date 2025-07-04"_s).normalized, u"2025-07-04"_s);
    EXPECT_EQ(only(u"the invasion in February 2022"_s).normalized, u"2022-02"_s);
    EXPECT_EQ(only(u"filed on 17/05/2018"_s).normalized, u"2018-05-17"_s);
    EXPECT_EQ(only(u"Trading resumed on Oct. 13."_s).kind, Kind::Date);
    // "may" is a verb unless the shape says otherwise.
    EXPECT_EQ(only(u"Officials may 5 times revise it."_s.sliced(14)).kind, Kind::Count);
    // Scraped text drops the space after the comma: "March 11,2005" is still a date.
    const NumberMention glued =
        only(u"He escaped during his trial on March 11,2005, by overpowering a guard."_s);
    EXPECT_EQ(glued.kind, Kind::Date);
    EXPECT_EQ(glued.normalized, u"2005-03-11"_s);
    // Page headers drop it before the clock too, in capitals: one date, not the counts 4, 10 and 53
    // "marched" (a list "4,2009,10" of a month read as a verb).
    const NumberMention header = only(u"PUBLISHED: WEDNESDAY, MARCH 4,2009,10:53 AM"_s);
    EXPECT_EQ(header.kind, Kind::Date);
    EXPECT_EQ(header.normalized, u"2009-03-04"_s);
    EXPECT_EQ(only(u"UPDATED: June 14,2013,9:31 PM"_s).normalized, u"2013-06-14"_s);
}

// A police description with the space after a comma lost: "5-foot-8,135 pounds" is 5 foot 8 and
// 135 pounds, not 8,135 pounds; a load of 8,135 pounds stays one.
TEST(NumbersKinds, AHeightGluedToAWeightLeavesTheWeight) {
    const Extracted glued(u"Deputies said that Orozco is 5-foot - 8,135 pounds, with tattoos."_s);
    ASSERT_EQ(glued.mentions.size(), 2u);
    EXPECT_EQ(glued.mentions[1].unit, u"pound"_s);
    EXPECT_DOUBLE_EQ(glued.mentions[1].value, 135);
    EXPECT_EQ(glued.mentions[1].text, u"135"_s) << "the window marks the weight, not the inches";
    const Extracted spaced(u"He is described as 5-foot-10,170 lbs."_s);
    ASSERT_FALSE(spaced.mentions.empty());
    EXPECT_DOUBLE_EQ(spaced.mentions.back().value, 170);
    EXPECT_DOUBLE_EQ(only(u"The truck carried 8,135 pounds of cargo."_s).value, 8135);
    EXPECT_DOUBLE_EQ(Extracted(u"A 5-foot, 12,135 pounds statue."_s).mentions.back().value, 12135);
}

// A mass right after a height describes a person: it measures their weight, so two outlets'
// descriptions of one man meet. A weight after anything else names nothing.
TEST(NumbersKinds, AMassAfterAHeightIsAPersonsWeight) {
    EXPECT_EQ(Extracted(u"He is 5 feet 8 inches tall, weighing 130 pounds."_s).mentions.back().head,
              u"weight"_s);
    EXPECT_EQ(Extracted(u"Orozco is 5-foot - 8,135 pounds, with tattoos."_s).mentions.back().head,
              u"weight"_s);
    EXPECT_EQ(Extracted(u"The suspect is 1.80 m and 85 kg."_s).mentions.back().head, u"weight"_s);
    EXPECT_TRUE(
        Extracted(u"The bomb, weighing 500 kg, fell 3 m from the wall."_s).mentions.front().head.isEmpty());
    EXPECT_TRUE(Extracted(u"The wall is 3 m high and 40 kg heavier."_s).mentions.back().head.isEmpty());
    const NumberMention male =
        Extracted(u"Comeaux, a 6-foot, 200-pound black male, was serving a life sentence."_s).at(u"200"_s);
    EXPECT_EQ(male.head, u"weight"_s);
    EXPECT_EQ(male.kind, Kind::Measure);
    EXPECT_EQ(Extracted(u"He is 6-feet tall and weighing approximately 200 pounds."_s).mentions.back().head,
              u"weight"_s);
    EXPECT_EQ(only(u"A 500-pound bomb exploded."_s).head, u"bomb"_s);
    EXPECT_EQ(only(u"She paid with a 10-pound note."_s).head, u"note"_s);
}

// Buildings, doors and blocks counted along a street before "away", "down" or "from the" measure a
// distance ("arrested five buildings away"): no count of buildings, whatever verb stands before.
TEST(NumbersKinds, BuildingsAwayAreADistance) {
    const NumberMention away =
        Extracted(u"The defendant was arrested five buildings away on 223rd Street."_s).at(u"five"_s);
    EXPECT_EQ(away.kind, Kind::Measure);
    EXPECT_EQ(away.head, u"distance"_s);
    EXPECT_EQ(
        Extracted(u"He was arrested three houses from the scene of the shooting."_s).mentions.front().head,
        u"distance"_s);
    EXPECT_EQ(only(u"The man fled into an apartment three doors away."_s).kind, Kind::Measure);
    EXPECT_EQ(only(u"Three houses were destroyed."_s).kind, Kind::Count);
    EXPECT_EQ(only(u"The fire spread to five buildings along the street."_s).kind, Kind::Count);
    EXPECT_EQ(Extracted(u"Three houses from the 1920s burned."_s).mentions.front().kind, Kind::Count);
}

// A telephone number and a season's record are labels, not counts or ranges.
TEST(NumbersIdentifiers, TelephoneNumbersAndRecords) {
    EXPECT_EQ(only(u"Anyone with information is asked to call Sgt. Shayne La Croix at 745 - 4811."_s).unit,
              u"phone"_s);
    EXPECT_EQ(only(u"Estimates ranged from 300-1250, officials said."_s).kind, Kind::Count);
    EXPECT_EQ(only(u"a loss of 20-30 jobs"_s).unit, u"job"_s);
    EXPECT_EQ(only(u"The hotline received 300-1200 calls a day."_s).unit, u"call"_s);
    EXPECT_EQ(only(u"Anyone with information should contact Det. Smith at 555-1234."_s).unit, u"phone"_s);
    EXPECT_EQ(only(u"He asked people to call Crime Stoppers at 555-1200."_s).unit, u"phone"_s);
    EXPECT_EQ(Extracted(u"Nobody answered the phone. Bids ranged 450-1750."_s).at(u"450-1750"_s).kind,
              Kind::Count);
    EXPECT_EQ(only(u"Call 555-1234 now."_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"between 100-2000 people"_s).kind, Kind::Count);
    EXPECT_EQ(only(u"The Sixers have a record of 9-14 this season."_s).unit, u"score"_s);
    EXPECT_EQ(only(u"The team went 9-14 in November."_s).unit, u"score"_s);
}

TEST(NumbersTimes, ClockForms) {
    const NumberMention nine = only(u"The air raid ended at 9am local time."_s);
    EXPECT_EQ(nine.kind, Kind::TimeOfDay);
    EXPECT_DOUBLE_EQ(nine.value, 9);
    EXPECT_EQ(nine.normalized, u"09:00"_s);
    EXPECT_DOUBLE_EQ(only(u"at 9.30am"_s).value, 9.5);
    EXPECT_EQ(only(u"at 9.30am"_s).normalized, u"09:30"_s);
    EXPECT_EQ(only(u"Around 4 a.m. there was a bang."_s).text, u"4 a.m."_s);
    EXPECT_DOUBLE_EQ(only(u"sirens at 4pm"_s).value, 16);
    EXPECT_EQ(only(u"the curfew starts at 21:00"_s).normalized, u"21:00"_s);
    EXPECT_EQ(only(u"at nine o'clock"_s).kind, Kind::TimeOfDay);
    const NumberMention around = only(u"Around 4am there was a massive bang."_s);
    EXPECT_EQ(around.qualifier, NumberMention::Qualifier::About);
    // As scraped pages space them, and the British clock with its zone.
    const NumberMention spaced = only(u"Gunfire was reported at about 3 p. m. in the area."_s);
    EXPECT_EQ(spaced.kind, Kind::TimeOfDay);
    EXPECT_EQ(spaced.normalized, u"15:00"_s);
    EXPECT_EQ(only(u"Updated 22.34 BST"_s).normalized, u"22:34"_s);
    EXPECT_EQ(only(u"The share rose 22.34 percent"_s).kind, Kind::Percent);
}

// "round three", "Game 7": one of a series, not a count; a count that follows stays one.
TEST(NumbersIdentifiers, MembersOfASeries) {
    EXPECT_EQ(only(u"In round three Klitschko was again using his left hand."_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"Boston won Game 7 on Sunday."_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"Over the past week 30 people died."_s).kind, Kind::Count);
    EXPECT_EQ(only(u"Last week one man was arrested."_s).kind, Kind::Count);
    EXPECT_EQ(only(u"This season 30 goals were scored."_s).kind, Kind::Count);
    EXPECT_EQ(only(u"On day 3 of the trial, the jury heard him."_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"It was a category 4 storm."_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"At the front line 20 Russian tanks were destroyed."_s).unit, u"tank"_s);
    EXPECT_EQ(only(u"For the week 80,000 new jobs were added."_s).unit, u"job"_s);
    EXPECT_EQ(only(u"The Orioles went 2-7 Sunday."_s).unit, u"score"_s);
    EXPECT_EQ(only(u"The fight lasted three rounds."_s).kind, Kind::Count);
    EXPECT_EQ(only(u"She was a face of the nineteen sixties."_s).kind, Kind::Year);
    const NumberMention address = only(u"The warehouse at 325 E. Dahlia Ave. was known as the mill."_s);
    EXPECT_EQ(address.kind, Kind::Identifier);
    EXPECT_EQ(address.unit, u"address"_s);
}

TEST(NumbersAges, Forms) {
    const NumberMention man = only(u"A 54-year-old man was killed."_s);
    EXPECT_EQ(man.kind, Kind::Age);
    EXPECT_EQ(man.unit, u"year"_s);
    EXPECT_EQ(man.head, u"man"_s);
    EXPECT_EQ(man.text, u"54"_s);
    EXPECT_EQ(only(u"The victim was 30 years old."_s).kind, Kind::Age);
    EXPECT_EQ(only(u"a woman aged 61"_s).kind, Kind::Age);
    EXPECT_EQ(only(u"Olena Petrenko, 47, said she heard it."_s).kind, Kind::Age);
    EXPECT_EQ(only(u"a baby ten months old"_s).unit, u"month"_s);
    // A possessive is still an age, not a span of 27 years.
    EXPECT_EQ(only(u"He admired the 27-year-old's portfolio."_s).kind, Kind::Age);
    EXPECT_EQ(only(u"the 35-year-old’s car"_s).kind, Kind::Age);
    // An obituary's age at death is no count of the dead; a time or a counted noun after it is.
    EXPECT_EQ(only(u"Esther Williams dies at 91"_s).kind, Kind::Age);
    EXPECT_EQ(only(u"He passed away at 88, his family said."_s).kind, Kind::Age);
    EXPECT_NE(only(u"He died at 5 pm."_s).kind, Kind::Age);
    const Extracted sites(u"Ten soldiers died at 3 sites."_s);
    ASSERT_EQ(sites.mentions.size(), 2u) << sites.dump();
    EXPECT_NE(sites.mentions[1].kind, Kind::Age);
    // "At 34," opening a clause about a person is an age; a price or an address after a comma is not.
    EXPECT_EQ(only(u"At 34, Smith is the oldest player in the squad."_s).kind, Kind::Age);
    EXPECT_EQ(only(u"She believed that, at 34, her days as a model were over."_s).kind, Kind::Age);
    EXPECT_NE(only(u"At 34, the index was down."_s).kind, Kind::Age);
    EXPECT_NE(only(u"The bus stopped at 34, Main Street."_s).kind, Kind::Age);
    EXPECT_NE(only(u"Shares closed at 34, a gain on the day."_s).kind, Kind::Age);
}

TEST(NumbersIdentifiers, LabelsAndShapes) {
    const NumberMention school = only(u"debris from their school, number 22, which was damaged"_s);
    EXPECT_EQ(school.kind, Kind::Identifier);
    EXPECT_DOUBLE_EQ(school.value, 22);
    EXPECT_EQ(only(u"Hospital No. 3 took the wounded."_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"traffic on Route 12 stopped"_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"the search for MH370"_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"the search for MH370"_s).text, u"MH370"_s);
    EXPECT_EQ(only(u"pilots trained on the F-16 jet"_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"a Boeing 737 landed"_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"He lives at 10 Downing Street."_s).kind, Kind::Identifier);
    // A hundred-block of an American address counts no blocks; a walk of blocks does.
    EXPECT_EQ(only(u"He was shot in the 12000 block of Imperial Highway."_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"the 500 block of Main Street was closed"_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"the march covered 12 blocks of the city"_s).kind, Kind::Count);
    const NumberMention phone = only(u"Call +380 44 123 4567 for help."_s);
    EXPECT_EQ(phone.kind, Kind::Identifier);
    EXPECT_EQ(phone.normalized, u"+380441234567"_s);
    EXPECT_EQ(only(u"or dial 020 7946 0000"_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"Kyiv won the match 3-1."_s).unit, u"score"_s);
    EXPECT_EQ(only(u"after a 9-14 start to the season"_s).kind, Kind::Identifier) << "a tally, no range";
    EXPECT_TRUE(only(u"between 5-10 people were hurt"_s).rangeEnd.has_value());
}

TEST(NumbersOrdinals, PositionsAndNames) {
    const NumberMention fourth = only(u"how we should live in the fourth year of war"_s);
    EXPECT_EQ(fourth.kind, Kind::Ordinal);
    EXPECT_DOUBLE_EQ(fourth.value, 4);
    EXPECT_EQ(fourth.unit, u"year"_s);
    EXPECT_EQ(only(u"on the 22nd floor"_s).kind, Kind::Ordinal);
    EXPECT_DOUBLE_EQ(only(u"on the 22nd floor"_s).value, 22);
    EXPECT_EQ(only(u"A second drone hit a nearby block."_s).unit, u"drone"_s);
    EXPECT_EQ(only(u"the twenty-first century"_s).value, 21);
    // Part of a name: never compared.
    EXPECT_EQ(only(u"the 47th Mechanised Brigade held"_s).kind, Kind::Identifier);
    // After a number, "second" is the unit.
    EXPECT_EQ(only(u"a one-second delay"_s).unit, u"second"_s);
}

TEST(NumbersVague, KeptVague) {
    const NumberMention hundreds = only(u"attacks involving hundreds of missiles and drones"_s);
    EXPECT_EQ(hundreds.kind, Kind::Vague);
    EXPECT_EQ(hundreds.unit, u"missile"_s);
    EXPECT_EQ(only(u"Dozens of people were hurt."_s).kind, Kind::Vague);
    EXPECT_EQ(only(u"hitting several structures"_s).unit, u"structure"_s);
    EXPECT_EQ(only(u"Thousands of residents spent the night in shelters."_s).unit, u"resident"_s);
    EXPECT_DOUBLE_EQ(only(u"tens of thousands of people"_s).value, 1e4);
    EXPECT_DOUBLE_EQ(only(u"a few dozen residents"_s).value, 36);
    EXPECT_FALSE(isComparableQuantity(Kind::Vague));
}

TEST(NumbersIdentifiers, SlashNamesAreNotFractions) {
    EXPECT_EQ(only(u"the 9/11 attacks"_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"a 24/7 hotline"_s).text, u"24/7"_s);
    EXPECT_EQ(only(u"the 2024 election"_s).kind, Kind::Year);
}

TEST(NumbersFractions, NamedHalvesAreNotProportions) {
    const Extracted e(u"Exports grew in the first half of the year."_s);
    EXPECT_FALSE(e.has(u"half"_s)) << e.dump();
    EXPECT_EQ(only(u"Prices have risen by a third since January."_s).kind, Kind::Fraction);
}

// "one in five people", "23 of every 24 hours": one proportion, not a count of five people or a
// measure of 24 hours. Partitives ("72 out of 550 drones") and counts over a time ("three in 10
// days") are not ratios.
TEST(NumbersFractions, RatiosAreOneProportion) {
    const NumberMention five = only(u"One in five people in the city lives in poverty."_s);
    EXPECT_EQ(five.kind, Kind::Fraction);
    EXPECT_DOUBLE_EQ(five.value, 0.2);
    EXPECT_EQ(five.text, u"One in five"_s);
    EXPECT_EQ(five.unit, u"people"_s);
    const NumberMention hours = only(u"Inmates spend 23 of every 24 hours locked in their cells."_s);
    EXPECT_EQ(hours.kind, Kind::Fraction);
    EXPECT_NEAR(hours.value, 23.0 / 24, 1e-9);
    EXPECT_EQ(only(u"one out of every three homes was damaged"_s).kind, Kind::Fraction);
    EXPECT_EQ(only(u"1 in 10 voters"_s).kind, Kind::Fraction);
    const Extracted partitive(u"72 out of 550 drones were shot down"_s);
    EXPECT_EQ(partitive.at(u"550"_s).kind, Kind::Count) << partitive.dump();
    const Extracted overTime(u"He scored three in 10 days."_s);
    EXPECT_EQ(overTime.at(u"three"_s).kind, Kind::Count) << overTime.dump();
    const Extracted year(u"Two people died in 2019."_s);
    EXPECT_EQ(year.at(u"2019"_s).kind, Kind::Year) << year.dump();
}

// Money after "worth" is the value of the noun before it, as "an $82 million deal" is the deal's:
// the two outlets' contract values meet by that noun. "is worth" and "net worth of" name no thing.
TEST(NumbersKinds, MoneyWorthIsTheValueOfTheNounBeforeIt) {
    EXPECT_EQ(Extracted(u"He signed a five-year deal worth nearly $80 million last summer."_s)
                  .at(u"$80 million"_s)
                  .head,
              u"deal"_s);
    EXPECT_EQ(
        Extracted(u"Boras asked for an eight-year contract worth $200 million."_s).at(u"$200 million"_s).head,
        u"contract"_s);
    EXPECT_TRUE(Extracted(u"The painting is worth $80 million."_s).at(u"$80 million"_s).head.isEmpty());
    EXPECT_TRUE(Extracted(u"His net worth of $80 million grew."_s).at(u"$80 million"_s).head.isEmpty());
}

// A verb written with a prefix and a hyphen ends the noun phrase after the counted noun as the bare
// verb does: the $82 million is the deal's, not the players'.
TEST(NumbersKinds, APrefixedVerbEndsTheNounPhrase) {
    const Extracted e(
        u"The team signed Brand to an $82 million deal and re-signed core players for $80 million."_s);
    EXPECT_EQ(e.at(u"$82 million"_s).head, u"deal"_s);
    EXPECT_EQ(Extracted(u"Two co-founded companies failed."_s).at(u"Two"_s).unit, u"company"_s);
}
