// The candidate index: documents meeting on rare sampled shingles become pairs; stock phrases
// shared by many documents do not.
#include "reuse/CandidatePairs.h"

#include <gtest/gtest.h>

using namespace parallax;

namespace {

// A document's sampled shingles with the given values (the index reads the hash's high bits).
std::vector<std::uint64_t> printOf(std::vector<std::uint64_t> values) {
    for (std::uint64_t& v : values)
        v = v * candidateSampling << 24;
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

TEST(Candidates, DocumentsSharingRareShinglesArePaired) {
    std::vector<std::vector<std::uint64_t>> prints;
    prints.push_back(printOf({1, 2, 3, 4, 5}));
    prints.push_back(printOf({10, 11, 12}));
    prints.push_back(printOf({1, 2, 3, 20}));  // shares three with 0
    prints.push_back(printOf({4, 5, 10, 30})); // two with 0, one with 1: too few
    const std::atomic_bool cancel{false};
    CandidateOptions options;
    options.minSharedSamples = 3;
    const auto pairs = candidatePairs(prints, options, cancel);
    ASSERT_EQ(pairs.size(), 1u);
    EXPECT_EQ(pairs[0], std::make_pair(0, 2));
}

TEST(Candidates, CommonShinglesPairOnlyWithAnchors) {
    // Shingles 50-52 are in all 12 documents, more than the cap of 5: each document is paired with
    // the first four (the anchors) only, not with all eleven others.
    std::vector<std::vector<std::uint64_t>> prints;
    for (int d = 0; d < 12; ++d)
        prints.push_back(printOf({std::uint64_t(100 + d), 50, 51, 52}));
    const std::atomic_bool cancel{false};
    CandidateOptions options;
    options.maxDocumentsPerShingle = 5;
    options.anchors = 4;
    options.threads = 2;
    const auto pairs = candidatePairs(prints, options, cancel);
    EXPECT_EQ(pairs.size(), 4u * 11u - 6u); // pairs with a member among 0-3
    for (const auto& [a, b] : pairs)
        EXPECT_LT(a, 4);

    // A stock phrase met on fewer shingles than minSharedSamples pairs nobody.
    options.minSharedSamples = 4;
    EXPECT_TRUE(candidatePairs(prints, options, cancel).empty());
}
