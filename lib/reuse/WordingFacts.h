#pragma once

#include "reuse/Fingerprint.h"
#include "reuse/RelationRules.h"

#include <atomic>
#include <utility>
#include <vector>

namespace parallax {

// What the shingles of two fingerprinted documents say about them (PairFacts: resemblance, both
// containments, sentence counts, sentences of each copied in the other). Thread-safe.
PairFacts wordingFacts(const Fingerprint& a, const Fingerprint& b);

// wordingFacts of every pair in `pairs`, the same values, for a list that holds a good share of
// all pairs of its documents (a folder of one story, where nearly every pair is a candidate).
// Instead of merging the two documents' shingles pair by pair (half a million merges of a thousand
// shingles in a folder of 1,000 articles), each document walks, once, the other documents that
// carry each of its shingles (an inverted index of the folder): work in proportion to the shingles
// the documents share, not to the pairs times their lengths. Thread-safe.
std::vector<PairFacts> wordingFactsOfMany(const std::vector<std::pair<int, int>>& pairs,
                                          const std::vector<Fingerprint>& prints,
                                          const std::atomic_bool& cancel, unsigned threads);

// True when `pairs` among `documents` are dense enough for wordingFactsOfMany to be the cheaper way.
bool worthAnIndex(std::size_t pairs, std::size_t documents);

} // namespace parallax
