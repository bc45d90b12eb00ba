// Grouping rules (FindClaims.h, docs/claims.md) on short articles written for the test. Every
// article pair is declared one story (oneStory), so these tests exercise the same-measure rules
// alone; test_matched.cpp covers sentences the reuse stage matches.
#include "ClaimsTestUtil.h"
#include "claims/ClaimLinks.h"
#include "claims/ClaimStatus.h"
#include "lexicon/NounSenses.h"
#include <set>

using namespace parallax;
using namespace parallax::test;
using namespace Qt::StringLiterals;

TEST(ClaimGrouping, SynonymPredicatesAreOneClaim) {
    const Story s({"At least 23 people were injured in the overnight attack on Kyiv, officials said.",
                   "Officials said 26 people were wounded when drones struck Kyiv overnight.",
                   "Three people were hurt in Kyiv, according to the mayor."});
    const Claim* c = s.with(0, "23");
    ASSERT_TRUE(c) << describe(c, s.docs);
    EXPECT_EQ(c, s.with(1, "26")) << describe(c, s.docs);
    EXPECT_EQ(c, s.with(2, "Three")) << describe(c, s.docs);
    EXPECT_EQ(c->status, ClaimStatus::Conflict);
    EXPECT_EQ(c->predicate, "injured");
    EXPECT_EQ(c->unit, "people");
    EXPECT_TRUE(c->label.startsWith("people injured")) << c->label.toStdString();
}

TEST(ClaimGrouping, KilledDiedAndDeadAreOneClaim) {
    const Story s({"One person was killed in Kyiv.", "One person died in Kyiv overnight.",
                   "A strike on Kyiv left one person dead."});
    const Claim* c = s.with(0, "One");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, s.with(1, "One")) << describe(c, s.docs);
    EXPECT_EQ(c, s.with(2, "one")) << describe(c, s.docs);
    EXPECT_EQ(c->predicate, "killed");
    EXPECT_EQ(c->status, ClaimStatus::Consistent); // "One" opening a sentence is not a spelling
}

TEST(ClaimGrouping, LaunchedAndFiredAreOneClaim) {
    const Story s({"Russia launched 550 drones at Ukraine overnight.",
                   "Russia fired 539 drones at Ukraine overnight."});
    const Claim* c = s.with(0, "550");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, s.with(1, "539")) << describe(c, s.docs);
    EXPECT_EQ(c->status, ClaimStatus::Conflict);
    EXPECT_EQ(c->label, "drones launched");
}

TEST(ClaimGrouping, RaidAttackAndSirensMeasureOneAttack) {
    const Story s({"Residents of Kyiv sheltered in the metro during the seven-hour raid.",
                   "The 13-hour attack on Kyiv damaged dozens of buildings.",
                   "Air raid sirens sounded across Kyiv for more than eight hours.",
                   "Trump held an hour-long call with Putin on Thursday."});
    const Claim* c = s.with(0, "seven");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, s.with(1, "13")) << describe(c, s.docs);
    EXPECT_EQ(c, s.with(2, "eight")) << describe(c, s.docs);
    EXPECT_EQ(c->status, ClaimStatus::Conflict);
    EXPECT_EQ(c->label, "attack length");
    EXPECT_EQ(c->predicate, "lasted");
    // An hour-long call is a duration of something else.
    const Claim* call = s.with(3, "hour-long");
    ASSERT_TRUE(call);
    EXPECT_NE(call, c);
    EXPECT_EQ(call->label, "call length");
}

TEST(ClaimGrouping, HospitalisedIsTakenToHospital) {
    const Story s({"Twelve people were hospitalised in Velmouth.", "In Velmouth, 12 were taken to hospital.",
                   "Officials said twelve of the wounded needed hospital treatment in Velmouth."});
    const Claim* c = s.with(0, "Twelve");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, s.with(1, "12")) << describe(c, s.docs);
    EXPECT_EQ(c, s.with(2, "twelve")) << describe(c, s.docs);
    EXPECT_EQ(c->status, ClaimStatus::Formatting);
    EXPECT_EQ(c->predicate, "hospitalised");
    EXPECT_EQ(c->label, "people taken to hospital");
}

TEST(ClaimGrouping, SameValueForDifferentThingsIsNotOneClaim) {
    const Story s(
        {"More than 40 firefighters fought the fire. The port handles 40% of the country's imports.",
         "A force of 40 firefighters was sent. The port takes 40 per cent of the country's imports."});
    const Claim* crews = s.with(0, "40", "firefighters");
    const Claim* share = s.with(0, "40%");
    ASSERT_TRUE(crews && share);
    EXPECT_NE(crews, share);
    EXPECT_EQ(crews, s.with(1, "40", "firefighters")) << describe(crews, s.docs);
    EXPECT_EQ(share, s.with(1, "40 per cent")) << describe(share, s.docs);
    EXPECT_EQ(crews->status, ClaimStatus::Qualifier);
    EXPECT_EQ(share->status, ClaimStatus::Formatting);
}

