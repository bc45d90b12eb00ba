#pragma once

// Currencies by ISO 4217 code (resources/lexicon/currencies.txt): which three-letter words are codes,
// and what a label calls an amount in each ("dollars", "euros").

#include <QStringView>

namespace parallax::lexicon {

// The code itself if `upperCode` is one ("USD", "EUR" ...), as a view that lives as long as the
// program; empty otherwise.
QStringView currencyCode(QStringView upperCode);

// The name of the currency for a label, from its code in any case ("usd" -> "dollars"), or empty.
QStringView currencyName(QStringView code);

} // namespace parallax::lexicon
