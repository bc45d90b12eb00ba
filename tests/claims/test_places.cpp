// Which capitalised words are a claim's place (claims/Places.h): names after "in", "at", "off"
// and the like, not the people of a country nor its language.
#include "ClaimsTestUtil.h"
#include "lexicon/NounSenses.h"

using namespace parallax;
using namespace parallax::test;

// "in the Greek capital" is in Athens, not in a place called "Greek"; "off the Somali coast" names
// no place. WordNet tells the names of peoples: an adjective that pertains to a country or to a
// people ("Greek" to Greece, "Thai" to the Thai). "Major" is not one: "Major Street" stays.
TEST(ClaimPlaces, APeopleIsNoPlace) {
    if (!lexicon::wordNetAvailable())
        GTEST_SKIP() << "WordNet (Debian's wordnet-base) is not installed: scripts/test installs it";
    EXPECT_TRUE(lexicon::isNationality(u"Greek"));
    EXPECT_TRUE(lexicon::isNationality(u"somali"));
    EXPECT_FALSE(lexicon::isNationality(u"major"));
    EXPECT_FALSE(lexicon::isNationality(u"Greece"));
    EXPECT_FALSE(lexicon::isNationality(u"Palmer"));
    // Adjectives and capitalised nouns that name no people: "Northern", "Latin", and given names
    // such as "Frank" and "Christian".
    for (const QStringView w : {u"Northern", u"Western", u"Latin", u"Frank", u"Christian", u"Federal"})
        EXPECT_FALSE(lexicon::isNationality(w)) << w.toString().toStdString();
    EXPECT_TRUE(lexicon::isNationality(u"Thai"));
    const Story s({"New clashes spread in the Greek capital, where 3 workers were killed.",
                   "Pirates hold 14 ships off the Somali coast.", "Police closed 12 shops in Major Street."});
    const Claim* workers = s.with(0, "3");
    const Claim* ships = s.with(1, "14");
    const Claim* seasons = s.with(2, "12");
    ASSERT_TRUE(workers && ships && seasons);
    EXPECT_NE(workers->place, QStringLiteral("Greek")) << describe(workers, s.docs);
    EXPECT_NE(ships->place, QStringLiteral("Somali")) << describe(ships, s.docs);
    EXPECT_EQ(seasons->place, QStringLiteral("Major Street")) << describe(seasons, s.docs);
}

// A name ending in a common noun of an act, a text, an event or a time is no place ("the
// Endangered Species Act", "in Twilight"), nor a person's title after a name ("Lakewood Sheriff");
// a street, a town in "Springs" or a WordNet location stays one.
TEST(ClaimPlaces, ActsTextsAndTimesAreNoPlaces) {
    if (!lexicon::wordNetAvailable())
        GTEST_SKIP() << "WordNet (Debian's wordnet-base) is not installed: scripts/test installs it";
    const Story s({"Under the Endangered Species Act, 35 species were listed.",
                   "Lohan spent 30 days in Palm Springs at the clinic.",
                   "Police closed 12 shops in Stadiou Avenue.",
                   "The deputy served 15 years with the Lakewood Sheriff."});
    const Claim* species = s.with(0, "35");
    const Claim* days = s.with(1, "30");
    const Claim* shops = s.with(2, "12");
    const Claim* years = s.with(3, "15");
    ASSERT_TRUE(species && days && shops && years);
    EXPECT_TRUE(species->place.isEmpty()) << describe(species, s.docs);
    EXPECT_EQ(days->place, QStringLiteral("Palm Springs")) << describe(days, s.docs);
    EXPECT_EQ(shops->place, QStringLiteral("Stadiou Avenue")) << describe(shops, s.docs);
    EXPECT_TRUE(years->place.isEmpty()) << describe(years, s.docs);
}

// Second-review cases: a subject, a person and a time are no places; towns first known as
// something else stay places.
TEST(ClaimPlaces, SubjectsPeopleAndTimesAreNoPlacesButTownsAre) {
    if (!lexicon::wordNetAvailable())
        GTEST_SKIP() << "WordNet (Debian's wordnet-base) is not installed: scripts/test installs it";
    const Story s({"She won the Nobel Prize in Physics with 2 colleagues.",
                   "A statement from Hillary Clinton said 30 staff had left.",
                   "Police made 300 arrests over New Year.", "A fire in Reading killed 3 people.",
                   "A gunman at Fort Hood killed 13 people."});
    const Claim* colleagues = s.with(0, "2");
    const Claim* staff = s.with(1, "30");
    const Claim* arrests = s.with(2, "300");
    const Claim* reading = s.with(3, "3");
    const Claim* fortHood = s.with(4, "13");
    ASSERT_TRUE(colleagues && staff && arrests && reading && fortHood);
    EXPECT_TRUE(colleagues->place.isEmpty()) << describe(colleagues, s.docs);
    EXPECT_TRUE(staff->place.isEmpty()) << describe(staff, s.docs);
    EXPECT_TRUE(arrests->place.isEmpty()) << describe(arrests, s.docs);
    EXPECT_EQ(reading->place, QStringLiteral("Reading")) << describe(reading, s.docs);
    EXPECT_EQ(fortHood->place, QStringLiteral("Fort Hood")) << describe(fortHood, s.docs);
}

