// Hedges, record and reported flags, and ranges.

#include "NumbersTestUtil.h"

using namespace parallax;
using namespace Qt::StringLiterals;
using parallax::test::Extracted;
using parallax::test::only;
using Q = NumberMention::Qualifier;

namespace {

struct HedgeCase {
    const char16_t* sentence;
    Q qualifier;
    const char16_t* text;
};

} // namespace

TEST(NumbersQualifiers, EveryHedgeOfTheIssue) {
    const HedgeCase cases[] = {
        {u"at least 23 people were injured", Q::AtLeast, u"at least"},
        {u"more than 550 Russian drones", Q::MoreThan, u"more than"},
        {u"for over eight hours", Q::MoreThan, u"over"},
        {u"nearly 80 ballistic missiles", Q::Nearly, u"nearly"},
        {u"almost 40 villages", Q::Nearly, u"almost"},
        {u"about 20 buses", Q::About, u"about"},
        {u"around 300 troops", Q::About, u"around"},
        {u"up to 700 contract workers", Q::UpTo, u"up to"},
        {u"fewer than 100 staff", Q::LessThan, u"fewer than"},
        {u"less than 15 kilometres", Q::LessThan, u"less than"},
        {u"some 2.4 billion gallons", Q::About, u"some"},
        {u"an estimated £50 million", Q::About, u"an estimated"},
        {u"roughly 1,000 homes", Q::About, u"roughly"},
        {u"approximately 62.7 million dollars", Q::About, u"approximately"},
        {u"no fewer than 12 ships", Q::AtLeast, u"no fewer than"},
        {u"just over 300 votes", Q::MoreThan, u"just over"},
        {u"as many as 40 people", Q::UpTo, u"as many as"},
        {u"at most 100 apples", Q::AtMost, u"at most"},
    };
    for (const HedgeCase& c : cases) {
        const QString s = QString::fromUtf16(c.sentence);
        const NumberMention m = only(s);
        EXPECT_EQ(m.qualifier, c.qualifier) << s.toStdString();
        EXPECT_EQ(m.qualifierText, QString::fromUtf16(c.text)) << s.toStdString();
        // The hedge is not in the number's span; its own span points at its words.
        EXPECT_EQ(s.sliced(m.qualifierSpan.start, m.qualifierSpan.length()), m.qualifierText);
        EXPECT_LT(m.qualifierSpan.end, m.span.end);
    }
}

TEST(NumbersQualifiers, SpanCoversOnlyTheNumber) {
    const QString s = u"The attack involved more than 550 Russian drones."_s;
    const NumberMention m = only(s);
    EXPECT_EQ(m.text, u"550"_s);
    EXPECT_EQ(s.sliced(m.span.start, m.span.length()), u"550"_s);
    EXPECT_EQ(s.sliced(m.unitSpan.start, m.unitSpan.length()), u"drones"_s);
}

TEST(NumbersQualifiers, TrailingBounds) {
    EXPECT_EQ(only(u"a crowd of 500 or more"_s).qualifier, Q::AtLeast);
    EXPECT_EQ(only(u"a 550-plus drone barrage"_s).qualifier, Q::AtLeast);
    EXPECT_EQ(only(u"50 or so families"_s).qualifier, Q::About);
    EXPECT_EQ(only(u"There're about five hundred or more in these products."_s).qualifier, Q::AtLeast);
}

TEST(NumbersQualifiers, OverAfterANumberIsAPreposition) {
    const Extracted e(u"He will repay $2000 over 3 years."_s);
    EXPECT_EQ(e.at(u"3"_s).qualifier, Q::None);
    EXPECT_EQ(e.at(u"$2000"_s).qualifier, Q::None);
}

