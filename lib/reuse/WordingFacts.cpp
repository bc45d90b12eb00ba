#include "reuse/WordingFacts.h"

#include "util/FreshPages.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <cstdint>

namespace parallax {
namespace {

// Sentences of `from` (outside quotes) at least half of whose shingles occur in `to`: one merge of
// from's shingles (sorted, with their sentences) with to's distinct shingles.
int copiedSentences(const Fingerprint& from, const Fingerprint& to) {
    thread_local std::vector<int> found;
    found.assign(size_t(std::max(0, from.sentenceCount())), 0);
    // A merge without branches (see sharedCount); a shingle twice in `from` counts twice.
    const auto* x = from.unquotedBySentence.data();
    const auto* const xEnd = x + from.unquotedBySentence.size();
    const std::uint64_t* y = to.set.data();
    const std::uint64_t* const yEnd = y + to.set.size();
    while (x != xEnd && y != yEnd) {
        const std::uint64_t u = x->first, v = *y;
        found[size_t(x->second)] += u == v;
        x += u <= v;
        y += v < u;
    }
    int copied = 0;
    for (int s = 0; s < from.sentenceCount(); ++s) {
        const int length = from.sentenceStart[size_t(s) + 1] - from.sentenceStart[size_t(s)];
        copied += length > 0 && !from.quoted[size_t(s)] && 2 * found[size_t(s)] >= length;
    }
    return copied;
}

// The facts both ways of counting give, from the shared count.
void setShared(PairFacts& f, int shared, const Fingerprint& a, const Fingerprint& b) {
    const int either = int(a.set.size() + b.set.size()) - shared;
    f.resemblance = either > 0 ? double(shared) / either : 0;
    f.containmentAInB = a.set.empty() ? 0 : double(shared) / double(a.set.size());
    f.containmentBInA = b.set.empty() ? 0 : double(shared) / double(b.set.size());
    f.sentencesA = a.sentenceCount();
    f.sentencesB = b.sentenceCount();
}

// Counting copied sentences is skipped for pairs that share almost nothing.
bool worthCountingCopies(int shared) {
    return shared >= 2 * shingleWords;
}

// The folder's inverted index: for each distinct shingle, the documents that hold it; and for each
// document, the index entry of each of its distinct shingles (in `set` order).
struct ShingleIndex {
    std::vector<int> start; // documents of entry e: docs[start[e], start[e + 1])
    std::vector<int> docs;
    std::vector<std::vector<int>> entriesOf; // per document, parallel to Fingerprint::set
};

ShingleIndex shingleIndex(const std::vector<Fingerprint>& prints) {
    std::vector<std::pair<std::uint64_t, int>> all;
    for (std::size_t d = 0; d < prints.size(); ++d)
        for (std::uint64_t h : prints[d].set)
            all.emplace_back(h, int(d));
    std::sort(all.begin(), all.end());
    ShingleIndex index;
    index.entriesOf.resize(prints.size());
    index.docs.reserve(all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (i == 0 || all[i].first != all[i - 1].first)
            index.start.push_back(int(i));
        index.docs.push_back(all[i].second);
        // Sorted by hash, so each document's entries come in the order of its set.
        index.entriesOf[size_t(all[i].second)].push_back(int(index.start.size()) - 1);
    }
    index.start.push_back(int(all.size()));
    return index;
}

struct Partner {
    int other = 0;
    int pair = 0;     // index into the pairs
    bool asA = false; // this document is the pair's a
};

} // namespace

PairFacts wordingFacts(const Fingerprint& a, const Fingerprint& b) {
    PairFacts f;
    const int shared = sharedCount(a.set, b.set);
    setShared(f, shared, a, b);
    if (worthCountingCopies(shared)) {
        f.copiedA = copiedSentences(a, b);
        f.copiedB = copiedSentences(b, a);
    }
    return f;
}

bool worthAnIndex(std::size_t pairs, std::size_t documents) {
    // A tenth of all pairs: below it the pair-by-pair merges cost less than walking every document
    // that shares a shingle (a common phrase is in thousands of unrelated articles).
    return documents > 1 && pairs * 20 >= documents * (documents - 1);
}

std::vector<PairFacts> wordingFactsOfMany(const std::vector<std::pair<int, int>>& pairs,
                                          const std::vector<Fingerprint>& prints,
                                          const std::atomic_bool& cancel, unsigned threads) {
    const std::size_t n = prints.size();
    const ShingleIndex index = shingleIndex(prints);
    std::vector<std::vector<Partner>> partners(n);
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        partners[size_t(pairs[i].first)].push_back({pairs[i].second, int(i), true});
        partners[size_t(pairs[i].second)].push_back({pairs[i].first, int(i), false});
    }
    std::vector<PairFacts> facts;
    resizeOnAllCores(facts, pairs.size(), threads); // fresh pages mapped on every core, not this one
    parallelFor(
        n, cancel,
        [&](std::size_t d) {
            if (partners[d].empty())
                return;
            const Fingerprint& fp = prints[d];
            const std::vector<int>& entries = index.entriesOf[d];
            const int sentences = std::max(0, fp.sentenceCount());
            // Shingles shared with every other document, then per sentence of this one.
            thread_local std::vector<int> shared, found;
            shared.assign(n, 0);
            found.assign(n * size_t(sentences), 0);
            for (int e : entries)
                for (int k = index.start[size_t(e)]; k < index.start[size_t(e) + 1]; ++k)
                    ++shared[size_t(index.docs[size_t(k)])];
            // Every unquoted shingle occurrence, as copiedSentences counts them: by a merge of the
            // occurrences (sorted by hash) with the document's own set, whose entries are known.
            std::size_t at = 0;
            for (const auto& [hash, sentence] : fp.unquotedBySentence) {
                while (fp.set[at] < hash)
                    ++at;
                const int e = entries[at];
                for (int k = index.start[size_t(e)]; k < index.start[size_t(e) + 1]; ++k)
                    ++found[size_t(index.docs[size_t(k)]) * size_t(sentences) + size_t(sentence)];
            }
            for (const Partner& p : partners[d]) {
                const int common = shared[size_t(p.other)];
                PairFacts& f = facts[size_t(p.pair)];
                if (p.asA)
                    setShared(f, common, fp, prints[size_t(p.other)]);
                if (!worthCountingCopies(common))
                    continue;
                const int* row = &found[size_t(p.other) * size_t(sentences)];
                int copied = 0;
                for (int s = 0; s < sentences; ++s) {
                    const int length = fp.sentenceStart[size_t(s) + 1] - fp.sentenceStart[size_t(s)];
                    copied += length > 0 && !fp.quoted[size_t(s)] && 2 * row[s] >= length;
                }
                (p.asA ? f.copiedA : f.copiedB) = copied;
            }
        },
        threads);
    return facts;
}

} // namespace parallax
