// The claims stage on a small folder held in memory: the input is cut into up to three articles at
// form feeds ("\f"), each is built as the loader would (decode, layout, metadata, sentences,
// words), then reuse and claims run over them as in analyzeFolder.
#include "FuzzCheck.h"
#include "claims/ClaimsJson.h"
#include "claims/FindClaims.h"
#include "claims/Headline.h"
#include "corpus/DocumentBuilder.h"
#include "reuse/FindReuse.h"
#include "text/SentenceSegmenter.h"
#include "text/TextDecoding.h"

#include <QByteArray>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

int parallax::fuzz::fuzzClaims(const std::uint8_t* data, std::size_t size) {
    static const parallax::SentenceSegmenter segmenter;
    if (size > 64 * 1024) // three articles; bigger inputs only slow the search down
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    std::vector<parallax::Document> docs;
    for (const QByteArray& part : bytes.split('\f')) {
        if (docs.size() == 3)
            break;
        parallax::Document doc;
        doc.id = QStringLiteral("doc%1").arg(docs.size());
        doc.relativePath = doc.id + QStringLiteral(".txt");
        doc.format = QStringLiteral("text");
        parallax::buildDocument(doc, parallax::decodeText(part).text, parallax::ArticleFormat::Text,
                                segmenter);
        docs.push_back(std::move(doc));
    }
    const std::atomic_bool cancel{false};
    const parallax::ReuseResult reuse = parallax::findReuse(docs, {}, cancel);
    const std::vector<parallax::Claim> claims = parallax::findClaims(docs, reuse, cancel);
    for (const parallax::Claim& claim : claims) {
        PARALLAX_FUZZ_CHECK(!claim.variants.empty());
        for (const parallax::ClaimVariant& v : claim.variants) {
            PARALLAX_FUZZ_CHECK(v.doc >= 0 && std::size_t(v.doc) < docs.size());
            const parallax::Document& doc = docs[std::size_t(v.doc)];
            // Claim.h: a sentence of the document, or the headline (Headline.h).
            PARALLAX_FUZZ_CHECK(v.sentence == parallax::kHeadlineSentence ||
                                (v.sentence >= 0 && std::size_t(v.sentence) < doc.sentences.size()));
            PARALLAX_FUZZ_CHECK(v.span.start >= 0 && v.span.start <= v.span.end &&
                                v.span.end <= doc.text.size());
        }
    }
    PARALLAX_FUZZ_CHECK(parallax::claimsToJson(claims, docs).size() == qsizetype(claims.size()));
    return 0;
}

#ifndef PARALLAX_FUZZ_REPLAY
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return parallax::fuzz::fuzzClaims(data, size);
}
#endif
