#pragma once

// Internal to lib/numbers: units of measurement and currencies, written after a number ("8 hours",
// "3km", "16-storey", "2.4 billion gallons", "420 million finnish markka", "98.6 degrees f") or as
// a symbol before it ("£", "US$", "HK$"). The units after a number and their spellings are
// resources/lexicon/units.txt.

#include "numbers/Lexer.h"

#include <optional>

namespace parallax::numbers {

enum class Dimension : quint8 {
    Time,
    Length,
    Area,
    Volume,
    Mass,
    Speed,
    Temperature,
    Angle,
    Data,
    Energy,
    Other,
    Currency
};

struct UnitMatch {
    QStringView canonical; // "hour", "km", "tonne", "°C", "GBP"
    Dimension dimension = Dimension::Other;
    int end = 0; // one past the last token of the unit
};

// How the unit touches the number: glued "3km", after a hyphen "seven-hour", or after a space.
enum class UnitJoin { Glued, Hyphen, Spaced };

// The longest unit phrase starting at token i ("km", "square metres", "miles per hour", "metric
// tons", "swiss francs", "km/h"). Single letters ("h", "t", "g", "l") count only when glued;
// "story" only after a hyphen ("16-story"); "m" only spaced ("1 m"): glued, it may be millions.
std::optional<UnitMatch> matchUnit(const TokenizedText& t, int i, UnitJoin join);

// ISO 4217 code of a currency symbol before a number ("$" USD, "£" GBP, "€" EUR, "₴" UAH), or
// empty.
QStringView currencyOfSymbol(QChar symbol);

// Currency prefix starting at token i: "$", "US$", "HK$", "C $", "USD", "EUR". Returns the code and
// sets end to one past its last token; empty when there is none.
QStringView matchCurrencyPrefix(const TokenizedText& t, int i, int& end);

} // namespace parallax::numbers
