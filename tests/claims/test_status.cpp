// Status rules (ClaimStatus.h, docs/claims.md) on variants written by hand: a different value is a
// conflict whatever the hedges; one value with different hedges is a qualifier; one value and
// hedge spelled differently is formatting.
#include "ClaimsTestUtil.h"
#include "claims/ClaimStatus.h"

#include <gtest/gtest.h>

using namespace parallax;
using namespace parallax::test;
using namespace Qt::StringLiterals;

namespace {

using Q = NumberMention::Qualifier;

ClaimVariant variant(int doc, const QString& text, double value, Q qualifier = Q::None) {
    ClaimVariant v;
    v.doc = doc;
    v.mention.text = text;
    v.mention.value = value;
    v.mention.qualifier = qualifier;
    return v;
}

ClaimStatus statusOf(std::initializer_list<ClaimVariant> variants) {
    return claimStatusOf(std::vector<ClaimVariant>(variants));
}

} // namespace

TEST(ClaimStatus, DifferentValuesConflictEvenWhenHedged) {
    // "at least 23" is not reconciled with "26": the articles still print different numbers.
    EXPECT_EQ(statusOf({variant(0, "23", 23, Q::AtLeast), variant(1, "26", 26)}), ClaimStatus::Conflict);
    // "more than eight hours" and "13 hours" could both be true; the values still differ.
    EXPECT_EQ(statusOf({variant(0, "eight", 8, Q::MoreThan), variant(1, "13", 13)}), ClaimStatus::Conflict);
    EXPECT_EQ(statusOf({variant(0, "550", 550), variant(1, "550", 550), variant(2, "539", 539)}),
              ClaimStatus::Conflict);
}

TEST(ClaimStatus, SameValueDifferentHedgeIsQualifier) {
    EXPECT_EQ(statusOf({variant(0, "40", 40, Q::MoreThan), variant(1, "40", 40)}), ClaimStatus::Qualifier);
    EXPECT_EQ(statusOf({variant(0, "one", 1, Q::AtLeast), variant(1, "one", 1)}), ClaimStatus::Qualifier);
    // A hedge outranks a spelling difference.
    EXPECT_EQ(statusOf({variant(0, "forty", 40, Q::About), variant(1, "40", 40)}), ClaimStatus::Qualifier);
}

TEST(ClaimStatus, SameValueSpelledDifferentlyIsFormatting) {
    EXPECT_EQ(statusOf({variant(0, "eleven", 11), variant(1, "11", 11)}), ClaimStatus::Formatting);
    EXPECT_EQ(statusOf({variant(0, "3 million", 3e6), variant(1, "three million", 3e6)}),
              ClaimStatus::Formatting);
    EXPECT_EQ(statusOf({variant(0, "40%", 40), variant(1, "40 per cent", 40)}), ClaimStatus::Formatting);
    EXPECT_EQ(statusOf({variant(0, "1.2m", 1.2e6), variant(1, "1.2 million", 1.2e6)}),
              ClaimStatus::Formatting);
}

TEST(ClaimStatus, CaseAndSpacesAreNotSpelling) {
    EXPECT_EQ(statusOf({variant(0, "One", 1), variant(1, "one", 1)}), ClaimStatus::Consistent);
    EXPECT_EQ(statusOf({variant(0, "three\u00a0million", 3e6), variant(1, "three million", 3e6)}),
              ClaimStatus::Consistent);
    EXPECT_EQ(statusOf({variant(0, "72", 72), variant(1, "72", 72), variant(2, "72", 72)}),
              ClaimStatus::Consistent);
}

TEST(ClaimStatus, OneArticleIsSingle) {
    EXPECT_EQ(statusOf({variant(0, "550", 550)}), ClaimStatus::Single);
    // An article repeating itself ("550" twice) has nothing to be compared with.
    EXPECT_EQ(statusOf({variant(0, "550", 550, Q::MoreThan), variant(0, "550", 550)}), ClaimStatus::Single);
}

TEST(ClaimStatus, RangesCompareBothEnds) {
    ClaimVariant range = variant(0, "10 to 12", 10);
    range.mention.rangeEnd = 12;
    EXPECT_EQ(statusOf({range, variant(1, "10", 10)}), ClaimStatus::Conflict);
    ClaimVariant other = variant(1, "10-12", 10);
    other.mention.rangeEnd = 12;
    EXPECT_EQ(statusOf({range, other}), ClaimStatus::Formatting);
}

