#include "reuse/GroupedMatches.h"

#include "reuse/WordDiff.h"
#include "util/SortedSets.h"

#include <xxhash.h>

#include <algorithm>
#include <memory_resource>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace parallax {
namespace {

const MatchPrep::Group* singleOf(const MatchPrep& prep, int sentence) {
    const auto it = std::lower_bound(prep.singles.begin(), prep.singles.end(), sentence,
                                     [](const MatchPrep::Group& g, int s) { return g.first < s; });
    return it != prep.singles.end() && it->first == sentence ? &*it : nullptr;
}

struct Candidate {
    const MatchPrep::Group* a = nullptr;
    const MatchPrep::Group* b = nullptr;
    MatchKind kind = MatchKind::NearIdentical;
    double score = 0;
};

// matchSentences' word-level test of two single sentences, with its bound on distinct common words.
std::optional<Candidate> compareCopies(const MatchInput& a, const MatchPrep::Group& x, const MatchInput& b,
                                       const MatchPrep::Group& y) {
    const double distinct =
        2.0 * double(sortedCommonCount(x.words, y.words)) / double(x.words.size() + y.words.size());
    if (distinct < nearIdenticalMin)
        return std::nullopt;
    const auto& wa = *a.words;
    const auto& wb = *b.words;
    const int common =
        commonWordCount(&wa[size_t(x.firstToken)], x.tokenCount, &wb[size_t(y.firstToken)], y.tokenCount);
    const double score = 2.0 * common / double(x.tokenCount + y.tokenCount);
    if (score >= nearIdenticalMin)
        return Candidate{&x, &y, MatchKind::NearIdentical, score};
    return std::nullopt;
}

std::uint64_t sequenceHash(const MatchInput& in, const MatchPrep::Group& g) {
    return XXH3_64bits(in.words->data() + g.firstToken, size_t(g.tokenCount) * sizeof(std::uint64_t));
}

// Two edited copies of one sentence, as word sequences, meet in hundreds of pairs of a one-story
// folder (each outlet's edit against the wire's own wording): their comparison and word diff are
// kept per thread, by the two sequences' hashes. Both are functions of the words alone.
struct Remembered {
    bool near = false;
    double score = 0;
    bool diffed = false;
    std::pmr::vector<WordEdit> edits; // relative to each sentence's first token
};

struct SequencePair {
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    bool operator==(const SequencePair&) const = default;
};

struct SequencePairHash {
    std::size_t operator()(const SequencePair& k) const {
        return std::size_t(k.a * 0x9E3779B97F4A7C15ULL ^ k.b);
    }
};

// Enough for every pairing of a story's edited sentences; cleared past it so memory stays bounded.
constexpr std::size_t maxRemembered = 1 << 20;

// The memory's entries and their edits live in large blocks of one pool, given back whole when
// the thread ends or the memory is cleared: a million entries freed one by one left malloc's
// arenas so fragmented that the next stage's first allocations took 0.15 s to sort them.
class Memory {
public:
    Memory() { reset(); }

    Remembered* find(const SequencePair& key) {
        const auto it = map_->find(key);
        return it == map_->end() ? nullptr : &it->second;
    }
    Remembered& operator[](const SequencePair& key) {
        // The edits take the pool from the vector they are moved from (a pmr vector assigned
        // later would keep the heap it was made with).
        return map_->try_emplace(key, Remembered{false, 0, false, std::pmr::vector<WordEdit>(&pool_)})
            .first->second;
    }
    void clearWhenFull() {
        if (map_->size() > maxRemembered)
            reset();
    }

private:
    void reset() {
        map_.reset();
        pool_.release();
        map_.emplace(&pool_);
    }