TEST(ClaimGrouping, RouteTwelveIsNoCount) {
    const Story s({"Twelve people were taken to hospital and police closed Route 12.",
                   "12 people were taken to hospital in the city."});
    const Claim* c = s.with(0, "Twelve");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, s.with(1, "12"));
    EXPECT_EQ(c->variants.size(), 2u) << describe(c, s.docs);
    EXPECT_EQ(s.with(0, "12", "Route"), nullptr) << "an identifier never makes a claim";
}

TEST(ClaimGrouping, DifferentPlacesAreDifferentClaims) {
    const Story s({"One person was killed in Kyiv overnight.",
                   "A drone attack on the southern Russian region of Rostov killed one person.",
                   "Russia struck Kyiv again overnight.\n\nOne person was killed, officials said."});
    const Claim* kyiv = s.with(0, "One");
    const Claim* rostov = s.with(1, "one");
    ASSERT_TRUE(kyiv && rostov);
    EXPECT_NE(kyiv, rostov) << describe(kyiv, s.docs);
    EXPECT_EQ(rostov->variants.size(), 1u);
    // A sentence that names no place is about the article's place: Kyiv, from its first sentence.
    EXPECT_EQ(kyiv, s.with(2, "One")) << describe(kyiv, s.docs);
    EXPECT_TRUE(rostov->label.endsWith("in Rostov")) << rostov->label.toStdString();
}

TEST(ClaimGrouping, SameValueNeverJoinsDifferentMeasures) {
    const Story s({"23 people were injured in Kyiv.", "Russia launched 23 drones at Kyiv.",
                   "23 people were killed in Kyiv."});
    const Claim* injured = s.with(0, "23");
    ASSERT_TRUE(injured);
    EXPECT_NE(injured, s.with(1, "23"));
    EXPECT_NE(injured, s.with(2, "23"));
    EXPECT_NE(s.with(1, "23"), s.with(2, "23"));
    EXPECT_EQ(injured->status, ClaimStatus::Single);
}

TEST(ClaimGrouping, TwoNumbersOfOneSentenceAreTwoClaims) {
    const Story s({"At least 23 people were injured, 14 of whom were taken to hospital.",
                   "Officials said 23 people were injured.", "Fourteen were taken to hospital."});
    const Claim* injured = s.with(0, "23");
    const Claim* hospital = s.with(0, "14");
    ASSERT_TRUE(injured && hospital);
    EXPECT_NE(injured, hospital);
    EXPECT_EQ(injured, s.with(1, "23"));
    EXPECT_EQ(hospital, s.with(2, "Fourteen"));
    EXPECT_EQ(injured->status, ClaimStatus::Qualifier);
    EXPECT_EQ(hospital->status, ClaimStatus::Formatting);
}

TEST(ClaimGrouping, APreviousRecordIsAnotherOccasion) {
    const Story s(
        {"Russia launched 550 drones at Ukraine, surpassing the record of 537 drones launched last Saturday.",
         "Russia launched 550 drones at Ukraine overnight.",
         "Last Saturday Russia launched 537 drones at Ukraine."});
    const Claim* tonight = s.with(0, "550");
    const Claim* record = s.with(0, "537");
    ASSERT_TRUE(tonight && record);
    EXPECT_NE(tonight, record);
    EXPECT_EQ(tonight, s.with(1, "550"));
    EXPECT_EQ(tonight->status, ClaimStatus::Consistent) << describe(tonight, s.docs);
    EXPECT_EQ(record, s.with(2, "537")) << describe(record, s.docs);
    EXPECT_EQ(record->occasion, "earlier");
}

TEST(ClaimGrouping, ArticlesOfNoStoryAreNotCompared) {
    std::vector<Document> docs{makeDocument("a", "23 people were injured in Kyiv."),
                               makeDocument("b", "26 people were injured in Kyiv.")};
    const std::vector<Claim> claims = claimsOf(docs, ReuseResult{});
    ASSERT_EQ(claims.size(), 2u);
    for (const Claim& c : claims)
        EXPECT_EQ(c.status, ClaimStatus::Single);
}

TEST(ClaimGrouping, AVerblessCountIsNotGivenAVerb) {
    // "539 drones" with no verb may be any fact about drones: it joins other verbless drone counts,
    // never the drones launched (nor intercepted).
    const Story s({"Russia launched 550 drones at Kyiv. Air defences intercepted 476 drones over Kyiv.",
                   "Kyiv faced 539 drones overnight.", "Residents of Kyiv counted 500 drones."});
    const Claim* verbless = s.with(1, "539");
    ASSERT_TRUE(verbless);
    EXPECT_NE(verbless, s.with(0, "550"));
    EXPECT_NE(verbless, s.with(0, "476"));
    EXPECT_EQ(verbless, s.with(2, "500")) << describe(verbless, s.docs);
}

