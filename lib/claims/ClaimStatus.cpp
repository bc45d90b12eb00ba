#include "claims/ClaimStatus.h"

#include <QSet>

#include <algorithm>
#include <cmath>

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

} // namespace

bool sameValue(const NumberMention& a, const NumberMention& b) {
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
    const NumberMention& first = variants.front().mention;
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
