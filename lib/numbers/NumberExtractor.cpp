#include "numbers/NumberExtractor.h"

#include "numbers/ContextKinds.h"
#include "numbers/Conversions.h"
#include "numbers/NumberScanner.h"
#include "numbers/Predicates.h"
#include "numbers/Qualifiers.h"
#include "numbers/Ranges.h"
#include "numbers/Ratios.h"
#include "numbers/UnitAttachment.h"

#include <algorithm>
#include <cmath>

namespace parallax {

std::vector<NumberMention> extractNumbers(QStringView text) {
    using namespace numbers;
    TokenizedText t;
    tokenize(text, t);
    if (t.tokens.empty())
        return {};
    Drafts drafts = scanDrafts(t);
    if (drafts.empty())
        return {};
    // Order matters: ranges before hedges ("between"), hedges before kinds ("about 2000" is no
    // year), kinds before units (ages), units before conversions (the units say whether a bracket
    // restates the number), units before verbs (the verb follows the noun), verbs before implicit
    // units ("injured" implies people).
    mergeRanges(t, drafts);
    mergeRatios(t, drafts);
    attachQualifiers(t, drafts);
    classifyByContext(t, drafts);
    attachUnits(t, drafts);
    attachConversions(t, drafts);
    attachPredicates(t, drafts);
    resolveImplicitUnits(t, drafts);

    std::vector<NumberMention> out;
    out.reserve(drafts.size());
    for (Draft& d : drafts) {
        if (d.dropped || !std::isfinite(d.m.value))
            continue;
        d.m.text = text.sliced(d.m.span.start, d.m.span.length()).toString();
        if (d.m.qualifier == NumberMention::Qualifier::None && !d.m.record && !d.m.reported) {
            d.m.qualifierText.clear();
            d.m.qualifierSpan = {};
        }
        out.push_back(std::move(d.m));
    }
    std::stable_sort(out.begin(), out.end(), [](const NumberMention& a, const NumberMention& b) {
        return a.span.start < b.span.start;
    });
    return out;
}

} // namespace parallax
