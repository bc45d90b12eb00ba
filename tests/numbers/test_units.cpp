// What each number counts or measures, the verb it goes with, and implicit units.

#include "NumbersTestUtil.h"

#include "lexicon/NounSenses.h"
#include "numbers/LocalDollars.h"

using namespace parallax;
using namespace Qt::StringLiterals;
using parallax::test::describe;
using parallax::test::Extracted;
using parallax::test::only;
using Kind = NumberMention::Kind;

TEST(NumbersUnits, CountedNouns) {
    EXPECT_EQ(only(u"more than 550 Russian drones"_s).unit, u"drone"_s);
    EXPECT_EQ(only(u"at least 23 people were injured"_s).unit, u"people"_s);
    EXPECT_EQ(only(u"the 13-hour attack left at least 23 persons injured"_s.sliced(20)).unit, u"people"_s);
    EXPECT_EQ(only(u"Russia also fired eleven ballistic and cruise missiles."_s).unit, u"missile"_s);
    EXPECT_EQ(only(u"One senior Ukrainian official suggested it."_s).unit, u"official"_s);
    EXPECT_EQ(only(u"damaged five ambulances that were responding"_s).unit, u"ambulance"_s);
    EXPECT_EQ(only(u"including 5,000 gliding bombs"_s).unit, u"bomb"_s);
    EXPECT_EQ(only(u"31 Abrams tanks arrived"_s).unit, u"tank"_s);
    EXPECT_EQ(only(u"23 more people died"_s).unit, u"people"_s);
    EXPECT_EQ(only(u"three children were rescued"_s).unit, u"child"_s);
    // A compound adjective written apart is not the counted noun.
    EXPECT_EQ(only(u"seized one rocket propelled grenade launcher"_s).unit, u"launcher"_s);
    EXPECT_EQ(only(u"two solar powered pumps"_s).unit, u"pump"_s);
    EXPECT_EQ(only(u"one rocket was fired"_s).unit, u"rocket"_s);
}

// A model's name between a count and its noun ("six AK-47 rifles", "two F-16 jets", "12 M16
// rifles") names the kind counted: AK-47s (not all rifles, nor "AKs"), however the noun after it
// is worded, and "M16" is no metre.
TEST(NumbersUnits, ModelNamesBetweenCountAndNounAreModifiers) {
    const Extracted rifles(u"The navy seized six AK-47 rifles and two F-16 jets flew over."_s);
    EXPECT_EQ(rifles.at(u"six"_s).unit, u"ak-47"_s) << describe(rifles.mentions);
    EXPECT_EQ(rifles.at(u"two"_s).unit, u"f-16"_s) << describe(rifles.mentions);
    EXPECT_EQ(rifles.at(u"AK-47"_s).kind, Kind::Identifier) << describe(rifles.mentions);
    const Extracted m16(u"Police found 12 M16 rifles and 3 Su-25 aircraft."_s);
    EXPECT_EQ(m16.at(u"12"_s).unit, u"m16"_s) << describe(m16.mentions);
    EXPECT_EQ(m16.at(u"12"_s).kind, Kind::Count) << describe(m16.mentions);
    EXPECT_EQ(m16.at(u"3"_s).unit, u"su-25"_s) << describe(m16.mentions);
    const Extracted jets(u"Two F-16s were scrambled."_s);
    EXPECT_EQ(jets.at(u"Two"_s).unit, u"f-16"_s) << describe(jets.mentions);
    // Written apart between a count and a noun: "12 AK 47 guns" are twelve AK-47s, not 47 guns.
    const Extracted apart(u"The commandos recovered 12 AK 47 guns and three rifles."_s);
    EXPECT_EQ(apart.at(u"12"_s).unit, u"ak-47"_s) << describe(apart.mentions);
    EXPECT_EQ(apart.at(u"AK 47"_s).kind, Kind::Identifier) << describe(apart.mentions);
    EXPECT_EQ(Extracted(u"seized six AK - 47 rifles"_s).at(u"six"_s).unit, u"ak-47"_s);
    EXPECT_EQ(only(u"the UN 12 members met"_s).unit, u"member"_s) << "no count before it: no model name";
    // Measures keep their symbols: "12 m deep", "a 5 MW plant".
    EXPECT_EQ(only(u"The pit was 12 m deep."_s).unit, u"m"_s);
}

