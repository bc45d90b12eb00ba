#pragma once

// An outlet writes "$" and "dollars" in its own country's dollar: news.com.au's "a €110 billion
// ($158 billion) bailout" is in Australian dollars, while a US outlet's "$143 billion" is in US
// dollars. extractNumbers() reads a sentence alone and takes a bare dollar for the US one; this
// reads it again where the article's outlet is known.

#include "numbers/NumberMention.h"

#include <QStringView>

#include <vector>

namespace parallax {

// The ISO code of the dollar of an outlet's country, from the last part of its web domain
// ("news.com.au" -> "AUD", "cbc.ca" -> "CAD"; resources/lexicon/currencies.txt), or empty: for a
// US or unknown outlet, or an outlet known by name only ("The Guardian").
QString localDollarOfOutlet(QStringView outlet);

// Rewrites the unit of every amount in US dollars that `text` (the string the mentions were read
// from) writes without saying so ("$158 billion", "40 dollars", not "US$5m", "40 US dollars"), and
// of such bracketed conversions, to `localCode`. Nothing changes when `localCode` is empty.
void readBareDollarsAs(std::vector<NumberMention>& mentions, QStringView text, QStringView localCode);

} // namespace parallax
