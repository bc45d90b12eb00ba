#pragma once

#include "text/Span.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <string>
#include <vector>

namespace parallax {

// One word or number of a document, with its span in the display text and its matching key.
struct Token {
    Span span;
    QString key;            // normalizeForMatching() of the token text
    bool isNumeric = false; // starts with a digit or other number ("5,000", "3.5", "9am", "22nd", "½")
};

// Splits text[region] into word tokens: runs of letters and digits of any script, combining marks
// included. Punctuation, quotes and dashes are not tokens. Joiners stay inside one token only between
// the right neighbours: "," and "." between digits ("5,000", "3.5"), ' and ’ before a letter ("don't",
// "Kyiv’s" is one token), a hyphen between letters or digits ("co-ordinated", "F-16"; an en or em
// dash never joins), and the dots of an abbreviation ("U.S.", "a.m.", "Ph.D." keep their final dot).
// Spans are offsets into `text`. Thread-safe.
std::vector<Token> tokenizeWords(QStringView text, Span region);

// The words tokenizeWords() finds, one at a time and without keys: sets `word` to the next word
// of text[pos, end), moves `pos` past it and returns true; returns false when none is left.
//
//     qsizetype pos = region.start;
//     for (Span word; nextWord(text, pos, region.end, word);)
//         count(word);
bool nextWord(QStringView text, qsizetype& pos, qsizetype end, Span& word);

// How many tokens tokenizeWords(text, region) would return, without making them.
int countWords(QStringView text, Span region);

// The hash words are compared by at scale: XXH3 of the UTF-16 of `key` (a normalizeForMatching()
// key). Thread-safe.
std::uint64_t keyHash(QStringView key);

// keyHash(normalizeForMatching(word)), without making the key where the word is its own (lower-case
// ASCII letters and digits, most words of English text). Thread-safe.
std::uint64_t wordHash(QStringView word);

// Appends wordHash() of every word tokenizeWords(text, region) would
// return to `hashes` and returns how many there were: a document's words counted and hashed in one
// pass, with no key string per word. Thread-safe.
int hashWords(QStringView text, Span region, std::vector<std::uint64_t>& hashes);

// The key two words are compared by, never shown to the user: case-folded, diacritics folded
// ("Zelenskyy" stays, "café" -> "cafe", "Radosław" -> "radoslaw"), curly quotes -> straight
// ("Kyiv’s" -> "kyiv's"), every dash and hyphen dropped ("co-ordinated" -> "coordinated"),
// compatibility forms unfolded (NFKD: "ﬁ" -> "fi"), dots dropped except between digits ("U.S." ->
// "us", like "US"; "3.5" stays), commas between digits dropped ("5,000" -> "5000"). Pure ASCII words
// take a fast path without normalisation. Thread-safe.
QString normalizeForMatching(QStringView word);

// The same key written into `key` (cleared first): a caller hashing millions of words reuses one
// buffer instead of allocating a string per word.
void normalizeForMatching(QStringView word, std::u16string& key);

} // namespace parallax
