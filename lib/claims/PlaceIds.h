#pragma once

// Internal to lib/claims: the facts' place keys as integers, for the comparisons that grouping
// makes millions of times at scale (each fact with the facts of its unit in its related articles,
// then every join). Asking PlaceLinks hashes two strings per pair of places; on 4,000 related
// articles that was the largest single cost of grouping. Built once the folder's places and their
// links are final: it answers exactly as PlaceLinks::compatible would.

#include "claims/MentionFacts.h"
#include "claims/Places.h"

#include <vector>

namespace parallax::claims {

class PlaceIds {
public:
    PlaceIds(const std::vector<MentionFacts>& facts, const PlaceLinks& links);

    // MentionFacts::places of facts[fact], as ids.
    const std::vector<int>& of(int fact) const { return factPlaces_[size_t(fact)]; }

    // True when either list is empty or some place of one is one with, or related to, some place
    // of the other (PlaceLinks::compatible).
    bool compatible(const std::vector<int>& a, const std::vector<int>& b) const;

private:
    std::vector<std::vector<int>> factPlaces_;
    std::vector<std::vector<int>> related_; // per id, the ids PlaceLinks relates to it, sorted
};

} // namespace parallax::claims
