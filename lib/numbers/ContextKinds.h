#pragma once

// Internal to lib/numbers: kinds a number gets from the words around it rather than from its own
// form. Age ("54-year-old", "30 years old", "aged 54", "Jane Doe, 54,"), Identifier ("school
// number 22", "No. 22", "Route 12", "Boeing 737", "10 Downing Street"), Year ("2023", "in 2019",
// "2019 to 2022"), and ordinals used as names ("the 47th Brigade").

#include "numbers/Draft.h"

namespace parallax::numbers {

void classifyByContext(const TokenizedText& t, Drafts& drafts);

} // namespace parallax::numbers