// "47 KO's", "3 DVD's": an abbreviation's plural with an apostrophe is what is counted; a
// possessive is not ("the 12 Thai's boats" stays as it was: no abbreviation).
TEST(NumbersUnits, AbbreviationPluralsWithApostrophes) {
    EXPECT_EQ(only(u"He is 53-0 with 47 KO's to his name"_s.sliced(10)).unit, u"ko"_s);
    EXPECT_EQ(only(u"Police seized 3 DVD's and a laptop."_s).unit, u"dvd"_s);
    EXPECT_EQ(only(u"It cost 5 Lakh's worth"_s).unit, QString()) << "not capitals: a possessive";
}

// A part of a whole with no number of its own counts what the whole is made of.
TEST(NumbersUnits, APartOfANamedWholeCountsItsNoun) {
    EXPECT_EQ(only(u"At least 17 of the hijacked ships are still held."_s).unit, u"ship"_s);
    EXPECT_EQ(only(u"one of the attackers was killed"_s).unit, u"attacker"_s);
    EXPECT_EQ(only(u"Six of the injured were children."_s).unit, QString()) << "no noun: people by the verb";
}

TEST(NumbersUnits, MeasuresAndHyphenatedMeasures) {
    const NumberMention raid = only(u"Zelenskyy described the seven-hour raid as terror."_s);
    EXPECT_EQ(raid.kind, Kind::Measure);
    EXPECT_DOUBLE_EQ(raid.value, 7);
    EXPECT_EQ(raid.unit, u"hour"_s);
    EXPECT_EQ(raid.head, u"raid"_s);
    EXPECT_EQ(raid.text, u"seven"_s);
    const NumberMention attack = only(u"the 13-hour attack"_s);
    EXPECT_EQ(attack.unit, u"hour"_s);
    EXPECT_EQ(attack.head, u"attack"_s);
    const NumberMention eight = only(u"Sirens blared for more than eight hours."_s);
    EXPECT_EQ(eight.unit, u"hour"_s);
    EXPECT_EQ(eight.qualifier, NumberMention::Qualifier::MoreThan);
    const NumberMention storey = only(u"a 16-storey residential building"_s);
    EXPECT_EQ(storey.unit, u"storey"_s);
    EXPECT_EQ(storey.head, u"building"_s);
    const NumberMention call = only(u"Trump held a nearly hour-long call with Putin."_s);
    EXPECT_DOUBLE_EQ(call.value, 1);
    EXPECT_EQ(call.unit, u"hour"_s);
    EXPECT_EQ(call.head, u"call"_s);
    EXPECT_EQ(call.qualifier, NumberMention::Qualifier::Nearly);
    EXPECT_EQ(only(u"a journey of 3km"_s).unit, u"km"_s);
    EXPECT_EQ(only(u"2.4 billion gallons of jet fuel"_s).head, u"fuel"_s);
    EXPECT_EQ(only(u"temperatures of 30 degrees celsius"_s).unit, u"°C"_s);
    EXPECT_DOUBLE_EQ(only(u"He is 5 feet 2 inches tall."_s).value, 5 + 2.0 / 12);
    EXPECT_EQ(only(u"a three-member team"_s).unit, u"member"_s);
}

TEST(NumbersUnits, Partitives) {
    const Extracted out(u"72 out of 550 drones and missiles hit their targets"_s);
    EXPECT_EQ(out.at(u"72"_s).unit, u"drone"_s);
    EXPECT_EQ(out.at(u"550"_s).unit, u"drone"_s);
    const Extracted kyiv(u"damage was recorded in six of Kyiv’s 10 districts"_s);
    EXPECT_EQ(kyiv.at(u"six"_s).unit, u"district"_s);
    EXPECT_EQ(kyiv.at(u"10"_s).unit, u"district"_s);
    const Extracted record(u"476 of a record 539 Russian drones were intercepted"_s);
    EXPECT_EQ(record.at(u"476"_s).unit, u"drone"_s);
    EXPECT_EQ(record.at(u"476"_s).predicate, u"intercepted"_s);
    EXPECT_EQ(record.at(u"539"_s).unit, u"drone"_s);
    EXPECT_TRUE(record.at(u"539"_s).predicate.isEmpty());
}

