#pragma once

#include "reuse/ReuseResult.h"

#include <cstdint>
#include <vector>

namespace parallax {

// Longest common subsequence of two word sequences (by hash). O(n*m) time, O(m) memory.
int commonWordCount(const std::uint64_t* a, int n, const std::uint64_t* b, int m);

// The word-level edit turning a[firstA, firstA+countA) into b[firstB, firstB+countB): runs of equal,
// inserted, deleted and replaced words in order, with indices into the whole sequences `a`, `b`
// (Document::tokens indices when they are tokenHashes()). Adjacent deletions and insertions between
// two equal runs become one replace run, which is how a reader sees an edited phrase.
std::vector<WordEdit> wordDiff(const std::vector<std::uint64_t>& a, int firstA, int countA,
                               const std::vector<std::uint64_t>& b, int firstB, int countB);

} // namespace parallax
