#pragma once

// Internal to lib/numbers: a conversion written in brackets right after a number, "400km (250
// miles)", "EUR85m ($108m)", "85 million euros (about $108 million)". It restates the same fact in
// another unit, so it is kept on the first mention (convertedValue, convertedUnit, convertedSpan)
// and not reported as a number of its own: two facts would look like two claims, or a conflict.

#include "numbers/Draft.h"

namespace parallax::numbers {

// Runs after units are attached: the units decide whether the bracket restates the number.
void attachConversions(const TokenizedText& t, Drafts& drafts);

} // namespace parallax::numbers
