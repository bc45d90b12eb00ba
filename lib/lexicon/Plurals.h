#pragma once

// English plurals: the irregular ones from resources/lexicon/plurals.txt, the rest by the regular
// rules. Every function takes a lower-case noun.

#include <QString>
#include <QStringView>

namespace parallax::lexicon {

// "drone" -> "drones", "casualty" -> "casualties", "bus" -> "buses", "foot" -> "feet", "life" ->
// "lives", "police" -> "police". A word that is already an irregular plural is returned as is.
QString pluralOf(QStringView singular);

// "drones" -> "drone", "casualties" -> "casualty", "feet" -> "foot", "children" -> "child". Words
// that merely end in s ("news", "status") are the caller's to keep: this applies the rules.
QString singularOf(QStringView plural);

// True for the plural column of plurals.txt: "people", "children", "feet", "police".
bool isIrregularPlural(QStringView lowerWord);

} // namespace parallax::lexicon
