#pragma once

#include <QStringView>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace parallax {

// The sentence breaks ICU's filtered English iterator gives for one line of plain ASCII prose, found
// without ICU. Most generated and much real copy is such lines, and ICU's rule engine was a seventh
// of the time to load twenty thousand articles.
//
//     PlainSentenceBreaks plain(abbreviations);       // ICU's English list and our titles, with "."
//     std::vector<qsizetype> starts{lineStart};
//     if (!plain.breaks(text, lineStart, lineEnd, starts))
//         ...ask ICU for this line...
//
// The rules are UAX #29's (SB6-SB11) on printable ASCII, whose Sentence_Break classes are read from
// ICU at construction. ICU's filter then drops a break after a full stop when an abbreviation (or
// the part of a dotted one up to its first full stop, "Ph." of "Ph.D.") ends the text before it,
// looked at through one space and without a word boundary ("ATMs." ends in "Ms."). Rather than
// repeat the filter's tries, a line where any such string ends at a break is left to ICU: that is
// a few lines in a hundred of prose, and exactness never rests on copying the filter's quirks.
// Anything outside printable ASCII (curly quotes, tabs, letters with accents) is left to ICU too.
//
// Thread-safe after construction. tests/text/test_sentences.cpp compares both on random lines.
// The abbreviations ICU's English sentence filter starts from (its locale data, each ending in "."),
// read as FilteredBreakIteratorBuilder reads them; empty when the data cannot be read.
std::vector<std::u16string> icuSentenceExceptions();

class PlainSentenceBreaks {
public:
    // `abbreviations`: every string the filter may suppress a break after, each ending in ".".
    // Strings of other characters than ASCII letters and full stops, or longer than eight, make
    // usable() false: the packed lookup below could not hold them.
    explicit PlainSentenceBreaks(const std::vector<std::u16string>& abbreviations);

    bool usable() const { return usable_; }

    // Appends to `starts` the sentence starts inside text[start, end) (not `start` itself), in
    // order, and returns true; or returns false with `starts` as it was when the line needs ICU.
    bool breaks(QStringView text, qsizetype start, qsizetype end, std::vector<qsizetype>& starts) const;

private:
    std::uint8_t classOf(char16_t c) const { return c < 128 ? classes_[c] : 0; } // 0: not plain ASCII
    static bool giveUp(std::vector<qsizetype>& starts, std::size_t size);
    bool followedByLower(const char16_t* t, qsizetype from, qsizetype end) const;
    bool abbreviationBefore(const char16_t* t, qsizetype start, qsizetype at) const;

    std::uint8_t classes_[128] = {};
    // Reversed strings, packed one byte a character: the first is whether a whole abbreviation ends
    // here, so the walk back stops as soon as no abbreviation can end with what it has read.
    std::vector<std::pair<std::uint64_t, bool>> suffixes_;
    bool usable_ = false;
};

} // namespace parallax
