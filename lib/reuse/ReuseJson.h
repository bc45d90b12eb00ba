#pragma once

#include "corpus/Document.h"
#include "reuse/ReuseResult.h"

#include <QJsonArray>

namespace parallax {

// The "pairs" array of the version-1 JSON (DESIGN.md): documents by id, never by index.
//
//     {"a": "000_...", "b": "002_...", "resemblance": 0.44, "containment_a_in_b": 0.52,
//      "containment_b_in_a": 0.75, "relation": "reprint", "original": "000_..." | null,
//      "shared_sentences": 38, "evidence": "reprint: 75% of ..."}
QJsonArray pairsToJson(const ReuseResult& result, const std::vector<Document>& docs);

// The "shared_sentences" array: one object per match, with the counts of a split or merge and the
// word-level edit ("a"/"b" token ranges are [first, count] into each document's words).
//
//     {"a": "000_...", "a_index": 4, "a_count": 1, "b": "002_...", "b_index": 4, "b_count": 2,
//      "score": 0.95, "kind": "near-identical",
//      "edits": [{"op": "equal", "a": [80, 8], "b": [77, 8]}, {"op": "replace", ...}]}
QJsonArray sharedSentencesToJson(const ReuseResult& result, const std::vector<Document>& docs);

} // namespace parallax
