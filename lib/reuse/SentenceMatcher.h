#pragma once

#include "corpus/Document.h"
#include "reuse/ContentWords.h"
#include "reuse/ReuseResult.h"

#include <cstdint>
#include <vector>

namespace parallax {

// One side of a sentence comparison: the document and what was derived from it.
struct MatchInput {
    const Document* doc = nullptr;
    const std::vector<std::uint64_t>* words = nullptr; // tokenHashes(*doc)
    const ContentProfile* content = nullptr;
};

struct SentenceMatchOptions {
    bool wordLevel = true; // find near-identical sentences and compute word diffs (full mode)
};

struct PairMatches {
    std::vector<SentenceMatch> matches; // docA/docB left 0: the caller knows the indices
    int inOrder = 0;                    // the most matches that keep the same order on both sides (reordered
                                        // paragraphs and the like fall out)
    int paraphrases = 0;
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

} // namespace parallax
