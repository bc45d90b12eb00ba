#pragma once

#include "claims/Claim.h"
#include "corpus/Document.h"

#include <QJsonArray>

#include <vector>

namespace parallax {

// The "claims" array of the version-1 JSON (DESIGN.md), documents by id:
//
//     {"id": "c1", "label": "people injured", "status": "conflict", "unit": "people",
//      "predicate": "injured", "head": "", "place": "Kyiv", "agent": "", "occasion": "", "articles": 5,
//      "variants": [{"doc": "001_...", "sentence": 0, "text": "26", "value": 26,
//                    "range_end": null, "qualifier": null, "qualifier_text": "", "kind": "count",
//                    "unit": "people", "predicate": "injured", "place": "Kyiv",
//                    "start": 48, "end": 50}]}
//
// "qualifier" is null or numberQualifierName() ("at_least"); "start"/"end" are UTF-16 offsets into
// the document's display text; "unit" of a variant is ClaimVariant::unit.
QJsonArray claimsToJson(const std::vector<Claim>& claims, const std::vector<Document>& docs);

} // namespace parallax
