// Ages as claims (docs/claims.md, "An age is someone's"): compared only as the age of someone the
// sentence names, told apart by given name, and a firm disagreement only between articles published
// within a month of each other or, undated, one year apart or apart by more than their articles' years.
#include "ClaimsTestUtil.h"
#include "claims/AgeMoments.h"
#include "claims/ClaimStatus.h"
#include "lexicon/NounSenses.h"

using namespace parallax;
using namespace parallax::test;
using namespace Qt::StringLiterals;

namespace {

// "John Smith, 60" and "John Smith, 61" in two reports published at the given moments: whether
// they are one claim, and a firm disagreement.
struct SmithAges {
    bool oneClaim = false;
    bool firm = false;
    std::string description;
};

SmithAges smithAges(const QString& publishedA, const QString& publishedB) {
    std::vector<Document> docs{
        makeDocument(u"a"_qs, u"Police arrested John Smith, 60, at his home on Tuesday."_qs),
        makeDocument(u"b"_qs, u"Officers said John Smith, 61, was arrested at his home on Tuesday."_qs)};
    docs[0].published = publishedA;
    docs[1].published = publishedB;
    const std::vector<Claim> claims = claimsOf(docs, oneStory(docs.size()));
    const Claim* c = claimWith(claims, docs, 0, {}, u"60"_qs);
    return {c && c == claimWith(claims, docs, 1, {}, u"61"_qs), c && isFirmDisagreement(*c),
            describe(c, docs)};
}

} // namespace

TEST(ClaimAges, AnAgeIsComparedOnlyAsTheAgeOfSomeoneNamed) {
    const Story s({"Actress Tara Reid, 33, checked into a rehab clinic in Malibu on Monday.",
                   "The 33-year-old actress Tara Reid entered the clinic with her boyfriend, Michael "
                   "Jarmoune, 34.",
                   "Reid, 34, was seen arriving at a hotel in Los Angeles.",
                   "A 60-year-old man and his son Jeremy Reid, 17, watched from the road, the "
                   "33-year-old actress's publicist Jack Ketsoyan said."});
    const Claim* reid = s.with(0, "33");
    ASSERT_TRUE(reid);
    EXPECT_EQ(reid, s.with(1, "33")) << describe(reid, s.docs);
    EXPECT_EQ(reid, s.with(2, "34")) << describe(reid, s.docs);
    EXPECT_EQ(reid->label, QStringLiteral("age of Tara Reid"));
    // Her boyfriend's age, a man's of no name and another Reid's are other facts, or none.
    EXPECT_NE(reid, s.with(1, "34")) << describe(reid, s.docs);
    EXPECT_EQ(s.with(3, "60"), nullptr) << "an age of nobody named is not compared";
    const Story place(
        {"The 30-year-old congregation in Wasilla lost its church.", "Wasilla, 31, is a town."});
    EXPECT_EQ(place.with(0, "30"), nullptr) << "a place after a preposition is not whose age it is";
    EXPECT_NE(reid, s.with(3, "17")) << describe(reid, s.docs);
    // "Reid" alone may be Tara Reid (joined above); the actress's age is not her publicist's.
    const Claim* actress = s.with(3, "33");
    EXPECT_TRUE(actress == nullptr || actress->agent != QStringLiteral("Jack Ketsoyan"));
    // Without publication days, ages one year apart are a firm disagreement (a slip, or a
    // birthday between two reports: either way worth a look).
    EXPECT_TRUE(isFirmDisagreement(*reid)) << describe(reid, s.docs);
}

// Ages move with time: "Orozco, 27" when he was sought and "Orozco, 29" at his trial are both
// right. Two years apart in undated articles, or one year apart in articles published more than a
// month apart, they are only a possible disagreement.
TEST(ClaimAges, AgesToldAtTwoMomentsAreOnlyPossible) {
    const Story undated({"Police are searching for Luis Orozco, 27, who fled after the shooting.",
                         "Luis Orozco, 29, went on trial on Monday for the shooting."});
    const Claim* c = undated.with(0, "27");
    ASSERT_TRUE(c);
    ASSERT_EQ(c, undated.with(1, "29")) << describe(c, undated.docs);
    EXPECT_TRUE(isDisagreement(*c));
    EXPECT_FALSE(isFirmDisagreement(*c)) << describe(c, undated.docs);

    const SmithAges months = smithAges(u"2024-05-07T10:00:00Z"_qs, u"2024-09-30T10:00:00Z"_qs);
    ASSERT_TRUE(months.oneClaim) << months.description;
    EXPECT_FALSE(months.firm) << months.description;
}

