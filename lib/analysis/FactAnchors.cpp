#include "analysis/FactAnchors.h"

#include "claims/ClaimStatus.h"

#include <algorithm>
#include <set>

namespace parallax {

std::vector<SentenceAnchor> factAnchors(const std::vector<Claim>& claims,
                                        const std::vector<ComparedSentences>& compared) {
    std::vector<SentenceAnchor> anchors;
    for (const Claim& claim : claims) {
        // Reading differing values across one row is what the side-by-side view is for, even when
        // the claim is only possible: those are tied after every match (SentenceAnchor::firm). A
        // possible agreement is as often two facts as one, and lining it up would mislead.
        const bool disagreement =
            claim.status == ClaimStatus::Conflict || claim.status == ClaimStatus::Updated;
        if (claim.articles < 2 || (claim.confidence < kFirmConfidence && !disagreement))
            continue;
        const ClaimVariant* hub = nullptr;
        std::set<int> tied;
        for (const ClaimVariant& v : claim.variants) {
            if (v.sentence < 0 || tied.count(v.doc))
                continue;
            tied.insert(v.doc);
            if (!hub) {
                hub = &v;
                continue;
            }
            anchors.push_back({hub->doc, hub->sentence, v.doc, v.sentence, claim.confidence,
                               disagreement && v.mention.value != hub->mention.value,
                               claim.confidence >= kFirmConfidence});
        }
    }
    // A compared pair scores up to about twice the firm score; only its order among the others counts.
    for (const ComparedSentences& c : compared)
        anchors.push_back({c.docA, c.sentenceA, c.docB, c.sentenceB, std::clamp(c.score / 6.0, 0.0, 1.0),
                           false, false, true});
    return anchors;
}

} // namespace parallax
