#include "ClaimViewsFromAnalysis.h"

#include "claims/ClaimStatus.h"
#include "claims/Headline.h"

namespace parallax::gui {
namespace {

ClaimState stateOf(const Claim& claim) {
    if (isPossibleDisagreement(claim))
        return ClaimState::Possible;
    switch (claim.status) {
    case ClaimStatus::Conflict:
        return ClaimState::Conflict;
    case ClaimStatus::Updated:
        return ClaimState::Updated;
    case ClaimStatus::Rounding:
        return ClaimState::Rounding;
    case ClaimStatus::Qualifier:
        return ClaimState::Qualifier;
    case ClaimStatus::Formatting:
        return ClaimState::Formatting;
    case ClaimStatus::Consistent:
        return ClaimState::Consistent;
    case ClaimStatus::Single:
        return ClaimState::Single;
    }
    return ClaimState::Single;
}

} // namespace

std::vector<ClaimView> claimViewsFromAnalysis(const Analysis& analysis) {
    std::vector<ClaimView> out;
    out.reserve(analysis.claims.size());
    for (const Claim& claim : analysis.claims) {
        ClaimView view;
        view.id = claim.id;
        view.label = claim.label;
        view.state = stateOf(claim);
        view.confidence = claim.confidence;
        view.evidence = claim.evidence;
        for (const ClaimVariant& variant : claim.variants) {
            ClaimVariantView v;
            v.document = variant.doc;
            v.sentence = variant.sentence;
            v.span = variant.span;
            const qsizetype sentenceStart =
                variantSentenceSpan(analysis.corpus.documents[size_t(variant.doc)], variant.sentence).start;
            if (!variant.mention.qualifierSpan.isEmpty())
                v.qualifierSpan = {sentenceStart + variant.mention.qualifierSpan.start,
                                   sentenceStart + variant.mention.qualifierSpan.end};
            v.text = variant.mention.text;
            v.qualifier = variant.mention.qualifierText;
            v.value = variant.mention.value;
            view.variants.push_back(std::move(v));
        }
        out.push_back(std::move(view));
    }
    return out;
}

} // namespace parallax::gui
