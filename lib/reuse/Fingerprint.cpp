#include "reuse/Fingerprint.h"

#include "corpus/DocumentTokens.h"

#include <algorithm>
#include <bit>
#include <stdexcept>

namespace parallax {
namespace {

// Murmur3's finaliser: the XOR-of-rotations combine below is cheap but leaves structure that would
// bias the sampling on low bits (CandidatePairs keeps shingles by hash value).
std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

std::uint64_t shingleHash(const std::uint64_t* words) {
    return mix(words[0] ^ std::rotl(words[1], 21) ^ std::rotl(words[2], 42));
}

} // namespace

std::uint64_t tokenHash(const Token& token) {
    return keyHash(token.key);
}

std::vector<std::uint64_t> tokenHashes(const Document& doc) {
    std::vector<std::uint64_t> out;
    out.reserve(doc.tokens.size());
    for (const Token& t : doc.tokens)
        out.push_back(tokenHash(t));
    return out;
}

namespace {

// The quote state of every word of `doc` whose spans `wordSpan(t)` gives. Quotation marks are
// punctuation, never inside a word, so only the gaps before each word are scanned: a fraction of
// the text.
template <typename WordSpan>
std::vector<std::uint8_t> quotedWords(const Document& doc, std::size_t words, WordSpan&& wordSpan) {
    std::vector<std::uint8_t> out(words, 0);
    bool open = false;
    int paragraph = -1;
    for (const Sentence& s : doc.sentences) {
        if (s.paragraph != paragraph)
            open = false;
        paragraph = s.paragraph;
        qsizetype pos = s.span.start;
        for (int t = s.firstToken; t < s.firstToken + s.tokenCount; ++t) {
            const Span span = wordSpan(size_t(t));
            for (; pos < span.start; ++pos) {
                const char16_t c = doc.text[pos].unicode();
                if (c == u'\u201C' || c == u'\u00AB')
                    open = true;
                else if (c == u'\u201D' || c == u'\u00BB')
                    open = false;
                else if (c == u'"')
                    open = !open;
            }
            out[size_t(t)] = open;
            pos = std::max(pos, span.end);
        }
    }
    return out;
}

// What a fingerprint reads of each word: its hash and whether it is quoted.
struct WordFacts {
    std::vector<std::uint64_t> hashes;
    std::vector<std::uint8_t> quoted;
};

// From the text when the tokens are released: the same words and hashes (DocumentTokens.h), without
// a Token and its key string per word for a document that is only fingerprinted.
WordFacts wordFacts(const Document& doc) {
    if (!tokensReleased(doc))
        return {tokenHashes(doc), quotedTokens(doc)};
    WordFacts facts;
    std::vector<Span> spans;
    spans.reserve(size_t(doc.wordCount()));
    facts.hashes.reserve(size_t(doc.wordCount()));
    for (const Sentence& s : doc.sentences) {
        qsizetype pos = s.span.start;
        for (Span word; nextWord(doc.text, pos, s.span.end, word);) {
            facts.hashes.push_back(wordHash(doc.textOf(word)));
            spans.push_back(word);
        }
    }
    // The builder counted these very words; a different count would misplace every later sentence's.
    if (qsizetype(spans.size()) != doc.wordCount())
        throw std::logic_error("fingerprint: the words of the text differ from the document's");
    facts.quoted = quotedWords(doc, spans.size(), [&](std::size_t t) { return spans[t]; });
    return facts;
}

} // namespace

std::vector<std::uint8_t> quotedTokens(const Document& doc) {
    return quotedWords(doc, doc.tokens.size(), [&](std::size_t t) { return doc.tokens[t].span; });
}

Fingerprint fingerprint(const Document& doc) {
    Fingerprint fp;
    const WordFacts facts = wordFacts(doc);
    const std::vector<std::uint64_t>& words = facts.hashes;
    const std::vector<std::uint8_t>& inQuote = facts.quoted;
    fp.shingles.reserve(words.size());
    fp.sentenceStart.reserve(doc.sentences.size() + 1);
    fp.quoted.reserve(doc.sentences.size());
    for (const Sentence& s : doc.sentences) {
        fp.sentenceStart.push_back(int(fp.shingles.size()));
        for (int i = 0; i + shingleWords <= s.tokenCount; ++i)
            fp.shingles.push_back(shingleHash(&words[size_t(s.firstToken + i)]));
        int quotedWords = 0;
        for (int i = 0; i < s.tokenCount; ++i)
            quotedWords += inQuote[size_t(s.firstToken + i)];
        fp.quoted.push_back(s.tokenCount > 0 && 2 * quotedWords > s.tokenCount);
    }
    fp.sentenceStart.push_back(int(fp.shingles.size()));
    for (int s = 0; s < fp.sentenceCount(); ++s)
        if (!fp.quoted[size_t(s)])
            for (int i = fp.sentenceStart[size_t(s)]; i < fp.sentenceStart[size_t(s) + 1]; ++i)
                fp.unquotedBySentence.emplace_back(fp.shingles[size_t(i)], s);
    std::sort(fp.unquotedBySentence.begin(), fp.unquotedBySentence.end());
    fp.set = fp.shingles;
    std::sort(fp.set.begin(), fp.set.end());
    fp.set.erase(std::unique(fp.set.begin(), fp.set.end()), fp.set.end());
    return fp;
}

std::vector<std::uint64_t> sampledShingles(const Document& doc, unsigned sampling) {
    std::vector<std::uint64_t> words;
    words.reserve(size_t(doc.wordCount()));
    if (tokensReleased(doc)) {
        for (const Sentence& s : doc.sentences)
            hashWords(doc.text, s.span, words);
    } else {
        for (const Token& t : doc.tokens)
            words.push_back(tokenHash(t));
    }
    return sampledShingles(doc, words, sampling);
}

std::vector<std::uint64_t> sampledShingles(const Document& doc, const std::vector<std::uint64_t>& wordHashes,
                                           unsigned sampling) {
    std::vector<std::uint64_t> out;
    if (qsizetype(wordHashes.size()) != doc.wordCount())
        throw std::logic_error("sampledShingles: word hashes differ from the document's words");
    for (const Sentence& s : doc.sentences) {
        const std::uint64_t* words = wordHashes.data() + s.firstToken;
        for (int i = 0; i + shingleWords <= s.tokenCount; ++i)
            if (const std::uint64_t h = shingleHash(words + i); h % sampling == 0)
                out.push_back(h);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

int sharedCount(const std::vector<std::uint64_t>& sorted, const std::vector<std::uint64_t>& other) {
    // Without branches: which side moves is as good as random, and mispredicting it was most of
    // the cost (half a million pairs of 500 shingles each in a one-story folder).
    int n = 0;
    const std::uint64_t* x = sorted.data();
    const std::uint64_t* y = other.data();
    const std::uint64_t* const xEnd = x + sorted.size();
    const std::uint64_t* const yEnd = y + other.size();
    while (x != xEnd && y != yEnd) {
        const std::uint64_t u = *x, v = *y;
        n += u == v;
        x += u <= v;
        y += v <= u;
    }
    return n;
}

} // namespace parallax
