#pragma once

// Internal to lib/claims: a number given per period ("$23 million per season", "4,000 drones a
// month", "earns $5m annually") states a rate, a different quantity from a total of the same unit
// ("an eight-year deal worth $184 million or $23 million per season"): the two never join.

#include "claims/SentenceWords.h"

#include <QString>

namespace parallax::claims {

// "per year", "per season", ... for the number whose value and noun end at word `nounLast`, or an
// empty string when the words after it name no period. "a year ago", "a day after" are times,
// not rates.
QString rateAfter(const SentenceWords& w, int nounLast);

} // namespace parallax::claims