// With no dates, an article's moment is the latest year its text names: ages two years apart in
// articles naming 2005 and 2007 were told two years apart, while ages three years apart in two
// articles that both name 2024 are a disagreement.
TEST(ClaimAges, TheYearsAnUndatedArticleNamesDateItsAges) {
    const Story told({"Police are searching for Luis Orozco, 27, who fled after the shooting in June 2005.",
                      "Luis Orozco, 29, went on trial in 2007 for the shooting in June 2005."});
    const Claim* apart = told.with(0, "27");
    ASSERT_TRUE(apart);
    ASSERT_EQ(apart, told.with(1, "29")) << describe(apart, told.docs);
    EXPECT_FALSE(isFirmDisagreement(*apart)) << describe(apart, told.docs);

    const Story slip({"Police are searching for Luis Orozco, 27, who fled after the shooting in June 2024.",
                      "Luis Orozco, 30, is sought for the shooting in June 2024, police said."});
    const Claim* wrong = slip.with(0, "27");
    ASSERT_TRUE(wrong);
    ASSERT_EQ(wrong, slip.with(1, "30")) << describe(wrong, slip.docs);
    EXPECT_TRUE(isFirmDisagreement(*wrong)) << describe(wrong, slip.docs);
}

TEST(ClaimAges, StoryYearIsThePublicationYearElseTheLatestYearNamed) {
    Document doc;
    doc.text = u"The plant opened in 1998 and closed in 2004; $2019 was paid, and 12,2030 units."_s;
    EXPECT_EQ(parallax::claims::storyYear(doc, {}), 2004);
    EXPECT_EQ(parallax::claims::storyYear(doc, u"2011-03-02T10:00:00Z"_s), 2011);
    doc.text = u"No year here, only 15 people."_s;
    EXPECT_EQ(parallax::claims::storyYear(doc, {}), 0);
}

TEST(ClaimAges, AgesThatDifferWithinAMonthDisagree) {
    const SmithAges weeks = smithAges(u"2024-05-07T10:00:00Z"_qs, u"2024-05-20T08:00:00Z"_qs);
    ASSERT_TRUE(weeks.oneClaim) << weeks.description;
    EXPECT_TRUE(weeks.firm) << weeks.description;
}

TEST(ClaimAges, AnObituarysAgeIsTheAgeOfWhoeverDied) {
    const Story s(
        {"Esther Williams dies at 91\n\nThe swimmer and actress died in her sleep.",
         "Esther Williams, the swimming star of MGM musicals, died on Thursday in Beverly Hills at "
         "the age of 91.",
         "Hollywood star Esther Williams has died peacefully aged 91, her publicist said. She died at "
         "91 in her sleep.",
         "Swimmer And Actress Dies Aged 91\n\nThe star was a champion swimmer."});
    const Claim* williams = s.with(0, "91");
    ASSERT_TRUE(williams);
    EXPECT_EQ(williams->unit, QStringLiteral("age")) << "never a count of people killed";
    EXPECT_EQ(williams->label, QStringLiteral("age of Esther Williams"));
    EXPECT_EQ(williams, s.with(1, "91")) << describe(williams, s.docs);
    EXPECT_EQ(williams, s.with(2, "91", u"peacefully"_s)) << describe(williams, s.docs);
    // "She" names nobody, nor does a title-case headline of common nouns.
    const Claim* she = s.with(2, "91", u"She died"_s);
    EXPECT_TRUE(she == nullptr || she != williams);
    const Story yesterday(
        {"Yesterday, the star of MGM's aqua-musicals died at 91.", "Esther Williams dies at 91"});
    const Claim* opener = yesterday.with(0, "91");
    EXPECT_TRUE(opener == nullptr || opener->agent != QStringLiteral("Yesterday"))
        << describe(opener, yesterday.docs);
    const Story titled(
        {"Esther Williams Dead: Technicolor Star Dies At Age 91\n\nEsther Williams died on Thursday.",
         "Esther Williams dies at 91"});
    const Claim* star = titled.with(0, "91");
    EXPECT_TRUE(star == nullptr || !star->agent.contains(u"Star"_s)) << describe(star, titled.docs);
    const Claim* headline = s.with(3, "91");
    EXPECT_TRUE(headline == nullptr || headline->unit != QStringLiteral("age") || headline == williams ||
                !headline->agent.contains(u"And"_s));
}

