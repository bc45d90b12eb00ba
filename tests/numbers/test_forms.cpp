// How numbers are written: digits, separators, decimals, scales, words, fractions, percents and
// money. Sentences are news-like and written for these tests.

#include "NumbersTestUtil.h"

using namespace parallax;
using namespace Qt::StringLiterals;
using parallax::test::Extracted;
using parallax::test::only;
using Kind = NumberMention::Kind;

TEST(NumbersDigits, SeparatorsAndDecimals) {
    EXPECT_DOUBLE_EQ(only(u"Officials counted 5,000 combat drones."_s).value, 5000);
    EXPECT_DOUBLE_EQ(only(u"The raid cost 1,674,200.5 hryvnias."_s).value, 1674200.5);
    EXPECT_DOUBLE_EQ(only(u"Prices rose by 3.5 points."_s).value, 3.5);
    EXPECT_DOUBLE_EQ(only(u"The yield fell to .08 overnight."_s).value, 0.08);
    // Space and narrow no-break space grouping: one number, not three.
    EXPECT_DOUBLE_EQ(only(u"The city has 1 414 021 residents."_s).value, 1414021);
    EXPECT_DOUBLE_EQ(only(u"Some 40\u202F000 fled."_s).value, 40000);
}

TEST(NumbersDigits, ListsAreSeveralNumbers) {
    const Extracted e(u"Shelters 22,24,26 and 31 were full."_s);
    EXPECT_EQ(e.values(), (std::vector<double>{22, 24, 26, 31})) << e.dump();
    const Extracted spaced(u"Scores were 1, 234, 567."_s);
    EXPECT_EQ(spaced.values(), (std::vector<double>{1, 234, 567})) << spaced.dump();
}

TEST(NumbersDigits, ScalesAndSuffixes) {
    EXPECT_DOUBLE_EQ(only(u"a city of 3 million people"_s).value, 3e6);
    EXPECT_DOUBLE_EQ(only(u"about 1.5 billion people"_s).value, 1.5e9);
    EXPECT_DOUBLE_EQ(only(u"an aid package of 1.2m doses"_s).value, 1.2e6);
    EXPECT_DOUBLE_EQ(only(u"a budget of 10k"_s).value, 1e4);
    EXPECT_DOUBLE_EQ(only(u"losses of 2.5bn"_s).value, 2.5e9);
    EXPECT_DOUBLE_EQ(only(u"exports of 10 bln"_s).value, 1e10);
    // The span covers the scale.
    EXPECT_EQ(only(u"a city of 3 million people"_s).text, u"3 million"_s);
}

TEST(NumbersDigits, MetresAreNotMillions) {
    const NumberMention tall = only(u"The wall is 1.8m tall."_s);
    EXPECT_DOUBLE_EQ(tall.value, 1.8);
    EXPECT_EQ(tall.kind, Kind::Measure);
    EXPECT_EQ(tall.unit, u"m"_s);
    EXPECT_DOUBLE_EQ(only(u"The crater reached a depth of 12m."_s).value, 12);
    // The sides of an area, and what a thing measures, are lengths; millions stay millions.
    const Extracted sides(u"A corner of the building measuring 50m by 50m was alight."_s);
    EXPECT_EQ(sides.values(), (std::vector<double>{50, 50})) << sides.dump();
    const Extracted plot(u"a plot of 30m by 20m"_s);
    EXPECT_EQ(plot.values(), (std::vector<double>{30, 20})) << plot.dump();
    EXPECT_EQ(only(u"The hall measures 40m from end to end."_s).unit, u"m"_s);
    EXPECT_DOUBLE_EQ(only(u"Sales rose by 3m units."_s).value, 3e6);
    EXPECT_DOUBLE_EQ(only(u"It cost £50m by the end."_s).value, 5e7);
}

TEST(NumbersDigits, NegativesButNotHyphens) {
    EXPECT_DOUBLE_EQ(only(u"Temperatures fell to -5C overnight."_s).value, -5);
    EXPECT_DOUBLE_EQ(only(u"The index stood at minus 12."_s).value, -12);
    const NumberMention cold = only(u"They fought the fire in minus-20 degree temperatures."_s);
    EXPECT_DOUBLE_EQ(cold.value, -20);
    EXPECT_EQ(cold.unit, u"degree"_s);
    const NumberMention id = only(u"The SCP-173 file was leaked."_s);
    EXPECT_DOUBLE_EQ(id.value, 173);
    EXPECT_EQ(id.kind, Kind::Identifier);
}

