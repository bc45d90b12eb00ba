// Claim labels (claims/ClaimLabels.h): claims that nothing else tells apart are told apart by a
// word of their own text beside the number, and numbered only when no such word is left.
#include "ClaimsTestUtil.h"
#include "claims/ClaimLabels.h"

#include <set>

using namespace parallax;
using namespace parallax::test;
using namespace Qt::StringLiterals;
using parallax::claims::cueWords;
using parallax::claims::labelClaims;

namespace {

Claim claimOf(const QString& id, const QString& unit, int doc, int sentence, Span span) {
    Claim c;
    c.id = id;
    c.unit = unit;
    ClaimVariant v;
    v.doc = doc;
    v.sentence = sentence;
    v.span = span;
    c.variants.push_back(v);
    return c;
}

// The claim of the number `number` in the first sentence of `doc`.
Claim claimAt(const QString& id, const std::vector<Document>& docs, int doc, const QString& number) {
    const qsizetype at = docs[size_t(doc)].text.indexOf(number);
    return claimOf(id, QStringLiteral("season"), doc, 0, Span{at, at + number.size()});
}

} // namespace

TEST(ClaimLabels, WordsBesideTheNumberTellClaimsOfOneLabelApart) {
    const std::vector<Document> docs = {
        makeDocument(QStringLiteral("a"), QStringLiteral("Cheeks played 11 seasons for the Sixers.")),
        makeDocument(QStringLiteral("b"),
                     QStringLiteral("He served as an assistant for seven seasons, the team said.")),
        makeDocument(QStringLiteral("c"), QStringLiteral("He coached three seasons in Portland."))};
    std::vector<Claim> claims = {claimAt("c1", docs, 0, "11"), claimAt("c2", docs, 1, "seven"),
                                 claimAt("c3", docs, 2, "three")};
    // Content words only, nearest first, the number's clause only, not the unit itself.
    EXPECT_EQ(cueWords(claims[1], docs), QStringList({"assistant", "served"}));
    EXPECT_EQ(cueWords(claims[2], docs), QStringList({"portland", "coached"}));
    labelClaims(claims, [&](const Claim& c) { return cueWords(c, docs); });
    EXPECT_EQ(claims[0].label, QStringLiteral("seasons")); // the first keeps the plain label
    EXPECT_EQ(claims[1].label, QStringLiteral("seasons (\u201cassistant\u201d)"));
    EXPECT_EQ(claims[2].label, QStringLiteral("seasons (\u201cportland\u201d)"));
}

TEST(ClaimLabels, ClaimsWithNoWordOfTheirOwnAreNumbered) {
    std::vector<Claim> claims = {claimOf("c1", "season", 0, 0, {}), claimOf("c2", "season", 0, 0, {}),
                                 claimOf("c3", "season", 0, 0, {})};
    // Two claims whose nearest word is the same word: neither takes it; the second word tells them.
    labelClaims(claims, [](const Claim& c) {
        return c.id == u"c2" ? QStringList({"coach", "playoffs"}) : QStringList({"coach"});
    });
    EXPECT_EQ(claims[0].label, QStringLiteral("seasons"));
    EXPECT_EQ(claims[1].label, QStringLiteral("seasons (\u201cplayoffs\u201d)"));
    EXPECT_EQ(claims[2].label, QStringLiteral("seasons (claim 2)"));
    std::set<QString> labels;
    for (const Claim& c : claims)
        EXPECT_TRUE(labels.insert(c.label).second) << c.label.toStdString();
}

// Labels say what is counted in a word a reader knows: "KO" is a knockout (counted-nouns.txt), and
// a unit's symbol takes no plural.
TEST(ClaimLabels, AbbreviationsAndSymbolsReadAsWords) {
    const Story ko({"Klitschko (52-3, 46 KOs) retained his titles on Saturday.",
                    "Klitschko, 53-3, 47 KOs, retained his titles on Saturday."});
    const Claim* c = ko.with(0, "46");
    ASSERT_TRUE(c);
    EXPECT_TRUE(c->label.startsWith(u"knockouts"_qs)) << c->label.toStdString();
    const Story speed({"The train was going at 128 km/h on the curve.", "It took the curve at 130 km/h."});
    const Claim* s = speed.with(0, "128");
    ASSERT_TRUE(s);
    EXPECT_FALSE(s->label.contains(u"km/hs"_qs)) << s->label.toStdString();
    EXPECT_TRUE(s->label.contains(u"km/h"_qs)) << s->label.toStdString();
    // A symbol written in mixed case is a unit as written: "mAh", "kWh", never "mahs" or "kWhs".
    const Story battery({"The phone has a 4,500 mAh battery and the plant makes 300 kWh a day.",
                         "Its 4,000 mAh battery is smaller; the plant makes 320 kWh a day."});
    for (const char* value : {"4,500", "300"}) {
        const Claim* b = battery.with(0, QString::fromLatin1(value));
        ASSERT_TRUE(b) << value;
        EXPECT_FALSE(b->label.contains(u"mahs"_qs, Qt::CaseInsensitive)) << b->label.toStdString();
        EXPECT_FALSE(b->label.contains(u"kwhs"_qs, Qt::CaseInsensitive)) << b->label.toStdString();
    }
    EXPECT_TRUE(battery.with(0, "4,500")->label.contains(u"mAh"_qs))
        << battery.with(0, "4,500")->label.toStdString();
    EXPECT_TRUE(battery.with(0, "300")->label.contains(u"kWh"_qs))
        << battery.with(0, "300")->label.toStdString();
}

