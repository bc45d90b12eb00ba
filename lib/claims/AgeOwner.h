#pragma once

// Internal to lib/claims: whose age a number is. An age is a fact about someone, and two people's
// ages must never be one fact, so an age is compared only when its sentence names whose it is.

#include "claims/Places.h"
#include "claims/SentenceReading.h"
#include "claims/SentenceWords.h"

#include <QString>
#include <vector>

namespace parallax::claims {

// Whose age: "Tara Reid, 33," "Reid (33)", "Smith, aged 54," (the name before the comma), "the
// 33-year-old actress Tara Reid" (the name after an "N-year-old", past at most two lower-case
// words, never past a possessive: "the 33-year-old actress's rep Jack Ketsoyan" is the actress's
// age), "Esther Williams dies at 91" (whoever died), or "the 40-year-old American" (the person the
// sentence named last). Empty when no name stands there: an age of nobody named ("a 60-year-old
// man", "in the late 90s") says nothing of whose it is. Returns the family name, case-folded;
// `text` is the name as written; `given` is the given name when one is written before it, not a
// title: "Jeremy Ortiz", 17, is not "Deputy Ortiz", 35, though both are Ortiz; "Reid" may be
// "Tara Reid".
QString ageOwner(const SentenceWords& w, const NumberReading& x, const std::vector<PlaceName>& places,
                 QString& text, QString& given);

} // namespace parallax::claims
