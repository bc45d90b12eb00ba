#pragma once

// The claims as anchors for the alignment: sentences that state one fact (a claim held firmly,
// whatever its values) should share a row, so that five independently written reports read as
// rows of comparable statements rather than five stacked articles (docs/alignment.md, "Facts").

#include "align/AlignDocuments.h"
#include "claims/Claim.h"
#include "claims/ComparedSentences.h"

#include <vector>

namespace parallax {

// For every claim two or more articles state with confidence at least kFirmConfidence, and every
// possible disagreement or rounding (below it): each article's first body sentence carrying it,
// tied to the first such sentence of the claim, with the claim's confidence as weight; in a
// disagreement or a rounding also to the first sentence of each other value
// (SentenceAnchor::disagreement). Then, after all of those, every pair of `compared` sentences
// (SentenceAnchor::related), its score as weight. Headlines stand above the rows and take no part.
std::vector<SentenceAnchor> factAnchors(const std::vector<Claim>& claims,
                                        const std::vector<ComparedSentences>& compared = {});

} // namespace parallax
