#pragma once

#include "analysis/AnalysisJson.h"
#include "analysis/JsonWriter.h"

class QIODevice;

namespace parallax {

// The version-1 JSON of analysisToJson, written to `device` as it is formatted: the same bytes as
// QJsonDocument(analysisToJson(analysis, options)).toJson(style), without the tree. A folder of one
// story in a thousand outlets reports three million shared sentences (gigabytes of text); here they
// are formatted on all cores a slice at a time and written out, so memory stays that of a slice.
// False when the device failed (its errorString says why).
bool writeAnalysisJson(QIODevice& device, const Analysis& analysis, const JsonOptions& options = {},
                       JsonStyle style = JsonStyle::Indented);

} // namespace parallax