TEST(ClaimStatus, ValuesEqualWithinRounding) {
    NumberMention a;
    a.value = 1.2 * 1e6;
    NumberMention b;
    b.value = 1200000;
    EXPECT_TRUE(sameValue(a, b));
    b.value = 1200001;
    EXPECT_FALSE(sameValue(a, b));
}

TEST(ClaimStatus, JsonNames) {
    EXPECT_EQ(claimStatusName(ClaimStatus::Conflict), "conflict");
    EXPECT_EQ(claimStatusName(ClaimStatus::Qualifier), "qualifier");
    EXPECT_EQ(claimStatusName(ClaimStatus::Formatting), "formatting");
    EXPECT_EQ(claimStatusName(ClaimStatus::Consistent), "consistent");
    EXPECT_EQ(claimStatusName(ClaimStatus::Single), "single");
}

namespace {

ClaimStatus kindOf(std::vector<ClaimVariant> variants, const QStringList& dates = {}) {
    return disagreementKind(variants, dates);
}

} // namespace

// "13 miles" at sea is the "13 nautical miles" of another report: one number, a unit's qualifier
// dropped. "13 miles" and "13 km" stay two values.
TEST(ClaimStatus, AUnitWithoutItsQualifierIsOneValue) {
    auto measure = [](int doc, const QString& text, double value, const QString& unit) {
        ClaimVariant v = variant(doc, text, value);
        v.mention.kind = NumberMention::Kind::Measure;
        v.mention.unit = unit;
        return v;
    };
    EXPECT_EQ(statusOf({measure(0, "13", 13, "nautical mile"), measure(1, "13", 13, "mile")}),
              ClaimStatus::Consistent);
    EXPECT_EQ(statusOf({measure(0, "13", 13, "km"), measure(1, "13", 13, "mile")}), ClaimStatus::Conflict);
}

TEST(ClaimStatus, ARoundedValueIsRounding) {
    // "about 200" and "197": the rounder value is the precise one rounded, and hedged.
    EXPECT_EQ(kindOf({variant(0, "200", 200, Q::About), variant(1, "197", 197)}), ClaimStatus::Rounding);
    // "$180 million" and "$180.5 million": within 5%.
    EXPECT_EQ(kindOf({variant(0, "180", 180e6), variant(1, "180.5", 180.5e6)}), ClaimStatus::Rounding);
    // 550 and 539 have as many significant digits as each other's rounding: a conflict.
    EXPECT_EQ(kindOf({variant(0, "550", 550), variant(1, "539", 539)}), ClaimStatus::Conflict);
    // 3,000 for 3,120: two digits shorter and 4% apart.
    EXPECT_EQ(kindOf({variant(0, "3,000", 3000), variant(1, "3,120", 3120)}), ClaimStatus::Rounding);
    // 130 for 127 and $80m for $82m: one digit shorter, unhedged: as likely another count.
    EXPECT_EQ(kindOf({variant(0, "130", 130), variant(1, "127", 127)}), ClaimStatus::Conflict);
    EXPECT_EQ(kindOf({variant(0, "80", 80e6), variant(1, "82", 82e6)}), ClaimStatus::Conflict);
    EXPECT_EQ(kindOf({variant(0, "130", 130, Q::About), variant(1, "127", 127)}), ClaimStatus::Rounding);
    // The precise value hedged owns it is not exact: "a 9-acre complex" rounds "about 8.7 acres".
    EXPECT_EQ(kindOf({variant(0, "9", 9), variant(1, "8.7", 8.7, Q::About)}), ClaimStatus::Rounding);
    EXPECT_EQ(kindOf({variant(0, "9", 9), variant(1, "8.7", 8.7)}), ClaimStatus::Conflict);
    // A magnitude 6.0 is as precise as 6.1: written digits count, not the value's.
    EXPECT_EQ(kindOf({variant(0, "6.0", 6.0), variant(1, "6.1", 6.1)}), ClaimStatus::Conflict);
    // Decimals dropped by less than 2%: "34 percent" of the vote for "34.2 percent", "$1.5
    // billion" for "$1.52 billion"; a newer count never only loses decimals.
    EXPECT_EQ(kindOf({variant(0, "34 percent", 34), variant(1, "34.2 percent", 34.2)}),
              ClaimStatus::Rounding);
    EXPECT_EQ(kindOf({variant(0, "1.5", 1.5e9), variant(1, "1.52", 1.52e9)}), ClaimStatus::Rounding);
    EXPECT_EQ(kindOf({variant(0, "61 percent", 61), variant(1, "61.9 percent", 61.9)}),
              ClaimStatus::Conflict);
    // 20,000 and 30,000: two round numbers, neither a rounding of the other.
    EXPECT_EQ(kindOf({variant(0, "20,000", 20000), variant(1, "30,000", 30000)}), ClaimStatus::Conflict);
    // "almost 90%" is short of 90: a rounding of 88.41, never of 93.87.
    EXPECT_EQ(kindOf({variant(0, "90%", 90, Q::Nearly), variant(1, "88.41 percent", 88.41)}),
              ClaimStatus::Rounding);
    EXPECT_EQ(kindOf({variant(0, "90%", 90, Q::Nearly), variant(1, "93.87 percent", 93.87)}),
              ClaimStatus::Conflict);
}

