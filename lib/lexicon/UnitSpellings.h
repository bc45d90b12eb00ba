#pragma once

// Units of measurement and currencies written after a number, with their spellings
// (resources/lexicon/units.txt). lib/numbers matches them in text; lib/claims names them.

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace parallax::lexicon {

// How a spelling may touch the number (the marks of units.txt).
enum class UnitTouch : quint8 {
    Any,          // glued, hyphenated or spaced: "3km", "seven-hour", "8 hours"
    Glued,        // only glued, in lower case: "24h", "100t"
    Hyphen,       // only after a hyphen: "16-story"
    Spaced,       // only after a space, in lower case: "1 m"
    GluedCapital, // only glued, capital: "-5C"
};

struct UnitSpellings {
    QString canonical;     // "km", "hour", "°C", "GBP"
    QString dimension;     // the [section] of units.txt: "length", "time", "currency" ...
    QStringList spellings; // lower case, tokens separated by spaces: "km / h", "square metres"
    UnitTouch touch = UnitTouch::Any;
};

// Every line of units.txt, in file order (lib/numbers prefers the longest match, not the first).
const std::vector<UnitSpellings>& unitSpellings();

// The canonical unit of a spelling written as one word ("kilometres" -> "km", "hrs" -> "hour",
// "tonnes" -> "tonne"), or empty. Spellings limited to one touch ("h", "t") count too.
QStringView canonicalUnit(QStringView lowerSpelling);

// The dimension of a canonical unit ("km" -> "length", "kg" -> "mass"), or empty.
QStringView unitDimension(QStringView canonical);

} // namespace parallax::lexicon
