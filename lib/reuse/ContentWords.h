#pragma once

#include "corpus/Document.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace parallax {

// What a sentence is about, independent of its wording: content words reduced to Snowball stems
// and mapped through a small table of news synonyms (wounded/injured/hurt, raid/attack/strike,
// launched/unleashed ...), numbers by value ("eleven" and "11" are one unit), names kept apart.
// Function words and reporting verbs ("said", "told", "according") carry no content and are dropped.
struct ContentProfile {
    std::vector<std::vector<std::uint64_t>> units;     // per sentence: distinct content units, sorted
    std::vector<std::vector<std::uint64_t>> specifics; // per sentence: the names and numbers among them
    std::vector<std::uint64_t> documentUnits;          // every distinct unit of the document, sorted
    std::vector<std::uint64_t> documentSpecifics;      // every distinct name and number, sorted
};

// Thread-safe (each thread keeps its own stemmer).
ContentProfile contentProfile(const Document& doc);

// The canonical form a word is compared by: "#11" for eleven, the stem of its synonym group's head
// for a content word, an empty string for a function word. For tests and docs. Thread-safe.
QString contentUnit(const QString& key, bool isNumeric);

} // namespace parallax