TEST(NumbersWords, CardinalsAndCompounds) {
    EXPECT_DOUBLE_EQ(only(u"Russia fired eleven missiles."_s).value, 11);
    EXPECT_DOUBLE_EQ(only(u"Fourteen were taken to hospital."_s).value, 14);
    EXPECT_DOUBLE_EQ(only(u"twenty-three people were hurt"_s).value, 23);
    EXPECT_DOUBLE_EQ(only(u"five hundred and thirty-seven drones"_s).value, 537);
    EXPECT_DOUBLE_EQ(only(u"three million people"_s).value, 3e6);
    EXPECT_DOUBLE_EQ(only(u"two thousand and two hundred soldiers"_s).value, 2200);
    EXPECT_DOUBLE_EQ(only(u"seven hundred twenty-one thousand twelve votes"_s).value, 721012);
}

TEST(NumbersWords, DozenHundredAndArticles) {
    EXPECT_DOUBLE_EQ(only(u"a dozen buildings"_s).value, 12);
    EXPECT_DOUBLE_EQ(only(u"half a dozen villages"_s).value, 6);
    EXPECT_DOUBLE_EQ(only(u"two dozen rockets"_s).value, 24);
    EXPECT_DOUBLE_EQ(only(u"a hundred firefighters"_s).value, 100);
    EXPECT_DOUBLE_EQ(only(u"fewer than a thousand homes"_s).value, 1000);
}

// "Half an hour later" is 0.5 hours, a span a later "30 minutes" can be compared with; half of a
// thing that is no unit stays a fraction.
// What a hyphenated length measures is the dimension written after it, as for "6 feet tall":
// "weighing" two words on is no head of it.
TEST(NumbersDigits, AHyphenatedMeasureBeforeItsDimensionMeasuresThatDimension) {
    const Extracted described(
        u"Described as a 6-feet tall and weighing approximately 200 pounds, he fled."_s);
    EXPECT_EQ(described.at(u"6"_s).head, u"height"_s) << described.dump();
    EXPECT_EQ(only(u"They built a 30-foot high wall."_s).head, u"height"_s);
    EXPECT_EQ(only(u"Pirates used a 10-metre dhow."_s).head, u"dhow"_s);
}

TEST(NumbersWords, HalfOfAUnitIsAMeasure) {
    const NumberMention hour = only(u"Half an hour later the crews arrived."_s);
    EXPECT_DOUBLE_EQ(hour.value, 0.5);
    EXPECT_EQ(hour.kind, Kind::Measure);
    EXPECT_EQ(hour.unit, u"hour"_s);
    EXPECT_EQ(only(u"She lived half a mile away."_s).unit, u"mile"_s);
    EXPECT_EQ(only(u"for half a century"_s).unit, u"century"_s);
    EXPECT_EQ(only(u"Half the roof collapsed."_s).kind, Kind::Fraction);
    EXPECT_EQ(only(u"They ate half a cake."_s).kind, Kind::Fraction);
    EXPECT_DOUBLE_EQ(only(u"Half a million people fled."_s).value, 5e5);
}

TEST(NumbersWords, ThreeMillionEqualsThreeMillion) {
    const NumberMention digits = only(u"the city of 3 million people"_s);
    const NumberMention words = only(u"the city of three million people"_s);
    EXPECT_DOUBLE_EQ(digits.value, words.value);
    EXPECT_EQ(digits.unit, words.unit);
    EXPECT_EQ(digits.kind, words.kind);
}

TEST(NumbersWords, ArticleAloneIsNoNumber) {
    EXPECT_TRUE(Extracted(u"Russia launched a record number of drones."_s).mentions.empty());
    EXPECT_TRUE(Extracted(u"An intercepted drone landed on a yard."_s).mentions.empty());
}

TEST(NumbersWords, OneAsPronounOrIdiom) {
    EXPECT_TRUE(Extracted(u"The one you mentioned was not hit."_s).mentions.empty());
    EXPECT_TRUE(Extracted(u"Drones circled one after another."_s).mentions.empty());
    EXPECT_TRUE(Extracted(u"It was one of the most severe assaults of the war."_s).mentions.empty());
    EXPECT_TRUE(Extracted(u"Zelensky called it one of the war’s most cynical attacks."_s).mentions.empty());
    EXPECT_TRUE(Extracted(u"No one was hurt."_s).mentions.empty());
    const NumberMention killed = only(u"According to officials, one person was killed."_s);
    EXPECT_DOUBLE_EQ(killed.value, 1);
    EXPECT_EQ(killed.unit, u"people"_s);
    EXPECT_DOUBLE_EQ(Extracted(u"One of the 550 drones hit a school."_s).at(u"One"_s).value, 1);
    EXPECT_DOUBLE_EQ(only(u"Only one person survived."_s).value, 1);
}

