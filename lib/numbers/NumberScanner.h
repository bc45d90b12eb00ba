#pragma once

// Internal to lib/numbers: the first pass. Walks the tokens left to right and cuts out every value
// expression (sign, currency, digits or words, scale, percent, glued unit), trying dates and times,
// identifiers and vague quantities first at each position. Later passes add context.

#include "numbers/Draft.h"

namespace parallax::numbers {

Drafts scanDrafts(const TokenizedText& t);

// True when "one" at token i is a pronoun or part of an idiom, not a count: "the one you
// mentioned", "one after another", "one of the most severe assaults".
bool isPronounOne(const TokenizedText& t, int i);

} // namespace parallax::numbers