TEST(ClaimGrouping, PeopleWithNoVerbAreNotCompared) {
    // A city's population and a crowd are both "people"; neither says what happened to them.
    const Story s({"Kyiv, a city of 3 million people, was attacked overnight.",
                   "In Kyiv, 20,000 people marched on Sunday.", "One person was killed in Kyiv."});
    const Claim* city = s.with(0, "3 million");
    ASSERT_TRUE(city);
    EXPECT_NE(city, s.with(1, "20,000"));
    EXPECT_NE(city, s.with(2, "One"));
    EXPECT_EQ(city->status, ClaimStatus::Single);
}

TEST(ClaimGrouping, ADurationWithNoNounTakesTheOnlyEventOffered) {
    // "11 hours after the first call" measures the fire: the story has no other duration in hours.
    const Story s({"The fire in Velmouth burned for nine hours.",
                   "It was close to noon before the last flames were out, 11 hours after the first call."});
    const Claim* c = s.with(0, "nine");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, s.with(1, "11")) << describe(c, s.docs);
    EXPECT_EQ(c->label, "fire length");
}

TEST(ClaimGrouping, AnArticleRepeatingANumberGivesTwoVariants) {
    const Story s({"Russia launched 550 drones at Kyiv. Of the 550 drones launched, 72 hit their targets.",
                   "Russia launched 539 drones at Kyiv."});
    const Claim* c = s.with(1, "539");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->variants.size(), 3u) << describe(c, s.docs);
    EXPECT_EQ(c, s.with(0, "550", "Of the"));
    EXPECT_NE(c, s.with(0, "72"));
}

TEST(ClaimGrouping, TheWholeOfAPartitiveIsTheNumberLaunched) {
    const Story s({"According to the air force, 72 out of 550 drones hit their targets.",
                   "Russia launched 550 drones overnight, and 72 hit their targets."});
    const Claim* launched = s.with(0, "550");
    const Claim* hit = s.with(0, "72");
    ASSERT_TRUE(launched && hit);
    EXPECT_NE(launched, hit);
    EXPECT_EQ(launched, s.with(1, "550")) << describe(launched, s.docs);
    EXPECT_EQ(hit, s.with(1, "72")) << describe(hit, s.docs);
    EXPECT_EQ(launched->predicate, "launched");
}

TEST(ClaimGrouping, YearsAgesTimesAndVagueNumbersMakeNoClaims) {
    const Story s({"In 2019 a 54-year-old man saw hundreds of drones at 9am on July 4th.",
                   "In 2023 a 61-year-old woman saw dozens of drones at 4am on the fourth day."});
    EXPECT_TRUE(s.claims.empty()) << describe(s.claims.empty() ? nullptr : &s.claims.front(), s.docs);
}

TEST(ClaimGrouping, SortedByStatusWithIds) {
    const Story s({"At least 23 people were injured in Kyiv. Russia launched eleven missiles at Kyiv. "
                   "Crews pumped 300 tonnes of water in Kyiv.",
                   "26 people were injured in Kyiv. Russia launched 11 missiles at Kyiv."});
    ASSERT_GE(s.claims.size(), 3u);
    EXPECT_EQ(s.claims[0].status, ClaimStatus::Conflict);
    EXPECT_EQ(s.claims[1].status, ClaimStatus::Formatting);
    EXPECT_EQ(s.claims.back().status, ClaimStatus::Single);
    for (size_t i = 0; i < s.claims.size(); ++i)
        EXPECT_EQ(s.claims[i].id, QStringLiteral("c%1").arg(i + 1));
}

TEST(ClaimGrouping, CancelAndProgress) {
    const Story s({"23 people were injured in Kyiv.", "26 people were injured in Kyiv."});
    std::atomic_bool cancel{true};
    EXPECT_TRUE(findClaims(s.docs, oneStory(2), cancel).empty());
    cancel = false;
    qsizetype last = 0, total = 0;
    const auto claims = findClaims(s.docs, oneStory(2), cancel, [&](qsizetype done, qsizetype all) {
        EXPECT_GE(done, last);
        last = done;
        total = all;
    });
    EXPECT_EQ(claims.size(), 1u);
    EXPECT_EQ(last, total);
    EXPECT_GT(total, 0);
}

TEST(ClaimGrouping, VariantsKeepAbsoluteSpans) {
    const Story s({"Kyiv was attacked overnight.\n\nOfficials said at least 23 people were injured.",
                   "26 people were injured in Kyiv."});
    const Claim* c = s.with(0, "23");
    ASSERT_TRUE(c);
    for (const ClaimVariant& v : c->variants) {
        EXPECT_EQ(s.docs[size_t(v.doc)].textOf(v.span), v.mention.text);
        const Span sentence = s.docs[size_t(v.doc)].sentences[size_t(v.sentence)].span;
        EXPECT_EQ(v.span.start, sentence.start + v.mention.span.start);
    }
}