TEST(ClaimAges, ADefiniteDescriptionIsThePersonTheSentenceNamedLast) {
    const Story s({"Klitschko put Thompson on the canvas in the fifth round at Stade de Suisse, and the "
                   "40-year-old American never recovered.",
                   "Tony Thompson, 40, was stopped in the sixth round in Bern.",
                   "The champion beat a 40-year-old man in Bern."});
    const Claim* thompson = s.with(0, "40");
    ASSERT_TRUE(thompson);
    EXPECT_EQ(thompson->label, QStringLiteral("age of Thompson")) << describe(thompson, s.docs);
    EXPECT_EQ(thompson, s.with(1, "40")) << describe(thompson, s.docs);
    EXPECT_EQ(s.with(2, "40"), nullptr) << "someone new, not the last named";
}

TEST(ClaimAges, ADescriptionOfAThingIsNobodysAge) {
    if (!lexicon::wordNetAvailable())
        GTEST_SKIP()
            << "WordNet (Debian's wordnet-base) is not installed: which nouns name people is unknown";
    // WordNet files "structure" and "magazine" under artifacts: their ages are not the people's
    // named before them.
    const Story s({"Mayor Jon Owen said the 86-year-old structure had no sprinklers.",
                   "Mayor Jon Owen, 86, said the bridge had no sprinklers.",
                   "She became one of the two-year-old magazine's first models, Bettie Page said."});
    const Claim* building = s.with(0, "86");
    EXPECT_TRUE(building == nullptr || building->label != QStringLiteral("age of Jon Owen"))
        << describe(building, s.docs);
    EXPECT_TRUE(building == nullptr || building != s.with(1, "86")) << describe(building, s.docs);
    const Claim* magazine = s.with(2, "two");
    EXPECT_TRUE(magazine == nullptr || magazine->unit != QStringLiteral("age")) << describe(magazine, s.docs);
}

TEST(ClaimAges, APlaceBeforeANounForAPersonSaysWhereThePersonIsFrom) {
    if (!lexicon::wordNetAvailable())
        GTEST_SKIP()
            << "WordNet (Debian's wordnet-base) is not installed: which nouns name people is unknown";
    const Story s({"Police said a 61-year-old Vancouver man was found dead on Monday.",
                   "A 61-year-old Vancouver man died in the fire, police said.",
                   "The 39-year-old Troy man shot his former boss, prosecutors said.",
                   "A 38-year-old Troy resident was arrested after the shooting.",
                   "The story follows 17-year-old Bella Swan who moves to Forks."});
    const Claim* vancouver = s.with(0, "61");
    ASSERT_TRUE(vancouver);
    EXPECT_EQ(vancouver->label, QStringLiteral("age of Vancouver man")) << describe(vancouver, s.docs);
    EXPECT_EQ(vancouver, s.with(1, "61")) << describe(vancouver, s.docs);
    // A "Troy man" and a "Troy resident" may be two people: never one age told two ways.
    const Claim* man = s.with(2, "39");
    ASSERT_TRUE(man);
    EXPECT_NE(man, s.with(3, "38")) << describe(man, s.docs);
    EXPECT_FALSE(man->label.contains(u"of Troy"_s) && !man->label.contains(u"man"_s))
        << man->label.toStdString();
    // "who" is no noun for a person (WordNet's WHO is an organisation).
    const Claim* swan = s.with(4, "17");
    ASSERT_TRUE(swan);
    EXPECT_EQ(swan->label, QStringLiteral("age of Bella Swan")) << describe(swan, s.docs);
}

TEST(ClaimAges, AnAppositionAfterANameIsThatPersonsAge) {
    const Story s({"Among the victims' co-workers is Anthony LaCalamita III, a 38-year-old Troy resident "
                   "who worked at the plant.",
                   "Anthony LaCalamita III, 38, said nothing in court on Monday.",
                   "Police said Raj Chohan, a 59-year-old grandmother, was struck by the car."});
    const Claim* lacalamita = s.with(0, "38");
    ASSERT_TRUE(lacalamita);
    EXPECT_EQ(lacalamita->label, QStringLiteral("age of Anthony LaCalamita")) << describe(lacalamita, s.docs);
    EXPECT_EQ(lacalamita, s.with(1, "38")) << describe(lacalamita, s.docs);
    const Claim* chohan = s.with(2, "59");
    ASSERT_TRUE(chohan);
    EXPECT_EQ(chohan->label, QStringLiteral("age of Raj Chohan")) << describe(chohan, s.docs);
}
