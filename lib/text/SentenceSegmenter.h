#pragma once

#include "text/Span.h"

#include <QStringView>

#include <memory>
#include <vector>

namespace parallax {

// Splits news prose into sentences.
//
//     SentenceSegmenter segmenter;                       // build once, reuse: construction is costly
//     for (Span s : segmenter.split(text, {0, text.size()}))
//         qDebug() << text.mid(s.start, s.length());
//
// Built on ICU's English sentence BreakIterator with abbreviation suppressions (Mr, Dr, U.S., No. ...)
// and repaired where ICU is wrong on news copy: initials ("J. K. Rowling"), "No. 22", closing quotes
// after the full stop ("...at all,” Mr Trump said."). A line break always ends a sentence, so a
// headline without a full stop stands alone.
//
// Contract: returns the sentences inside `region` in order, each trimmed of surrounding whitespace,
// never empty, never overlapping, all within `region`. Thread-safe: split() may be called
// concurrently on one instance.
class SentenceSegmenter {
public:
    SentenceSegmenter();
    ~SentenceSegmenter();
    SentenceSegmenter(const SentenceSegmenter&) = delete;
    SentenceSegmenter& operator=(const SentenceSegmenter&) = delete;

    std::vector<Span> split(QStringView text, Span region) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace parallax