TEST(ClaimGrouping, TheNumbersOwnClauseDecidesItsPlace) {
    const Story s({"At least 23 people were injured in Kyiv, and two people were killed in Kharkiv.",
                   "In Kharkiv, three people died.",
                   "In Kharkiv, two people were killed and 14 were injured.",
                   "Officials in Kyiv said 26 people were wounded."});
    const Claim* kyiv = s.with(0, "23");
    const Claim* kharkiv = s.with(0, "two");
    ASSERT_TRUE(kyiv && kharkiv);
    EXPECT_EQ(kyiv, s.with(3, "26"));
    EXPECT_NE(kyiv, s.with(2, "14")) << describe(kyiv, s.docs);
    EXPECT_EQ(kharkiv, s.with(1, "three")) << describe(kharkiv, s.docs);
    EXPECT_EQ(kharkiv, s.with(2, "two"));
    EXPECT_EQ(kharkiv->place, "Kharkiv");
}

TEST(ClaimGrouping, AnArticleGivesOneValuePerClaim) {
    // Each article lists several parties' seats: a second value from one article is another fact,
    // so the parties' counts are not pooled into one "seats" claim.
    const Story s({"New Democracy won 128 seats and Syriza won 72 seats in the 300-seat parliament.",
                   "New Democracy won 129 seats, while Syriza won 71 seats."});
    const Claim* nd = s.with(0, "128");
    const Claim* syriza = s.with(0, "72");
    ASSERT_TRUE(nd && syriza);
    EXPECT_NE(nd, syriza);
    std::set<double> ndValues;
    for (const ClaimVariant& v : nd->variants)
        if (v.doc == 0)
            ndValues.insert(v.mention.value);
    EXPECT_EQ(ndValues.size(), 1u) << describe(nd, s.docs);
}

TEST(ClaimGrouping, ARevisedTollIsAnUpdateNotAConflict) {
    const Story s({"At least 127 people were killed in the attacks on Friday night.",
                   "By Saturday the toll had risen to 130 people killed in the attacks."});
    const Claim* c = s.with(0, "127");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, s.with(1, "130")) << describe(c, s.docs);
    EXPECT_EQ(c->status, ClaimStatus::Updated);
}

TEST(ClaimGrouping, EveryClaimOfTwoArticlesSaysWhyItsVariantsAreOne) {
    const Story s({"At least 23 people were injured in Kyiv.", "In Kyiv, 26 people were injured overnight."});
    const Claim* c = s.with(0, "23");
    ASSERT_TRUE(c);
    ASSERT_EQ(c, s.with(1, "26"));
    EXPECT_GT(c->confidence, 0.0);
    EXPECT_LE(c->confidence, 1.0);
    EXPECT_FALSE(c->evidence.isEmpty());
    EXPECT_TRUE(c->evidence.join(u' ').contains("injured")) << c->evidence.join(" | ").toStdString();
}

TEST(ClaimGrouping, KindsOfPeopleListedTogetherArePartsOfTheToll) {
    // "two women and a man" are three people killed: the two is a part, not a version of the toll.
    const Story s({"Three people were killed in the fire at the bank.",
                   "Two women and a man were killed in the fire at the bank.",
                   "One woman was killed in the fire at the bank, officials said."});
    const Claim* toll = s.with(0, "Three");
    ASSERT_TRUE(toll);
    EXPECT_NE(toll, s.with(1, "Two")) << describe(toll, s.docs);
    // A single victim named by a kind of person is still a count of people.
    EXPECT_EQ(toll, s.with(2, "One")) << describe(toll, s.docs);
}

TEST(ClaimGrouping, HeadlineNumbersTakePart) {
    const Story s(
        {"129 killed in Paris attacks\n\nThe attacks on Friday night killed 129 people, officials said.",
         "127 people killed in Paris attacks\n\nAt least 127 people were killed in the attacks on Friday."});
    const Claim* c = s.with(1, "127", "At least");
    ASSERT_TRUE(c);
    const Claim* headline = s.with(1, "127", "in Paris attacks");
    ASSERT_TRUE(headline) << "the headline's number is a claim variant";
    EXPECT_EQ(headline, c) << describe(c, s.docs);
    EXPECT_EQ(c, s.with(0, "129", "officials said")) << describe(c, s.docs);
    bool fromHeadline = false;
    for (const ClaimVariant& v : c->variants)
        fromHeadline = fromHeadline || v.sentence == kHeadlineSentence;
    EXPECT_TRUE(fromHeadline);
    EXPECT_EQ(c->status, ClaimStatus::Conflict);
}

TEST(ClaimLabels, MoneyIsNamedByWhatItPaysForAndItsCurrency) {
    const Story s(
        {"The Red Sox made a $200 million offer to Teixeira.", "Boston's $180 million offer was rejected."});
    const Claim* c = s.with(0, "$200 million");
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->label.contains("dollars")) << c->label.toStdString();
    EXPECT_FALSE(c->label.contains("usd", Qt::CaseInsensitive)) << c->label.toStdString();
}

