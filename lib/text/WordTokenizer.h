#pragma once

#include "text/Span.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace parallax {

// One word or number of a document, with its span in the display text and its matching key.
struct Token {
    Span span;
    QString key;           // normalizeForMatching() of the token text
    bool isNumeric = false; // starts with a digit ("5,000", "3.5", "9am", "22nd")
};

// Splits text[region] into word tokens. Punctuation is not a token. Internal joiners stay inside one
// token: "5,000", "3.5", "co-ordinated", "don't", "U.S.". Thread-safe.
std::vector<Token> tokenizeWords(QStringView text, Span region);

// The key two words are compared by, never shown to the user: case-folded, diacritics folded
// ("Zelenskyy" stays, "café" -> "cafe"), curly quotes -> straight, every dash and hyphen dropped
// ("co-ordinated" -> "coordinated"), compatibility forms unfolded (NFKD). Thread-safe.
QString normalizeForMatching(QStringView word);

} // namespace parallax
