#pragma once

#include "reuse/SentenceMatcher.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
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

// A match as it was chosen: 16 bytes where a SentenceMatch is 48 and its edits, so three million
// of them can wait for the second step.
struct GroupedChoice {
    std::uint32_t x = 0; // index into the first side's grouped sentences
    std::uint32_t y : 31 = 0;
    std::uint32_t identical : 1 = 0; // else near-identical
    double score = 0;
};

// What the two steps remember of the sentence pairs they compared, by the hashes of the two word
// sequences: an outlet's edited copy of a story sentence meets the wire's wording in hundreds of
// pairs. Its memories are lent to a thread at a time (Lease: take one per block of pairs, not per
// pair) and kept between the two steps, whose threads differ, so the diffs the choice made, which it
// must count, are there for the second step to copy. Given back when it is destroyed.
class GroupedMemory {
public:
    struct Table; // GroupedMatches.cpp

    class Lease {
    public:
        explicit Lease(GroupedMemory& owner);
        ~Lease();
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        Table& table() { return *table_; }

    private:
        GroupedMemory& owner_;
        std::unique_ptr<Table> table_;
    };

    GroupedMemory();
    ~GroupedMemory();
    GroupedMemory(const GroupedMemory&) = delete;
    GroupedMemory& operator=(const GroupedMemory&) = delete;

private:
    std::mutex mutex_;
    std::vector<std::unique_ptr<Table>> idle_;
};

// Appends the pair's matches to `out`, in order of the first side's sentences, and returns how
// many they are; `inOrder` is set as PairMatches::inOrder, `edits` to the number of runs of their
// word diffs (so the caller can give them their place before they are made). Thread-safe, each
// thread with its own lease.
int chooseGroupedMatches(const MatchInput& a, const std::vector<GroupedSentence>& groupsA,
                         const MatchInput& b, const std::vector<GroupedSentence>& groupsB,
                         std::vector<GroupedChoice>& out, int& inOrder, std::size_t& edits,
                         GroupedMemory::Lease& memory);

// The matches of `choices` (made by chooseGroupedMatches from the same inputs) written to
// out[0, choices.size()), and their word diffs, in the same order, to edits[editsBegin, editsEnd)
// of an edit store (SentenceMatch::editsBegin counts from `edits`), the room chooseGroupedMatches
// counted; docA and docB are left to the caller. Thread-safe, each thread with its own lease.
void groupedMatchesWithEdits(const MatchInput& a, const std::vector<GroupedSentence>& groupsA,
                             const MatchInput& b, const std::vector<GroupedSentence>& groupsB,
                             std::span<const GroupedChoice> choices, SentenceMatch* out, WordEdit* edits,
                             std::size_t editsBegin, std::size_t editsEnd, GroupedMemory::Lease& memory);

} // namespace parallax
