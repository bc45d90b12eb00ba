// Text decoding (decodeText): any bytes are a file someone may open.
#include "FuzzCheck.h"
#include "text/TextDecoding.h"

#include <cstddef>
#include <cstdint>

int parallax::fuzz::fuzzDecode(const std::uint8_t* data, std::size_t size) {
    const auto decoded =
        parallax::decodeText(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    PARALLAX_FUZZ_CHECK(!decoded.encoding.isEmpty());
    // TextDecoding.h: no NULs or other C0 controls except "\n" and "\t", no "\r".
    for (const QChar c : decoded.text)
        PARALLAX_FUZZ_CHECK(c.unicode() >= 0x20 || c == u'\n' || c == u'\t');
    return 0;
}

#ifndef PARALLAX_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return parallax::fuzz::fuzzDecode(data, size);
}
#endif
