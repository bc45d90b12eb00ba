#include "reuse/SentenceMatcher.h"

#include "reuse/WordDiff.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <optional>

namespace parallax {
namespace {

using Units = std::vector<std::uint64_t>;

Units unionOf(const Units& x, const Units& y) {
    Units out;
    out.reserve(x.size() + y.size());
    std::set_union(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
    return out;
}

// A run of one or two adjacent sentences of one side, with what comparing it needs.
struct Group {
    int first = 0;
    int count = 1;
    int firstToken = 0;
    int tokenCount = 0;
    Units units;     // content units
    Units specifics; // names and numbers
    Units words;     // distinct word hashes
};

std::vector<Group> groupsOf(const MatchInput& in, int size) {
    std::vector<Group> out;
    const auto& sentences = in.doc->sentences;
    for (int s = 0; s + size <= int(sentences.size()); ++s) {
        Group g;
        g.first = s;
        g.count = size;
        g.firstToken = sentences[size_t(s)].firstToken;
        for (int k = 0; k < size; ++k) {
            const size_t i = size_t(s + k);
            g.tokenCount += sentences[i].tokenCount;
            g.units = unionOf(g.units, in.content->units[i]);
            g.specifics = unionOf(g.specifics, in.content->specifics[i]);
        }
        g.words.assign(in.words->begin() + g.firstToken, in.words->begin() + g.firstToken + g.tokenCount);
        std::sort(g.words.begin(), g.words.end());
        g.words.erase(std::unique(g.words.begin(), g.words.end()), g.words.end());
        if (g.tokenCount > 0)
            out.push_back(std::move(g));
    }
    return out;
}

int sharedOf(const Units& x, const Units& y) {
    int n = 0;
    for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else
            ++n, ++i, ++j;
    }
    return n;
}

struct Candidate {
    const Group* a = nullptr;
    const Group* b = nullptr;
    MatchKind kind = MatchKind::Paraphrase;
    double score = 0;
};

int rank(MatchKind k) {
    return k == MatchKind::Identical ? 0 : k == MatchKind::NearIdentical ? 1 : 2;
}

class Matcher {
public:
    Matcher(const MatchInput& a, const MatchInput& b, const SentenceMatchOptions& options)
        : a_(a)
        , b_(b)
        , options_(options) {
        // Pair-local rarity: a unit in few of the two articles' sentences weighs more. The weights
        // depend on this pair only, so a pair's matches do not change when other files are added.
        const int sentences = int(a.doc->sentences.size() + b.doc->sentences.size());
        QHash<std::uint64_t, int> frequency;
        for (const MatchInput* side : {&a, &b})
            for (const Units& u : side->content->units)
                for (std::uint64_t h : u)
                    ++frequency[h];
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
            weight_.insert(it.key(), std::log(1.0 + double(sentences) / it.value()));
    }

    std::optional<Candidate> compare(const Group& x, const Group& y) const {
        if (options_.wordLevel) {
            const int commonDistinct = sharedOf(x.words, y.words);
            // Common words in order can be no more than distinct common words, so most pairs stop here.
            if (2.0 * commonDistinct / double(x.words.size() + y.words.size()) >= nearIdenticalMin) {
                const auto& wa = *a_.words;
                const auto& wb = *b_.words;
                if (x.count == 1 && y.count == 1 && x.tokenCount == y.tokenCount &&
                    std::equal(wa.begin() + x.firstToken, wa.begin() + x.firstToken + x.tokenCount,
                               wb.begin() + y.firstToken))
                    return Candidate{&x, &y, MatchKind::Identical, 1.0};
                const int common = commonWordCount(&wa[size_t(x.firstToken)], x.tokenCount,
                                                   &wb[size_t(y.firstToken)], y.tokenCount);
                const double score = 2.0 * common / double(x.tokenCount + y.tokenCount);
                if (score >= nearIdenticalMin)
                    return Candidate{&x, &y, MatchKind::NearIdentical, score};
            }
        } else if (x.count == 1 && y.count == 1 && x.words == y.words && x.tokenCount == y.tokenCount) {
            return Candidate{&x, &y, MatchKind::Identical, 1.0};
        }
        const double score = contentScore(x, y);
        if (score >= paraphraseMin && sharedOf(x.units, y.units) >= paraphraseMinUnits)
            return Candidate{&x, &y, MatchKind::Paraphrase, score};
        return std::nullopt;
    }

    double contentScore(const Group& x, const Group& y) const {
        double shared = 0, total = 0;
        for (auto i = x.units.begin(), j = y.units.begin(); i != x.units.end() || j != y.units.end();) {
            if (j == y.units.end() || (i != x.units.end() && *i < *j)) {
                total += weight_.value(*i++);
            } else if (i == x.units.end() || *j < *i) {
                total += weight_.value(*j++);
            } else {
                const double w = weight_.value(*i);
                shared += 2 * w;
                total += 2 * w;
                ++i, ++j;
            }
        }
        return total > 0 ? shared / total : 0;
    }

