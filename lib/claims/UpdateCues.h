#pragma once

// Internal to lib/claims: words that mark a number as a revision of an earlier figure. "the toll
// rose to 130", "climbed to", "was revised up to", "now stands at", "130, up from 127": such a value
// is the newer of two, and an article that gives both has not contradicted itself.

#include "claims/SentenceWords.h"

namespace parallax::claims {

// True when the clause of the number on words [first, last] marks it as revised: a cue right before
// it ("rose to 130"), or "up from" / "down from" right after the newer value, which marks the
// number after it as the older one.
bool marksRevision(const SentenceWords& w, int first, int last);

} // namespace parallax::claims
