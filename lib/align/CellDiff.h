#pragma once

#include "align/Alignment.h"
#include "corpus/Document.h"

#include <span>
#include <vector>

namespace parallax {

// The word-level diff of two cells (a sentence or a run of sentences each), numbers compared by
// value: "Fourteen" against "14" is an Equal run with a NumberFormatting note, "two" against
// "three" a Replace. Fills CellDiff::edits and formatting; the column and base fields are left for
// the caller, who knows where the cells sit.
//
//     CellDiff d = diffCells(docs[a], rowA, docs[b], rowB);
//     for (const WordEdit& e : d.edits)
//         if (e.op != EditOp::Equal)
//             mark(docs[b].tokens[e.firstB].span, e.countB);
//
// `known`, when not empty, is the reuse stage's diff of exactly these two runs, oriented base -> other
// (reversedEdits() turns one round). It is taken as it is unless one of its changed runs touches a
// number; then, as without it, the diff is computed here: the reuse stage's wordDiff() (longest
// common subsequence) on value-aware word hashes, numbers read by extractNumbers() over the whole
// cell. Elsewhere the two agree, so the row diff matches the "shared_sentences" edits of the JSON.
// A gap compares as no words. Thread-safe.
CellDiff diffCells(const Document& base, const Cell& baseCell, const Document& other, const Cell& otherCell,
                   std::span<const WordEdit> known = {});

// The same edits seen from the other side: A and B swapped, Insert and Delete exchanged.
std::vector<WordEdit> reversedEdits(std::span<const WordEdit> edits);

} // namespace parallax
