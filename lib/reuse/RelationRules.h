#pragma once

#include "corpus/Document.h"
#include "reuse/ReuseResult.h"

namespace parallax {

// What is known about a pair when its relation is decided. Counts of "copied" sentences come from
// shingles: a sentence is copied when at least half of its 3-word shingles occur in the other
// article. Sentences mostly inside quotation marks are left out of the copied counts, since two
// reporters quoting one statement have not reused each other's prose.
struct PairFacts {
    double resemblance = 0;
    double containmentAInB = 0;
    double containmentBInA = 0;
    int sentencesA = 0;
    int sentencesB = 0;
    int copiedA = 0; // sentences of a (not quotes) copied in b
    int copiedB = 0;
    // Content: distinct names and numbers both articles mention; cosine of their content units.
    int sharedSpecifics = 0;
    double contentSimilarity = 0;
    // From sentence matching, when it ran (-1 otherwise).
    int matches = -1;
    int matchesInOrder = -1;
};

// Thresholds, in one place because docs/reuse.md quotes them.
constexpr double reprintContainmentMin = 0.5; // half of one article's shingles are in the other
constexpr int reprintCopiedMin = 3;           // ... and that is at least three copied sentences
constexpr int passageCopiedMin = 3;           // shared passage: three copied sentences on each side
constexpr int skeletonMatchesMin = 4;         // shared source by paraphrase: 4 sentences in order ...
constexpr double skeletonShareMin = 0.4;      // ... and 40% of the shorter article's sentences
constexpr int sameStorySpecificsMin = 3;      // same story: names and numbers in common ...
constexpr double sameStoryContentMin = 0.1;   // ... and some content in common

// The relation decided from wording alone: Reprint, SharedSource (a shared passage) or, when wording
// does not decide, Unrelated (meaning "look further").
Relation relationFromWording(const PairFacts& facts);

// Whether the content evidence says the two report one event (the screen before sentence matching).
bool looksLikeSameStory(const PairFacts& facts);

// The full decision, with sentence matching done when matches >= 0.
Relation decideRelation(const PairFacts& facts);

struct Direction {
    int original = -1; // 0: a, 1: b, -1: unknown
    QString reason;
};

// Which of two reused articles is the original: a closing attribution naming the other's outlet
// (or naming anyone, when the other carries none), then an earlier date, then containment (editors
// cut more often than they add, so the text that holds more of the other is taken as the source).
Direction decideOriginal(const Document& a, const Document& b, const PairFacts& facts, Relation relation);

// The one-line evidence shown with the pair.
QString evidenceLine(const PairFacts& facts, Relation relation, const Direction& direction);

} // namespace parallax
