#include "claims/FindClaims.h"

#include "numbers/NumberExtractor.h"

namespace parallax {

CorpusMentions extractMentions(const std::vector<Document>& docs, const std::atomic_bool& cancel,
                               const ClaimProgress& progress) {
    CorpusMentions out(docs.size());
    for (size_t d = 0; d < docs.size(); ++d) {
        if (cancel.load(std::memory_order_relaxed))
            return {};
        const Document& doc = docs[d];
        out[d].resize(doc.sentences.size());
        for (size_t s = 0; s < doc.sentences.size(); ++s)
            out[d][s] = extractNumbers(doc.sentenceText(int(s)));
        if (progress)
            progress(qsizetype(d) + 1, qsizetype(docs.size()));
    }
    return out;
}

std::vector<Claim> findClaims(const std::vector<Document>& docs, const ReuseResult& reuse,
                              const std::atomic_bool& cancel, const ClaimProgress& progress) {
    // One step per document to read its numbers, then groupClaims' steps.
    const qsizetype extractSteps = qsizetype(docs.size());
    const qsizetype total = extractSteps + qsizetype(docs.size()) + 1;
    const CorpusMentions mentions = extractMentions(docs, cancel, [&](qsizetype done, qsizetype) {
        if (progress)
            progress(done, total);
    });
    if (cancel.load(std::memory_order_relaxed))
        return {};
    return groupClaims(docs, mentions, reuse, cancel, [&](qsizetype done, qsizetype) {
        if (progress)
            progress(extractSteps + done, total);
    });
}

} // namespace parallax