    std::pmr::monotonic_buffer_resource pool_{std::size_t(1) << 20};
    std::optional<std::pmr::unordered_map<SequencePair, Remembered, SequencePairHash>> map_;
};

Memory& memory() {
    thread_local Memory m;
    m.clearWhenFull();
    return m;
}

// compareCopies, a word-for-word copy first (most are), then what was found for the same two
// sequences before.
std::optional<Candidate> compareRemembered(const MatchInput& a, const MatchPrep::Group& x,
                                           const MatchInput& b, const MatchPrep::Group& y) {
    const auto& wa = *a.words;
    const auto& wb = *b.words;
    if (x.tokenCount == y.tokenCount &&
        std::equal(wa.begin() + x.firstToken, wa.begin() + x.firstToken + x.tokenCount,
                   wb.begin() + y.firstToken))
        return Candidate{&x, &y, MatchKind::Identical, 1.0};
    const SequencePair key{sequenceHash(a, x), sequenceHash(b, y)};
    Memory& remembered = memory();
    if (const Remembered* r = remembered.find(key)) {
        if (!r->near)
            return std::nullopt;
        return Candidate{&x, &y, MatchKind::NearIdentical, r->score};
    }
    const std::optional<Candidate> c = compareCopies(a, x, b, y);
    Remembered& r = remembered[key];
    r.near = c.has_value();
    r.score = c ? c->score : 0;
    return c;
}

std::vector<WordEdit> diffRemembered(const MatchInput& a, const MatchPrep::Group& x, const MatchInput& b,
                                     const MatchPrep::Group& y, MatchKind kind) {
    if (kind == MatchKind::Identical)
        return wordDiff(*a.words, x.firstToken, x.tokenCount, *b.words, y.firstToken, y.tokenCount);
    Remembered& r = memory()[SequencePair{sequenceHash(a, x), sequenceHash(b, y)}];
    if (!r.diffed) {
        const std::vector<WordEdit> fresh =
            wordDiff(*a.words, x.firstToken, x.tokenCount, *b.words, y.firstToken, y.tokenCount);
        r.edits.assign(fresh.begin(), fresh.end());
        for (WordEdit& e : r.edits)
            e.firstA -= x.firstToken, e.firstB -= y.firstToken;
        r.diffed = true;
    }
    std::vector<WordEdit> edits(r.edits.begin(), r.edits.end());
    for (WordEdit& e : edits)
        e.firstA += x.firstToken, e.firstB += y.firstToken;
    return edits;
}

} // namespace

std::vector<std::pair<std::uint64_t, int>> sentencesByGroup(const std::vector<std::uint64_t>& labels) {
    std::vector<std::pair<std::uint64_t, int>> out;
    out.reserve(labels.size());
    for (std::size_t s = 0; s < labels.size(); ++s)
        if (labels[s] != ~std::uint64_t(0))
            out.emplace_back(labels[s], int(s));
    std::sort(out.begin(), out.end());
    return out;
}

PairMatches matchGroupedSentences(const MatchInput& a,
                                  const std::vector<std::pair<std::uint64_t, int>>& groupsA,
                                  const MatchInput& b,
                                  const std::vector<std::pair<std::uint64_t, int>>& groupsB, bool withEdits) {
    thread_local std::vector<Candidate> candidates;
    candidates.clear();
    for (std::size_t i = 0, j = 0; i < groupsA.size() && j < groupsB.size();) {
        if (groupsA[i].first < groupsB[j].first) {
            ++i;
        } else if (groupsB[j].first < groupsA[i].first) {
            ++j;
        } else {
            // Every sentence of the group on one side with every one on the other (almost always one each).
            std::size_t iEnd = i, jEnd = j;
            while (iEnd < groupsA.size() && groupsA[iEnd].first == groupsA[i].first)
                ++iEnd;
            while (jEnd < groupsB.size() && groupsB[jEnd].first == groupsB[j].first)
                ++jEnd;
            for (std::size_t x = i; x < iEnd; ++x)
                for (std::size_t y = j; y < jEnd; ++y) {
                    const MatchPrep::Group* ga = singleOf(*a.prep, groupsA[x].second);
                    const MatchPrep::Group* gb = singleOf(*b.prep, groupsB[y].second);
                    if (ga && gb)
                        if (auto c = compareRemembered(a, *ga, b, *gb))
                            candidates.push_back(*c);
                }
            i = iEnd, j = jEnd;
        }
    }
    // As matchSentences: identical before near-identical, then by score, ties in reading order.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& l, const Candidate& r) {
        return std::tuple(l.kind != MatchKind::Identical, -l.score, l.a->first, l.b->first) <
               std::tuple(r.kind != MatchKind::Identical, -r.score, r.a->first, r.b->first);
    });
    thread_local std::vector<char> usedA, usedB;
    usedA.assign(a.doc->sentences.size(), 0);
    usedB.assign(b.doc->sentences.size(), 0);
    PairMatches out;
    out.matches.reserve(candidates.size());
    for (const Candidate& c : candidates) {
        if (usedA[size_t(c.a->first)] || usedB[size_t(c.b->first)])
            continue;
        usedA[size_t(c.a->first)] = usedB[size_t(c.b->first)] = 1;
        SentenceMatch m;
        m.firstA = c.a->first;
        m.firstB = c.b->first;
        m.score = c.score;
        m.kind = c.kind;
        if (withEdits)
            m.edits = diffRemembered(a, *c.a, b, *c.b, c.kind);
        out.matches.push_back(std::move(m));
    }
    std::sort(out.matches.begin(), out.matches.end(),
              [](const SentenceMatch& l, const SentenceMatch& r) { return l.firstA < r.firstA; });
    out.inOrder = matchesInOrder(out.matches);
    return out;
}

} // namespace parallax
