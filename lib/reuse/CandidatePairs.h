#pragma once

#include "reuse/Fingerprint.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace parallax {

struct CandidateOptions {
    // A sampled shingle in more documents than this is either a stock phrase or one story copied
    // many times. Pairing all its documents would cost n^2, so each is paired only with the group's
    // first `anchors` documents: copies of one story meet those same anchors on every shingle and
    // pass minSharedSamples; a stock phrase's documents meet them once. findReuse then closes the
    // star of reprints around an anchor into all its pairs.
    int maxDocumentsPerShingle = 100;
    int anchors = 4;
    // Sampled shingles two documents must share to become a candidate (about 4 x this many words).
    int minSharedSamples = 3;
    unsigned threads = 0;
};

// Pairs (a < b) of documents that share enough sampled rare shingles to be worth verifying,
// sorted. Never compares documents pair by pair: every sampled shingle goes into one sorted index
// and only documents meeting on a shingle are paired (all pairs of a rare shingle's documents, the
// anchors of a common one). Work is split across options.threads.
// `samples` holds each document's sampledShingles(): shingles kept when hash % 4 == 0. Sampling by
// value (not by position) keeps the same shingles in every document, so shared text still meets.
constexpr unsigned candidateSampling = 4;

std::vector<std::pair<int, int>> candidatePairs(const std::vector<std::vector<std::uint64_t>>& samples,
                                                const CandidateOptions& options,
                                                const std::atomic_bool& cancel);

} // namespace parallax
