#include "claims/ClaimStatus.h"

#include "lexicon/UnitFactors.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace parallax {
namespace {

bool close(double a, double b) {
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

// The spelling a reader sees, without what is not spelling: letter case ("One" opening a sentence
// is the "one" of another) and the kind of space ("Route&nbsp;12").
QString spelling(const NumberMention& m) {
    QString s = m.text.toCaseFolded();
    for (QChar& c : s)
        if (c.isSpace())
            c = u' ';
    return s.simplified();
}

// Significant digits of an integral value's leading part: 3,000 -> 1, 550 -> 2, 539 -> 3.
int significantDigits(double v) {
    v = std::abs(v);
    if (v < 1 || v != std::floor(v))
        return 15; // fractions are as precise as written
    int digits = 0;
    while (v >= 1 && std::fmod(v, 10) == 0)
        v /= 10;
    while (v >= 1) {
        v = std::floor(v / 10);
        ++digits;
    }
    return digits;
}

// As written: "6.0" has two significant digits although its value is the integer 6, so a magnitude
// 6.0 is as precise as 6.1 and no rounding of it.
int significantDigits(const NumberMention& m) {
    const qsizetype point = m.text.indexOf(u'.');
    if (point < 0 || point + 1 >= m.text.size() || !m.text[point + 1].isDigit())
        return significantDigits(m.value);
    int digits = 0;
    bool leading = true;
    for (QChar c : m.text) {
        if (!c.isDigit())
            continue;
        if (leading && c == u'0')
            continue;
        leading = false;
        ++digits;
    }
    return std::max(digits, 1);
}

// Digits written after the decimal point: 1 for "34.2 percent", 0 for "34" and "six".
int writtenDecimals(const NumberMention& m) {
    const qsizetype point = m.text.indexOf(u'.');
    int decimals = 0;
    for (qsizetype i = point + 1; point >= 0 && i < m.text.size() && m.text[i].isDigit(); ++i)
        ++decimals;
    return decimals;
}

double roundTo(double v, int digits) {
    if (v == 0)
        return 0;
    const double scale = std::pow(10.0, digits - int(std::ceil(std::log10(std::abs(v)))));
    return std::round(v * scale) / scale;
}

// The factors of two measures of one dimension written in different units ("40 miles", "64 km"):
// nothing when the units are one, either is not listed, or they measure different things.
std::optional<std::pair<double, double>> otherUnitFactors(const NumberMention& a, const NumberMention& b) {
    if (a.kind != NumberMention::Kind::Measure || b.kind != NumberMention::Kind::Measure || a.unit == b.unit)
        return std::nullopt;
    const auto fa = lexicon::unitFactor(a.unit);
    const auto fb = lexicon::unitFactor(b.unit);
    if (!fa || !fb || fa->dimension != fb->dimension)
        return std::nullopt;
    return std::pair(fa->factor, fb->factor);
}

// True when `rough` is `precise` rounded ("200" for "197", "$180 million" for "$180.5 million").
bool roundsTo(const NumberMention& rough, const NumberMention& precise) {
    if (rough.rangeEnd || precise.rangeEnd || otherUnitFactors(rough, precise))
        return false; // two units: coarserHolds
    const int digits = significantDigits(rough);
    const int preciseDigits = significantDigits(precise);
    if (digits >= preciseDigits || !close(roundTo(precise.value, digits), rough.value))
        return false;
    // "almost 90%" is short of 90: 88.41 may be it, 93.87 is not (11-ecb, the only such pair in
    // the 40 dev folders).
    if (rough.qualifier == NumberMention::Qualifier::Nearly && precise.value > rough.value)
        return false;
    // "130" for "127" is one digit short: as likely a newer count as a rounding. Two digits short
    // ("200" for "197", "$180m" for "$180.5m") or hedged ("about 130"; "9 acres" for "about 8.7",
    // where the precise one owns it is not exact) is a rounding.
    auto hedge = [](const NumberMention& m) {
        return m.qualifier == NumberMention::Qualifier::About ||
               m.qualifier == NumberMention::Qualifier::Nearly;
    };
    const bool hedged = hedge(rough) || hedge(precise);
    const double spread = std::abs(rough.value - precise.value) / std::max(std::abs(rough.value), 1e-9);
    // "34 percent" for "34.2 percent", "$1.5 million" for "$1.52 million": only decimals dropped,
    // which no newer count does, and by less than 2%. "9 acres" against "8.7" is 3% of a small
    // number, as likely another measure.
    const bool decimalsDropped = writtenDecimals(rough) < writtenDecimals(precise) && spread <= 0.02;
    return spread <= 0.05 && (hedged || decimalsDropped || digits <= preciseDigits - 2);
}

// True when one mention is a range that holds the other's value ("between six and eight" years and
// "8 years"), or both are ranges that overlap: approximations of one value, not two values.
bool withinRange(const NumberMention& a, const NumberMention& b) {
    if (otherUnitFactors(a, b))
        return false; // the ends are in two units
    auto holds = [](const NumberMention& range, double value) {
        return range.rangeEnd && range.value <= value && value <= *range.rangeEnd;
    };
    if (a.rangeEnd && b.rangeEnd)
        return a.value <= *b.rangeEnd && b.value <= *a.rangeEnd;
    return holds(a, b.value) || holds(b, a.value);
}

// True when a value in the coarser of two units holds the other's: "three weeks" is 17.5 to 24.5
// days, "about 2 years" 18 to 30 months, "more than two decades" 20 to 30 years. Whoever
// writes in the coarser unit has rounded to a whole one of it, so this is a rounding, not a
// contradiction; "nine days" against "three weeks" is one.
bool coarserHolds(const NumberMention& a, const NumberMention& b) {
    const auto factors = otherUnitFactors(a, b);
    if (!factors || a.rangeEnd || b.rangeEnd)
        return false;
    const bool aCoarser = factors->first > factors->second;
    const NumberMention& coarse = aCoarser ? a : b;
    const NumberMention& fine = aCoarser ? b : a;
    const double unit = aCoarser ? factors->first : factors->second;
    const double value = fine.value * (aCoarser ? factors->second : factors->first);
    double low = (coarse.value - 0.5) * unit, high = (coarse.value + 0.5) * unit;
    using Q = NumberMention::Qualifier;
    // "more than two decades" is under three: a writer names the most whole units passed.
    if (coarse.qualifier == Q::AtLeast || coarse.qualifier == Q::MoreThan)
        high = (coarse.value + 1) * unit;
    if (coarse.qualifier == Q::AtMost || coarse.qualifier == Q::UpTo || coarse.qualifier == Q::LessThan)
        low = 0;
    const double slack = 1e-9 * std::max(1.0, std::abs(value));
    return value >= low - slack && value <= high + slack;
}

// True when an article published at `a` certainly came out before one published at `b` (ISO
// moments as Document::published writes them: "2005-11-28T02:24Z", "2005-11-28T02:24" in an unknown
// zone, or a date alone). A date alone is the whole day; a time in an unknown zone may be off by a
// day's worth of zones, so such moments are ordered only when more than 14 hours apart.
bool publishedBefore(const QString& a, const QString& b) {
    const QDate dayA = QDate::fromString(a.left(10), Qt::ISODate);
    const QDate dayB = QDate::fromString(b.left(10), Qt::ISODate);
    if (!dayA.isValid() || !dayB.isValid())
        return false;
    const bool timeA = a.size() > 10, timeB = b.size() > 10;
    if (!timeA || !timeB) // a whole day against a moment or a day: only different days order
        return dayA < dayB && (!timeA || !timeB);
    const QDateTime ta = QDateTime::fromString(a.endsWith(u'Z') ? a : a + u'Z', Qt::ISODate);
    const QDateTime tb = QDateTime::fromString(b.endsWith(u'Z') ? b : b + u'Z', Qt::ISODate);
    if (!ta.isValid() || !tb.isValid())
        return dayA < dayB;
    const bool bothUtc = a.endsWith(u'Z') && b.endsWith(u'Z');
    return ta.secsTo(tb) > (bothUtc ? 0 : 14 * 3600);
}

} // namespace

ClaimStatus disagreementKind(const std::vector<ClaimVariant>& variants, const QStringList& documentDates) {
    // Rounding: one variant's value that every other value rounds to, or rounds from.
    bool rounding = true;
    const ClaimVariant* anchor = &variants.front();
    for (const ClaimVariant& v : variants)
        if (significantDigits(v.mention) > significantDigits(anchor->mention))
            anchor = &v;
    for (const ClaimVariant& v : variants)
        rounding =
            rounding && (sameValue(v.mention, anchor->mention) || roundsTo(v.mention, anchor->mention));
    if (!rounding) {
        rounding = true;
        for (const ClaimVariant& v : variants)
            for (const ClaimVariant& w : variants)
                rounding =
                    rounding && (sameValue(v.mention, w.mention) || withinRange(v.mention, w.mention) ||
                                 coarserHolds(v.mention, w.mention));
    }
    if (std::any_of(variants.begin(), variants.end(), [](const ClaimVariant& v) { return v.revised; }))
        return ClaimStatus::Updated;
    if (rounding)
        return ClaimStatus::Rounding;
    // Along publication time: the values, ordered by when their articles were published, change
    // in one direction, and every article giving an older value came out before every article
    // giving a newer one.
    struct Group {
        double value;
        std::vector<QString> moments;
    };
    std::vector<Group> groups;
    for (const ClaimVariant& v : variants) {
        const QString moment = documentDates.value(v.doc);
        if (moment.isEmpty())
            return ClaimStatus::Conflict;
        // In one unit, so that "nine days" then "three weeks" is a rise.
        const auto factor = v.mention.kind == NumberMention::Kind::Measure
                                ? lexicon::unitFactor(v.mention.unit)
                                : std::nullopt;
        const double value = v.mention.value * (factor ? factor->factor : 1.0);
        auto it =
            std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return close(g.value, value); });
        if (it == groups.end())
            it = groups.insert(groups.end(), Group{value, {}});
        it->moments.push_back(moment);
    }
    if (groups.size() < 2)
        return ClaimStatus::Conflict;
    for (Group& g : groups)
        std::sort(g.moments.begin(), g.moments.end());
    std::sort(groups.begin(), groups.end(),
              [](const Group& x, const Group& y) { return x.moments.front() < y.moments.front(); });
    int direction = 0;
    for (size_t i = 1; i < groups.size(); ++i) {
        for (const QString& older : groups[i - 1].moments)
            for (const QString& newer : groups[i].moments)
                if (!publishedBefore(older, newer))
                    return ClaimStatus::Conflict;
        const int step = groups[i].value > groups[i - 1].value ? 1 : -1;
        if (direction != 0 && step != direction)
            return ClaimStatus::Conflict;
        direction = step;
    }
    return ClaimStatus::Updated;
}

