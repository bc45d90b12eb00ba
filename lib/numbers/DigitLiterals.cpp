#include "numbers/DigitLiterals.h"

#include "numbers/Units.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace parallax::numbers {

namespace {

int countChar(QStringView s, QChar c) {
    int n = 0;
    for (QChar x : s)
        n += x == c;
    return n;
}

// Digits before the decimal point of one element ("200.5" -> 3).
int integerDigits(QStringView s) {
    const qsizetype dot = s.indexOf(u'.');
    return int(dot < 0 ? s.size() : dot);
}

// "1,234,567" and "22,240,260,310": a first group of one to three digits, then groups of exactly
// three; only the last group may carry decimals.
bool isThousandsGrouping(QStringView s) {
    qsizetype from = 0;
    bool first = true;
    while (true) {
        const qsizetype comma = s.indexOf(u',', from);
        const QStringView part = s.sliced(from, (comma < 0 ? s.size() : comma) - from);
        const int digits = integerDigits(part);
        if (comma >= 0 && part.contains(u'.'))
            return false;
        if (first ? (digits < 1 || digits > 3) : digits != 3)
            return false;
        if (comma < 0)
            return true;
        first = false;
        from = comma + 1;
    }
}

// A token that can continue a space-grouped number: exactly three digits, maybe decimals.
bool isSpaceGroup(const Token& tok) {
    return tok.isDigits() && tok.gap == 1 && !tok.newlineBefore && !tok.text.contains(u',') &&
           integerDigits(tok.text) == 3 && tok.text.front() != u'.';
}

DigitLiteral literalOf(QStringView s, qsizetype start, int endTok) {
    DigitLiteral lit;
    lit.value = parseDecimal(s);
    lit.start = start;
    lit.end = start + s.size();
    lit.endTok = endTok;
    lit.hasDecimal = s.contains(u'.');
    lit.intDigits = integerDigits(s);
    return lit;
}

const QStringView kLengthContext[] = {
    u"height",    u"length", u"width",    u"depth", u"distance",  u"reach",    u"outreach", u"altitude",
    u"elevation", u"radius", u"diameter", u"tall",  u"long",      u"high",     u"deep",     u"wide",
    u"metre",     u"meter",  u"sprint",   u"race",  u"measuring", u"measures", u"measured"};

const QStringView kMetreFollowers[] = {u"tall", u"high",    u"long",  u"wide",      u"deep",
                                       u"away", u"above",   u"below", u"under",     u"x",
                                       u"is",   u"equals",  u"thick", u"across",    u"sprint",
                                       u"race", u"hurdles", u"relay", u"freestyle", u"final"};

template <size_t N> bool oneOf(QStringView w, const QStringView (&list)[N]) {
    for (QStringView x : list)
        if (w == x)
            return true;
    return false;
}

// "5-foot-8,135 pounds": a police description ("5-foot-8, 135 pounds") with the space after the
// comma lost in scraping, as in "March 11,2005". Right after a height in feet, a first group that
// can be inches (at most 11) before a weight is that height's inches, and the rest is the weight;
// nobody weighs 8,135 pounds.
bool heightThenWeight(const TokenizedText& t, int i) {
    const QStringView s = t[i].text;
    const qsizetype comma = s.indexOf(u',');
    if (comma < 1 || comma > 2 || s.size() != comma + 4 || s.first(comma).toInt() > 11)
        return false;
    auto unitAt = [&](int k, UnitJoin join) {
        const std::optional<UnitMatch> unit = t.valid(k) ? matchUnit(t, k, join) : std::nullopt;
        return unit ? unit->canonical : QStringView();
    };
    // "pounds" alone may be money (matchUnit leaves it to the context): after a height it is weight.
    const bool weightAfter = unitAt(i + 1, UnitJoin::Spaced) == u"pound" || t.wordAt(i + 1, u"pounds");
    int k = i - 1;
    if (t.valid(k) && t[k].isHyphen())
        --k;
    const bool feetBefore =
        t.valid(k - 1) && (t[k - 1].isDigits() || t[k - 1].isHyphen()) &&
        (unitAt(k, UnitJoin::Spaced) == u"foot" || unitAt(k, UnitJoin::Hyphen) == u"foot");
    return weightAfter && feetBefore;
}

} // namespace

