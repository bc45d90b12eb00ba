#pragma once

// Internal to lib/numbers: numbers that name a day or a time, never a quantity. "July 4th, 2025",
// "4 July", "4th of July", "February 2022", "2025-07-04", "17/05/2018", "9am", "9.30am", "4 a.m.",
// "21:00", "0900 GMT", "nine o'clock".

#include "numbers/Draft.h"

namespace parallax::numbers {

// Recognises a date or a time of day starting at token i and fills out (tokens, span, value,
// kind, normalized). Returns false when token i starts neither.
bool scanDateOrTime(const TokenizedText& t, int i, Draft& out);

// Month number of a month name or abbreviation at token i (1..12), or 0. Lower-case "may" and
// "march" count only when strict is false, since they are mostly a verb.
int monthAt(const TokenizedText& t, int i, bool strict);

} // namespace parallax::numbers
