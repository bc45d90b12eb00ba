#pragma once

#include "verdicts/VerdictSession.h"

#include <vector>

namespace parallax {

// Which claim or pair of the current analysis each saved verdict belongs to. Claims are numbered
// afresh on every run and rows move when an article is edited, so verdicts are matched by content:
// the claim's label, its values and the text of its sentences, each of which an edit may change.
struct VerdictPlacement {
    std::vector<int> claimOf;        // per verdict: the claim it is attached to, or -1
    std::vector<int> pairOf;         // per verdict: the pair it is attached to, or -1
    std::vector<int> verdictOfClaim; // per claim: its verdict, or -1
    std::vector<int> verdictOfPair;  // per pair: its verdict, or -1
};

// How alike a saved claim key is to a current one, 0 to 1: label 0.35, values 0.25 (Jaccard),
// sentences 0.4 (a Dice overlap where two sentences count as one when most of their words are
// shared, so an edited sentence still counts).
double claimKeySimilarity(const ClaimKey& saved, const ClaimKey& current);

// A saved verdict attaches to the most similar claim at or above this; below it, it waits unattached.
inline constexpr double kClaimMatchThreshold = 0.5;

// One verdict per claim and per pair, best matches first. Pairs match by both ids, else by both
// titles (a renamed file).
VerdictPlacement placeVerdicts(const VerdictSession& session, const std::vector<ClaimKey>& claims,
                               const std::vector<PairKey>& pairs);

} // namespace parallax