    PairMatches run() const {
        const std::vector<Group> singlesA = groupsOf(a_, 1), singlesB = groupsOf(b_, 1);
        const std::vector<Group> pairsA = groupsOf(a_, 2), pairsB = groupsOf(b_, 2);
        std::vector<Candidate> candidates;
        // Best one-to-one score of each single sentence, so a merged group is only taken when the
        // second sentence adds to the match rather than riding along.
        std::vector<double> bestA(a_.doc->sentences.size(), 0), bestB(b_.doc->sentences.size(), 0);
        for (const Group& x : singlesA)
            for (const Group& y : singlesB)
                if (auto c = compare(x, y)) {
                    candidates.push_back(*c);
                    bestA[size_t(x.first)] = std::max(bestA[size_t(x.first)], strength(*c));
                    bestB[size_t(y.first)] = std::max(bestB[size_t(y.first)], strength(*c));
                }
        auto addMerged = [&](const Group& x, const Group& y, const std::vector<double>& bestOfSingle,
                             const Group& single, bool mergedOnA) {
            auto c = compare(x, y);
            if (!c)
                return;
            const Group& merged = mergedOnA ? x : y;
            const double s = strength(*c);
            for (int k = 0; k < merged.count; ++k) {
                const Group& part = (mergedOnA ? singlesA : singlesB)[size_t(merged.first + k)];
                // Each half must share content with the other side on its own.
                if (sharedOf(part.units, single.units) < 2 && sharedOf(part.words, single.words) < 3)
                    return;
            }
            if (s <= bestOfSingle[size_t(single.first)] + 0.05)
                return;
            candidates.push_back(*c);
        };
        for (const Group& x : pairsA)
            for (const Group& y : singlesB)
                addMerged(x, y, bestB, y, true);
        for (const Group& x : singlesA)
            for (const Group& y : pairsB)
                addMerged(x, y, bestA, x, false);

        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& l, const Candidate& r) {
            if (rank(l.kind) != rank(r.kind))
                return rank(l.kind) < rank(r.kind);
            return l.score > r.score;
        });
        std::vector<char> usedA(a_.doc->sentences.size(), 0), usedB(b_.doc->sentences.size(), 0);
        PairMatches out;
        for (const Candidate& c : candidates) {
            bool free = true;
            for (int k = 0; k < c.a->count; ++k)
                free = free && !usedA[size_t(c.a->first + k)];
            for (int k = 0; k < c.b->count; ++k)
                free = free && !usedB[size_t(c.b->first + k)];
            if (!free)
                continue;
            for (int k = 0; k < c.a->count; ++k)
                usedA[size_t(c.a->first + k)] = 1;
            for (int k = 0; k < c.b->count; ++k)
                usedB[size_t(c.b->first + k)] = 1;
            SentenceMatch m;
            m.firstA = c.a->first;
            m.countA = c.a->count;
            m.firstB = c.b->first;
            m.countB = c.b->count;
            m.score = c.score;
            m.kind = c.kind;
            if (options_.wordLevel)
                m.edits = wordDiff(*a_.words, c.a->firstToken, c.a->tokenCount, *b_.words, c.b->firstToken,
                                   c.b->tokenCount);
            out.paraphrases += c.kind == MatchKind::Paraphrase;
            out.matches.push_back(std::move(m));
        }
        std::sort(out.matches.begin(), out.matches.end(),
                  [](const SentenceMatch& l, const SentenceMatch& r) { return l.firstA < r.firstA; });
        out.inOrder = longestIncreasingRun(out.matches);
        return out;
    }

private:
    // Identical beats near-identical beats paraphrase whatever the scores, so a merged group that is
    // only a paraphrase never displaces a near-identical single.
    static double strength(const Candidate& c) { return 2 - rank(c.kind) + c.score; }

    // Longest strictly increasing subsequence of firstB over matches sorted by firstA (patience).
    static int longestIncreasingRun(const std::vector<SentenceMatch>& matches) {
        std::vector<int> tails;
        for (const SentenceMatch& m : matches) {
            const auto it = std::lower_bound(tails.begin(), tails.end(), m.firstB);
            if (it == tails.end())
                tails.push_back(m.firstB);
            else
                *it = m.firstB;
        }
        return int(tails.size());
    }

    const MatchInput& a_;
    const MatchInput& b_;
    const SentenceMatchOptions& options_;
    QHash<std::uint64_t, double> weight_;
};

} // namespace

PairMatches matchSentences(const MatchInput& a, const MatchInput& b, const SentenceMatchOptions& options) {
    return Matcher(a, b, options).run();
}

} // namespace parallax