// What a percentage is of is the noun counted, not whose it is nor a word qualifying it: "the
// country's eligible voters" and "eligible voters" are one "% of voters", as "the film's backend"
// and "the backend" are one "% of backend".
TEST(ClaimLabels, APercentageIsOfTheNounNotItsOwnerOrQualifier) {
    const Story s(
        {"Some 2.44 million people, or 88.41 percent of the country's eligible voters, cast ballots.",
         "The government said 90 per cent of eligible voters had taken part in the election.",
         "The actor will receive 5% of the film's backend, his agent said.",
         "Under the deal he gets five percent of the backend."});
    const Claim* voters = s.with(0, "88.41 percent");
    ASSERT_TRUE(voters);
    EXPECT_EQ(voters, s.with(1, "90 per cent")) << describe(voters, s.docs);
    EXPECT_EQ(voters->label, QStringLiteral("% of voters")) << describe(voters, s.docs);
    const Claim* backend = s.with(2, "5%");
    ASSERT_TRUE(backend);
    EXPECT_EQ(backend, s.with(3, "five percent")) << describe(backend, s.docs);
    EXPECT_NE(backend, voters);
}

// A raid and an attack are one attack, but a strike is as often a walkout: its label keeps the
// word the articles wrote.
TEST(ClaimLabels, AStrikeIsNotRenamedAnAttack) {
    const Story strike({"The marches came amid a 24-hour nationwide general strike that grounded flights.",
                        "Police put the march, to mark a 24-hour nationwide strike, at 30,000 people."});
    const Claim* walkout = strike.with(0, "24");
    ASSERT_TRUE(walkout);
    EXPECT_EQ(walkout, strike.with(1, "24")) << describe(walkout, strike.docs);
    EXPECT_EQ(walkout->label, QStringLiteral("strike length")) << describe(walkout, strike.docs);
    const Story raid({"Residents of Kyiv sheltered in the metro during the seven-hour raid.",
                      "The 13-hour attack on Kyiv damaged dozens of buildings."});
    const Claim* attack = raid.with(0, "seven");
    ASSERT_TRUE(attack);
    EXPECT_EQ(attack, raid.with(1, "13")) << describe(attack, raid.docs);
    EXPECT_EQ(attack->label, QStringLiteral("attack length")) << describe(attack, raid.docs);
}

// A person's state that lasted is what the duration measures, not an event noun elsewhere in the
// sentence.
TEST(ClaimLabels, AStayInHospitalIsNotTheAttacksLength) {
    const Story stay(
        {"Page had been hospitalized for the past three weeks for pneumonia before the heart attack.",
         "She had been hospitalized in Los Angeles for four weeks, only to suffer a heart attack.",
         "Roesler said Page had been in hospital for three weeks when she suffered the heart attack."});
    const Claim* hospital = stay.with(1, "four");
    ASSERT_TRUE(hospital);
    EXPECT_EQ(hospital->label, QStringLiteral("time hospitalised")) << describe(hospital, stay.docs);
    EXPECT_EQ(hospital, stay.with(0, "three")) << describe(hospital, stay.docs);
    EXPECT_EQ(hospital, stay.with(2, "three")) << describe(hospital, stay.docs);
    const Story sirens({"Sirens blared for more than eight hours as waves of attacks targeted Kyiv.",
                        "The 13-hour attack on Kyiv damaged dozens of buildings."});
    const Claim* attack = sirens.with(0, "eight");
    ASSERT_TRUE(attack);
    EXPECT_EQ(attack->label, QStringLiteral("attack length")) << describe(attack, sirens.docs);
    // With no event noun in the sentence the state is not read (MentionFacts.cpp, readEvent), so the
    // verb gives two people's jail terms no shared event to join by.
    const Story trial({"Koski, 51, was jailed for five years on Wednesday.",
                       "The former mayor was jailed for nine years over the bribery scheme."});
    const Claim* koski = trial.with(0, "five");
    ASSERT_TRUE(koski);
    EXPECT_NE(koski->label, QStringLiteral("time jailed")) << describe(koski, trial.docs);
}

// Drones that hit are "on target"; home runs hit are hit (counted-nouns.txt, [projectiles]).
TEST(ClaimLabels, OnlyProjectilesAreOnTarget) {
    const Story drones({"Russia said 72 drones hit their targets overnight.",
                        "Officials said 70 drones hit their targets overnight."});
    const Claim* hit = drones.with(0, "72");
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->label, u"drones on target"_s) << describe(hit, drones.docs);
    const Story homers(
        {"Teixeira hit 33 homers last season.", "Teixeira hit 33 homers last season for Atlanta."});
    const Claim* runs = homers.with(0, "33");
    ASSERT_TRUE(runs);
    EXPECT_EQ(runs->label.left(10), u"homers hit"_s) << describe(runs, homers.docs);
}