TEST(NumbersQualifiers, RecordAndReported) {
    const Extracted e(
        u"According to Ukraine’s air force, 476 of a record 539 Russian drones were intercepted."_s);
    EXPECT_TRUE(e.at(u"539"_s).record);
    EXPECT_FALSE(e.at(u"476"_s).record);
    EXPECT_EQ(e.at(u"539"_s).qualifier, Q::None);
    EXPECT_TRUE(only(u"Russia launched a record-breaking 550 drones."_s).record);
    EXPECT_TRUE(only(u"The attack involved more than 550 drones and missiles – a record."_s).record);
    EXPECT_TRUE(only(u"It was signed for a reported $125,000."_s).reported);
    EXPECT_TRUE(only(u"The militia reportedly lost 40 fighters."_s).reported);
    EXPECT_TRUE(Extracted(u"Russia launched a record number of drones."_s).mentions.empty());
}

TEST(NumbersRanges, Forms) {
    const NumberMention to = only(u"10 to 12 people were evacuated"_s);
    EXPECT_DOUBLE_EQ(to.value, 10);
    EXPECT_DOUBLE_EQ(to.rangeEnd.value_or(0), 12);
    EXPECT_EQ(to.text, u"10 to 12"_s);
    const NumberMention between = only(u"between 20 and 30 soldiers"_s);
    EXPECT_DOUBLE_EQ(between.value, 20);
    EXPECT_DOUBLE_EQ(between.rangeEnd.value_or(0), 30);
    EXPECT_EQ(between.text, u"between 20 and 30"_s);
    EXPECT_DOUBLE_EQ(only(u"10-12 missiles"_s).rangeEnd.value_or(0), 12);
    EXPECT_DOUBLE_EQ(only(u"10–12 missiles"_s).rangeEnd.value_or(0), 12);
    EXPECT_DOUBLE_EQ(only(u"five or six villages"_s).rangeEnd.value_or(0), 6);
    const NumberMention scaled = only(u"between 2 and 3 million people"_s);
    EXPECT_DOUBLE_EQ(scaled.value, 2e6);
    EXPECT_DOUBLE_EQ(scaled.rangeEnd.value_or(0), 3e6);
    const NumberMention pct = only(u"a rise of 10-12% this year"_s);
    EXPECT_EQ(pct.kind, NumberMention::Kind::Percent);
    EXPECT_EQ(only(u"The range is 5k-20k."_s).rangeEnd.value_or(0), 20000);
}

TEST(NumbersRanges, SuspendedHyphenSharesTheSecondEndsUnit) {
    // "a 24- to 30-foot dhow": the first end's unit hangs on its hyphen.
    const NumberMention dhow = only(u"pirates in a 24- to 30-foot dhow"_s);
    EXPECT_DOUBLE_EQ(dhow.value, 24);
    EXPECT_DOUBLE_EQ(dhow.rangeEnd.value_or(0), 30);
    EXPECT_EQ(dhow.unit, u"foot"_s);
    const NumberMention term = only(u"faces a three- to five-year term"_s);
    EXPECT_DOUBLE_EQ(term.rangeEnd.value_or(0), 5);
    EXPECT_EQ(term.unit, u"year"_s);
    EXPECT_DOUBLE_EQ(only(u"a two- or three-day stay"_s).rangeEnd.value_or(0), 3);
    // A dash between spaces is a clause break, not a hanging unit.
    const Extracted aside(u"They found 24 - to nobody's surprise - 30 more."_s);
    EXPECT_FALSE(aside.at(u"24"_s).rangeEnd.has_value()) << aside.dump();
}

TEST(NumbersRanges, ChangesAreNotRanges) {
    const Extracted e(u"The death toll rose from 10 to 20 overnight."_s);
    EXPECT_EQ(e.mentions.size(), 2u) << e.dump();
    EXPECT_FALSE(e.at(u"10"_s).rangeEnd.has_value());
}

TEST(NumbersRanges, OnlyBetweenLikeThings) {
    const Extracted e(u"Sales rose 6.2% to $1.45 billion."_s);
    EXPECT_EQ(e.mentions.size(), 2u) << e.dump();
    EXPECT_EQ(e.at(u"$1.45 billion"_s).kind, NumberMention::Kind::Money);
    EXPECT_DOUBLE_EQ(only(u"a fee of $5-10 million"_s).rangeEnd.value_or(0), 10e6);
    EXPECT_EQ(only(u"Barcelona won 3-1."_s).unit, u"score"_s);
}