TEST(ClaimLabels, IrregularPluralsAndNoTwoClaimsWithOneLabel) {
    const Story s({"The wave was 30 feet high. A second wave was 20 feet high. Another was 10 feet high.",
                   "Witnesses said the wall of water stood 30 feet tall."});
    QSet<QString> labels;
    bool feet = false;
    for (const Claim& c : s.claims) {
        feet = feet || c.label.contains("feet");
        EXPECT_FALSE(c.label.contains("foots")) << c.label.toStdString();
        EXPECT_FALSE(labels.contains(c.label)) << "two claims labelled " << c.label.toStdString();
        labels.insert(c.label);
    }
    EXPECT_TRUE(feet);
}

TEST(ClaimGrouping, AConversionAgreesWithEitherUnit) {
    // "400km (250 miles)" is one mention with a conversion: it agrees with "250 miles" and "400 km".
    const Story s({"The epicentre of the quake lay 400km (250 miles) south of the capital.",
                   "The epicentre of the quake lay 250 miles south of the capital.",
                   "The epicentre of the quake lay 400 kilometres south of the capital."});
    const Claim* c = s.with(0, "400km");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, s.with(1, "250")) << describe(c, s.docs);
    EXPECT_EQ(c, s.with(2, "400")) << describe(c, s.docs);
    EXPECT_FALSE(isDisagreement(*c)) << describe(c, s.docs);
}

TEST(ClaimGrouping, TwoWordsForOneKindOfThingAreOneCountButSiblingsAreNot) {
    if (!parallax::lexicon::wordNetAvailable())
        GTEST_SKIP() << "WordNet (Debian's wordnet-base) is not installed: scripts/test installs it";
    // One outlet's "vessels" are another's "boats" (a boat is a kind of vessel): one fact, and
    // the two values disagree.
    const Story held({"Pirates seized two vessels off the coast of Somalia on Sunday, the navy said.",
                      "Pirates seized three boats off the coast of Somalia on Sunday, the navy said."});
    const Claim* c = held.with(0, "two");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, held.with(1, "three")) << describe(c, held.docs);
    EXPECT_TRUE(isDisagreement(*c)) << describe(c, held.docs);
    EXPECT_TRUE(c->evidence.join(u' ').contains(u"'vessels', 'boats' name one kind of thing"))
        << c->evidence.join(u"; ").toStdString();
    // Ships and boats are both vessels, but not one kind together: 17 ships and two boats are
    // two counts, never a disagreement.
    const Story siblings(
        {"Pirates are holding 17 ships off the coast of Somalia, the navy said on Sunday.",
         "Pirates are holding two boats off the coast of Somalia, the navy said on Sunday."});
    EXPECT_NE(siblings.with(0, "17"), siblings.with(1, "two"))
        << describe(siblings.with(0, "17"), siblings.docs);
    // Nor may a claim chain them: vessels join ships, and then boats cannot join both.
    const Story chain({"Pirates are holding 17 vessels off the coast of Somalia, the navy said on Sunday.",
                       "Pirates are holding 14 ships off the coast of Somalia, the navy said on Sunday.",
                       "Pirates are holding two boats off the coast of Somalia, the navy said on Sunday."});
    const Claim* ships = chain.with(1, "14");
    ASSERT_TRUE(ships);
    EXPECT_NE(ships, chain.with(2, "two")) << describe(ships, chain.docs);
    // Whatever joins first: the word list makes "vessels" one noun with "ships" (counted-nouns.txt),
    // and WordNet makes boats a kind of vessel, but no claim may hold both boats and ships.
    const Story mixed({"Pirates seized two vessels off the coast of Somalia on Sunday, the navy said.",
                       "Pirates seized two boats off the coast of Somalia on Sunday, the navy said.",
                       "Somali pirates now hold 17 ships, according to a maritime monitoring group."});
    const Claim* boats = mixed.with(1, "two");
    ASSERT_TRUE(boats);
    EXPECT_NE(boats, mixed.with(2, "17")) << describe(boats, mixed.docs);
}

TEST(ClaimGrouping, OnePlaceUnderTwoNamesIsOnePlace) {
    if (!parallax::lexicon::wordNetAvailable())
        GTEST_SKIP() << "WordNet (Debian's wordnet-base) is not installed: scripts/test installs it";
    // Places told apart keep counts apart ("deaths in one village vs the total"), so a city spelt
    // two ways must not be two places: WordNet gives Bombay and Mumbai one synset.
    const Story s({"In Mumbai, 40 firefighters fought the blaze through the night, officials said.",
                   "In Bombay, 45 firefighters fought the blaze through the night, officials said.",
                   "In Pune, 12 firefighters fought another blaze through the night, officials said."});
    const Claim* c = s.with(0, "40");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, s.with(1, "45")) << describe(c, s.docs);
    EXPECT_TRUE(isDisagreement(*c)) << describe(c, s.docs);
    EXPECT_NE(c, s.with(2, "12")) << describe(c, s.docs);
}