TEST(NumbersPredicates, AfterAndBefore) {
    EXPECT_EQ(only(u"at least 23 people were injured"_s).predicate, u"injured"_s);
    EXPECT_EQ(only(u"one person has been killed"_s).predicate, u"killed"_s);
    EXPECT_EQ(only(u"23 people were wounded"_s).predicate, u"wounded"_s);
    EXPECT_EQ(only(u"14 people were taken to hospital"_s).predicate, u"hospitalised"_s);
    EXPECT_EQ(only(u"Russia launched a record 550 drones."_s).predicate, u"launched"_s);
    EXPECT_EQ(only(u"injuring at least one person"_s).predicate, u"injured"_s);
    EXPECT_EQ(only(u"The attack killed at least one woman."_s).predicate, u"killed"_s);
    EXPECT_EQ(only(u"Air defences shot down 30 drones."_s).predicate, u"shot down"_s);
    // News English for a protest march; "took" alone is no verb of a fact.
    EXPECT_EQ(only(u"An estimated 100,000 people took to the streets."_s).predicate, u"marched"_s);
    EXPECT_TRUE(only(u"Some 300 people took the bus."_s).predicate.isEmpty());
    EXPECT_EQ(only(u"The raid lasted seven hours."_s).predicate, u"lasted"_s);
    const Extracted both(u"Russia launched a record-breaking 550 drones and 11 missiles."_s);
    EXPECT_EQ(both.at(u"11"_s).predicate, u"launched"_s);
    EXPECT_EQ(Extracted(u"72 out of 550 drones and missiles hit their targets"_s).at(u"72"_s).predicate,
              u"hit"_s);
    EXPECT_TRUE(only(u"Officials said 40 buses arrived."_s).predicate.isEmpty());
}

// The verb reaches the count through a gathering of it (counted-nouns.txt, [gatherings]): "fired a
// barrage of 45 missiles", and the count coordinated after it shares it. Not without a verb.
TEST(NumbersPredicates, ThroughAGatheringOfWhatIsCounted) {
    const Extracted swarm(u"Putin unleashed a swarm of 480 killer drones and 45 missiles on Ukraine."_s);
    EXPECT_EQ(swarm.at(u"480"_s).predicate, u"unleashed"_s) << swarm.dump();
    EXPECT_EQ(swarm.at(u"45"_s).predicate, u"unleashed"_s) << swarm.dump();
    EXPECT_EQ(swarm.at(u"45"_s).unit, u"missile"_s);
    EXPECT_EQ(only(u"Police arrested a group of 12 protesters."_s).predicate, u"arrested"_s);
    EXPECT_TRUE(only(u"He was part of a group of 12 protesters."_s).predicate.isEmpty());
}

