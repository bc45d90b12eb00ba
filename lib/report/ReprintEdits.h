#pragma once

#include "analysis/Analysis.h"

#include <vector>

namespace parallax {

// What one article of a pair did to the other's text, read from the sentence matches of the pair
// and their word diffs. "source" is the pair's original; when the original is unknown, the pair's
// first article stands in for it (and `directionKnown` is false).
struct ReprintEdits {
    int source = 0;
    int copy = 0;
    bool directionKnown = false;
    std::vector<const SentenceMatch*> matches; // in the copy's sentence order
    int sentencesKept = 0;                     // copy sentences matched word for word
    int sentencesEdited = 0;                   // copy sentences matched with word changes
    std::vector<int> sentencesAdded;           // copy sentences with no match in the source
    std::vector<int> sentencesDropped;         // source sentences with no match in the copy
    int wordsChanged = 0;                      // copy words replacing source words
    int wordsAdded = 0;                        // copy words inserted into matched sentences
    int wordsDropped = 0;                      // source words removed from matched sentences
};

ReprintEdits reprintEdits(const Analysis& analysis, const DocumentPair& pair);

// Side of a match as seen from `doc`: its first sentence, count, and whether `doc` is the match's A.
struct MatchSide {
    int first = 0;
    int count = 0;
};
MatchSide matchSideOf(const SentenceMatch& match, int doc);

} // namespace parallax
