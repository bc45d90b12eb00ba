#include "report/ReprintEdits.h"

#include <algorithm>

namespace parallax {
namespace {

void markSentences(std::vector<bool>& seen, MatchSide side) {
    for (int s = side.first; s < side.first + side.count && s < int(seen.size()); ++s)
        seen[size_t(s)] = true;
}

void countWords(ReprintEdits& edits, const SentenceMatch& match, std::span<const WordEdit> diff) {
    // Edit counts are per side of the match: the copy's words are "A" when the copy is docA.
    const bool copyIsA = match.docA == edits.copy;
    bool changed = false;
    for (const WordEdit& e : diff) {
        const int copyWords = copyIsA ? e.countA : e.countB, sourceWords = copyIsA ? e.countB : e.countA;
        switch (e.op) {
        case EditOp::Equal:
            break;
        case EditOp::Replace:
            edits.wordsChanged += copyWords;
            changed = true;
            break;
        case EditOp::Insert:
        case EditOp::Delete:
            edits.wordsAdded += copyWords;
            edits.wordsDropped += sourceWords;
            changed = true;
            break;
        }
    }
    // A paraphrase without a word diff (pairs-only runs) still counts as edited.
    if (changed || (diff.empty() && match.kind != MatchKind::Identical))
        ++edits.sentencesEdited;
    else
        ++edits.sentencesKept;
}

} // namespace

MatchSide matchSideOf(const SentenceMatch& match, int doc) {
    return match.docA == doc ? MatchSide{match.firstA, match.countA} : MatchSide{match.firstB, match.countB};
}

ReprintEdits reprintEdits(const Analysis& analysis, const DocumentPair& pair) {
    ReprintEdits edits;
    edits.directionKnown = pair.original >= 0;
    edits.source = edits.directionKnown ? pair.original : pair.a;
    edits.copy = edits.source == pair.a ? pair.b : pair.a;
    for (const SentenceMatch& m : analysis.reuse.matches)
        if (m.docA == pair.a && m.docB == pair.b)
            edits.matches.push_back(&m);
    std::sort(edits.matches.begin(), edits.matches.end(),
              [&](const SentenceMatch* x, const SentenceMatch* y) {
                  return matchSideOf(*x, edits.copy).first < matchSideOf(*y, edits.copy).first;
              });
    const auto& docs = analysis.corpus.documents;
    std::vector<bool> copySeen(docs[size_t(edits.copy)].sentences.size(), false);
    std::vector<bool> sourceSeen(docs[size_t(edits.source)].sentences.size(), false);
    for (const SentenceMatch* m : edits.matches) {
        markSentences(copySeen, matchSideOf(*m, edits.copy));
        markSentences(sourceSeen, matchSideOf(*m, edits.source));
        countWords(edits, *m, analysis.reuse.editsOf(*m));
    }
    for (size_t s = 0; s < copySeen.size(); ++s)
        if (!copySeen[s])
            edits.sentencesAdded.push_back(int(s));
    for (size_t s = 0; s < sourceSeen.size(); ++s)
        if (!sourceSeen[s])
            edits.sentencesDropped.push_back(int(s));
    return edits;
}

} // namespace parallax