bool isDisagreement(const Claim& claim) {
    return claim.status == ClaimStatus::Conflict || claim.status == ClaimStatus::Updated;
}

bool isFirmDisagreement(const Claim& claim) {
    return isDisagreement(claim) && claim.confidence >= kFirmConfidence;
}

bool isPossibleDisagreement(const Claim& claim) {
    return isDisagreement(claim) && claim.confidence < kFirmConfidence;
}

bool sameValue(const NumberMention& a, const NumberMention& b) {
    // "400km (250 miles)" and "250 miles": the conversion gives the other's value in its unit.
    // Conversions are rounded by whoever wrote them, so they agree within 2%.
    auto throughConversion = [](const NumberMention& x, const NumberMention& y) {
        return x.convertedValue && !x.convertedUnit.isEmpty() &&
               x.convertedUnit.compare(y.unit, Qt::CaseInsensitive) == 0 && !y.rangeEnd &&
               std::abs(*x.convertedValue - y.value) <= 0.02 * std::max(std::abs(y.value), 1e-9);
    };
    if (a.unit.compare(b.unit, Qt::CaseInsensitive) != 0 &&
        (throughConversion(a, b) || throughConversion(b, a)))
        return true;
    // "13 miles" and "13 nautical miles": one number, and the unit with its qualifier dropped, as a
    // writer at sea does. Only such qualifiers: a square mile is no mile.
    auto qualifiedUnit = [](const QString& longer, const QString& shorter) {
        return longer.compare(QStringLiteral("nautical ") + shorter, Qt::CaseInsensitive) == 0 ||
               longer.compare(QStringLiteral("statute ") + shorter, Qt::CaseInsensitive) == 0;
    };
    if (close(a.value, b.value) && !a.rangeEnd && !b.rangeEnd &&
        (qualifiedUnit(a.unit, b.unit) || qualifiedUnit(b.unit, a.unit)))
        return true;
    // "three weeks" and "21 days", "40 miles" and "64 km": one value in two units, as close as a
    // written conversion.
    if (const auto factors = otherUnitFactors(a, b); factors && !a.rangeEnd && !b.rangeEnd) {
        const double x = a.value * factors->first, y = b.value * factors->second;
        return std::abs(x - y) <= 0.02 * std::max(std::abs(x), std::abs(y));
    }
    if (!close(a.value, b.value) || a.rangeEnd.has_value() != b.rangeEnd.has_value())
        return false;
    return !a.rangeEnd || close(*a.rangeEnd, *b.rangeEnd);
}

ClaimStatus claimStatusOf(const std::vector<ClaimVariant>& variants) {
    QSet<int> docs;
    for (const ClaimVariant& v : variants)
        docs.insert(v.doc);
    if (docs.size() < 2)
        return ClaimStatus::Single;
    // A variant with a conversion is the one every spelling can be compared with ("400km (250
    // miles)" against "400 km" and "250 miles").
    const auto withConversion = std::find_if(variants.begin(), variants.end(), [](const ClaimVariant& v) {
        return v.mention.convertedValue.has_value();
    });
    const NumberMention& first =
        (withConversion != variants.end() ? *withConversion : variants.front()).mention;
    bool hedges = false;
    bool spellings = false;
    for (const ClaimVariant& v : variants) {
        if (!sameValue(first, v.mention))
            return ClaimStatus::Conflict;
        hedges = hedges || v.mention.qualifier != first.qualifier;
        spellings = spellings || spelling(v.mention) != spelling(first);
    }
    if (hedges)
        return ClaimStatus::Qualifier;
    return spellings ? ClaimStatus::Formatting : ClaimStatus::Consistent;
}

} // namespace parallax
