// Sentence segmentation (SentenceSegmenter::split): the whole text, and a region of it chosen by
// the first two bytes, as the document builder passes paragraph by paragraph.
#include "FuzzCheck.h"
#include "text/SentenceSegmenter.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

void checkSplit(const parallax::SentenceSegmenter& segmenter, const QString& text, parallax::Span region) {
    const qsizetype lo = qBound(qsizetype(0), region.start, text.size());
    const qsizetype hi = qBound(lo, region.end, text.size());
    qsizetype previousEnd = lo;
    // SentenceSegmenter.h: in order, never empty, never overlapping, all within the (clamped) region.
    for (const parallax::Span s : segmenter.split(text, region)) {
        PARALLAX_FUZZ_CHECK(s.start >= previousEnd);
        PARALLAX_FUZZ_CHECK(s.end > s.start);
        PARALLAX_FUZZ_CHECK(s.end <= hi);
        previousEnd = s.end;
    }
}

} // namespace

int parallax::fuzz::fuzzSentences(const std::uint8_t* data, std::size_t size) {
    static const parallax::SentenceSegmenter segmenter;
    static const parallax::SentenceSegmenter icuOnly(parallax::SentenceSegmenter::Engine::IcuOnly);
    if (size < 2)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data) + 2, qsizetype(size) - 2);
    checkSplit(segmenter, text, {0, text.size()});
    // The plain-text shortcut gives ICU's sentences or asks ICU (PlainSentenceBreaks.h).
    PARALLAX_FUZZ_CHECK(segmenter.split(text, {0, text.size()}) == icuOnly.split(text, {0, text.size()}));
    // A region that may start or end anywhere, also outside the text (split clamps it).
    checkSplit(segmenter, text, {qsizetype(data[0]) - 8, text.size() - qsizetype(data[1]) + 8});
    return 0;
}

#ifndef PARALLAX_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return parallax::fuzz::fuzzSentences(data, size);
}
#endif
