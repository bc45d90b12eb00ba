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

// True when the number is an average ("has averaged more than 30 home runs", "an average of 5,000
// a day", "30 points on average"): a statistic over many occasions, never one occasion's count.
// `first` is the first word of the number with its qualifier, `nounLast` the last of its noun.
bool isAverage(const SentenceWords& w, int first, int nounLast);

} // namespace parallax::claims