TEST(NumbersImplicitUnits, FromVerbAndFromContext) {
    const NumberMention fourteen = only(u"Fourteen were taken to hospital."_s);
    EXPECT_EQ(fourteen.unit, u"people"_s);
    EXPECT_TRUE(fourteen.implicitUnit);
    EXPECT_EQ(fourteen.predicate, u"hospitalised"_s);
    EXPECT_TRUE(fourteen.unitSpan.isEmpty());
    const Extracted whom(u"at least 23 people were injured, 14 of whom were taken to hospital"_s);
    EXPECT_EQ(whom.at(u"14"_s).unit, u"people"_s);
    EXPECT_TRUE(whom.at(u"14"_s).implicitUnit);
    const Extracted others(u"At least one person has been killed and 26 others injured."_s);
    EXPECT_EQ(others.at(u"26"_s).unit, u"people"_s);
    EXPECT_EQ(others.at(u"26"_s).predicate, u"injured"_s);
    const Extracted breach(u"Of the 550 drones launched overnight, 72 managed to breach air defences."_s);
    EXPECT_EQ(breach.at(u"72"_s).unit, u"drone"_s);
    EXPECT_EQ(breach.at(u"550"_s).predicate, u"launched"_s);
    // "480 drones and 40 missiles, of which 473": both nouns together, neither alone; one noun is its.
    const Extracted both(u"Russia launched 480 drones and 40 missiles, of which 473 were shot down."_s);
    EXPECT_EQ(both.at(u"473"_s).unit, u"drone and missile"_s) << both.dump();
    EXPECT_EQ(Extracted(u"Russia fired 40 missiles, of which 32 were shot down."_s).at(u"32"_s).unit,
              u"missile"_s);
    // Never across a sentence end.
    const Extracted two(u"Russia fired 40 missiles. Later 12 arrived."_s);
    EXPECT_FALSE(two.at(u"12"_s).implicitUnit) << two.dump();
}

TEST(NumbersImplicitUnits, ATemperatureWordGovernsABareNumber) {
    const NumberMention outside = only(u"Outside temperatures were minus 20 as crews worked."_s);
    EXPECT_EQ(outside.unit, u"degree"_s);
    EXPECT_DOUBLE_EQ(outside.value, -20);
    EXPECT_TRUE(outside.implicitUnit);
    EXPECT_EQ(only(u"Temperatures dropped to 5 overnight."_s).unit, u"degree"_s);
    // Not through a noun, and not a count the sentence names.
    EXPECT_TRUE(only(u"The temperature of the water was 12."_s).unit.isEmpty());
    EXPECT_EQ(only(u"Temperatures were 40 people short."_s).unit, u"people"_s);
}

TEST(NumbersUnits, SuffixedMeasuresAndStrength) {
    EXPECT_EQ(only(u"The 1.5km-long convoy stalled."_s).head, u"convoy"_s);
    const NumberMention army = only(u"a 100,000-strong army"_s);
    EXPECT_EQ(army.kind, Kind::Count);
    EXPECT_EQ(army.unit, u"army"_s);
    EXPECT_EQ(only(u"A 6.2-magnitude earthquake struck."_s).unit, u"magnitude"_s);
}

TEST(NumbersImplicitUnits, OnlyForNumbersStandingForANoun) {
    const Extracted toll(u"The army killed 30 fighters, while the ministry put the death toll at 42."_s);
    EXPECT_TRUE(toll.at(u"42"_s).unit.isEmpty()) << toll.dump();
    const Extracted quake(u"The quake struck 40 miles off the coast, killing two and injuring dozens."_s);
    EXPECT_EQ(quake.at(u"two"_s).unit, u"people"_s);
    EXPECT_EQ(quake.at(u"dozens"_s).unit, u"people"_s);
}

