#pragma once

#include "reuse/ReuseResult.h"

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace parallax {

// The bounds that keep one pathological "sentence" (a page of text without a full stop) from taking
// the machine: past them the comparison is approximate, as documented with each function.
inline constexpr qint64 kMaxLcsCells = 16'000'000; // n * m words compared exactly by commonWordCount
inline constexpr qint64 kMaxDiffCells = 4'000'000; // n * m table cells of wordDiff (16 MB)

// Longest common subsequence of two word sequences (by hash). O(n*m) time, O(m) memory; equal ends
// are trimmed first. Past kMaxLcsCells: the words the two hold in common as multisets (an upper
// bound).
int commonWordCount(const std::uint64_t* a, int n, const std::uint64_t* b, int m);

// The word-level edit turning a[firstA, firstA+countA) into b[firstB, firstB+countB): runs of equal,
// inserted, deleted and replaced words in order, with indices into the whole sequences `a`, `b`
// (Document::tokens indices when they are tokenHashes()). Adjacent deletions and insertions between
// two equal runs become one replace run, which is how a reader sees an edited phrase. Past
// kMaxDiffCells (after trimming equal ends) the middle is one replace run.
std::vector<WordEdit> wordDiff(const std::vector<std::uint64_t>& a, int firstA, int countA,
                               const std::vector<std::uint64_t>& b, int firstB, int countB);
// The same runs appended to `edits` (an edit store: what is already there is left as it is).
void appendWordDiff(const std::vector<std::uint64_t>& a, int firstA, int countA,
                    const std::vector<std::uint64_t>& b, int firstB, int countB,
                    std::vector<WordEdit>& edits);

} // namespace parallax