TEST(NumbersFractions, WordsSlashesAndGlyphs) {
    EXPECT_DOUBLE_EQ(only(u"half of the drones"_s).value, 0.5);
    EXPECT_NEAR(only(u"two-thirds of the city"_s).value, 2.0 / 3, 1e-12);
    EXPECT_DOUBLE_EQ(only(u"three quarters of residents"_s).value, 0.75);
    EXPECT_DOUBLE_EQ(only(u"one and a half million people"_s).value, 1.5e6);
    EXPECT_DOUBLE_EQ(only(u"3/4 of the grid"_s).value, 0.75);
    EXPECT_DOUBLE_EQ(only(u"a 2½ hour wait"_s).value, 2.5);
    EXPECT_DOUBLE_EQ(only(u"more than 10 1/2 miles of cable"_s).value, 10.5);
    EXPECT_EQ(only(u"half of the drones"_s).kind, Kind::Fraction);
    // "a third drone" is an ordinal, "a third of" a fraction.
    EXPECT_EQ(only(u"A third drone hit the block."_s).kind, Kind::Ordinal);
    EXPECT_EQ(only(u"A third of the city lost power."_s).kind, Kind::Fraction);
}

TEST(NumbersPercent, AllSpellings) {
    for (const QString& s : {u"40%"_s, u"40 %"_s, u"40 per cent"_s, u"40 percent"_s, u"forty percent"_s}) {
        const NumberMention m = only(u"Turnout was "_s + s + u" this year."_s);
        EXPECT_DOUBLE_EQ(m.value, 40) << s.toStdString();
        EXPECT_EQ(m.kind, Kind::Percent) << s.toStdString();
        EXPECT_EQ(m.text, s);
        EXPECT_EQ(m.unit, u"%"_s);
    }
    EXPECT_TRUE(Extracted(u"Only a small percentage voted."_s).mentions.empty());
    const NumberMention points = only(u"Support fell 3 percentage points."_s);
    EXPECT_EQ(points.kind, Kind::Measure);
    EXPECT_EQ(points.unit, u"percentage point"_s);
}

TEST(NumbersMoney, SymbolsScalesAndWords) {
    const NumberMention gbp = only(u"The UK pledged £4bn in aid."_s);
    EXPECT_DOUBLE_EQ(gbp.value, 4e9);
    EXPECT_EQ(gbp.kind, Kind::Money);
    EXPECT_EQ(gbp.unit, u"GBP"_s);
    EXPECT_EQ(gbp.text, u"£4bn"_s);
    const NumberMention usd = only(u"It won a $48.2 million army contract."_s);
    EXPECT_DOUBLE_EQ(usd.value, 48.2e6);
    EXPECT_EQ(usd.head, u"contract"_s);
    // An ordinal after the noun is an adverb: the offer is what the eight years measure.
    const Extracted offer(u"The Angels' eight-year offer first was reported Friday night."_s);
    EXPECT_EQ(offer.at(u"eight"_s).head, u"offer"_s) << offer.dump();
    // Before a noun it starts a compound the number counts.
    const Extracted responders(u"More than 2,000 New York first responders have died."_s);
    EXPECT_EQ(responders.at(u"2,000"_s).unit, u"responder"_s) << responders.dump();
    EXPECT_EQ(responders.at(u"2,000"_s).predicate, u"died"_s) << responders.dump();
    EXPECT_EQ(only(u"a fund of US$ 1MM"_s).unit, u"USD"_s);
    EXPECT_EQ(only(u"Losses reached 420 million finnish markka."_s).unit, u"FIM"_s);
    EXPECT_EQ(only(u"Kyiv set aside 2bn hryvnias for repairs."_s).unit, u"UAH"_s);
    EXPECT_DOUBLE_EQ(only(u"The ticket cost 3 dollars 50 cents."_s).value, 3.5);
    EXPECT_EQ(only(u"Shares closed at 245p."_s).kind, Kind::Money);
    // "pounds" is money when scaled, weight otherwise.
    EXPECT_EQ(only(u"a loss of 361 million pounds"_s).unit, u"GBP"_s);
    EXPECT_EQ(only(u"he lost 25 pounds"_s).unit, u"pound"_s);
}