TEST(ClaimGrouping, AFactToldByMoreArticlesThanAreComparedStillChainsIntoOneClaim) {
    // 80 articles of one story, every pair related: each article's numbers meet those of its
    // closest kMaxRelatedArticles only, and the one article giving another value still joins.
    const int n = int(claims::kMaxRelatedArticles) + 30;
    std::vector<Document> docs;
    for (int i = 0; i < n; ++i)
        docs.push_back(makeDocument(QStringLiteral("a%1").arg(i, 3, 10, QChar(u'0')),
                                    QStringLiteral("At least %1 people were injured in the attack on Kyiv, "
                                                   "officials said on Friday.")
                                        .arg(i == n - 1 ? 26 : 23)));
    const ReuseResult reuse = oneStory(docs.size());
    const claims::RelatedArticles related = claims::closestRelated(n, reuse);
    EXPECT_TRUE(related.trimmed[0]);
    EXPECT_FALSE(related.compared(n - 1, n - 2)) << "beyond the closest, articles are not compared";
    const std::vector<Claim> claims = claimsOf(docs, reuse);
    const Claim* c = claimWith(claims, docs, n - 1, QStringLiteral("injured"), QStringLiteral("26"));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->articles, n) << describe(c, docs);
    EXPECT_EQ(c->status, ClaimStatus::Conflict) << describe(c, docs);
}

TEST(ClaimGrouping, EachPartysSeatsAreTheirOwnClaimNamedByTheParty) {
    const Story s(
        {"New Democracy won 128 seats in the 300-seat parliament on Sunday, while Syriza won 71 seats.",
         "New Democracy won 129 seats and Syriza won 72 seats, official results showed.",
         "With most votes counted, New Democracy had won 128 seats. The leftist Syriza won 71 seats."});
    const Claim* nd = s.with(0, "128");
    const Claim* syriza = s.with(0, "71");
    ASSERT_TRUE(nd && syriza);
    EXPECT_EQ(nd, s.with(1, "129")) << describe(nd, s.docs);
    EXPECT_EQ(nd, s.with(2, "128")) << describe(nd, s.docs);
    EXPECT_EQ(syriza, s.with(1, "72")) << describe(syriza, s.docs);
    EXPECT_EQ(syriza, s.with(2, "71")) << describe(syriza, s.docs);
    EXPECT_EQ(nd->status, ClaimStatus::Conflict);
    EXPECT_EQ(nd->label, "seats won by New Democracy");
    EXPECT_EQ(syriza->label, "seats won by Syriza");
    EXPECT_NE(nd, s.with(0, "300")) << "the parliament's size is not a party's seats";
}

// A quake story written to probe the failure kinds seen on real coverage (docs/claims.md): a
// foreshock against the main quake, depth against distance, days of mourning against a ban, a
// clock reading, one venue's dead against the toll, a toll that rose, magnitudes as written.
TEST(ClaimGrouping, AQuakeStoryKeepsEachFactApart) {
    const Story s(
        {"Quake kills 127 in Iran\n\nA magnitude 6.1 earthquake struck southern Iran at 0307 local time on "
         "Sunday, killing at least 127 people. The quake was 10 km deep and hit 20 km from the town of "
         "Qeshm. A magnitude 5.2 foreshock was felt an hour earlier. The government declared 3 days of "
         "mourning and a 5-day ban on travel to the island.",
         "Iran quake toll rises to 130\n\nThe death toll from the magnitude 6.1 earthquake that struck "
         "southern Iran rose to 130 on Monday. The quake, 10 km deep, struck 20 km from Qeshm at 0307 local "
         "time. Officials declared three days of mourning. A 5.2 magnitude foreshock had shaken the area "
         "before the main quake.",
         "Powerful earthquake hits Iran\n\nA magnitude 6.0 earthquake hit southern Iran early on Sunday, "
         "killing at least 129 people, officials said. At one school, 80 people were killed when the roof "
         "collapsed. The quake was 12 km deep. Iran declared three days of national mourning."});
    const Claim* magnitude = s.with(0, "6.1");
    ASSERT_TRUE(magnitude);
    EXPECT_EQ(magnitude, s.with(2, "6.0")) << describe(magnitude, s.docs);
    EXPECT_EQ(magnitude->status, ClaimStatus::Conflict) << "6.0 is as precise as 6.1";
    EXPECT_NE(magnitude, s.with(0, "5.2")) << "a foreshock is not the main quake";
    EXPECT_EQ(magnitude->label, "earthquake magnitude");

    const Claim* depth = s.with(0, "10");
    ASSERT_TRUE(depth);
    EXPECT_EQ(depth, s.with(2, "12")) << describe(depth, s.docs);
    EXPECT_NE(depth, s.with(0, "20")) << "a depth is not a distance";
    EXPECT_EQ(depth->label, "depth (km)");

    const Claim* toll = s.with(0, "127", "killing");
    ASSERT_TRUE(toll);
    EXPECT_EQ(toll, s.with(1, "130", "rose")) << describe(toll, s.docs);
    EXPECT_EQ(toll, s.with(2, "129")) << describe(toll, s.docs);
    EXPECT_NE(toll, s.with(2, "80")) << "one school's dead are not the toll";
    EXPECT_EQ(toll->status, ClaimStatus::Updated);

    const Claim* mourning = s.with(0, "3");
    ASSERT_TRUE(mourning);
    EXPECT_EQ(mourning, s.with(1, "three")) << describe(mourning, s.docs);
    EXPECT_NE(mourning, s.with(0, "5")) << "a ban is not the mourning";
    for (const Claim& c : s.claims)
        for (const ClaimVariant& v : c.variants)
            EXPECT_NE(v.mention.text, "0307") << "a clock reading is no count";
}

