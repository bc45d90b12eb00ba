#pragma once

#include "corpus/CorpusLoader.h"

#include <QHash>

#include <cstdint>
#include <mutex>
#include <vector>

namespace parallax {

// Takes each document's candidateSample() while a corpus loads without its tokens, the corpus-scale
// way to load (corpus/DocumentTokens.h): the tokens are never made for documents reuse will not
// compare, and the samples are ready for findReuse(docs, samples, ...).
//
//     CandidateSampler sampler;
//     LoadOptions load;
//     sampler.attachTo(load);                 // keepTokens off, onDocumentWords set
//     Corpus corpus = loadCorpus(folder, load, cancel);
//     ReuseResult r = findReuse(corpus.documents, sampler.samplesFor(corpus.documents), {}, cancel);
//
// The sampler must outlive the load. Samples are kept by path, as the loader settles the order of
// its documents only at the end; samplesFor() hands them over in document order (and forgets them).
class CandidateSampler {
public:
    void attachTo(LoadOptions& options);
    std::vector<std::vector<std::uint64_t>> samplesFor(const std::vector<Document>& docs);

private:
    std::mutex lock_;
    QHash<QString, std::vector<std::uint64_t>> byPath_;
};

} // namespace parallax
