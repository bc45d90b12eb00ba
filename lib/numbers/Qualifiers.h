#pragma once

// Internal to lib/numbers: the hedge around a number. Before it: "more than", "at least", "nearly",
// "some", "an estimated", "up to", "just over", ">=". After it: "or more", "-plus", "or so". And
// two flags: record ("a record 539", "record-breaking 550", "... 550 drones – a record") and
// reported ("a reported $125,000", "reportedly" in the same clause).

#include "numbers/Draft.h"

namespace parallax::numbers {

// Sets qualifier, qualifierText, qualifierSpan, record and reported of every draft; moves qualTok
// and nextTok over the words used.
void attachQualifiers(const TokenizedText& t, Drafts& drafts);

} // namespace parallax::numbers