TEST(ClaimGrouping, VesselsAndShipsCountOneThing) {
    const Story s({"The navy said pirates were holding 14 vessels off the coast of Somalia.",
                   "Pirates are holding 17 ships off the coast of Somalia, the navy said."});
    const Claim* c = s.with(0, "14");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, s.with(1, "17")) << describe(c, s.docs);
}

TEST(ClaimGrouping, AKindOfTheNounIsNotTheNoun) {
    // A tanker is a cargo ship is a ship: a part of a fleet is not the fleet.
    const Story s({"Pirates seized three tankers off the coast.", "Pirates seized two ships off the coast."});
    const Claim* c = s.with(0, "three");
    ASSERT_TRUE(c);
    EXPECT_NE(c, s.with(1, "two")) << describe(c, s.docs);
}

// A writer shortens a closed compound to its last part: "speedboats" are the "boats" of another
// report where WordNet files a speedboat under boats.
TEST(ClaimGrouping, ACompoundIsItsLastPart) {
    const Story s({"Commandos seized three speedboats used by the pirates.",
                   "Commandos seized two boats used by the pirates."});
    const Claim* c = s.with(0, "three");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, s.with(1, "two")) << describe(c, s.docs);
    const Story firefighters(
        {"Three firefighters were injured in the blaze.", "Two fighters were injured in the blaze."});
    EXPECT_NE(firefighters.with(0, "Three"), firefighters.with(1, "Two"));
}

TEST(ClaimGrouping, NumbersDescribingTwoPeopleAreTwoFacts) {
    const Story s({"Captain Tennant was a 28-year veteran of the Woodburn police, officials said.",
                   "A spokesman said Chief Russell, a 20-year veteran of the Woodburn police, is stable.",
                   "Officials said Tennant, a 27-year veteran of the Woodburn police, died at the scene."});
    const Claim* tennant = s.with(0, "28");
    ASSERT_TRUE(tennant);
    EXPECT_NE(tennant, s.with(1, "20")) << describe(tennant, s.docs);
    EXPECT_EQ(tennant, s.with(2, "27")) << describe(tennant, s.docs);
}

TEST(ClaimGrouping, OtherItemsAreNotTheWholeCount) {
    // "three other rifles" beside seven AK-47s counts rifles beyond those, not all the rifles.
    const Story s({"The navy seized seven AK-47s and three other rifles from the pirates.",
                   "Nine assault rifles were seized from the pirates, the navy said.",
                   "The navy said two other rifles were seized along with seven AK-47s from the pirates."});
    const Claim* others = s.with(0, "three");
    ASSERT_TRUE(others);
    EXPECT_NE(others, s.with(1, "Nine")) << describe(others, s.docs);
    EXPECT_EQ(others, s.with(2, "two")) << describe(others, s.docs);
}

TEST(ClaimGrouping, ARulesThresholdIsNotTheMeasuredValue) {
    const Story s(
        {"Under the law, the vote is only valid with a turnout of more than 50 percent of eligible voters.",
         "Officials said 90 percent of eligible voters took part in the vote.",
         "Turnout was 88 percent of eligible voters, the election commission said."});
    const Claim* measured = s.with(1, "90 percent");
    ASSERT_TRUE(measured);
    EXPECT_NE(measured, s.with(0, "50 percent")) << describe(measured, s.docs);
}

// A model's name is the kind counted, however it is spelled or followed: "AK-47 rifles", "AK 47
// guns" and "AK - 47 rifles" are one kind, and all the assault rifles seized are another count.
TEST(ClaimGrouping, AModelNameIsTheKindCounted) {
    const Story s({"Commandos seized seven AK-47 rifles and nine assault rifles from the pirates.",
                   "The commandos recovered 12 AK 47 guns from the pirates' boats.",
                   "The navy said six AK - 47 rifles were found on the boats."});
    const Claim* ak = s.with(0, "seven");
    ASSERT_TRUE(ak);
    EXPECT_EQ(ak, s.with(1, "12")) << describe(ak, s.docs);
    EXPECT_EQ(ak, s.with(2, "six")) << describe(ak, s.docs);
    EXPECT_NE(ak, s.with(0, "nine")) << describe(ak, s.docs);
    EXPECT_EQ(ak->label, QStringLiteral("AK-47s"));
    EXPECT_TRUE(ak->evidence.join(u' ').contains(QStringLiteral("'AK-47'")))
        << ak->evidence.join(u'|').toStdString();
}

