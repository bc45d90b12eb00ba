#pragma once

// Internal to lib/claims: what a duration with no noun of its own measures (MentionFacts.cpp,
// readEvent). "Sirens blared for more than eight hours as waves of attacks targeted Kyiv" measures
// the attack; "hospitalized for three weeks" measures the stay, whatever event the sentence names.

#include "claims/SentenceWords.h"

#include <QString>

namespace parallax::claims {

// The nearest event noun of the sentence outside words [first, last] (resources/lexicon/events.txt),
// as its content-word key; `text` gets it as written. Empty when the sentence names none.
QString nearestEvent(const SentenceWords& w, int first, int last, QString& text);

// The participle of the state a person was in for a duration that follows it, or empty (see the
// definition for the shapes read).
QString stateLasting(const SentenceWords& w, int numberFirst);

} // namespace parallax::claims
