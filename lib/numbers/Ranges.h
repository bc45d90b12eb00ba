#pragma once

// Internal to lib/numbers: joins two numbers into one range mention. "10 to 12", "between 20 and
// 30", "from 200 to 3000000", "10-12", "20~100", "five or six", "2024-25", "between 2 and 3
// million" (the scale and unit of the second end apply to the first).

#include "numbers/Draft.h"

namespace parallax::numbers {

// Merges range pairs in place; the second draft of each pair is removed.
void mergeRanges(const TokenizedText& t, Drafts& drafts);

} // namespace parallax::numbers
