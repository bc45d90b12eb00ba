#pragma once

// Internal to lib/align: the words of a cell as the row diff compares them, numbers by value. The
// numbers come from lib/numbers' extractNumbers(), read once over the whole cell so each number has
// its sentence around it (a "12" after "Route" is a label, not a count).

#include "corpus/Document.h"

#include "align/Alignment.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace parallax {

struct WordUnit {
    int firstToken = 0; // Document::tokens index
    int tokenCount = 1;
    // Equal hashes compare equal in the diff: the token's matching key for a word; for a number,
    // its kind, value (and range end, normalised date or time) and, for a measure or money, its
    // unit ("seven-hour" and "7 hours" alike; "40%", "40 per cent" and "40 percent" alike).
    std::uint64_t hash = 0;
    bool isNumber = false;
    double value = 0;
    QString spelling; // the tokens' keys joined by spaces (with "%" when a sign follows), for notes
};

class WordUnitReader {
public:
    // Reads tokens [firstToken, firstToken + tokenCount) of `doc`: one extractNumbers() call over
    // the text they span. Thread-safe to construct and use on distinct instances.
    WordUnitReader(const Document& doc, int firstToken, int tokenCount);

    // The units covering tokens [first, first + count), which must lie inside the reader's range,
    // in order: one per word, one per number with the words that spell it ("three thousand",
    // "1.2 million", "40 per cent", "2 kilometers"). A number cut by the range's edge is read as
    // plain words.
    std::vector<WordUnit> units(int first, int count) const;
    std::vector<WordUnit> units() const { return units(first_, count_); }
    // Whether any token of [first, first + count) is part of a number.
    bool hasNumber(int first, int count) const;

private:
    const Document& doc_;
    int first_ = 0;
    int count_ = 0;
    std::vector<WordUnit> numbers_;
    std::vector<int> numberOf_; // per token of the range: index into numbers_, or -1
};

// A reader made on first use: a row diffs many cells against one base, and most reprinted cells
// need no reading at all (their reuse edits change no word).
class LazyWordUnits {
public:
    LazyWordUnits(const Document& doc, int firstToken, int tokenCount)
        : doc_(doc)
        , first_(firstToken)
        , count_(tokenCount) {}
    const WordUnitReader& get() {
        if (!reader_)
            reader_.emplace(doc_, first_, count_);
        return *reader_;
    }

private:
    const Document& doc_;
    int first_;
    int count_;
    std::optional<WordUnitReader> reader_;
};

// The first and count of the tokens of a cell (CellDiff.cpp).
std::pair<int, int> cellTokens(const Document& doc, const Cell& cell);

// diffCells() with the base cell's words from `baseWords`, which must read that cell (CellDiff.cpp).
CellDiff diffCellsWith(LazyWordUnits& baseWords, const Document& base, const Cell& baseCell,
                       const Document& other, const Cell& otherCell, std::span<const WordEdit> known);

} // namespace parallax
