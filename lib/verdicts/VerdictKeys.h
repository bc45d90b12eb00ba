#pragma once

#include "verdicts/Verdict.h"

#include "claims/Claim.h"
#include "corpus/Document.h"
#include "reuse/ReuseResult.h"

#include <vector>

namespace parallax {

// A claim's or a pair's content key, as a verdict stores it (Verdict.h). `documents` are those the
// claims and pairs index.
ClaimKey claimKey(const Claim& claim, const std::vector<Document>& documents);
PairKey pairKey(const DocumentPair& pair, const std::vector<Document>& documents);

// A value as the key spells it: "23", "1.5", "10-12" for a range. Hedges are left out: "at least
// 23" becoming "23" in an edit is still the claim the user judged.
QString claimValueText(const NumberMention& mention);

} // namespace parallax
