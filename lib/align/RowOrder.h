#pragma once

// Internal to lib/align: puts the clusters of a MatchGraph in rows, article by article, keeping
// each article's sentence order (docs/alignment.md, "Order").

#include "align/MatchGraph.h"

#include <atomic>
#include <functional>
#include <vector>

namespace parallax {

struct PlannedRow {
    int cluster = -1;
    int main = -1;           // for a row of moved blocks: the position of its cluster's main row; else -1
    std::vector<int> blocks; // block ids, at most one per column, in the order they were placed
};

// The column whose order agrees with the most matches: the sum over the other columns of how many
// of their matches with it keep the same order on both sides. Following it moves the fewest
// sentences. Ties go to the column that is the original of more pairs (`originals`, per column,
// may be empty), then to the most matched, then to the first. Uses `threads` threads (0: one per
// core); the answer does not depend on them.
int mostMatchedColumn(const MatchGraph& g, const std::vector<int>& originals, unsigned threads = 0);

// Columns in the order they join the rows: the reference first, then always the column most
// matched to those already placed, so each joins rows that already hold its counterparts.
std::vector<int> insertionOrder(const MatchGraph& g, int referenceColumn);

// Rows in display order. Every block is on exactly one row; the blocks of a column are on rows in
// the column's order. Each cluster has one main row and, where a column's block could not sit
// there without crossing, rows of moved blocks. `columnDone` is called after each column. Empty
// when `cancel` becomes true.
std::vector<PlannedRow> planRows(const MatchGraph& g, int referenceColumn, const std::atomic_bool& cancel,
                                 const std::function<void()>& columnDone);

} // namespace parallax
