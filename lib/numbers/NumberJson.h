#pragma once

// Number mentions as JSON, for `parallax-cli numbers` and for tests.
//
//     const auto mentions = parallax::extractNumbers(line);
//     out << QJsonDocument(parallax::numberMentionsToJson(mentions)).toJson(QJsonDocument::Compact);
//
// One object per mention, in the order given:
//   value       number; Percent 40 for "40%", see NumberExtractor.h for the other kinds
//   text        the characters of the span
//   start, end  UTF-16 offsets of the span, end exclusive
//   kind        "count" "measure" "money" "percent" "fraction" "ordinal" "year" "date" "time"
//               "age" "identifier" "vague"
//   qualifier   null, or "exactly" "about" "nearly" "at_least" "more_than" "at_most" "up_to"
//               "less_than"
//   unit        null, or the unit or counted noun: "people", "drone", "hour", "GBP", "%"
// and only when present:
//   range_end       upper end of a range
//   qualifier_text  the hedge as written, "more than"
//   record, reported, implicit_unit   true
//   head            noun a hyphenated measure describes, "raid"
//   predicate       "injured", "launched"
//   normalized      "2025-07-04", "09:30"
// Fields may be added; none is renamed without a version bump of the analysis format.

#include "numbers/NumberMention.h"

#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace parallax {

QJsonObject numberMentionToJson(const NumberMention& mention);
QJsonArray numberMentionsToJson(const std::vector<NumberMention>& mentions);

} // namespace parallax