// "the streets of Athens" names Athens as "the city of Athens" does, and a march there is the
// march "in Athens" of another report, not one in another city.
TEST(ClaimPlaces, TheStreetsOfACityAreInIt) {
    const Story s({"As many as 20,000 people took to the streets of Athens on Wednesday.",
                   "Some 100,000 people marched in Athens, organisers said.",
                   "About 50,000 people marched in Patras."});
    const Claim* athens = s.with(0, "20,000");
    ASSERT_TRUE(athens);
    for (const ClaimVariant& v : athens->variants)
        EXPECT_EQ(v.place, QStringLiteral("Athens")) << describe(athens, s.docs);
    EXPECT_EQ(athens, s.with(1, "100,000")) << describe(athens, s.docs);
    EXPECT_NE(athens, s.with(2, "50,000")) << describe(athens, s.docs);
}

// A capitalised word before "streets" is no place: "Side streets", "Main streets".
TEST(ClaimPlaces, SideStreetsAreNoPlace) {
    const Story s(
        {"Side streets were closed as 300 homes flooded.", "Main streets were empty after 40 shops shut."});
    for (const auto& [doc, value] : {std::pair(0, "300"), std::pair(1, "40")}) {
        const Claim* c = s.with(doc, value);
        ASSERT_TRUE(c);
        for (const ClaimVariant& v : c->variants)
            EXPECT_TRUE(v.place.isEmpty()) << describe(c, s.docs);
    }
}

// "Hollis Crossing Mall" is in Hollis: a building or street named after a place of the folder is
// within it. A league's "Atlantic Division" is not in the Atlantic.
TEST(ClaimPlaces, ABuildingNamedAfterAPlaceIsInIt) {
    const Story s({"Eight people were injured in the shooting in Hollis, police said.",
                   "Nine people were injured in the shooting at Hollis Crossing Mall, police said."});
    const Claim* injured = s.with(0, "Eight");
    ASSERT_TRUE(injured);
    EXPECT_EQ(injured, s.with(1, "Nine")) << describe(injured, s.docs);
    const Story league({"The Sixers won three games in the Atlantic Division this month.",
                        "The Sixers have won 10 games in the Atlantic this month."});
    const Claim* games = league.with(0, "three");
    ASSERT_TRUE(games);
    EXPECT_NE(games, league.with(1, "10")) << describe(games, league.docs);
}

// A court is in the town it is named after: a report opening at "Leeds Crown Court" and one opening
// in Leeds place their numbers in one town, so the damage both give is one claim.
TEST(ClaimPlaces, ACourtNamedAfterATownIsInIt) {
    const Story s({"Two men were jailed on Tuesday for a fire that destroyed a warehouse in Leeds.\n"
                   "The fire caused damage estimated at £2 million, the court heard.",
                   "A judge at Leeds Crown Court sentenced two men on Tuesday for a warehouse fire.\n"
                   "The blaze caused about £2 million of damage."});
    const Claim* damage = s.with(0, "£2 million");
    ASSERT_TRUE(damage);
    EXPECT_EQ(damage, s.with(1, "£2 million")) << describe(damage, s.docs);
}

// "Nationally, the party took 28 percent" in a report from one town is not that town's share: it
// meets the national share another town's paper gives.
TEST(ClaimPlaces, ASentenceOpeningNationallyIsNotAboutTheArticlesPlace) {
    const Story s({"ARDA - Voters in Arda gave the Social Democrats 31 percent of the vote on Sunday.\n"
                   "Nationally, the Social Democrats won 28 percent of the vote.",
                   "KESTOW - Voters in Kestow gave the Social Democrats 19 percent of the vote on Sunday.\n"
                   "The Social Democrats won 27.8 percent of the vote in the whole country."});
    const Claim* national = s.with(0, "28 percent");
    ASSERT_TRUE(national);
    EXPECT_EQ(national, s.with(1, "27.8 percent")) << describe(national, s.docs);
    EXPECT_NE(s.with(0, "31 percent"), s.with(1, "19 percent"));
}

// A fire service, a police force or a broadcaster named in the sentence is no place of it: "crews
// from Devon and Somerset Fire and Rescue" (a name that runs on past "and" to an organisation's
// ending), "a report from ITV" (after a word of publishing). Where a sentence names no place the
// number takes its article's.
TEST(ClaimPlaces, AServiceOrASourceNamedByPlaceIsNoPlace) {
    const Story s(
        {"Crews from Devon and Somerset Fire and Rescue called a further four engines to the store.",
         "Greater Manchester Police said 12 people were arrested, a report from ITV revealed.",
         "Fire crews were called to the store in Wellington."});
    const Claim* engines = s.with(0, "four");
    const Claim* arrested = s.with(1, "12");
    ASSERT_TRUE(engines && arrested);
    for (const ClaimVariant& v : engines->variants)
        EXPECT_TRUE(v.place.isEmpty()) << describe(engines, s.docs);
    for (const ClaimVariant& v : arrested->variants)
        EXPECT_TRUE(v.place.isEmpty()) << describe(arrested, s.docs);
}
