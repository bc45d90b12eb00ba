#pragma once

#include "corpus/Document.h"

#include <cstdint>
#include <vector>

namespace parallax {

// The wording of one document reduced to hashes: 3-word shingles of each sentence. Shingles never
// cross a sentence boundary, so "how much of this sentence is found there" is a plain count; that
// costs the two shingles a split or merge would otherwise keep, which is nothing at pair level.
struct Fingerprint {
    std::vector<std::uint64_t> shingles; // in text order, sentence after sentence
    std::vector<int> sentenceStart;      // sentence s owns shingles [sentenceStart[s], sentenceStart[s+1])
    std::vector<std::uint64_t> set;      // the distinct shingles, sorted
    std::vector<std::uint8_t> quoted;    // per sentence: 1 when most of its words are inside quotation marks
    // Every shingle of a sentence outside quotes, with its sentence, sorted by hash: "how many of this
    // sentence's shingles are in the other article" for all sentences is then one merge with the
    // other's `set` instead of a search per shingle.
    std::vector<std::pair<std::uint64_t, int>> unquotedBySentence;

    int sentenceCount() const { return int(sentenceStart.size()) - 1; }
};

constexpr int shingleWords = 3;

// xxHash (XXH3) of a token's matching key. Thread-safe.
std::uint64_t tokenHash(const Token& token);

// The hash of every token of `doc`, in order. Thread-safe.
std::vector<std::uint64_t> tokenHashes(const Document& doc);

// Shingles of every sentence of `doc` (sentences under three words give none). A document with its
// tokens released (DocumentTokens.h) gives the same fingerprint, from its text. Thread-safe.
Fingerprint fingerprint(const Document& doc);

// The distinct shingles of `doc` whose hash is divisible by `sampling`, sorted: what the candidate
// index needs of every document, at a fraction of a full fingerprint's cost. A document with its
// tokens released (DocumentTokens.h) gives the same samples, from its text. Thread-safe.
std::vector<std::uint64_t> sampledShingles(const Document& doc, unsigned sampling);

// The same from `wordHashes`, keyHash() of every word of `doc` in token order (what the loader hands
// LoadOptions::onDocumentWords), without reading the words again. Thread-safe.
std::vector<std::uint64_t> sampledShingles(const Document& doc, const std::vector<std::uint64_t>& wordHashes,
                                           unsigned sampling);

// How many of `sorted`'s elements are also in `other` (both sorted, distinct).
int sharedCount(const std::vector<std::uint64_t>& sorted, const std::vector<std::uint64_t>& other);

// Which tokens of `doc` stand inside quotation marks (“...”, "...", «...»). A paragraph break
// closes an open quote, as news style leaves the closing mark off a quote that runs on.
std::vector<std::uint8_t> quotedTokens(const Document& doc);

} // namespace parallax
