#include "reuse/CandidateSampler.h"

#include "reuse/FindReuse.h"

namespace parallax {

void CandidateSampler::attachTo(LoadOptions& options) {
    options.keepTokens = false;
    options.onDocument = [this](const Document& doc) {
        std::vector<std::uint64_t> sample = candidateSample(doc); // outside the lock: the work
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
