#pragma once

// Internal to lib/claims: the short human label of a claim, from what it measures: "people
// injured", "drones launched", "attack length", "% of fertilizer", "crew members".

#include "claims/Claim.h"
#include "corpus/Document.h"

#include <QStringList>

#include <functional>

#include <vector>

namespace parallax::claims {

// Words of the text around a claim's number, in order of preference, that may tell it from
// another claim of the same label ("contract", "deal"); empty when none are known.
using ClaimCues = std::function<QStringList(const Claim&)>;

// Labels every claim from its unit, predicate, head and occasion; claims that would share a label
// get who did it ("drones launched by Ukraine") or, still sharing one, their place ("people
// killed in Rostov"), or else a word of their own text beside the number ('duration
// ("contract")'); only claims that nothing tells apart are numbered ("(claim 2)").
void labelClaims(std::vector<Claim>& claims, const ClaimCues& cues = {});

// The words around the claim's first number in the body: those after it, nearest first, then
// those before it, nearest first, within its clause; content words only (no function words, no
// numbers, no words of degree or order).
QStringList cueWords(const Claim& claim, const std::vector<Document>& docs);

// "drone" -> "drones", "crew member" -> "crew members", "foot" -> "feet" (the lexicon's irregular
// plurals); "people" and units of measure unchanged.
QString pluralOf(const QString& noun);

// A unit as a reader writes it: a model's name, kept lower-case as a key, in its maker's capitals
// ("ak-47" -> "AK-47", "f-16" -> "F-16"); any other unit unchanged.
QString displayUnit(const QString& unit);

} // namespace parallax::claims
