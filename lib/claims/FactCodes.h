#pragma once

// Internal to lib/claims: the keys that rule a pair of facts out (sharedFeatures, ClaimLinks.h) as
// integers. The candidate searches weigh tens of millions of pairs at scale, and most are ruled out
// by another verb or occasion; comparing integers first leaves the strings to the pairs that may
// be one fact. Equal codes mean equal keys: the answers do not change.

#include "claims/MentionFacts.h"

#include <vector>

namespace parallax::claims {

struct FactCode {
    int kind = 0; // 0: the key is empty (not said)
    int occasion = 0;
    int event = 0;
    int agent = 0;
    int givenName = 0;
};

// One code per fact, in the order of `facts`.
std::vector<FactCode> factCodes(const std::vector<MentionFacts>& facts);

// True when sharedFeatures(a, b) is certainly nullopt: another kind or occasion, or both say a
// verb, doer or given name and they differ.
inline bool ruledOut(const FactCode& a, const FactCode& b) {
    auto differ = [](int x, int y) { return x != 0 && y != 0 && x != y; };
    return a.kind != b.kind || a.occasion != b.occasion || differ(a.event, b.event) ||
           differ(a.agent, b.agent) || differ(a.givenName, b.givenName);
}

} // namespace parallax::claims
