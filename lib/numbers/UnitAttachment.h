#pragma once

// Internal to lib/numbers: what each number counts or measures. Units after it ("eight hours",
// "2.4 billion gallons", "420 million finnish markka"), hyphenated measures ("seven-hour raid" ->
// hour, head raid), counted nouns ("550 Russian drones" -> drone), partitives ("72 out of 550
// drones", "six of Kyiv’s 10 districts" -> district for both), compounds ("5 feet 2 inches",
// "3 dollars 50 cents"), and units left implicit ("Fourteen were taken to hospital" -> people).

#include "numbers/Draft.h"

namespace parallax::numbers {

// Sets unit, unitSpan, head and npEnd from the words after each number.
void attachUnits(const TokenizedText& t, Drafts& drafts);

// For counts with no noun of their own ("14 of whom", "26 others", "72 managed to"): the unit of
// the nearest earlier count in the same sentence, else "people" when the predicate happens only to
// people (injured, killed, hospitalised ...). Runs after predicates are known.
void resolveImplicitUnits(const TokenizedText& t, Drafts& drafts);

} // namespace parallax::numbers