double parseDecimal(QStringView digits) {
    char buf[64];
    int n = 0;
    if (digits.startsWith(u'.'))
        buf[n++] = '0';
    for (QChar c : digits) {
        if (c == u',')
            continue;
        if (n >= int(sizeof buf) - 1)
            return std::numeric_limits<double>::quiet_NaN();
        buf[n++] = char(c.unicode());
    }
    double v = std::numeric_limits<double>::quiet_NaN();
    const auto res = std::from_chars(buf, buf + n, v);
    if (res.ec != std::errc() || res.ptr != buf + n)
        return std::numeric_limits<double>::quiet_NaN();
    return v;
}

void parseDigitLiterals(const TokenizedText& t, int i, std::vector<DigitLiteral>& out) {
    const Token& tok = t[i];
    const QStringView s = tok.text;
    if (countChar(s, u'.') > 1)
        return;
    if (!s.contains(u',')) {
        DigitLiteral lit = literalOf(s, tok.start, i + 1);
        // "40 000", "1 234 567.89": groups of three after a first group of one to three digits.
        if (!lit.hasDecimal && lit.intDigits <= 3 && s.front() != u'.') {
            int k = i + 1;
            while (t.valid(k) && isSpaceGroup(t[k])) {
                const bool last = t[k].text.contains(u'.');
                ++k;
                if (last)
                    break;
            }
            if (k > i + 1) {
                QString joined;
                for (int j = i; j < k; ++j)
                    joined += t[j].text;
                lit = literalOf(joined, tok.start, k);
                lit.end = t[k - 1].end;
                lit.grouped = true;
            }
        }
        out.push_back(lit);
        return;
    }
    if (heightThenWeight(t, i)) { // the inches belong to the height: only the weight is a number
        const qsizetype comma = s.indexOf(u',');
        out.push_back(literalOf(s.sliced(comma + 1), tok.start + comma + 1, i + 1));
        return;
    }
    if (isThousandsGrouping(s)) {
        DigitLiteral lit = literalOf(s, tok.start, i + 1);
        lit.grouped = true;
        lit.intDigits = integerDigits(s) - countChar(s.first(integerDigits(s)), u',');
        out.push_back(lit);
        return;
    }
    // A list: "22,24,26,31" or a decimal comma; each element on its own.
    qsizetype from = 0;
    while (from <= s.size()) {
        qsizetype comma = s.indexOf(u',', from);
        if (comma < 0)
            comma = s.size();
        if (comma > from)
            out.push_back(literalOf(s.sliced(from, comma - from), tok.start + from, i + 1));
        from = comma + 1;
    }
}

double scaleSuffix(QStringView text) {
    if (text == u"MM")
        return 1e6;
    const auto is = [text](QStringView w) { return text.compare(w, Qt::CaseInsensitive) == 0; };
    if (is(u"k"))
        return 1e3;
    if (is(u"m") || is(u"mn") || is(u"mln") || is(u"mil"))
        return 1e6;
    if (is(u"b") || is(u"bn") || is(u"bln"))
        return 1e9;
    if (is(u"tn") || is(u"tln") || is(u"trn"))
        return 1e12;
    return 0;
}

bool isMetreContext(const TokenizedText& t, int first, int suffixTok) {
    const Token& suffix = t[suffixTok];
    if (suffix.text != u"m")
        return false;
    // Millions are written glued in news style ("£1m", "3m people"); "1 m" with a space is metres.
    if (suffix.gap > 0)
        return true;
    const int next = suffixTok + 1;
    if (t.valid(next)) {
        const Token& n = t[next];
        if (n.isWord() && oneOf(n.lower, kMetreFollowers))
            return true;
        if (n.isHyphen() && n.glued() && t.valid(next + 1) && oneOf(t[next + 1].lower, kLengthContext))
            return true;
        if (n.isChar(u'×'))
            return true;
        // "50m by 50m": the sides of an area, as "×" writes them.
        if (n.is(u"by") && t.valid(next + 2) && t[next + 1].isDigits() && t[next + 2].text == u"m" &&
            t[next + 2].glued())
            return true;
    }
    if (first >= 3 && t[first - 1].is(u"by") && t[first - 2].text == u"m" && t[first - 2].glued() &&
        t[first - 3].isDigits())
        return true;
    for (int k = qMax(0, first - 4); k < first; ++k)
        if (t[k].isWord() && oneOf(t[k].lower, kLengthContext))
            return true;
    return false;
}

} // namespace parallax::numbers
