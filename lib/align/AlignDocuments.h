#pragma once

#include "align/Alignment.h"
#include "corpus/Document.h"
#include "reuse/ReuseResult.h"

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <vector>

namespace parallax {

struct SentenceAnchor {
    int docA = -1, sentenceA = -1;
    int docB = -1, sentenceB = -1;
    double weight = 1; // (0, 1]: how sure the caller is (a claim's confidence)
    // The two sentences give the fact different values. Where the reuse stage matched them and the
    // articles' orders cross, the rows keep this pair together rather than a pair that agrees.
    bool disagreement = false;
    // The caller is sure enough to put this pair before the paraphrase matches (a firm claim). A
    // possible disagreement is tied only where the matches leave the two sentences free.
    bool firm = true;
    // Not one fact: the claims model compared the two sentences' numbers and did not join them
    // (claims/ComparedSentences.h). Tied after every other anchor, where all of them leave the two
    // sentences free; such a row is RowKind::RelatedNumbers.
    bool related = false;
};

struct AlignOptions {
    // The documents to align, in column order (indices into `docs`); empty: all of them, in order.
    // Matches with a document left out are ignored, so hiding an article never leaves its links.
    std::vector<int> documents;
    // The article whose sentence order the rows follow where the articles disagree: its sentences
    // are never marked moved. -1: the article whose order agrees with the most matches (ties: the
    // original of more reprint pairs), which keeps moves fewest. Alignment::reference says which.
    int reference = -1;
    // Word diff of every cell against its row's base cell (AlignedRow::diffs).
    bool wordDiffs = true;
    // For the word diffs and the match graph; 0: one per core. The result does not depend on it.
    unsigned threads = 0;
    // Sentences that state one fact in other words (mentions of one claim, from findClaims): they
    // share a row where the articles' orders allow, after every match of the reuse stage, which
    // they never override, except that two values of one fact (SentenceAnchor::disagreement) go
    // before a paraphrase match. Such a row is RowKind::SharedFact, and a sentence whose only tie to a
    // row is a fact is never drawn as moved: independent reports order their facts freely.
    std::vector<SentenceAnchor> factAnchors;
};

// Called with (steps done, steps in all) from the calling thread or, during the word diffs, from a
// worker thread; it must be thread-safe.
using AlignProgress = std::function<void(qsizetype done, qsizetype total)>;

// Lines up the sentences of several articles in rows, one column per article, so that what the
// articles share sits level across the columns.
//
//     std::atomic_bool cancel{false};
//     ReuseResult reuse = findReuse(docs, {}, cancel);
//     AlignOptions options;
//     options.reference = 0; // the user's choice; its order wins
//     Alignment a = alignDocuments(docs, reuse, options, cancel);
//     for (const AlignedRow& row : a.rows) ...
//
// Input: the documents and the sentence matches of findReuse() in full mode (pairs-only results
// have no matches: every sentence then gets a row of its own). Out-of-range or repeated indices in
// `options.documents` are skipped, and a reference that is not among the columns counts as -1;
// matches with out-of-range documents or sentences are ignored.
//
// Output, guaranteed:
// - every sentence of every aligned document is in exactly one cell, and down each column the
//   cells follow the document's own sentence order (Alignment::rowOf is increasing);
// - a cell holds one sentence or a run of adjacent sentences that a split or merge matched as one;
// - the cells of a row are sentences the reuse stage matched to each other, directly or through a
//   chain of matches (which may pass through a moved sentence on another row); no row holds two
//   cells that no chain connects;
// - where an article has its counterpart of a row elsewhere (a moved paragraph), its sentence sits
//   on a row of moved cells (shared with articles that moved it alike) with `moved` set and
//   AlignedRow::counterpart pointing at the row where the others are; that row lists it in
//   movedRows. The reference article is never moved.
// - a sentence matched to nothing is alone on its row (RowKind::Unique).
//
// Deterministic: the same input gives the same rows whatever `threads`. Not a global optimum: rows
// are built article by article (docs/alignment.md, "Order"). When `cancel` becomes true it returns
// soon with `cancelled` set and no rows. Thread-safe (no shared state between calls).
Alignment alignDocuments(const std::vector<Document>& docs, const ReuseResult& reuse,
                         const AlignOptions& options, const std::atomic_bool& cancel,
                         const AlignProgress& progress = {});

} // namespace parallax
