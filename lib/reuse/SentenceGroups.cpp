#include "reuse/SentenceGroups.h"

#include "util/ParallelFor.h"

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace parallax {
namespace {

constexpr int bands = 4;
constexpr int rowsPerBand = 2;
constexpr int minShingles = 4; // shorter sentences are too common to mean a copy

// Odd multipliers: one permutation of the shingle hashes per MinHash row.
constexpr std::uint64_t salts[bands * rowsPerBand] = {
    0x9E3779B97F4A7C15ULL, 0xC2B2AE3D27D4EB4FULL, 0x165667B19E3779F9ULL, 0xD6E8FEB86659FD93ULL,
    0xFF51AFD7ED558CCDULL, 0xC4CEB9FE1A85EC53ULL, 0x94D049BB133111EBULL, 0xBF58476D1CE4E5B9ULL};

std::uint64_t permuted(std::uint64_t h, int row) {
    h = (h ^ (h >> 31)) * salts[row];
    return h ^ (h >> 29);
}

std::uint64_t bandKey(std::uint64_t first, std::uint64_t second, int band) {
    std::uint64_t k = first * 0x9E3779B97F4A7C15ULL ^ (second + 0x632BE59BD9B4E019ULL + std::uint64_t(band));
    k ^= k >> 32;
    k *= 0xD6E8FEB86659FD93ULL;
    return k ^ (k >> 32);
}

int root(std::vector<int>& parent, int x) {
    while (parent[size_t(x)] != x)
        x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
    return x;
}

// Each sentence's group: its union-find root for a sentence with MinHash keys, a hash of its
// shingles (above every root) for a shorter one, so word-for-word copies share a label.
std::vector<std::vector<std::uint64_t>> sentenceLabels(const std::vector<Fingerprint>& prints,
                                                       const std::vector<int>& first,
                                                       std::vector<int>& parent) {
    std::vector<std::vector<std::uint64_t>> labels(prints.size());
    for (std::size_t d = 0; d < prints.size(); ++d) {
        const Fingerprint& fp = prints[d];
        labels[d].assign(size_t(std::max(0, fp.sentenceCount())), SentenceGrouping::noGroup);
        for (int s = 0; s < fp.sentenceCount(); ++s) {
            const int begin = fp.sentenceStart[size_t(s)], end = fp.sentenceStart[size_t(s) + 1];
            if (end - begin >= minShingles) {
                labels[d][size_t(s)] = std::uint64_t(root(parent, first[d] + s));
            } else if (end > begin) {
                std::uint64_t h = 0x84222325CBF29CE4ULL;
                for (int i = begin; i < end; ++i)
                    h = permuted(h ^ fp.shingles[size_t(i)], 0);
                labels[d][size_t(s)] = (h | std::uint64_t(1) << 62) & ~(std::uint64_t(1) << 63);
            }
        }
    }
    return labels;
}

} // namespace

SentenceGrouping sentenceGroups(const std::vector<Fingerprint>& prints, const std::atomic_bool& cancel,
                                unsigned threads) {
    // Sentences numbered across the folder: document d's sentence s is first[d] + s.
    std::vector<int> first(prints.size() + 1, 0);
    for (std::size_t d = 0; d < prints.size(); ++d)
        first[d + 1] = first[d] + std::max(0, prints[d].sentenceCount());
    const int sentences = first.back();
    struct Entry {
        std::uint64_t key;
        int sentence;
        bool operator<(const Entry& o) const {
            return key < o.key || (key == o.key && sentence < o.sentence);
        }
    };
    std::vector<Entry> entries(size_t(sentences) * bands, Entry{0, -1});
    parallelFor(
        prints.size(), cancel,
        [&](std::size_t d) {
            const Fingerprint& fp = prints[d];
            for (int s = 0; s < fp.sentenceCount(); ++s) {
                const int begin = fp.sentenceStart[size_t(s)], end = fp.sentenceStart[size_t(s) + 1];
                if (end - begin < minShingles)
                    continue;
                std::uint64_t mins[bands * rowsPerBand];
                std::fill(std::begin(mins), std::end(mins), ~std::uint64_t(0));
                for (int i = begin; i < end; ++i)
                    for (int r = 0; r < bands * rowsPerBand; ++r)
                        mins[r] = std::min(mins[r], permuted(fp.shingles[size_t(i)], r));
                const int id = first[d] + s;
                for (int b = 0; b < bands; ++b)
                    entries[size_t(id) * bands + size_t(b)] = {bandKey(mins[2 * b], mins[2 * b + 1], b), id};
            }
        },
        threads);
    if (cancel)
        return {};
    entries.erase(
        std::remove_if(entries.begin(), entries.end(), [](const Entry& e) { return e.sentence < 0; }),
        entries.end());
    std::sort(entries.begin(), entries.end());

    std::vector<int> parent(static_cast<size_t>(sentences));
    std::iota(parent.begin(), parent.end(), 0);
    for (std::size_t i = 1; i < entries.size(); ++i)
        if (entries[i].key == entries[i - 1].key) {
            const int x = root(parent, entries[i].sentence), y = root(parent, entries[i - 1].sentence);
            if (x != y)
                parent[size_t(std::max(x, y))] = std::min(x, y);
        }
    std::vector<Entry>().swap(entries);

    SentenceGrouping out;
    out.labels = sentenceLabels(prints, first, parent);

    // (group root, document) of every sentence, grouped by root; groups of one document are dropped.
    std::vector<std::uint64_t> members;
    members.reserve(size_t(sentences));
    for (std::size_t d = 0; d < prints.size(); ++d)
        for (int id = first[d]; id < first[d + 1]; ++id)
            members.push_back(std::uint64_t(root(parent, id)) << 32 | std::uint64_t(d));
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    std::vector<std::vector<int>>& groups = out.groups;
    for (std::size_t i = 0; i < members.size();) {
        std::size_t j = i + 1;
        while (j < members.size() && members[j] >> 32 == members[i] >> 32)
            ++j;
        if (j - i >= 2) {
            std::vector<int> docs;
            docs.reserve(j - i);
            for (std::size_t k = i; k < j; ++k)
                docs.push_back(int(members[k] & 0xffffffffu));
            groups.push_back(std::move(docs));
        }
        i = j;
    }
    return out;
}

std::vector<std::pair<int, int>> pairsSharingGroups(const std::vector<std::vector<int>>& groups,
                                                    std::size_t documents, int minShared,
                                                    const std::atomic_bool& cancel, unsigned threads) {
    std::vector<std::vector<int>> groupsOf(documents);
    for (std::size_t g = 0; g < groups.size(); ++g)
        for (int d : groups[g])
            groupsOf[size_t(d)].push_back(int(g));
    // Per document a: the later documents it shares enough groups with, counted in one array per
    // call (a stripe of documents per call keeps the arrays few).
    constexpr std::size_t stripe = 64;
    const std::size_t stripes = (documents + stripe - 1) / stripe;
    std::vector<std::vector<std::pair<int, int>>> found(stripes);
    parallelFor(
        stripes, cancel,
        [&](std::size_t k) {
            std::vector<int> count(documents, 0);
            std::vector<int> touched;
            for (std::size_t a = k * stripe; a < std::min(documents, (k + 1) * stripe); ++a) {
                touched.clear();
                for (int g : groupsOf[a]) {
                    const std::vector<int>& docs = groups[size_t(g)];
                    for (auto it = std::upper_bound(docs.begin(), docs.end(), int(a)); it != docs.end(); ++it)
                        if (count[size_t(*it)]++ == 0)
                            touched.push_back(*it);
                }
                std::sort(touched.begin(), touched.end());
                for (int b : touched) {
                    if (count[size_t(b)] >= minShared)
                        found[k].emplace_back(int(a), b);
                    count[size_t(b)] = 0;
                }
            }
        },
        threads);
    std::vector<std::pair<int, int>> out;
    for (auto& f : found)
        out.insert(out.end(), f.begin(), f.end());
    return out;
}

} // namespace parallax
