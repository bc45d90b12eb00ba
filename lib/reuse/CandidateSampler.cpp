#include "reuse/CandidateSampler.h"

#include "reuse/FindReuse.h"

namespace parallax {

void CandidateSampler::attachTo(LoadOptions& options) {
    options.keepTokens = false;
    // The words' hashes come from the pass that counted them: each word is read once.
    options.onDocumentWords = [this](const Document& doc, const std::vector<std::uint64_t>& wordHashes) {
        std::vector<std::uint64_t> sample = candidateSample(doc, wordHashes); // outside the lock: the work
        const std::lock_guard guard(lock_);
        byPath_.insert(doc.path, std::move(sample));
    };
}

std::vector<std::vector<std::uint64_t>> CandidateSampler::samplesFor(const std::vector<Document>& docs) {
    const std::lock_guard guard(lock_);
    std::vector<std::vector<std::uint64_t>> samples;
    samples.reserve(docs.size());
    for (const Document& doc : docs)
        samples.push_back(byPath_.take(doc.path));
    byPath_.clear();
    return samples;
}

} // namespace parallax
