// HTML extraction (extractHtmlArticle, gumbo behind HtmlDomGuard): scraped pages are whatever a
// site or a scraper made of them.
#include "FuzzCheck.h"
#include "corpus/HtmlExtractor.h"
#include "text/TextDecoding.h"

#include <cstddef>
#include <cstdint>

int parallax::fuzz::fuzzHtml(const std::uint8_t* data, std::size_t size) {
    const QString html =
        parallax::decodeText(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size))).text;
    const parallax::HtmlArticle article = parallax::extractHtmlArticle(html);
    // HtmlExtractor.h: boilerplate spans sorted, disjoint and inside the text.
    qsizetype previousEnd = 0;
    for (const parallax::Boilerplate& b : article.boilerplate) {
        PARALLAX_FUZZ_CHECK(b.span.start >= previousEnd);
        PARALLAX_FUZZ_CHECK(b.span.start <= b.span.end);
        PARALLAX_FUZZ_CHECK(b.span.end <= article.text.size());
        previousEnd = b.span.end;
    }
    return 0;
}

#ifndef PARALLAX_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return parallax::fuzz::fuzzHtml(data, size);
}
#endif
