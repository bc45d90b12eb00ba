#pragma once

#include "align/Alignment.h"
#include "corpus/Document.h"

#include <QJsonObject>

#include <vector>

namespace parallax {

// The "alignment" object of the version-1 JSON (DESIGN.md, docs/alignment.md): documents by id,
// never by index; `rows` one array per row with, per column, the first sentence index of its cell
// or null for a gap. `row_info` runs beside `rows` and says what the bare indices cannot; keys
// with nothing to say are left out.
//
//     {"documents": ["000_...", "002_..."], "reference": "000_...",
//      "rows": [[0, 0], [1, null], [null, 2], [2, 1]],
//      "row_info": [{"kind": "near-identical",
//                    "diffs": [{"column": 1, "base": [0, 0],
//                               "changes": [{"op": "replace", "a": [12, 1], "b": [10, 2]}],
//                               "formatting": [{"a": [30, 1], "b": [29, 1], "value": 14}]}]},
//                   {"kind": "unique", "moved_rows": [3]},
//                   {"kind": "unique"},
//                   {"kind": "near-identical", "moved": [1], "counterpart": 1,
//                    "groups": [[1, 1, 2]]}]}
//
// kind: "identical" | "near-identical" | "paraphrase" | "unique" (AlignedRow::kind). groups:
// [column, first sentence, count] of every cell holding more than one sentence (a split or merge).
// moved: columns whose cell is marked moved; counterpart: the row where their counterparts are;
// moved_rows: rows holding moved counterparts of this row's sentences. diffs: per compared cell,
// the changed runs of its word diff against the base cell at [row, column] (equal runs left out;
// "a" and "b" are [first token, count] into the base's and this document's words, as in
// "shared_sentences") and numbers spelled differently with one value. Omitted when the alignment
// was made without word diffs.
QJsonObject alignmentToJson(const Alignment& alignment, const std::vector<Document>& docs);

} // namespace parallax
