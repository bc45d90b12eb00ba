#pragma once

// Internal to lib/claims: the words around each number, weighted by how rare they are among the
// folder's number-bearing sentences, for the scoring model's context feature (ClaimScoring.h).
// "deep" beside one "10 km" and "from" beside another, "mourning" beside "3 days" and "ban" beside
// "5 days", tell two measures of one unit apart where no verb does.

#include "claims/MentionFacts.h"
#include "corpus/Document.h"

#include <functional>
#include <utility>
#include <vector>

namespace parallax::claims {

class MentionContexts {
public:
    // `headlines` are headlineDocument() of each of `docs`, for facts of kHeadlineSentence.
    MentionContexts(const std::vector<Document>& docs, const std::vector<Document>& headlines,
                    const std::vector<MentionFacts>& facts);

    // Cosine of the two mentions' weighted word vectors, 0 to 1. Numbers never count: the value
    // is not evidence.
    double similarity(int a, int b) const;

    // Pairs of facts (a < b) of two articles whose words around the number are alike, at least
    // `minimum`, found through the rarest words each shares: at most `perFact` per fact, its most
    // alike. `accept(a, b)` says which pairs may be considered at all.
    std::vector<std::pair<int, int>> alikePairs(const std::vector<MentionFacts>& facts, double minimum,
                                                int perFact,
                                                const std::function<bool(int, int)>& accept) const;

private:
    // Per fact: (word id, weight), sorted by id, unit length.
    std::vector<std::vector<std::pair<int, float>>> vectors_;
};

} // namespace parallax::claims
