#pragma once

#include "reuse/SentenceMatcher.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace parallax {

// A document's sentences by their group in the folder (SentenceGrouping::labels), sorted by label:
// (label, sentence). Sentences without a group are left out.
std::vector<std::pair<std::uint64_t, int>> sentencesByGroup(const std::vector<std::uint64_t>& labels);

// The sentence matches of a pair the wording has already decided (a reprint or a shared passage),
// taken from the folder's sentence groups instead of comparing every sentence with every other: only
// sentences of one group are compared, each pair as matchSentences compares it at word level
// (identical, else near-identical by common words in order), and matched one to one the same way,
// strongest first. What this leaves out, and matchSentences would find, is paraphrases, splits and
// merges, and a near-identical copy the grouping missed (two sentences sharing under about 80% of
// their shingles): such a pair's relation does not depend on its matches, only its list does.
// A one-story folder of 1,000 articles has half a million such pairs; this is what makes them
// affordable. `a.prep` and `b.prep` are required. Without `withEdits` the matches come without
// their word diffs (to count them). Thread-safe.
PairMatches matchGroupedSentences(const MatchInput& a,
                                  const std::vector<std::pair<std::uint64_t, int>>& groupsA,
                                  const MatchInput& b,
                                  const std::vector<std::pair<std::uint64_t, int>>& groupsB,
                                  bool withEdits = true);

} // namespace parallax
