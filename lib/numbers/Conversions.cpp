#include "numbers/Conversions.h"

#include "lexicon/UnitSpellings.h"

#include <algorithm>

namespace parallax::numbers {

namespace {

using Kind = NumberMention::Kind;

// One past the last token of the number with its unit; a noun after the unit is not read, as
// the bracket closes right after the unit.
int endOf(const TokenizedText& t, const Draft& d) {
    int k = std::max(d.nextTok, d.unitEnd);
    while (t.valid(k) && t[k].start < d.m.unitSpan.end)
        ++k;
    return k;
}

// The same quantity in another unit: a length in another length unit, money in another currency.
// A bracketed number in the same unit, or of another kind, is a fact of its own ("250 km (40%)").
bool restates(const Draft& a, const Draft& b) {
    if (a.m.kind != b.m.kind || a.m.unit.isEmpty() || b.m.unit.isEmpty() || a.m.unit == b.m.unit ||
        a.m.rangeEnd.has_value() != b.m.rangeEnd.has_value())
        return false;
    if (a.m.kind == Kind::Money)
        return true;
    if (a.m.kind != Kind::Measure)
        return false;
    const QStringView dimension = lexicon::unitDimension(a.m.unit);
    return !dimension.isEmpty() && dimension == lexicon::unitDimension(b.m.unit);
}

} // namespace

void attachConversions(const TokenizedText& t, Drafts& drafts) {
    for (size_t n = 0; n + 1 < drafts.size(); ++n) {
        Draft& a = drafts[n];
        Draft& b = drafts[n + 1];
        if (a.dropped || b.dropped)
            continue;
        const int open = (b.qualTok >= 0 ? b.qualTok : b.firstTok) - 1;
        if (!t.charAt(open, u'(') || open < a.nextTok || open > endOf(t, a) || !t.charAt(endOf(t, b), u')') ||
            !restates(a, b))
            continue;
        a.m.convertedValue = b.m.value;
        a.m.convertedUnit = b.m.unit;
        a.m.convertedSpan = b.m.span;
        b.dropped = true;
    }
}

} // namespace parallax::numbers
