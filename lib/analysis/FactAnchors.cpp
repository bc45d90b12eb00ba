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
        // the claim is only possible: those are tied after every match (SentenceAnchor::firm). So
        // are values that differ only as a rounding ("93.87 percent", "almost 90%"): the reader
        // judges the rounding by reading both. A possible agreement is as often two facts as one,
        // and lining it up would mislead.
        const bool disagreement = claim.status == ClaimStatus::Conflict ||
                                  claim.status == ClaimStatus::Updated ||
                                  claim.status == ClaimStatus::Rounding;
        if (claim.articles < 2 || (claim.confidence < kFirmConfidence && !disagreement))
            continue;
        // Each article's first sentence carrying the claim, tied to the claim's first; in a
        // disagreement also to the first sentence of every other value, so that where one tie is
        // crossed by the articles' orders another may still put two differing values on one row.
        std::vector<const ClaimVariant*> firsts, valueHubs;
        std::set<int> seen;
        for (const ClaimVariant& v : claim.variants) {
            if (v.sentence < 0 || !seen.insert(v.doc).second)
                continue;
            firsts.push_back(&v);
            if (std::none_of(valueHubs.begin(), valueHubs.end(),
                             [&](const ClaimVariant* h) { return h->mention.value == v.mention.value; }))
                valueHubs.push_back(&v);
        }
        const bool firm = claim.confidence >= kFirmConfidence;
        for (size_t i = 1; i < firsts.size(); ++i) {
            const ClaimVariant* hub = firsts.front();
            const ClaimVariant* v = firsts[i];
            anchors.push_back({hub->doc, hub->sentence, v->doc, v->sentence, claim.confidence,
                               disagreement && v->mention.value != hub->mention.value, firm});
            if (!disagreement)
                continue;
            for (size_t h = 1; h < valueHubs.size(); ++h)
                if (valueHubs[h] != v && valueHubs[h]->mention.value != v->mention.value)
                    anchors.push_back({valueHubs[h]->doc, valueHubs[h]->sentence, v->doc, v->sentence,
                                       claim.confidence, true, firm});
        }
    }
    // A compared pair scores up to about twice the firm score; only its order among the others counts.
    for (const ComparedSentences& c : compared)
        anchors.push_back({c.docA, c.sentenceA, c.docB, c.sentenceB, std::clamp(c.score / 6.0, 0.0, 1.0),
                           false, false, true});
    return anchors;
}

} // namespace parallax
