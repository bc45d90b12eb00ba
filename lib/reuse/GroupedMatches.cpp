#include "reuse/GroupedMatches.h"

#include "reuse/WordDiff.h"
#include "util/SortedSets.h"

#include <algorithm>
#include <optional>
#include <tuple>

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
    const auto& wa = *a.words;
    const auto& wb = *b.words;
    // Most copies are word for word: settled before counting anything (they pass the bound below).
    if (x.tokenCount == y.tokenCount &&
        std::equal(wa.begin() + x.firstToken, wa.begin() + x.firstToken + x.tokenCount,
                   wb.begin() + y.firstToken))
        return Candidate{&x, &y, MatchKind::Identical, 1.0};
    const double distinct =
        2.0 * double(sortedCommonCount(x.words, y.words)) / double(x.words.size() + y.words.size());
    if (distinct < nearIdenticalMin)
        return std::nullopt;
    const int common =
        commonWordCount(&wa[size_t(x.firstToken)], x.tokenCount, &wb[size_t(y.firstToken)], y.tokenCount);
    const double score = 2.0 * common / double(x.tokenCount + y.tokenCount);
    if (score >= nearIdenticalMin)
        return Candidate{&x, &y, MatchKind::NearIdentical, score};
    return std::nullopt;
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
                                  const std::vector<std::pair<std::uint64_t, int>>& groupsB) {
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
                        if (auto c = compareCopies(a, *ga, b, *gb))
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
        m.edits =
            wordDiff(*a.words, c.a->firstToken, c.a->tokenCount, *b.words, c.b->firstToken, c.b->tokenCount);
        out.matches.push_back(std::move(m));
    }
    std::sort(out.matches.begin(), out.matches.end(),
              [](const SentenceMatch& l, const SentenceMatch& r) { return l.firstA < r.firstA; });
    out.inOrder = matchesInOrder(out.matches);
    return out;
}

} // namespace parallax