// What a number counts is a noun, in its singular as WordNet gives it; a word that is only a verb,
// adjective or adverb, a lone letter, or the word after a dash written as a hyphen is never it.
TEST(NumbersUnits, CountedNounIsANoun) {
    if (!lexicon::wordNetAvailable())
        GTEST_SKIP() << "WordNet is not installed (Debian: wordnet-base)";
    EXPECT_EQ(only(u"People forget I've done, like, 20 movies."_s).unit, u"movie"_s);
    EXPECT_EQ(only(u"a lockdown at three campuses in the district"_s).unit, u"campus"_s);
    EXPECT_EQ(only(u"Pirates are holding nearly 300 crewmen."_s).unit, u"crewman"_s);
    EXPECT_EQ(only(u"He drove in 121 RBIs along with a career-best average."_s).unit, u"rbi"_s);
    EXPECT_EQ(only(u"there are 27 overseas booths"_s).unit, u"booth"_s);
    EXPECT_EQ(only(u"During the unrest, one protester threw a petrol bomb."_s).unit, u"protester"_s);
    EXPECT_EQ(only(u"one protester threw stones at police"_s).unit, u"protester"_s);
    EXPECT_EQ(only(u"The app passed 5 million downloads."_s).unit, u"download"_s);
    EXPECT_EQ(only(u"Windows 11 requires a new chip."_s).kind, Kind::Identifier);
    EXPECT_EQ(only(u"The app hit 5 million downloads worldwide."_s).unit, u"download"_s);
    EXPECT_EQ(only(u"the game has 3 boss fights"_s).unit, u"fight"_s);
    EXPECT_EQ(only(u"a low 32 million U.S. viewers watched"_s).unit, u"viewer"_s);
    EXPECT_EQ(only(u"They had 26 crewmen aboard, all nationals."_s).unit, u"crewman"_s);
    EXPECT_TRUE(only(u"From our perspective the job is half done, he said."_s).unit.isEmpty());
    EXPECT_TRUE(only(u"bailout loans of 110 b. were announced"_s).unit.isEmpty());
    const Extracted dashes(
        u"Four people-one with broken bones-are treated. It was his 58th victory, for only "
        u"three defeats-and his 16th in a row."_s);
    EXPECT_EQ(dashes.at(u"Four"_s).unit, u"people"_s) << describe(dashes.mentions);
    EXPECT_EQ(dashes.at(u"three"_s).unit, u"defeat"_s) << describe(dashes.mentions);
    // A particle after the hyphen is part of the compound.
    EXPECT_EQ(only(u"making her one of the top pin-up girls of the war"_s).unit, u"girl"_s);

    // A name is not counted; a plural or a known noun among capitals is.
    EXPECT_TRUE(only(u"an offer to free-agent 1B Mark Teixeira, reports said"_s).unit.isEmpty());
    EXPECT_EQ(only(u"the 10 Mark Teixeira jerseys sold out"_s).unit, u"jersey"_s);
    EXPECT_EQ(only(u"She won 11 Grammys."_s).unit, u"grammy"_s);
    EXPECT_EQ(only(u"nominated for two Academy Awards and won one"_s.first(36)).unit, u"award"_s);
    EXPECT_EQ(only(u"two Black Hawk helicopters"_s).unit, u"helicopter"_s);
    EXPECT_EQ(only(u"Navy Ship Interdicts Three Pirate Vessels In A Single Operation"_s).unit, u"vessel"_s);
}

// A unit of several words hyphenated before its noun: "a 480-nautical-mile corridor".
TEST(NumbersUnits, HyphenatedUnitsOfSeveralWords) {
    const NumberMention corridor = only(u"to patrol a 480-nautical-mile corridor"_s);
    EXPECT_EQ(corridor.unit, u"nautical mile"_s);
    EXPECT_EQ(corridor.head, u"corridor"_s);
    EXPECT_EQ(only(u"a 2,000-square-foot house"_s).unit, u"square foot"_s);
}

// "twice" and "thrice" count times; as a multiplier or a rate they count nothing.
TEST(NumbersUnits, TwiceIsTwoTimes) {
    const NumberMention married = only(u"Page married twice; it did not last."_s);
    EXPECT_EQ(married.kind, Kind::Count);
    EXPECT_DOUBLE_EQ(married.value, 2);
    EXPECT_EQ(married.unit, u"time"_s);
    EXPECT_EQ(only(u"The show was twice delayed by the attacks."_s).unit, u"time"_s);
    EXPECT_TRUE(Extracted(u"Twice as many people died this year."_s).mentions.empty());
    EXPECT_TRUE(Extracted(u"It is twice the size of the old one."_s).mentions.empty());
    EXPECT_TRUE(Extracted(u"Patrols pass twice a day."_s).mentions.empty());
    EXPECT_TRUE(Extracted(u"Prices are nearly twice what they were."_s).mentions.empty());
    EXPECT_TRUE(Extracted(u"It runs a twice-weekly show."_s).mentions.empty());
    EXPECT_EQ(only(u"Senators voted twice against the bill."_s).unit, u"time"_s);
    EXPECT_TRUE(Extracted(u"They earn twice more than their parents."_s).mentions.empty());
    EXPECT_TRUE(Extracted(u"The storm was twice Hurricane Katrina's size."_s).mentions.empty());
}

