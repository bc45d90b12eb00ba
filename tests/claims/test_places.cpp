// Which capitalised words are a claim's place (claims/Places.h): names after "in", "at", "off"
// and the like, not the people of a country nor its language.
#include "ClaimsTestUtil.h"
#include "lexicon/NounSenses.h"

using namespace parallax;
using namespace parallax::test;

// "in the Greek capital" is in Athens, not in a place called "Greek"; "off the Somali coast" names
// no place. WordNet tells the names of peoples: a capitalised noun of a person or a language that
// is an adjective too. "Major League Baseball" is not one ("major" is lower case in WordNet).
TEST(ClaimPlaces, APeopleIsNoPlace) {
    if (!lexicon::wordNetAvailable())
        GTEST_SKIP() << "WordNet (Debian's wordnet-base) is not installed: scripts/test installs it";
    EXPECT_TRUE(lexicon::isNationality(u"Greek"));
    EXPECT_TRUE(lexicon::isNationality(u"somali"));
    EXPECT_FALSE(lexicon::isNationality(u"major"));
    EXPECT_FALSE(lexicon::isNationality(u"Greece"));
    EXPECT_FALSE(lexicon::isNationality(u"Palmer"));
    const Story s({"New clashes spread in the Greek capital, where 3 workers were killed.",
                   "Pirates hold 14 ships off the Somali coast.",
                   "He played 12 seasons in Major League Baseball."});
    const Claim* workers = s.with(0, "3");
    const Claim* ships = s.with(1, "14");
    const Claim* seasons = s.with(2, "12");
    ASSERT_TRUE(workers && ships && seasons);
    EXPECT_NE(workers->place, QStringLiteral("Greek")) << describe(workers, s.docs);
    EXPECT_NE(ships->place, QStringLiteral("Somali")) << describe(ships, s.docs);
    EXPECT_EQ(seasons->place, QStringLiteral("Major League Baseball")) << describe(seasons, s.docs);
}
