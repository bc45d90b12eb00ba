// The number parser (extractNumbers): any sentence a document may hold.
#include "FuzzCheck.h"
#include "numbers/NumberExtractor.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

bool inside(parallax::Span s, qsizetype size) {
    return s.start >= 0 && s.start <= s.end && s.end <= size;
}

} // namespace

int parallax::fuzz::fuzzNumbers(const std::uint8_t* data, std::size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    qsizetype previousEnd = 0;
    // NumberExtractor.h: in order of span start, spans not overlapping, offsets into the text.
    for (const parallax::NumberMention& m : parallax::extractNumbers(text)) {
        PARALLAX_FUZZ_CHECK(inside(m.span, text.size()));
        PARALLAX_FUZZ_CHECK(m.span.start >= previousEnd);
        PARALLAX_FUZZ_CHECK(inside(m.qualifierSpan, text.size()));
        PARALLAX_FUZZ_CHECK(inside(m.unitSpan, text.size()));
        previousEnd = m.span.end;
    }
    return 0;
}

#ifndef PARALLAX_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return parallax::fuzz::fuzzNumbers(data, size);
}
#endif