// Four digits before a hyphenated noun of counting are a count, not a year.
TEST(NumbersUnits, FourDigitsBeforeAHyphenatedNounAreACount) {
    const NumberMention church = only(u"The 1000-member evangelical church was the subject of scrutiny."_s);
    EXPECT_EQ(church.kind, Kind::Count);
    EXPECT_EQ(church.unit, u"member"_s);
    EXPECT_EQ(only(u"It was the 2008-style offer again."_s).kind, Kind::Year);
}

// After a count above one a singular word in -ing is no noun: "the nine voting to convict".
TEST(NumbersUnits, GerundAfterACountIsNoNoun) {
    if (!lexicon::wordNetAvailable())
        GTEST_SKIP() << "WordNet is not installed (Debian: wordnet-base)";
    EXPECT_TRUE(only(u"They were among the nine voting to put him to death."_s).unit.isEmpty());
    EXPECT_EQ(only(u"the three remaining hostages were freed"_s).unit, u"hostage"_s);
    EXPECT_EQ(only(u"three leading scientific societies wrote"_s).unit, u"society"_s);
    EXPECT_EQ(only(u"three shootings in a week"_s).unit, u"shooting"_s);
    EXPECT_EQ(only(u"one hearing began on Monday"_s).unit, u"hearing"_s);
}

// After the counted noun, a word WordNet does not know ("onboard") is no noun of the phrase.
TEST(NumbersUnits, AnUnknownWordAfterTheNounIsNotItsHead) {
    if (!lexicon::wordNetAvailable())
        GTEST_SKIP() << "WordNet is not installed (Debian: wordnet-base)";
    EXPECT_EQ(Extracted(u"The three boats had a total of 26 Somali crew onboard."_s).at(u"26"_s).unit,
              u"crew"_s);
    EXPECT_EQ(only(u"Three drone strikes hit the city."_s).unit, u"strike"_s);
}

// A noun whose plural is itself ("police", "staff") modifies the plural after it; alone it is
// what is counted.
TEST(NumbersUnits, AZeroPluralModifiesTheNounAfterIt) {
    EXPECT_EQ(only(u"Eleven police officers were hurt."_s).unit, u"officer"_s);
    EXPECT_EQ(only(u"Two staff members died."_s).unit, u"member"_s);
    EXPECT_EQ(only(u"Six police were injured."_s).unit, u"police"_s);
}

// An outlet's bare "$" is its own country's dollar: news.com.au's "€110 billion ($158 billion)" is
// in Australian dollars; "US$" and "US dollars" stay US dollars, and an outlet known by name only
// or by a ".com" domain names no country.
TEST(NumbersUnits, AnOutletsBareDollarIsItsCountrysDollar) {
    EXPECT_EQ(localDollarOfOutlet(u"news.com.au"), u"AUD"_s);
    EXPECT_EQ(localDollarOfOutlet(u"www.cbc.ca"), u"CAD"_s);
    EXPECT_TRUE(localDollarOfOutlet(u"nytimes.com").isEmpty());
    EXPECT_TRUE(localDollarOfOutlet(u"The Guardian").isEmpty());
    const QString text = u"a €110 billion ($158 billion) bailout, US$5m in fees and 40 US dollars a day, "
                         u"or 60 dollars"_s;
    std::vector<NumberMention> mentions = extractNumbers(text);
    readBareDollarsAs(mentions, text, u"AUD");
    ASSERT_EQ(mentions.size(), 4u) << describe(mentions);
    EXPECT_EQ(mentions[0].unit, u"EUR"_s);
    EXPECT_EQ(mentions[0].convertedUnit, u"AUD"_s);
    EXPECT_EQ(mentions[1].unit, u"USD"_s);
    EXPECT_EQ(mentions[2].unit, u"USD"_s);
    EXPECT_EQ(mentions[3].unit, u"AUD"_s);
}
