#pragma once

#include "corpus/Document.h"
#include "reuse/ReuseResult.h"

#include <atomic>
#include <functional>

namespace parallax {

struct ReuseOptions {
    // Corpus-scale mode: decide every pair's relation but keep no SentenceMatch and compute no word
    // diff. Relations are the same as in full mode (docs/reuse.md).
    bool pairsOnly = false;
    unsigned threads = 0; // 0: one per core
    // Up to this many documents every pair is examined; above it only candidate pairs from the
    // shingle index are (docs/reuse.md, "Finding candidates"). Tests lower it to exercise the index.
    int allPairsUpTo = 300;
};

// Called with (steps done, steps in all) from any thread, so it must be thread-safe.
using ReuseProgress = std::function<void(qsizetype done, qsizetype total)>;

// Finds which articles reuse which: reprints, shared-source rewrites and same-story pairs, with the
// sentences they share.
//
//     std::atomic_bool cancel{false};
//     ReuseResult r = findReuse(corpus.documents, {}, cancel, {});
//     for (const DocumentPair& p : r.pairs)
//         if (p.relation == Relation::Reprint && p.original >= 0)
//             qInfo() << docs[p.original].id << "is the original:" << p.evidence;
//
// Only Document::sentences and Document::tokens are compared, so boilerplate (captions,
// attributions, metadata) never counts as shared text; Document::attribution, source and date
// decide direction. Pairs come sorted by (a, b) with a < b; unrelated pairs are left out. Matches
// are one-to-one within a pair (a sentence belongs to at most one match per other document).
//
// Deterministic: the result does not depend on `threads`. Work runs on options.threads threads; the
// call blocks until done. When `cancel` becomes true it returns soon with `cancelled` set and an
// empty or partial result. Thread-safe (no shared state between calls).
ReuseResult findReuse(const std::vector<Document>& docs, const ReuseOptions& options,
                      const std::atomic_bool& cancel, const ReuseProgress& progress = {});

// What the candidate index needs of one document (a quarter of its shingles, chosen by hash value):
// taken while a corpus loads, it lets the loader release the document's tokens at once. Thread-safe.
std::vector<std::uint64_t> candidateSample(const Document& doc);
// The same from keyHash() of every word of `doc` in order (LoadOptions::onDocumentWords).
std::vector<std::uint64_t> candidateSample(const Document& doc, const std::vector<std::uint64_t>& wordHashes);

// The same result for a corpus loaded with its tokens released (DocumentTokens.h), given each
// document's candidateSample() in document order. Candidates are fingerprinted from their text;
// only the documents that sentence matching reads get their tokens back (in pairs mode, those of
// pairs the wording leaves undecided), so a folder of 20,000 articles never holds all their tokens
// at once. Small corpora (every pair examined) and a `samples` of the wrong size restore every
// document.
ReuseResult findReuse(std::vector<Document>& docs, const std::vector<std::vector<std::uint64_t>>& samples,
                      const ReuseOptions& options, const std::atomic_bool& cancel,
                      const ReuseProgress& progress = {});

} // namespace parallax
