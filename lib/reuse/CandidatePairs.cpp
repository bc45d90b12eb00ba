#include "reuse/CandidatePairs.h"

#include "util/ParallelFor.h"

#include <algorithm>
#include <array>
#include <utility>

namespace parallax {
namespace {

// Index entries pack (shingle hash, document) into one word so the index sorts as plain integers:
// the high 44 bits of the hash, then 20 bits of document index (a million documents).
constexpr int docBits = 20;
constexpr std::uint64_t docMask = (std::uint64_t(1) << docBits) - 1;
constexpr int bucketBits = 8; // the index is split by the top bits into buckets sorted in parallel

constexpr std::uint64_t spreadFactor = 0x9E3779B97F4A7C15ULL; // odd

// The multiplicative inverse of an odd number mod 2^64 (Newton's iteration doubles the correct bits).
constexpr std::uint64_t inverseOf(std::uint64_t odd) {
    std::uint64_t x = odd;
    for (int i = 0; i < 5; ++i)
        x *= 2 - odd * x;
    return x;
}
static_assert(spreadFactor * inverseOf(spreadFactor) == 1);

int bucketOf(std::uint64_t entry) {
    return int(entry >> (64 - bucketBits));
}

// Sorts one bucket (its values share their top bucketBits) by the next bits into sub-buckets of a
// dozen values or so, then each sub-bucket by insertion: two passes over memory where std::sort
// made twenty over a bucket too large for the cache. `scratch` is reused between calls.
void sortBucket(std::uint64_t* begin, std::uint64_t* end, std::vector<std::uint64_t>& scratch) {
    const std::size_t n = std::size_t(end - begin);
    if (n < 64) {
        std::sort(begin, end);
        return;
    }
    int subBits = 1;
    while ((std::size_t(1) << subBits) < n / 8 && subBits < 16)
        ++subBits;
    const int shift = 64 - bucketBits - subBits;
    const std::size_t subs = std::size_t(1) << subBits;
    const std::uint64_t mask = subs - 1;
    std::vector<std::size_t> start(subs + 1, 0);
    for (const std::uint64_t* v = begin; v != end; ++v)
        ++start[((*v >> shift) & mask) + 1];
    for (std::size_t s = 0; s < subs; ++s)
        start[s + 1] += start[s];
    scratch.resize(n);
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (const std::uint64_t* v = begin; v != end; ++v)
        scratch[fill[(*v >> shift) & mask]++] = *v;
    for (std::size_t s = 0; s < subs; ++s) {
        std::uint64_t* const first = scratch.data() + start[s];
        std::uint64_t* const last = scratch.data() + start[s + 1];
        if (last - first > 32) { // a shingle many documents share: its entries differ in low bits only
            std::sort(first, last);
            continue;
        }
        for (std::uint64_t* i = first + 1; i < last; ++i) // insertion: most sub-buckets are tiny
            for (std::uint64_t* j = i; j > first && *(j - 1) > *j; --j)
                std::swap(*(j - 1), *j);
    }
    std::copy(scratch.begin(), scratch.end(), begin);
}

// Sorts `values` on all threads: one pass spreads them into buckets by their top bits, then each
// bucket is sorted on its own. Returns the bucket boundaries.
std::vector<std::size_t> bucketSort(std::vector<std::uint64_t>& values, const std::atomic_bool& cancel,
                                    unsigned threads) {
    constexpr int buckets = 1 << bucketBits;
    // The spreading, too, on all threads: each chunk of the input counts its values per bucket, and
    // writes them after the same bucket's values of the chunks before it.
    constexpr std::size_t chunks = 8;
    const std::size_t chunkSize = (values.size() + chunks - 1) / chunks;
    auto chunkOf = [&](std::size_t c) {
        const std::size_t begin = std::min(values.size(), c * chunkSize);
        return std::pair(values.data() + begin, values.data() + std::min(values.size(), begin + chunkSize));
    };
    std::vector<std::array<std::size_t, buckets>> at(chunks, std::array<std::size_t, buckets>{});
    parallelFor(
        chunks, cancel,
        [&](std::size_t c) {
            for (auto [v, end] = chunkOf(c); v != end; ++v)
                ++at[c][size_t(bucketOf(*v))];
        },
        threads);
    std::vector<std::size_t> start(buckets + 1, 0);
    for (int b = 0; b < buckets; ++b) {
        start[size_t(b) + 1] = start[size_t(b)];
        for (std::size_t c = 0; c < chunks; ++c)
            start[size_t(b) + 1] += std::exchange(at[c][size_t(b)], start[size_t(b) + 1]);
    }
    std::vector<std::uint64_t> sorted(values.size());
    parallelFor(
        chunks, cancel,
        [&](std::size_t c) {
            for (auto [v, end] = chunkOf(c); v != end; ++v)
                sorted[at[c][size_t(bucketOf(*v))]++] = *v;
        },
        threads);
    parallelFor(
        buckets, cancel,
        [&](std::size_t b) {
            thread_local std::vector<std::uint64_t> scratch;
            sortBucket(sorted.data() + start[b], sorted.data() + start[b + 1], scratch);
        },
        threads);
    values.swap(sorted);
    return start;
}

} // namespace

std::vector<std::pair<int, int>> candidatePairs(const std::vector<std::vector<std::uint64_t>>& samples,
                                                const CandidateOptions& options,
                                                const std::atomic_bool& cancel) {
    // Each document's slice of one array first, so every thread writes its own part.
    std::vector<std::size_t> offset(samples.size() + 1, 0);
    for (std::size_t d = 0; d < samples.size(); ++d)
        offset[d + 1] = offset[d] + samples[d].size();
    std::vector<std::uint64_t> index(offset.back());
    parallelFor(
        samples.size(), cancel,
        [&](std::size_t d) {
            std::size_t at = offset[d];
            for (std::uint64_t h : samples[d])
                index[at++] = (h & ~docMask) | std::uint64_t(d);
        },
        options.threads);
    if (cancel)
        return {};
    const std::vector<std::size_t> bucket = bucketSort(index, cancel, options.threads);

    // Every pair meeting on a rare shingle, as (a << 32 | b); then counted by sorting. Buckets hold
    // whole hash groups (the bucket is the hash's top bits), so they are scanned independently.
    const std::size_t buckets = bucket.size() - 1;
    std::vector<std::vector<std::uint64_t>> meetings(buckets);
    parallelFor(
        buckets, cancel,
        [&](std::size_t b) {
            std::vector<std::uint64_t>& out = meetings[b];
            std::size_t i = bucket[b];
            const std::size_t end = bucket[b + 1];
            while (i < end) {
                std::size_t j = i + 1;
                while (j < end && (index[j] & ~docMask) == (index[i] & ~docMask))
                    ++j;
                const std::size_t n = j - i;
                // Entries of one hash are sorted by document, so the anchors are the lowest indices.
                const std::size_t partners = n <= std::size_t(options.maxDocumentsPerShingle)
                                                 ? n
                                                 : std::min(n, std::size_t(std::max(0, options.anchors)));
                for (std::size_t x = i; x < i + partners; ++x)
                    for (std::size_t y = x + 1; y < j; ++y)
                        out.push_back((index[x] & docMask) << 32 | (index[y] & docMask));
                i = j;
            }
        },
        options.threads);
    std::size_t total = 0;
    for (const auto& m : meetings)
        total += m.size();
    std::vector<std::uint64_t> all;
    all.reserve(total);
    for (auto& m : meetings) {
        all.insert(all.end(), m.begin(), m.end());
        std::vector<std::uint64_t>().swap(m);
    }
    std::vector<std::uint64_t>().swap(index);
    // Pair keys are small numbers, all in one bucket by their top bits. Counting needs equal keys
    // together, not order, so they are sorted as k * odd (a bijection mod 2^64) and mapped back.
    for (std::uint64_t& k : all)
        k *= spreadFactor;
    bucketSort(all, cancel, options.threads);
    if (cancel)
        return {};

    std::vector<std::pair<int, int>> out;
    for (std::size_t i = 0; i < all.size();) {
        std::size_t j = i + 1;
        while (j < all.size() && all[j] == all[i])
            ++j;
        if (int(j - i) >= options.minSharedSamples) {
            const std::uint64_t k = all[i] * inverseOf(spreadFactor);
            out.emplace_back(int(k >> 32), int(k & 0xffffffffu));
        }
        i = j;
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace parallax
