#include "claims/FindClaims.h"

#include "numbers/LocalDollars.h"
#include "numbers/NumberExtractor.h"
#include "util/ParallelFor.h"

#include <atomic>

namespace parallax {

CorpusMentions extractMentions(const std::vector<Document>& docs, const std::atomic_bool& cancel,
                               const ClaimProgress& progress) {
    // Each article's numbers are its own: read on every core, as the loader reads the files.
    CorpusMentions out(docs.size());
    std::atomic<qsizetype> done{0};
    const auto total = qsizetype(docs.size());
    parallelFor(docs.size(), cancel, [&](size_t d) {
        const Document& doc = docs[d];
        out[d].resize(doc.sentences.size());
        const QString localDollar = localDollarOfOutlet(doc.source);
        for (size_t s = 0; s < doc.sentences.size(); ++s) {
            const QStringView text = doc.sentenceText(int(s));
            out[d][s] = extractNumbers(text);
            readBareDollarsAs(out[d][s], text, localDollar);
        }
        const qsizetype finished = ++done;
        if (progress)
            progress(finished, total);
    });
    if (cancel.load(std::memory_order_relaxed))
        return {};
    return out;
}

std::vector<Claim> findClaims(const std::vector<Document>& docs, const ReuseResult& reuse,
                              const std::atomic_bool& cancel, const ClaimProgress& progress,
                              std::vector<ComparedSentences>* compared) {
    // One step per document to read its numbers, then groupClaims' steps.
    const qsizetype extractSteps = qsizetype(docs.size());
    const qsizetype total = extractSteps + qsizetype(docs.size()) + 1;
    const CorpusMentions mentions = extractMentions(docs, cancel, [&](qsizetype done, qsizetype) {
        if (progress)
            progress(done, total);
    });
    if (cancel.load(std::memory_order_relaxed))
        return {};
    return groupClaims(
        docs, mentions, reuse, cancel,
        [&](qsizetype done, qsizetype) {
            if (progress)
                progress(extractSteps + done, total);
        },
        compared);
}

} // namespace parallax
