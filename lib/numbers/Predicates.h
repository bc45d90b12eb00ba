#pragma once

// Internal to lib/numbers: the verb a number is the subject or object of, when it stands next to
// the number's noun phrase. After it: "23 people were injured", "26 others injured", "14 of whom
// were taken to hospital", "72 ... hit their targets". Before it: "Russia launched 550 drones",
// "injuring at least one person", "fired eleven missiles", coordinated "launched 550 drones and 11
// missiles". Verbs come from resources/lexicon/verbs.txt and are reported as its participle.

#include "numbers/Draft.h"

namespace parallax::numbers {

void attachPredicates(const TokenizedText& t, Drafts& drafts);

// The participle of a known news verb form ("killing" -> "killed", "dead" -> "died"), or empty.
QStringView canonicalVerb(QStringView lowerWord);

// Verbs that happen only to people, so a bare count with them counts people: "Fourteen were
// taken to hospital".
bool isHumanPredicate(QStringView participle);

} // namespace parallax::numbers
