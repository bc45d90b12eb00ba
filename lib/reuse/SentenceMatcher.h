#pragma once

#include "corpus/Document.h"
#include "reuse/ContentWords.h"
#include "reuse/ReuseResult.h"

#include <cstdint>
#include <vector>

namespace parallax {

// What sentence matching needs of one document alone: its runs of one and of two sentences with
// their distinct words and content units, and the document's vocabulary. A document compared with
// hundreds of others has it made once (prepareMatching) instead of once per pair.
struct MatchPrep {
    struct Group {
        int first = 0;
        int count = 1;
        int firstToken = 0;
        int tokenCount = 0;
        std::vector<std::uint64_t> units; // distinct content units, sorted
        std::vector<std::uint64_t> words; // distinct word hashes, sorted
        std::vector<int> unitIds;         // each of `units` as an index into MatchPrep::units
        std::vector<int> wordIds;         // each of `words` as an index into MatchPrep::words
    };
    std::vector<Group> singles;       // one per sentence with words
    std::vector<Group> pairs;         // two adjacent sentences (a split or merge)
    std::vector<std::uint64_t> units; // the document's distinct content units, sorted
    std::vector<int> unitSentences;   // how many sentences hold each of `units`
    std::vector<std::uint64_t> words; // the document's distinct word hashes, sorted
};

// Thread-safe. `words` is tokenHashes(doc), `content` contentProfile(doc).
MatchPrep prepareMatching(const Document& doc, const std::vector<std::uint64_t>& words,
                          const ContentProfile& content);

// One side of a sentence comparison: the document and what was derived from it.
struct MatchInput {
    const Document* doc = nullptr;
    const std::vector<std::uint64_t>* words = nullptr; // tokenHashes(*doc)
    const ContentProfile* content = nullptr;
    const MatchPrep* prep = nullptr; // prepareMatching(*doc, ...), or null: made for this call
};

struct SentenceMatchOptions {
    bool wordLevel = true; // find near-identical sentences and compute word diffs (full mode)
};

struct PairMatches {
    std::vector<SentenceMatch> matches; // docA/docB left 0: the caller knows the indices
    std::vector<WordEdit> edits;        // the matches' word diffs (editsOf)
    int inOrder = 0;                    // the most matches that keep the same order on both sides (reordered
                                        // paragraphs and the like fall out)
    int paraphrases = 0;

    std::span<const WordEdit> editsOf(const SentenceMatch& m) const { return parallax::editsOf(edits, m); }
};

// Thresholds, in one place because docs/reuse.md quotes them.
constexpr double nearIdenticalMin = 0.7; // 2 x common words in order / words of both sides
constexpr double paraphraseMin = 0.4;    // weighted share of content units, as a Dice coefficient
constexpr int paraphraseMinUnits = 3;    // content units two paraphrased sentences share at least

// Matches the sentences of a and b one to one (a sentence split in two, or two merged into one,
// match as a group). Identical and near-identical matches are taken first, then paraphrases, each
// in order of score. Content units are weighted by how rare they are in the two articles, so words
// of the story's topic ("Kyiv", "drone") that fill every sentence count little. Thread-safe.
PairMatches matchSentences(const MatchInput& a, const MatchInput& b, const SentenceMatchOptions& options);

// The most of `matches` (sorted by firstA) that keep the same order on both sides.
int matchesInOrder(const std::vector<SentenceMatch>& matches);

} // namespace parallax
