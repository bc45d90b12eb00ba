#pragma once

#include "reuse/Fingerprint.h"

#include <atomic>
#include <cstdint>
#include <utility>
#include <vector>

namespace parallax {

// Sentences of the whole folder that are copies of one sentence (word for word or a few words
// edited), found at once for every document: the corpus-scale way to see that 500 articles carry
// one passage, without comparing them pair by pair.
//
// Each sentence of four or more shingles gets eight MinHash values of its shingles, in four bands of
// two. Sentences whose band keys agree are joined (union-find), so two sentences sharing 80% of their
// shingles meet in at least one band with probability 0.98, and a copy reached through other copies
// joins too; sentences that share a stock phrase or two almost never agree on two minima at once.
// Linear in the number of sentences (one sort of four keys per sentence).
//
// Sentences of fewer than four shingles (but at least one) are grouped only with word-for-word
// copies of themselves, in `labels` alone: they are too common to make two documents candidates.
struct SentenceGrouping {
    // The groups as their documents (distinct, sorted), only groups of two or more documents.
    std::vector<std::vector<int>> groups;
    // Per document, per sentence: a number shared by the sentences of one group across the folder,
    // or noGroup (a sentence under three words, or a document not compared).
    std::vector<std::vector<std::uint64_t>> labels;
    static constexpr std::uint64_t noGroup = ~std::uint64_t(0);
};

// Documents with an empty fingerprint (not compared) take no part. Thread-safe.
SentenceGrouping sentenceGroups(const std::vector<Fingerprint>& prints, const std::atomic_bool& cancel,
                                unsigned threads);

// Pairs (a < b) of documents that share at least `minShared` groups, sorted: every pair a group
// links is derived from it, with no cut-off on big groups. Work is one pass per document over the
// groups it is in. Thread-safe.
std::vector<std::pair<int, int>> pairsSharingGroups(const std::vector<std::vector<int>>& groups,
                                                    std::size_t documents, int minShared,
                                                    const std::atomic_bool& cancel, unsigned threads);

} // namespace parallax
