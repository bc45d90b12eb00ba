#pragma once

// Internal to lib/numbers: the noun a number counts, found without a tagger. From the token after
// the number, adjectives and nouns run until a function word, a verb, punctuation or (for counts
// above one) the first plural noun: "550 Russian drones", "eleven ballistic and cruise missiles",
// "one senior Ukrainian official", "5,000 combat drones", "16-storey residential building".

#include "numbers/Lexer.h"

namespace parallax::numbers {

struct NounPhrase {
    int head = -1; // token of the head noun (last part of a hyphenated compound), -1 when none
    int end = 0;   // one past the last token of the phrase
    // A model's name before the head ("AK-47" in "six AK-47 rifles"): first and last token, or -1.
    // It narrows what is counted: seven AK-47 rifles are not the nine rifles seized in all.
    int modelFirst = -1, modelLast = -1;
};

// singular: the number is one, or the phrase is attributive ("seven-hour raid"), so a plural noun
// does not end it early.
NounPhrase findNounPhrase(const TokenizedText& t, int from, bool singular);

// Whether token k starts the object of a verb before it: a determiner, a number or a noun that is
// no time word ("requires a new chip", "includes 12 children", "protects websites"); not a
// preposition, an adverb or the end ("5 million downloads worldwide", "installs were counted").
// A word in -s that WordNet has only as a verb is the thing counted where no object follows.
bool objectFollows(const TokenizedText& t, int k);

// "KO's", "DVD's": an abbreviation (two to four capitals) made plural with an apostrophe, which
// reads as a possessive but counts the abbreviated thing.
bool isAbbreviationPlural(const Token& tok);

// Determiners and possessives that may stand between "of" and a number: "72 of the 550", "six of
// Kyiv’s 10 districts".
bool isDeterminerOrPossessive(const Token& tok);

} // namespace parallax::numbers
