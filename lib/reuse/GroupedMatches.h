#pragma once

#include "reuse/SentenceMatcher.h"

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace parallax {

// A sentence of a document with its group in the folder (SentenceGrouping::labels), and what the
// grouped matcher reads of it, found once per document rather than once per pair.
struct GroupedSentence {
    std::uint64_t group = 0;
    int sentence = 0;
    const MatchPrep::Group* single = nullptr; // its MatchPrep::singles entry; null when it has no words
    std::uint64_t wordsHash = 0;              // of its word sequence (two copies worded alike meet often)
};

// A document's sentences by their group, sorted by group then sentence. Sentences without a group
// are left out. `in.prep` and `in.words` are required and must outlive the result.
std::vector<GroupedSentence> sentencesByGroup(const std::vector<std::uint64_t>& labels, const MatchInput& in);

// The sentence matches of a pair the wording has already decided (a reprint or a shared passage),
// taken from the folder's sentence groups instead of comparing every sentence with every other: only
// sentences of one group are compared, each pair as matchSentences compares it at word level
// (identical, else near-identical by common words in order), and matched one to one the same way,
// strongest first. What this leaves out, and matchSentences would find, is paraphrases, splits and
// merges, and a near-identical copy the grouping missed (two sentences sharing under about 80% of
// their shingles): such a pair's relation does not depend on its matches, only its list does.
// A one-story folder of 1,000 articles has half a million such pairs; this is what makes them
// affordable. `a.prep` and `b.prep` are required.
//
// It comes in two steps, for a caller that must count every pair's matches before it can give
// them their place: the choice, which is most of the work (chooseGroupedMatches), then the
// matches with their word diffs, made from the choice instead of finding them again
// (groupedMatchesWithEdits).

// A match as it was chosen: 16 bytes where a SentenceMatch is 64 and a heap block of edits, so
// three million of them can wait for the second step.
struct GroupedChoice {
    std::uint32_t x = 0; // index into the first side's grouped sentences
    std::uint32_t y : 31 = 0;
    std::uint32_t identical : 1 = 0; // else near-identical
    double score = 0;
};

// Appends the pair's matches to `out`, in order of the first side's sentences, and returns how
// many they are; `inOrder` is set as PairMatches::inOrder. Thread-safe.
int chooseGroupedMatches(const MatchInput& a, const std::vector<GroupedSentence>& groupsA,
                         const MatchInput& b, const std::vector<GroupedSentence>& groupsB,
                         std::vector<GroupedChoice>& out, int& inOrder);

// The matches of `choices` (made by chooseGroupedMatches from the same inputs) with their word
// diffs, written to out[0, choices.size()); docA and docB are left to the caller. Thread-safe.
void groupedMatchesWithEdits(const MatchInput& a, const std::vector<GroupedSentence>& groupsA,
                             const MatchInput& b, const std::vector<GroupedSentence>& groupsB,
                             std::span<const GroupedChoice> choices, SentenceMatch* out);

} // namespace parallax
