// The seed corpus (../shared/corpus/kyiv-2025-07-04): the numbers the claims stage needs, read
// from the real articles, one paragraph at a time.

#include "NumbersTestUtil.h"
#include "SharedCorpus.h"

#include <QDir>
#include <QFile>

using namespace parallax;
using namespace Qt::StringLiterals;
using parallax::test::Extracted;
using Kind = NumberMention::Kind;
using Q = NumberMention::Qualifier;

namespace {

QString article(const QString& prefix) {
    const QDir dir(test::seedCorpusDir());
    const QStringList files = dir.entryList({prefix + u"_*.txt"_s}, QDir::Files);
    if (files.isEmpty())
        return {};
    QFile f(dir.filePath(files.front()));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The paragraph (line) of an article that contains phrase.
Extracted paragraph(const QString& prefix, const QString& phrase) {
    for (const QString& line : article(prefix).split(u'\n'))
        if (line.contains(phrase))
            return Extracted(line);
    ADD_FAILURE() << "no paragraph with \"" << phrase.toStdString() << "\" in article "
                  << prefix.toStdString();
    return Extracted(QString());
}

} // namespace

TEST(NumbersSeeds, GuardianCounts) {
    PARALLAX_REQUIRE_SEEDS();
    const Extracted drones = paragraph(u"000"_s, u"more than 550 Russian drones"_s);
    const NumberMention d = drones.at(u"550"_s);
    EXPECT_EQ(d.qualifier, Q::MoreThan);
    EXPECT_EQ(d.unit, u"drone"_s);
    EXPECT_TRUE(d.record); // "... ballistic missiles – a record."

    const Extracted raid = paragraph(u"000"_s, u"The air raid ended at 9am"_s);
    EXPECT_EQ(raid.at(u"9am"_s).kind, Kind::TimeOfDay);
    const NumberMention injured = raid.at(u"23"_s);
    EXPECT_EQ(injured.qualifier, Q::AtLeast);
    EXPECT_EQ(injured.unit, u"people"_s);
    EXPECT_EQ(injured.predicate, u"injured"_s);
    const NumberMention fourteen = raid.at(u"Fourteen"_s);
    EXPECT_DOUBLE_EQ(fourteen.value, 14);
    EXPECT_EQ(fourteen.unit, u"people"_s);
    EXPECT_TRUE(fourteen.implicitUnit);
    EXPECT_EQ(fourteen.predicate, u"hospitalised"_s);
    const NumberMention killed = raid.at(u"one"_s);
    EXPECT_EQ(killed.unit, u"people"_s);
    EXPECT_EQ(killed.predicate, u"killed"_s);
}

TEST(NumbersSeeds, GuardianKindsThatAreNotCounts) {
    PARALLAX_REQUIRE_SEEDS();
    EXPECT_EQ(paragraph(u"000"_s, u"school, number 22"_s).at(u"22"_s).kind, Kind::Identifier);
    const NumberMention fourth = paragraph(u"000"_s, u"fourth year of war"_s).at(u"fourth"_s);
    EXPECT_EQ(fourth.kind, Kind::Ordinal);
    EXPECT_EQ(fourth.unit, u"year"_s);
    EXPECT_EQ(paragraph(u"000"_s, u"since 2023"_s).at(u"2023"_s).kind, Kind::Year);
    EXPECT_EQ(paragraph(u"002"_s, u"July 4th, 2025. Photograph"_s).at(u"July 4th, 2025"_s).kind, Kind::Date);
    // Idioms and pronouns are not numbers.
    EXPECT_TRUE(paragraph(u"000"_s, u"one after another"_s).mentions.empty());
    EXPECT_FALSE(paragraph(u"000"_s, u"one of the most severe"_s).has(u"one"_s));
    EXPECT_FALSE(paragraph(u"004"_s, u"One of the worst so far"_s).has(u"One"_s));
}

TEST(NumbersSeeds, DurationsOfTheAttack) {
    PARALLAX_REQUIRE_SEEDS();
    const NumberMention seven = paragraph(u"000"_s, u"seven-hour raid"_s).at(u"seven"_s);
    EXPECT_DOUBLE_EQ(seven.value, 7);
    EXPECT_EQ(seven.unit, u"hour"_s);
    EXPECT_EQ(seven.head, u"raid"_s);
    const NumberMention eight = paragraph(u"001"_s, u"for more than eight hours"_s).at(u"eight"_s);
    EXPECT_DOUBLE_EQ(eight.value, 8);
    EXPECT_EQ(eight.qualifier, Q::MoreThan);
    EXPECT_EQ(eight.unit, u"hour"_s);
    const NumberMention over = paragraph(u"003"_s, u"for over eight hours"_s).at(u"eight"_s);
    EXPECT_EQ(over.qualifier, Q::MoreThan);
    const NumberMention thirteen = paragraph(u"004"_s, u"13-hour attack"_s).at(u"13"_s);
    EXPECT_EQ(thirteen.unit, u"hour"_s);
    EXPECT_EQ(thirteen.head, u"attack"_s);
    const NumberMention call = paragraph(u"004"_s, u"hour-long call"_s).at(u"hour-long"_s);
    EXPECT_DOUBLE_EQ(call.value, 1);
    EXPECT_EQ(call.qualifier, Q::Nearly);
}

TEST(NumbersSeeds, SameFactWrittenDifferently) {
    PARALLAX_REQUIRE_SEEDS();
    const NumberMention digits = paragraph(u"000"_s, u"city of 3 million"_s).at(u"3 million"_s);
    const NumberMention words = paragraph(u"002"_s, u"city of three million"_s).at(u"three million"_s);
    EXPECT_DOUBLE_EQ(digits.value, words.value);
    EXPECT_EQ(digits.unit, words.unit);
    const NumberMention eleven = paragraph(u"004"_s, u"eleven ballistic"_s).at(u"eleven"_s);
    const NumberMention eleven2 = paragraph(u"001"_s, u"550 drones and 11 missiles"_s).at(u"11"_s);
    EXPECT_DOUBLE_EQ(eleven.value, eleven2.value);
    EXPECT_EQ(eleven.unit, u"missile"_s);
    EXPECT_EQ(eleven2.unit, u"missile"_s);
    EXPECT_EQ(eleven2.predicate, u"launched"_s);
    EXPECT_EQ(eleven.predicate, u"fired"_s);
    const NumberMention fourteen = paragraph(u"002"_s, u"14 of whom"_s).at(u"14"_s);
    EXPECT_EQ(fourteen.unit, u"people"_s);
    EXPECT_EQ(fourteen.predicate, u"hospitalised"_s);
}

TEST(NumbersSeeds, DronesLaunchedAndIntercepted) {
    PARALLAX_REQUIRE_SEEDS();
    const Extracted wire = paragraph(u"004"_s, u"476 of a record 539"_s);
    EXPECT_EQ(wire.at(u"476"_s).predicate, u"intercepted"_s);
    EXPECT_TRUE(wire.at(u"539"_s).record);
    EXPECT_EQ(wire.at(u"539"_s).unit, u"drone"_s);
    const Extracted launched = paragraph(u"001"_s, u"record-breaking 550 drones"_s);
    EXPECT_EQ(launched.at(u"550"_s).predicate, u"launched"_s);
    EXPECT_TRUE(launched.at(u"550"_s).record);
    const Extracted breach = paragraph(u"001"_s, u"Of the 550 drones launched overnight"_s);
    EXPECT_EQ(breach.at(u"537"_s).unit, u"drone"_s);
    EXPECT_EQ(breach.at(u"72"_s).unit, u"drone"_s);
    const Extracted hit = paragraph(u"000"_s, u"72 out of 550 drones"_s);
    EXPECT_EQ(hit.at(u"72"_s).unit, u"drone"_s);
    EXPECT_EQ(hit.at(u"72"_s).predicate, u"hit"_s);
    const Extracted previous = paragraph(u"003"_s, u"previous record of 537"_s);
    EXPECT_EQ(previous.at(u"537"_s).unit, u"drone"_s);
    EXPECT_EQ(previous.at(u"537"_s).predicate, u"launched"_s);
    const Extracted districts = paragraph(u"000"_s, u"six of Kyiv’s 10 districts"_s);
    EXPECT_EQ(districts.at(u"six"_s).unit, u"district"_s);
    EXPECT_EQ(paragraph(u"000"_s, u"16-storey"_s).at(u"16"_s).unit, u"storey"_s);
}

TEST(NumbersSeeds, InjuredCountsInEveryArticle) {
    PARALLAX_REQUIRE_SEEDS();
    // 23 in four articles, 26 in one: all people injured (or wounded), so the claims stage can
    // group them and flag the conflict.
    const struct {
        const char16_t* prefix;
        const char16_t* phrase;
        const char16_t* number;
    } cases[] = {
        {u"000", u"at least 23 people were injured", u"23"},
        {u"001", u"26 others injured", u"26"},
        {u"002", u"at least 23 people were injured", u"23"},
        {u"003", u"at least 23 people were wounded", u"23"},
        {u"004", u"at least 23 persons injured", u"23"},
    };
    for (const auto& c : cases) {
        const NumberMention m = paragraph(QString::fromUtf16(c.prefix), QString::fromUtf16(c.phrase))
                                    .at(QString::fromUtf16(c.number));
        EXPECT_EQ(m.unit, u"people"_s) << QString::fromUtf16(c.prefix).toStdString();
        EXPECT_FALSE(m.predicate.isEmpty()) << QString::fromUtf16(c.prefix).toStdString();
        EXPECT_EQ(m.kind, Kind::Count);
    }
}

TEST(NumbersSeeds, EveryArticleExtractsAndStaysInBounds) {
    PARALLAX_REQUIRE_SEEDS();
    for (const QString& prefix : {u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s}) {
        const QString text = article(prefix);
        ASSERT_FALSE(text.isEmpty()) << prefix.toStdString();
        const auto mentions = extractNumbers(text);
        EXPECT_GE(mentions.size(), 5u) << prefix.toStdString();
        qsizetype last = -1;
        for (const NumberMention& m : mentions) {
            EXPECT_GE(m.span.start, last) << "overlap at " << m;
            EXPECT_EQ(text.sliced(m.span.start, m.span.length()), m.text);
            last = m.span.end;
        }
    }
}
