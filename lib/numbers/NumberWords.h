#pragma once

// Internal to lib/numbers: numbers written in words. "eleven", "twenty-three", "five hundred and
// thirty-seven", "a dozen", "two-thirds", "one and a half million", "fourth", "hundreds of".

#include "numbers/Lexer.h"

#include <optional>

namespace parallax::numbers {

enum class WordRole : quint8 {
    Zero,    // zero, nought, naught, nil
    Digit,   // one .. nine
    Teen,    // ten .. nineteen
    Tens,    // twenty .. ninety
    Hundred, // hundred(s)
    Scale,   // thousand, million, billion, trillion, lakh, crore (and plurals)
    Dozen,   // dozen(s)
    Half,    // half, halves
    Quarter, // quarter(s)
    Ordinal, // first .. ninetieth, hundredth ...; thirds, fifths ... as plural denominators
    Article, // a, an: one, but only before hundred, thousand, dozen, half ...
};

struct NumberWord {
    WordRole role;
    double value;
    bool plural = false;      // "millions", "dozens", "thirds"
    bool denominator = false; // can be the bottom of a fraction: third, quarter; not first, second
};

// The entry for a lower-case word, or nullptr.
const NumberWord* lookupNumberWord(QStringView lowerWord);

struct SpelledNumber {
    double value = 0;
    int end = 0;           // one past the last token used
    bool ordinal = false;  // "fourth", "twenty-first"
    bool fraction = false; // "two-thirds", "a half", "one and a half" (not "half a dozen")
    double scale = 1;      // the largest scale word multiplied in
};

// Parses the number words starting at token i. Returns nothing when token i does not start one
// ("a" alone, "hundreds" alone, "a third drone" whose "a" is an article). Context rules such as
// "one" used as a pronoun are the caller's.
std::optional<SpelledNumber> parseSpelledNumber(const TokenizedText& t, int i);

struct VagueNumber {
    double value = 0; // order of magnitude: several 3, dozens 12, hundreds 100, tens of thousands 1e4
    int end = 0;      // one past the last token of the phrase ("of" is left out)
};

// "several", "a few", "a couple of", "a handful of", "dozens", "scores of", "hundreds",
// "thousands", "tens of thousands", "hundreds of millions" starting at token i.
std::optional<VagueNumber> parseVagueNumber(const TokenizedText& t, int i);

} // namespace parallax::numbers
