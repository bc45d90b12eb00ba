#pragma once

// Sentences whose numbers the claims model compared but did not join: for the view, not the claims.

#include <vector>

namespace parallax {

// Two sentences of two articles holding a candidate pair of numbers (ClaimScoring.h: both name one
// counted noun, or one verb and unit, or the reuse stage matched the sentences; or, for this only,
// numbers of one kind with much alike words around them, kAlikeContext) that no claim joins: the pair scored
// below the join score, or a hard constraint (one value per article, two numbers of one sentence) kept the
// claims apart. Not one fact, and never a conflict; but what a reader compares across a row ("14 vessels"
// against "17 ships"), so the alignment lines them up where nothing else ties them (analysis/FactAnchors.h,
// RowKind::RelatedNumbers).
struct ComparedSentences {
    int docA = 0, sentenceA = 0; // docA < docB
    int docB = 0, sentenceB = 0;
    double score = 0; // the best candidate pair's score between the two sentences
};

// How many compared sentences one sentence keeps (its best-scored): a line in a 1,000-article story
// compares with thousands, and a row needs a few of them.
inline constexpr int kMaxComparedPerSentence = 4;

} // namespace parallax
