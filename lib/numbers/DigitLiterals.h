#pragma once

// Internal to lib/numbers: numbers written in digits. Thousands separators ("5,000", "1 234 567"
// with spaces or U+202F), decimals ("3.5", ".08"), and the scale suffixes glued to them ("10k",
// "1.2m", "£4bn", "US$ 1MM").

#include "numbers/Lexer.h"

#include <vector>

namespace parallax::numbers {

struct DigitLiteral {
    double value = 0;
    int endTok = 0; // one past the last token used
    qsizetype start = 0;
    qsizetype end = 0; // characters
    int intDigits = 0; // digits before the decimal point
    bool hasDecimal = false;
    bool grouped = false; // thousands separators were used
};

// Parses the digit token at i, joining thousands groups separated by one space ("40 000",
// "1 414 021 100"). A comma list that is not thousands grouping ("22,24,26,31") gives one literal
// per element, all ending at token i + 1. Tokens with more than one dot ("192.168.0.1", "1.2.3")
// give nothing: they are identifiers or dates, recognised elsewhere.
void parseDigitLiterals(const TokenizedText& t, int i, std::vector<DigitLiteral>& out);

// Decimal value of ASCII digits with optional ',' separators and one '.'; NaN when malformed.
double parseDecimal(QStringView digits);

// Multiplier of a scale abbreviation written after digits: k 1e3; m, mn, mln, mil, MM 1e6; b, bn,
// bln 1e9; tn, tln, trn 1e12. 0 when text is not one. Case matters only for "MM" (million) versus
// "mm" (millimetre). Lower-case "m" is ambiguous with metres: see isMetreContext().
double scaleSuffix(QStringView text);

// True when a lower-case "m" after the number at token range [first, last] is metres, not millions:
// "1.8m tall", "a 10m-high wall", "outreach is 48m", "1 m x 1 m", "1m is equal to".
bool isMetreContext(const TokenizedText& t, int first, int suffixTok);

} // namespace parallax::numbers
