#pragma once

// Internal to lib/numbers: two numbers that state one proportion. "one in five people", "1 in 10",
// "23 of every 24 hours", "one out of every three homes": a share of a whole, not a count of five
// people or a measure of 24 hours. "72 of the 550 drones" and "72 out of 550" are partitives (a
// count of drones and their whole), left to the unit attachment.

#include "numbers/Draft.h"

namespace parallax::numbers {

// Merges each ratio pair into its first draft, a Fraction valued first / second that spans both;
// the second draft is removed.
void mergeRatios(const TokenizedText& t, Drafts& drafts);

} // namespace parallax::numbers
