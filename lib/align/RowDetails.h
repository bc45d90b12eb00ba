#pragma once

// Internal to lib/align: what is said about a planned row once it has its place — its kind, the
// cell the others are compared against, and their word diffs.

#include "align/Alignment.h"
#include "align/MatchGraph.h"
#include "align/RowOrder.h"
#include "align/WordUnits.h"
#include "corpus/Document.h"

#include <vector>

namespace parallax {

// Kinds and bases of rows. Not thread-safe: one per thread (it keeps scratch space).
class RowDescriber {
public:
    RowDescriber(const MatchGraph& g, const std::vector<PlannedRow>& rows);

    // The weakest agreement holding the row together (Alignment.h, RowKind): the weakest match of
    // a maximum spanning forest of the row's cells. A lone cell takes its strongest match to the
    // rows it is linked to by a move (`linked`: its main row, or its rows of moved blocks), and is
    // Unique when it has none.
    RowKind kind(int row, const std::vector<int>& linked);

    // The block the row's other cells are diffed against: the reference column's when the row has
    // it, else the one with the most direct match strength to the others. For a row of moved
    // cells, the base of its main row. -1 when the row is empty.
    int base(int row, int referenceColumn);

private:
    const MatchGraph& g_;
    const std::vector<PlannedRow>& rows_;
    std::vector<int> local_; // block -> index in the row being described, else -1
};

// The diff of `block` against `base`, using the reuse stage's edits when one match joins exactly
// these two blocks. `baseWords` reads the base block. `columns` maps a column to its document index.
CellDiff diffBlocks(LazyWordUnits& baseWords, const std::vector<Document>& docs,
                    const std::vector<int>& columns, const ReuseResult& reuse, const MatchGraph& g, int base,
                    int block);

} // namespace parallax