TEST(ClaimStatus, AValueInsideAGivenRangeIsRounding) {
    ClaimVariant range = variant(0, "between six and eight", 6);
    range.mention.rangeEnd = 8;
    EXPECT_EQ(kindOf({range, variant(1, "8", 8)}), ClaimStatus::Rounding);
    EXPECT_EQ(kindOf({range, variant(1, "9", 9)}), ClaimStatus::Conflict);
}

TEST(ClaimStatus, ARevisedValueIsAnUpdate) {
    ClaimVariant newer = variant(1, "130", 130);
    newer.revised = true; // "the toll rose to 130"
    EXPECT_EQ(kindOf({variant(0, "127", 127), newer}), ClaimStatus::Updated);
}

TEST(ClaimStatus, ValuesChangingWithThePublicationDateAreAnUpdate) {
    const QStringList dates{"2005-11-27", "2005-11-28", "2005-11-28"};
    EXPECT_EQ(kindOf({variant(0, "350", 350), variant(1, "1,600", 1600), variant(2, "1,600", 1600)}, dates),
              ClaimStatus::Updated);
    // Two values on one day: no order explains them.
    EXPECT_EQ(kindOf({variant(0, "350", 350), variant(1, "1,600", 1600), variant(2, "1,500", 1500)}, dates),
              ClaimStatus::Conflict);
    // No dates: a conflict.
    EXPECT_EQ(kindOf({variant(0, "350", 350), variant(1, "1,600", 1600)}), ClaimStatus::Conflict);
    // Times in UTC order articles of one day; a date alone does not order against a time that day.
    EXPECT_EQ(
        kindOf({variant(0, "12", 12), variant(1, "18", 18)}, {"2010-05-05T10:41Z", "2010-05-05T18:12Z"}),
        ClaimStatus::Updated);
    EXPECT_EQ(kindOf({variant(0, "5.4", 5.4), variant(1, "3.9", 3.9)}, {"2010-05-05", "2010-05-05T23:37"}),
              ClaimStatus::Conflict);
    // Local times in unknown zones, a few hours apart: no order.
    EXPECT_EQ(kindOf({variant(0, "12", 12), variant(1, "18", 18)}, {"2010-05-05T13:41", "2010-05-05T18:12Z"}),
              ClaimStatus::Conflict);
}

// Outlets that report one fact differently mostly differ by a little; two facts that share a noun
// and a verb have values of any size. So close values joined on the shape alone (a counted noun
// and a verb of one class, each article using the noun twice, nothing of the sentences alike) are a firm
// disagreement, and far ones stay "possible" (docs/claims.md, "Close values").
TEST(ClaimStatus, CloseValuesMakeADisagreementFirm) {
    const QString first = u"On Monday 214 miners were wounded in the blast. The pit employs 900 miners."_qs;
    const Story close({first, u"The owners said 226 miners were hurt. About 900 miners work there."_qs});
    const Claim* c = close.with(0, u"214"_qs);
    ASSERT_TRUE(c);
    ASSERT_EQ(c, close.with(1, u"226"_qs)) << describe(c, close.docs);
    EXPECT_TRUE(isFirmDisagreement(*c)) << describe(c, close.docs) << c->confidence;
    EXPECT_TRUE(c->evidence.join(u' ').contains(u"values close to each other"_qs)) << describe(c, close.docs);

    const Story far({first, u"The owners said 96 miners were hurt. About 900 miners work there."_qs});
    const Claim* f = far.with(0, u"214"_qs);
    ASSERT_TRUE(f);
    ASSERT_EQ(f, far.with(1, u"96"_qs)) << describe(f, far.docs);
    EXPECT_TRUE(isDisagreement(*f));
    EXPECT_FALSE(isFirmDisagreement(*f)) << describe(f, far.docs) << f->confidence;
    EXPECT_FALSE(f->evidence.join(u' ').contains(u"close"_qs));
}
