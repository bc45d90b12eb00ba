#include "analysis/FactAnchors.h"

#include "claims/ClaimStatus.h"

#include <set>

namespace parallax {

std::vector<SentenceAnchor> factAnchors(const std::vector<Claim>& claims) {
    std::vector<SentenceAnchor> anchors;
    for (const Claim& claim : claims) {
        // A "possible" claim is as often two facts as one: lining them up would mislead.
        if (claim.articles < 2 || claim.confidence < kFirmConfidence)
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
            anchors.push_back({hub->doc, hub->sentence, v.doc, v.sentence, claim.confidence});
        }
    }
    return anchors;
}

} // namespace parallax
