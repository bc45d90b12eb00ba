#pragma once

// Internal to lib/numbers: a mention while the passes of extractNumbers() are still filling it in.
// The scanner creates drafts with a value and a span; later passes add ranges, qualifiers, kinds,
// units and predicates, reading the token indices kept here.

#include "numbers/Lexer.h"
#include "numbers/NumberMention.h"

#include <vector>

namespace parallax::numbers {

struct Draft {
    NumberMention m; // span, value, kind and what is known so far

    int firstTok = 0; // first token of the value expression (span)
    int lastTok = 0;  // last token of it, inclusive
    int qualTok = -1; // first token of the hedge before it; -1 when none
    int nextTok = 0;  // first token after the value and any trailing hedge ("or more", "-plus")
    int npEnd = -1;   // first token after the counted noun phrase; -1 until units are attached
    int unitEnd = -1; // first token after a unit phrase found by context ("-year-old"), else -1

    // How the value was written; later passes decide kinds from these.
    double scale = 1;     // million, bn, k ... multiplied in (1 when none)
    int intDigits = 0;    // digits before the decimal point of a digit literal
    bool spelled = false; // number words ("eleven", "three million")
    bool hasDecimal = false;
    bool grouped = false;   // thousands separators "5,000", "1 234"
    bool signed_ = false;   // minus sign or "minus"/"negative"
    bool unitFixed = false; // unit set by a symbol or glued suffix ("£", "%", "km"); keep it
    bool kindFixed = false; // kind decided by its own form (date, time, identifier, ordinal ...)

    int partitiveOf = -1;         // "72 of the 550 drones": index of the 550 draft in the 72 draft
    bool needsAntecedent = false; // "14 of whom", "26 others": the unit is an earlier number's
    bool isContainer = false;     // the 550 of that phrase: the verb after it belongs to the 72
    bool predicateBefore = false; // predicate came from a verb before the number
    bool dropped = false;         // merged into another draft ("5 feet 2 inches"); not reported

    bool plainInteger() const {
        return !spelled && !hasDecimal && !grouped && !signed_ && scale == 1 && !unitFixed && !kindFixed &&
               !m.rangeEnd;
    }
};

using Drafts = std::vector<Draft>;

// Span over tokens [first, last] of t, in characters.
inline Span tokenSpan(const TokenizedText& t, int first, int last) {
    return Span{t[first].start, t[last].end};
}

} // namespace parallax::numbers
