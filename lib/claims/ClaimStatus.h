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

// What kind of disagreement a Conflict of claimStatusOf() is, given each document's publication
// moment (ISO date or date and time, Document::published; empty when unknown), indexed like
// ClaimVariant::doc:
//   a variant the text marks as revised ("rose to 130")                 -> Updated
//   every value a rounding of the most precise one (within 5%, and two significant digits
//   shorter, or hedged "about"/"nearly"), or every value inside every range given
//   ("between six and eight" and "8")                                  -> Rounding
//   the values change with the date, one value per date, one direction  -> Updated
//   otherwise                                                          -> Conflict
ClaimStatus disagreementKind(const std::vector<ClaimVariant>& variants, const QStringList& documentDates);

// Disagreements (Conflict, Updated) are shown as such only when the claim's confidence reaches
// kFirmConfidence; below it they are "possible": drawn muted, never red, and not counted as
// conflicts in summaries.
inline constexpr double kFirmConfidence = 0.5;
bool isDisagreement(const Claim& claim);         // Conflict or Updated, whatever the confidence
bool isFirmDisagreement(const Claim& claim);     // ... with confidence >= kFirmConfidence
bool isPossibleDisagreement(const Claim& claim); // ... with confidence below it

// True when the two mentions give one value (and one range end, or none).
bool sameValue(const NumberMention& a, const NumberMention& b);

} // namespace parallax
