#pragma once

// Internal to lib/claims: the short human label of a claim, from what it measures: "people
// injured", "drones launched", "attack length", "% of fertilizer", "crew members".

#include "claims/Claim.h"

#include <vector>

namespace parallax::claims {

// Labels every claim from its unit, predicate, head and occasion; claims that would share a label
// get who did it ("drones launched by Ukraine") or, still sharing one, their place ("people
// killed in Rostov").
void labelClaims(std::vector<Claim>& claims);

// "drone" -> "drones", "crew member" -> "crew members", "foot" -> "feet" (the lexicon's irregular
// plurals); "people" and units of measure unchanged.
QString pluralOf(const QString& noun);

// A unit as a reader writes it: a model's name, kept lower-case as a key, in its maker's capitals
// ("ak-47" -> "AK-47", "f-16" -> "F-16"); any other unit unchanged.
QString displayUnit(const QString& unit);

} // namespace parallax::claims
