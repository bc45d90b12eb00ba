#pragma once

// The N-way sentence alignment of a story's articles, as plain values: copyable, no Qt object, safe
// to hand between threads. alignDocuments() (AlignDocuments.h) makes one; alignmentToJson()
// (AlignmentJson.h) writes it; docs/alignment.md explains how rows are found and why.
//
//     Alignment a = alignDocuments(docs, reuse, {}, cancel);
//     for (const AlignedRow& row : a.rows)
//         for (size_t col = 0; col < row.cells.size(); ++col)
//             if (!row.cells[col].isGap())
//                 show(docs[a.documents[col]], row.cells[col], row.kind, row.cells[col].moved);

#include "reuse/ReuseResult.h"

#include <QString>

#include <vector>

namespace parallax {

// How far the sentences of one row agree: the weakest agreement needed to hold the row together.
enum class RowKind {
    Identical,      // equal after normalising case, quotes, dashes and spacing
    NearIdentical,  // a few words edited
    Paraphrase,     // same content in other words
    SharedFact,     // other words, but the sentences state one fact: mentions of one claim
                    // (AlignOptions::factAnchors)
    RelatedNumbers, // other words, and numbers the claims model compared but did not join: what a
                    // reader compares across a row, not one fact (SentenceAnchor::related)
    Unique,         // only one article has text here, and it is not found elsewhere either
};

// The JSON spelling: "identical", "near-identical", "paraphrase", "fact", "related", "unique".
QString rowKindName(RowKind kind);

// One column's share of a row: a gap, one sentence, or a run of adjacent sentences that together
// match one sentence of another article (a sentence split in two, or two merged into one).
struct Cell {
    int first = -1; // Document::sentences index of the first sentence; -1 for a gap
    int count = 0;  // sentences [first, first + count); 0 for a gap
    // The sentence's counterparts are not on this row but on AlignedRow::counterpart: this article
    // has it in another place (a moved paragraph), and placing it level with them would break the
    // article's own order.
    bool moved = false;

    bool isGap() const { return count == 0; }
    bool contains(int sentence) const { return sentence >= first && sentence < first + count; }
    friend bool operator==(const Cell&, const Cell&) = default;
};

// Two spellings of one number inside an Equal run of a word diff: "Fourteen" and "14", "three
// thousand" and "3,000", "40%" and "40 per cent". A formatting difference, not a word change.
// Token indices as in WordEdit (A: the base cell's document, B: the compared cell's).
struct NumberFormatting {
    int firstA = 0;
    int countA = 0;
    int firstB = 0;
    int countB = 0;
    double value = 0; // the value both sides spell

    friend bool operator==(const NumberFormatting&, const NumberFormatting&) = default;
};

// The word-level diff of one cell against the row's base cell (the reference article's cell when it
// has one, else the cell most directly matched to the others). For a row of moved cells the base is
// on the counterpart row. Numbers are compared by value: a different spelling of the same value is
// Equal and listed in `formatting`; a different value is a Replace.
struct CellDiff {
    int column = -1;  // the cell compared (B side of the edits)
    int baseRow = -1; // where the base cell is (A side)
    int baseColumn = -1;
    std::vector<WordEdit> edits; // in order, covering both cells' tokens
    std::vector<NumberFormatting> formatting;
};

struct AlignedRow {
    std::vector<Cell> cells; // one per column of Alignment::documents
    RowKind kind = RowKind::Unique;
    // For a row of moved cells: the row where their counterparts sit. Every non-gap cell of such a
    // row has `moved` set. -1 on ordinary rows.
    int counterpart = -1;
    // For an ordinary row: the rows holding moved counterparts of its sentences, in order.
    std::vector<int> movedRows;
    // Word diffs of every non-gap cell but the base; empty when AlignOptions::wordDiffs is off.
    std::vector<CellDiff> diffs;

    int textColumns() const; // non-gap cells
};

struct Alignment {
    std::vector<int> documents; // indices into the documents given to alignDocuments, in column order
    int reference = -1;         // the document whose order the rows follow where articles disagree
    std::vector<AlignedRow> rows;
    // rowOf[column][sentence]: the row holding that sentence (in a cell of `count` > 1 every
    // sentence of the run maps to the row). Every sentence of every column has a row.
    std::vector<std::vector<int>> rowOf;
    bool cancelled = false;

    int columnOf(int document) const; // -1 when the document is not aligned
};

} // namespace parallax
