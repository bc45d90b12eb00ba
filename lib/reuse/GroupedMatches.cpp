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

struct Remembered;

struct Candidate {
    const MatchPrep::Group* a = nullptr;
    const MatchPrep::Group* b = nullptr;
    MatchKind kind = MatchKind::NearIdentical;
    double score = 0;
    Remembered* memo = nullptr; // a near-identical pair's entry in the thread's memory
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

// Cleared only between pairs, so the entries a pair's candidates point to stay valid.
Memory& memory() {
    thread_local Memory m;
    return m;
}

// compareCopies, a word-for-word copy first (most are), then what was found for the same two
// sequences before.
std::optional<Candidate> compareRemembered(const MatchInput& a, const GroupedSentence& x, const MatchInput& b,
                                           const GroupedSentence& y, Memory& remembered) {
    const MatchPrep::Group& gx = *x.single;
    const MatchPrep::Group& gy = *y.single;
    const auto& wa = *a.words;
    const auto& wb = *b.words;
    if (gx.tokenCount == gy.tokenCount &&
        std::equal(wa.begin() + gx.firstToken, wa.begin() + gx.firstToken + gx.tokenCount,
                   wb.begin() + gy.firstToken))
        return Candidate{&gx, &gy, MatchKind::Identical, 1.0};
    const SequencePair key{x.wordsHash, y.wordsHash};
    if (Remembered* r = remembered.find(key)) {
        if (!r->near)
            return std::nullopt;
        return Candidate{&gx, &gy, MatchKind::NearIdentical, r->score, r};
    }
    std::optional<Candidate> c = compareCopies(a, gx, b, gy);
    Remembered& r = remembered[key];
    r.near = c.has_value();
    r.score = c ? c->score : 0;
    if (c)
        c->memo = &r;
    return c;
}

std::vector<WordEdit> diffRemembered(const MatchInput& a, const MatchInput& b, const Candidate& c) {
    const MatchPrep::Group& x = *c.a;
    const MatchPrep::Group& y = *c.b;
    if (c.kind == MatchKind::Identical || !c.memo)
        return wordDiff(*a.words, x.firstToken, x.tokenCount, *b.words, y.firstToken, y.tokenCount);
    Remembered& r = *c.memo;
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

std::vector<GroupedSentence> sentencesByGroup(const std::vector<std::uint64_t>& labels,
                                              const MatchInput& in) {
    std::vector<GroupedSentence> out;
    out.reserve(labels.size());
    const std::vector<MatchPrep::Group>& singles = in.prep->singles;
    auto single = singles.begin();
    for (std::size_t s = 0; s < labels.size(); ++s) {
        while (single != singles.end() && single->first < int(s))
            ++single;
        if (labels[s] == ~std::uint64_t(0) || single == singles.end() || single->first != int(s))
            continue;
        out.push_back({labels[s], int(s), &*single,
                       XXH3_64bits(in.words->data() + single->firstToken,
                                   size_t(single->tokenCount) * sizeof(std::uint64_t))});
    }
    std::sort(out.begin(), out.end(), [](const GroupedSentence& l, const GroupedSentence& r) {
        return std::pair(l.group, l.sentence) < std::pair(r.group, r.sentence);
    });
    return out;
}

PairMatches matchGroupedSentences(const MatchInput& a, const std::vector<GroupedSentence>& groupsA,
                                  const MatchInput& b, const std::vector<GroupedSentence>& groupsB,
                                  bool withEdits) {
    Memory& remembered = memory();
    remembered.clearWhenFull();
    thread_local std::vector<Candidate> candidates;
    candidates.clear();
    for (std::size_t i = 0, j = 0; i < groupsA.size() && j < groupsB.size();) {
        if (groupsA[i].group < groupsB[j].group) {
            ++i;
        } else if (groupsB[j].group < groupsA[i].group) {
            ++j;
        } else {
            // Every sentence of the group on one side with every one on the other (almost always one each).
            std::size_t iEnd = i, jEnd = j;
            while (iEnd < groupsA.size() && groupsA[iEnd].group == groupsA[i].group)
                ++iEnd;
            while (jEnd < groupsB.size() && groupsB[jEnd].group == groupsB[j].group)
                ++jEnd;
            for (std::size_t x = i; x < iEnd; ++x)
                for (std::size_t y = j; y < jEnd; ++y)
                    if (auto c = compareRemembered(a, groupsA[x], b, groupsB[y], remembered))
                        candidates.push_back(*c);
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
            m.edits = diffRemembered(a, b, c);
        out.matches.push_back(std::move(m));
    }
    std::sort(out.matches.begin(), out.matches.end(),
              [](const SentenceMatch& l, const SentenceMatch& r) { return l.firstA < r.firstA; });
    out.inOrder = matchesInOrder(out.matches);
    return out;
}

} // namespace parallax
