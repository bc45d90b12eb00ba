#pragma once

#include "claims/Claim.h"

#include <vector>

namespace parallax {

// The status of a claim with these variants (Claim.h, docs/claims.md):
//   one article only                          -> Single (even if it repeats itself or differs)
//   two values (value or range end)           -> Conflict, whatever the hedges
//   one value, two hedges                     -> Qualifier
//   one value and hedge, two spellings        -> Formatting ("eleven"/"11"; case is not spelling)
//   otherwise                                 -> Consistent
// Values are equal when they differ by less than one part in 10^9 ("1.2 million" and "1.2m").
ClaimStatus claimStatusOf(const std::vector<ClaimVariant>& variants);

// True when the two mentions give one value (and one range end, or none).
bool sameValue(const NumberMention& a, const NumberMention& b);

} // namespace parallax
