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
// Built on ICU's English sentence BreakIterator with abbreviation suppressions (Mr, Dr, Gen, St, Jan,
// ...; ICU's own English list minus entries that end news sentences, like "Act." and single letters)
// and repaired where ICU is wrong on news copy: initials ("J. K. Rowling", "George W. Bush"),
// "No. 22", "U.S."/"a.m." before a capitalised word that is not a sentence opener ("U.S. President"
// stays, "the U.S. The visit" breaks), "?" or "!" before a lowercase word (“Why?” he asked.), a bare
// attribution after a closed quote (“We will win.” Zelensky said.), "…" before a capital, sentences
// glued without a space ("said.The"), a sentence opening with a figure ("at dawn. 23 people were
// injured", which UAX #29 keeps together; not after "Fig.", "pp.", "No." and the like).
//
// Decisions: quoted speech is split into its sentences and the attribution stays with the last one
// (“I’m not happy. No, I didn’t,” Trump said. -> “I’m not happy. | No, I didn’t,” Trump said.); a
// quote closed after the full stop stays with its sentence (...the “main target of the strikes.”).
// A line break always ends a sentence, so a headline without a full stop stands alone. A piece with
// no letter or digit (a stray dash or quote) joins its neighbour; a line of only punctuation gives
// no sentence.
//
// Contract: returns the sentences inside `region` in order, each trimmed of surrounding whitespace,
// never empty, never overlapping, all within `region` (clamped to the text). Offsets are into `text`.
// Thread-safe: split() may be called concurrently on one instance (each thread iterates its own
// cached clone of the ICU iterator). The constructor throws std::runtime_error if ICU's break data
// is missing.
//
// Lines of plain ASCII prose take a shortcut that gives ICU's breaks without ICU (PlainSentenceBreaks);
// Engine::IcuOnly asks ICU for every line, so that tests can compare the two.
class SentenceSegmenter {
public:
    enum class Engine { PlainShortcut, IcuOnly };

    explicit SentenceSegmenter(Engine engine = Engine::PlainShortcut);
    ~SentenceSegmenter();
    SentenceSegmenter(const SentenceSegmenter&) = delete;
    SentenceSegmenter& operator=(const SentenceSegmenter&) = delete;

    std::vector<Span> split(QStringView text, Span region) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace parallax
