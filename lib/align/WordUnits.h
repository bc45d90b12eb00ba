#pragma once

// Internal to lib/align: the words of a run of tokens as the row diff compares them, numbers by
// value. A stop-gap until lib/numbers' extractNumbers() lands (docs/alignment.md, "Numbers"); the
// seam is wordUnits(), whose contract stays when it switches.

#include "corpus/Document.h"

#include <QStringView>

#include <cstdint>
#include <optional>
#include <vector>

namespace parallax {

struct WordUnit {
    int firstToken = 0; // Document::tokens index
    int tokenCount = 1;
    // Equal hashes compare equal in the diff: the token's matching key for a word; for a number, its
    // value and what is written on to it ("%" for "40%", "40 per cent" and "40 percent"; "hour"
    // for "seven-hour" and "7-hour"; "th" for "fourth" and "4th").
    std::uint64_t hash = 0;
    bool isNumber = false;
    double value = 0;
    QString spelling; // the tokens' keys joined by spaces (with "%" when a sign follows), for notes
};

// Units covering tokens [firstToken, firstToken + tokenCount) of `doc` in order: one per word, one
// per number phrase ("three thousand", "1.2 million", "40 per cent", "twenty-one"). Thread-safe.
std::vector<WordUnit> wordUnits(const Document& doc, int firstToken, int tokenCount);

// The value of one number word or ordinal ("fourteen" -> 14, "fourth" -> 4), by matching key.
std::optional<double> numberWordValue(QStringView key);

} // namespace parallax
