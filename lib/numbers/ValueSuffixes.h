#pragma once

// Internal to lib/numbers: what follows the digits of a number and changes its value or kind.
// Glued: "22nd", "1980s", "40pc", "10k", "1.2m" (or metres), "3km", "245p", "4x4", "5G". Spaced:
// "3 million", "$10-billion", "3 dozens", "10 bln". Percent: "%", "per cent", "percent".

#include "numbers/DigitLiterals.h"
#include "numbers/Draft.h"

namespace parallax::numbers {

// A value while the scanner reads it.
struct ScannedValue {
    double value = 0;
    int end = 0;
    NumberMention::Kind kind = NumberMention::Kind::Count;
    bool kindSet = false;
    QString unit;
    QString normalized;
    bool currencyUnit = false; // unit is a currency written after the number ("245p")
};

ScannedValue scannedValue(double value, int end, NumberMention::Kind kind = NumberMention::Kind::Count,
                          bool kindSet = false, QString unit = {});

// Reads letters glued to the digit literal at token core (v.end is the token after it).
void readGluedSuffix(const TokenizedText& t, int core, const DigitLiteral& lit, bool currency, Draft& d,
                     ScannedValue& v);

// Reads a scale word or abbreviation after a space or a glued hyphen.
void readSpacedScale(const TokenizedText& t, Draft& d, ScannedValue& v);

// Reads a percent sign or word after the number.
void readPercent(const TokenizedText& t, ScannedValue& v);

} // namespace parallax::numbers