// An average is a statistic over many occasions: "has averaged more than 30 home runs" is not the
// 33 home runs of one season, and the averages of two articles are one fact.
TEST(ClaimGrouping, AnAverageIsNotOneOccasionsCount) {
    const Story s({"Teixeira has averaged more than 30 home runs in his six big-league seasons.",
                   "Teixeira hit 33 home runs for the Angels and Braves.",
                   "The slugger hit an average of 31 home runs over six seasons."});
    const Claim* average = s.with(0, "30");
    ASSERT_TRUE(average);
    EXPECT_NE(average, s.with(1, "33")) << describe(average, s.docs);
    EXPECT_TRUE(average->label.contains("on average")) << average->label.toStdString();
}

// A percentage is named by the subject of its verb when nothing follows it: "turnout reached 61
// percent" and "turnout was 58%" measure one thing; "unemployment stood at 5 percent" another.
TEST(ClaimGrouping, APercentageIsNamedByItsSubject) {
    const Story s(
        {"Officials said turnout reached 61 percent in the election, while unemployment stood at "
         "5 percent.",
         "The election commission said turnout was 58% in the vote, with unemployment at 5 percent."});
    const Claim* turnout = s.with(0, "61 percent");
    ASSERT_TRUE(turnout);
    EXPECT_EQ(turnout, s.with(1, "58%")) << describe(turnout, s.docs);
    EXPECT_NE(turnout, s.with(0, "5 percent")) << describe(turnout, s.docs);
    EXPECT_TRUE(turnout->head.contains(QStringLiteral("turnout"))) << turnout->head.toStdString();
    EXPECT_EQ(turnout->label, QStringLiteral("turnout (%)"))
        << "the share of nothing named: not '% of turnout'";
    // A share of something named keeps it: "40% of its fertiliser".
    const Story shares({"Caddora buys 40% of its fertiliser from the port.",
                        "The port supplies 45% of Caddora's fertiliser."});
    const Claim* fertiliser = shares.with(0, "40%");
    ASSERT_TRUE(fertiliser);
    EXPECT_TRUE(fertiliser->label.startsWith(QStringLiteral("% of "))) << fertiliser->label.toStdString();
}

// A number in brackets right after a name is that person's: "Klitschko (52-3, 46 KOs)" and
// "Rahman (45-7-2, 36 KOs)" are two boxers' tallies, and Klitschko's in two reports is one fact.
TEST(ClaimGrouping, ABracketAfterANameIsThatPersonsTally) {
    const Story s({"Wladimir Klitschko (52-3, 46 KOs) beat Hasim Rahman (45-7-2, 36 KOs) in Mannheim.",
                   "The 32-year-old Klitschko (52-3, 47 KOs) won his 10th consecutive bout on Saturday."});
    const Claim* klitschko = s.with(0, "46");
    ASSERT_TRUE(klitschko);
    EXPECT_EQ(klitschko, s.with(1, "47")) << describe(klitschko, s.docs);
    EXPECT_NE(klitschko, s.with(0, "36")) << describe(klitschko, s.docs);
    EXPECT_EQ(klitschko->unit, QStringLiteral("ko")) << klitschko->unit.toStdString();
}

// An organisation is no place, even after "in" or "from": "loans from the International Monetary
// Fund" do not put 100,000 marchers in the Fund. The West Bank stays a place.
TEST(ClaimGrouping, AnOrganisationIsNoPlace) {
    const Story s({"An estimated 100,000 people marched against loans from the International Monetary Fund.",
                   "Police said 20,000 people were injured in the West Bank."});
    const Claim* marchers = s.with(0, "100,000");
    const Claim* injured = s.with(1, "20,000");
    ASSERT_TRUE(marchers && injured);
    EXPECT_TRUE(marchers->place.isEmpty()) << marchers->place.toStdString();
    EXPECT_FALSE(marchers->label.contains("Fund")) << marchers->label.toStdString();
    EXPECT_EQ(injured->place, QStringLiteral("West Bank")) << injured->place.toStdString();
}

// An acronym stays one where it is the place: "in the NBA" is not "in the Nba".
TEST(ClaimGrouping, AnAcronymPlaceKeepsItsCapitals) {
    const Story s({"DiLeo coached for 12 seasons in the NBA before the job.",
                   "He spent 13 seasons in the NBA as an assistant coach."});
    const Claim* seasons = s.with(0, "12");
    ASSERT_TRUE(seasons);
    EXPECT_EQ(seasons->place, QStringLiteral("NBA")) << describe(seasons, s.docs);
}

// "married twice" and "was married three times" count one life's marriages; a divorce count is
// another fact.
TEST(ClaimGrouping, MarriedTwiceAndThreeTimesDisagree) {
    const Story s({"The actress married twice and had no children.",
                   "The actress was married three times, her agent said.",
                   "The actress was divorced four times, her agent said."});
    const Claim* c = s.with(0, "twice");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, s.with(1, "three")) << describe(c, s.docs);
    EXPECT_TRUE(isDisagreement(*c)) << describe(c, s.docs);
    EXPECT_NE(c, s.with(2, "four")) << describe(c, s.docs);
}
