// The word-level edit of two sentences: runs of equal, inserted, deleted and replaced words.
#include "reuse/WordDiff.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace parallax;

namespace {

// Words as small numbers stand in for token hashes.
std::vector<std::uint64_t> words(std::initializer_list<std::uint64_t> w) {
    return w;
}

} // namespace

TEST(WordDiff, CommonWordCountIsTheLongestCommonSubsequence) {
    const auto a = words({1, 2, 3, 4, 5});
    const auto b = words({1, 3, 9, 4, 5, 6});
    EXPECT_EQ(commonWordCount(a.data(), 5, b.data(), 6), 4);
    EXPECT_EQ(commonWordCount(a.data(), 0, b.data(), 6), 0);
}

TEST(WordDiff, EqualSequencesAreOneEqualRun) {
    const auto a = words({7, 8, 9});
    const auto edits = wordDiff(a, 0, 3, a, 0, 3);
    ASSERT_EQ(edits.size(), 1u);
    EXPECT_EQ(edits[0], (WordEdit{EditOp::Equal, 0, 3, 0, 3}));
}

TEST(WordDiff, InsertDeleteAndReplaceRunsUseIndicesOfTheWholeSequence) {
    // a: [x x] 1 2 3 4 5      (the sentence starts at index 2)
    // b: [y] 1 9 3 4 6 5 7    (starts at index 1)
    const auto a = words({100, 101, 1, 2, 3, 4, 5});
    const auto b = words({200, 1, 9, 3, 4, 6, 5, 7});
    const auto edits = wordDiff(a, 2, 5, b, 1, 7);
    const std::vector<WordEdit> expected = {
        {EditOp::Equal, 2, 1, 1, 1},   // 1
        {EditOp::Replace, 3, 1, 2, 1}, // 2 -> 9
        {EditOp::Equal, 4, 2, 3, 2},   // 3 4
        {EditOp::Insert, 6, 0, 5, 1},  // + 6
        {EditOp::Equal, 6, 1, 6, 1},   // 5
        {EditOp::Insert, 7, 0, 7, 1},  // + 7
    };
    EXPECT_EQ(edits, expected);
}

TEST(WordDiff, DeletionAtTheEnd) {
    const auto a = words({1, 2, 3});
    const auto b = words({1, 2});
    const auto edits = wordDiff(a, 0, 3, b, 0, 2);
    ASSERT_EQ(edits.size(), 2u);
    EXPECT_EQ(edits[1], (WordEdit{EditOp::Delete, 2, 1, 2, 0}));
}

TEST(WordDiff, EditNames) {
    EXPECT_EQ(editOpName(EditOp::Replace), "replace");
    EXPECT_EQ(matchKindName(MatchKind::NearIdentical), "near-identical");
    EXPECT_EQ(relationName(Relation::SharedSource), "shared-source");
    EXPECT_EQ(relationName(Relation::SameStory), "same-story");
}

TEST(WordDiff, AHugeSentenceIsComparedInBoundedTimeAndMemory) {
    // Two 60,000-word "sentences" (a page of text without a full stop) that differ in the middle:
    // the exact table would be 3.6 billion cells.
    std::vector<std::uint64_t> a(60000), b(60000);
    for (size_t i = 0; i < a.size(); ++i)
        a[i] = b[i] = i % 977;
    for (size_t i = 20000; i < 40000; ++i)
        b[i] = 100000 + i;
    QElapsedTimer timer;
    timer.start();
    const auto edits = wordDiff(a, 0, int(a.size()), b, 0, int(b.size()));
    ASSERT_EQ(edits.size(), 3u);
    EXPECT_EQ(edits[0].op, EditOp::Equal);
    EXPECT_EQ(edits[0].countA, 20000);
    EXPECT_EQ(edits[1].op, EditOp::Replace);
    EXPECT_EQ(edits[2].op, EditOp::Equal);
    EXPECT_EQ(edits[2].countA, 20000);
    const int common = commonWordCount(a.data(), int(a.size()), b.data(), int(b.size()));
    EXPECT_GE(common, 40000);
    EXPECT_LE(common, 60000);
    EXPECT_LT(timer.elapsed(), 2000) << "bounded, not quadratic";
    // Below the bound the answer is exact, as before.
    const std::vector<std::uint64_t> x{1, 2, 3, 4, 5}, y{1, 9, 3, 4, 8, 5};
    EXPECT_EQ(commonWordCount(x.data(), 5, y.data(), 6), 4);
}
