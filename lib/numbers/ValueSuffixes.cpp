#include "numbers/ValueSuffixes.h"

#include "numbers/NumberWords.h"
#include "numbers/Units.h"

namespace parallax::numbers {

namespace {

using Kind = NumberMention::Kind;

bool isOrdinalSuffix(QStringView s) {
    return s == u"st" || s == u"nd" || s == u"rd" || s == u"th";
}

} // namespace

ScannedValue scannedValue(double value, int end, Kind kind, bool kindSet, QString unit) {
    ScannedValue v;
    v.value = value;
    v.end = end;
    v.kind = kind;
    v.kindSet = kindSet;
    v.unit = std::move(unit);
    return v;
}

// What is glued to digits: "22nd", "1980s", "40pc", "10k", "1.2m", "3km", "5G".
void readGluedSuffix(const TokenizedText& t, int core, const DigitLiteral& lit, bool currency, Draft& d,
                     ScannedValue& v) {
    if (!t.valid(v.end) || !t[v.end].isWord() || !t[v.end].glued())
        return;
    const Token& s = t[v.end];
    if (isOrdinalSuffix(s.lower) && !lit.hasDecimal) {
        v.kind = Kind::Ordinal;
        v.kindSet = true;
        ++v.end;
        return;
    }
    // The digit count first: int() of a longer literal ("2222…222s", 46 digits) is undefined
    // behaviour (found by fuzz_numbers, tests/data/fuzz/fuzz_numbers/).
    if (s.lower == u"s" && !lit.hasDecimal && !lit.grouped && (lit.intDigits == 4 || lit.intDigits == 2) &&
        int(v.value) % 10 == 0) {
        v.kind = lit.intDigits == 4 ? Kind::Year : Kind::Age;
        v.normalized = t[core].text.toString() + u's';
        v.kindSet = true;
        ++v.end;
        return;
    }
    // "4x4" is a name, "3x" a multiplier.
    if (s.lower == u"x") {
        if (t.valid(v.end + 1) && t[v.end + 1].isDigits() && t[v.end + 1].glued()) {
            v.kind = Kind::Identifier;
            v.normalized = t.text.sliced(t[core].start, t[v.end + 1].end - t[core].start).toString();
            v.end += 2;
        } else {
            v.kind = Kind::Count;
            v.unit = QStringLiteral("times");
            ++v.end;
        }
        v.kindSet = true;
        return;
    }
    if (s.lower == u"pc") {
        v.kind = Kind::Percent;
        v.kindSet = true;
        v.unit = QStringLiteral("%");
        ++v.end;
        return;
    }
    if (const auto u = matchUnit(t, v.end, UnitJoin::Glued); u && u->end > v.end + 1) {
        v.unit = u->canonical.toString(); // "m2", "km/h": longer than any scale
        v.end = u->end;
        d.unitFixed = true;
        return;
    }
    if (const double scale = scaleSuffix(s.text); scale > 0) {
        if (s.text == u"m" && !currency && isMetreContext(t, core, v.end)) {
            v.unit = QStringLiteral("m");
            d.unitFixed = true;
        } else {
            v.value *= scale;
            d.scale = scale;
        }
        ++v.end;
        return;
    }
    if (const auto u = matchUnit(t, v.end, UnitJoin::Glued)) {
        v.unit = u->canonical.toString();
        v.currencyUnit = u->dimension == Dimension::Currency;
        v.end = u->end;
        d.unitFixed = true;
        return;
    }
    // Letters glued to a number that are no unit name it: "5G", "3D", "737MAX".
    v.kind = Kind::Identifier;
    v.kindSet = true;
    v.normalized = t[core].text.toString() + s.text.toString();
    ++v.end;
}

// "3 million", "$10-billion", "3 dozens", "10 bln", "2.33 k".
void readSpacedScale(const TokenizedText& t, Draft& d, ScannedValue& v) {
    int k = v.end;
    const bool hyphen = t.valid(k) && t[k].isHyphen() && t[k].glued();
    if (hyphen)
        ++k;
    if (!t.valid(k) || !t[k].isWord() || (hyphen ? !t[k].glued() : t[k].gap == 0))
        return;
    if (const NumberWord* w = lookupNumberWord(t[k].lower)) {
        if (w->role == WordRole::Scale || (!hyphen && w->role == WordRole::Dozen) ||
            (!hyphen && w->role == WordRole::Hundred && !w->plural)) {
            v.value *= w->value;
            d.scale = w->role == WordRole::Dozen ? 1 : w->value;
            v.end = k + 1;
        }
        return;
    }
    const QStringView w = t[k].lower;
    const bool abbreviation = w == u"k" || w == u"mn" || w == u"mln" || w == u"bn" || w == u"bln" ||
                              w == u"tn" || w == u"tln" || w == u"mil";
    if (!hyphen && abbreviation && !(t.valid(k + 1) && t[k + 1].glued() && t[k + 1].isWord())) {
        d.scale = scaleSuffix(t[k].text);
        v.value *= d.scale;
        v.end = k + 1;
    }
}

void readPercent(const TokenizedText& t, ScannedValue& v) {
    const int k = v.end;
    if (!t.valid(k) || t[k].gap > 1 || t[k].newlineBefore)
        return;
    int end = 0;
    if (t[k].isChar(u'%') || t[k].isChar(u'٪'))
        end = k + 1;
    else if (t[k].is(u"percent") || t[k].is(u"percents") || t[k].is(u"pct"))
        end = k + 1;
    else if (t[k].is(u"percentage") && !t.wordAt(k + 1, u"point") && !t.wordAt(k + 1, u"points"))
        end = k + 1;
    else if (t[k].is(u"per") && t.wordAt(k + 1, u"cent"))
        end = k + 2;
    if (end) {
        v.kind = Kind::Percent;
        v.kindSet = true;
        v.unit = QStringLiteral("%");
        v.end = end;
    }
}

} // namespace parallax::numbers
