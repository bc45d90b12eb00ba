#pragma once

// Internal to lib/numbers: numbers that are names, recognised by their shape. Phone numbers
// ("+380 44 123 4567", "(020) 7946 0000", "555-123-4567"), letters glued to digits ("MH370",
// "SCP-173", "F-16", "Covid-19"), dotted numbers that are neither decimals nor dates
// ("192.168.0.1", "1.2.3"). Labels given by the words around a number ("school number 22",
// "Route 12") are decided later, in ContextKinds.

#include "numbers/Draft.h"

namespace parallax::numbers {

// The last token of a name of letters glued to digits starting at token i ("MH370", "F-16",
// "AK-47", "Tu-95MS", "F-16s"), or -1 when none starts there.
int lettersAndDigitsEnd(const TokenizedText& t, int i);

// Recognises an identifier starting at token i and fills out. Returns false otherwise.
bool scanIdentifier(const TokenizedText& t, int i, Draft& out);

} // namespace parallax::numbers
