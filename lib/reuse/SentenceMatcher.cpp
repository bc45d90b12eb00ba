#include "reuse/SentenceMatcher.h"

#include "reuse/WordDiff.h"
#include "util/SortedSets.h"

#include <algorithm>
#include <bit>
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

std::vector<int> idsIn(const Units& sorted, const Units& vocabulary) {
    std::vector<int> ids;
    ids.reserve(sorted.size());
    auto from = vocabulary.begin();
    for (std::uint64_t v : sorted) {
        from = std::lower_bound(from, vocabulary.end(), v);
        ids.push_back(int(from - vocabulary.begin()));
    }
    return ids;
}

std::vector<MatchPrep::Group> groupsOf(const MatchInput& in, int size) {
    std::vector<MatchPrep::Group> out;
    const auto& sentences = in.doc->sentences;
    for (int s = 0; s + size <= int(sentences.size()); ++s) {
        MatchPrep::Group g;
        g.first = s;
        g.count = size;
        g.firstToken = sentences[size_t(s)].firstToken;
        for (int k = 0; k < size; ++k) {
            const size_t i = size_t(s + k);
            g.tokenCount += sentences[i].tokenCount;
            g.units = unionOf(g.units, in.content->units[i]);
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
    return int(sortedCommonCount(x, y));
}

// The two sides' vocabularies merged: each value of either gets one number in the pair, and each
// side's local numbers map to it.
struct PairVocabulary {
    std::vector<int> fromA;
    std::vector<int> fromB;
    int size = 0;
};

template <typename OnBoth> PairVocabulary mergeVocabularies(const Units& a, const Units& b, OnBoth&& onBoth) {
    PairVocabulary v;
    v.fromA.resize(a.size());
    v.fromB.resize(b.size());
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i] < b[j])) {
            onBoth(v.size, int(i), -1);
            v.fromA[i++] = v.size++;
        } else if (i == a.size() || b[j] < a[i]) {
            onBoth(v.size, -1, int(j));
            v.fromB[j++] = v.size++;
        } else {
            onBoth(v.size, int(i), int(j));
            v.fromA[i++] = v.fromB[j++] = v.size++;
        }
    }
    return v;
}

// A group of one side as this pair sees it: its weights and bit sets over the pair's vocabulary.
struct Group {
    const MatchPrep::Group* g = nullptr;
    int first = 0;
    int count = 1;
    const std::vector<int>* unitIds = nullptr; // g->unitIds, numbered in the pair by `unitMap`
    const std::vector<int>* unitMap = nullptr;
    const std::uint64_t* unitBits = nullptr;
    const std::uint64_t* wordBits = nullptr;
};

struct Candidate {
    const Group* a = nullptr;
    const Group* b = nullptr;
    MatchKind kind = MatchKind::Paraphrase;
    double score = 0;
};

int rank(MatchKind k) {
    return k == MatchKind::Identical ? 0 : k == MatchKind::NearIdentical ? 1 : 2;
}

// Bits set in both; with the popcnt instruction where the processor has one.
#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target_clones("popcnt", "default")))
#endif
int commonBits(const std::uint64_t* x, const std::uint64_t* y, int words) {
    int n = 0;
    for (int i = 0; i < words; ++i)
        n += std::popcount(x[i] & y[i]);
    return n;
}

// Pair vocabularies up to this size are compared as bit sets; above it the bit sets cost more than
// merging sorted lists.
constexpr int maxBitVocabulary = 4096;

class Matcher {
public:
    Matcher(const MatchInput& a, const MatchInput& b, const SentenceMatchOptions& options)
        : a_(a)
        , b_(b)
        , options_(options) {
        if (!a.prep)
            ownA_ = prepareMatching(*a.doc, *a.words, *a.content);
        if (!b.prep)
            ownB_ = prepareMatching(*b.doc, *b.words, *b.content);
        const MatchPrep& pa = a.prep ? *a.prep : ownA_;
        const MatchPrep& pb = b.prep ? *b.prep : ownB_;
        // Pair-local rarity: a unit in few of the two articles' sentences weighs more. The weights
        // depend on this pair only, so a pair's matches do not change when other files are added.
        const int sentences = int(a.doc->sentences.size() + b.doc->sentences.size());
        weight_.reserve(pa.units.size() + pb.units.size());
        // A unit is in at most all the sentences: one logarithm per distinct count.
        std::vector<double> logOf(size_t(sentences) + 1, -1);
        units_ = mergeVocabularies(pa.units, pb.units, [&](int, int i, int j) {
            const int frequency =
                (i >= 0 ? pa.unitSentences[size_t(i)] : 0) + (j >= 0 ? pb.unitSentences[size_t(j)] : 0);
            if (frequency > sentences) {
                weight_.push_back(std::log(1.0 + double(sentences) / frequency));
                return;
            }
            double& w = logOf[size_t(frequency)];
            if (w < 0)
                w = std::log(1.0 + double(sentences) / frequency);
            weight_.push_back(w);
        });
        const PairVocabulary& units = units_;
        const PairVocabulary words = mergeVocabularies(pa.words, pb.words, [](int, int, int) {});
        bits_ = units.size <= maxBitVocabulary && words.size <= maxBitVocabulary;
        unitWords_ = (units.size + 63) / 64;
        wordWords_ = (words.size + 63) / 64;
        const std::size_t groups = pa.singles.size() + pa.pairs.size() + pb.singles.size() + pb.pairs.size();
        if (bits_)
            bitStore_.assign(groups * size_t(unitWords_ + wordWords_), 0);
        std::size_t at = 0;
        auto view = [&](const std::vector<MatchPrep::Group>& from, const PairVocabulary& u,
                        const PairVocabulary& w) {
            std::vector<Group> out;
            out.reserve(from.size());
            for (const MatchPrep::Group& g : from) {
                Group v;
                v.g = &g;
                v.first = g.first;
                v.count = g.count;
                v.unitIds = &g.unitIds;
                v.unitMap = side_ == 0 ? &u.fromA : &u.fromB;
                if (bits_) {
                    std::uint64_t* ub = &bitStore_[at];
                    std::uint64_t* wb = ub + unitWords_;
                    at += size_t(unitWords_ + wordWords_);
                    for (int id : g.unitIds) {
                        const int p = mapped(u, id);
                        ub[p / 64] |= std::uint64_t(1) << (p % 64);
                    }
                    for (int id : g.wordIds) {
                        const int p = mapped(w, id);
                        wb[p / 64] |= std::uint64_t(1) << (p % 64);
                    }
                    v.unitBits = ub;
                    v.wordBits = wb;
                }
                out.push_back(std::move(v));
            }
            return out;
        };
        side_ = 0;
        singlesA_ = view(pa.singles, units, words);
        pairsA_ = view(pa.pairs, units, words);
        side_ = 1;
        singlesB_ = view(pb.singles, units, words);
        pairsB_ = view(pb.pairs, units, words);
    }

    // `words` and `units`: the distinct words and content units the two groups share, or -1 when
    // not counted yet (counted here only when needed).
    std::optional<Candidate> compare(const Group& gx, const Group& gy, int words = -1, int units = -1) const {
        const MatchPrep::Group& x = *gx.g;
        const MatchPrep::Group& y = *gy.g;
        if (options_.wordLevel) {
            const int commonDistinct = words >= 0 ? words : sharedWords(gx, gy);
            // Common words in order can be no more than distinct common words, so most pairs stop here.
            if (2.0 * commonDistinct / double(x.words.size() + y.words.size()) >= nearIdenticalMin) {
                const auto& wa = *a_.words;
                const auto& wb = *b_.words;
                if (x.count == 1 && y.count == 1 && x.tokenCount == y.tokenCount &&
                    std::equal(wa.begin() + x.firstToken, wa.begin() + x.firstToken + x.tokenCount,
                               wb.begin() + y.firstToken))
                    return Candidate{&gx, &gy, MatchKind::Identical, 1.0};
                const int common = commonWordCount(&wa[size_t(x.firstToken)], x.tokenCount,
                                                   &wb[size_t(y.firstToken)], y.tokenCount);
                const double score = 2.0 * common / double(x.tokenCount + y.tokenCount);
                if (score >= nearIdenticalMin)
                    return Candidate{&gx, &gy, MatchKind::NearIdentical, score};
            }
        } else if (x.count == 1 && y.count == 1 && x.words == y.words && x.tokenCount == y.tokenCount) {
            return Candidate{&gx, &gy, MatchKind::Identical, 1.0};
        }
        // Most sentence pairs share fewer units than a paraphrase needs: counting them is cheaper
        // than weighing them.
        if ((units >= 0 ? units : sharedUnits(gx, gy)) < paraphraseMinUnits)
            return std::nullopt;
        const double score = contentScore(gx, gy);
        if (score >= paraphraseMin)
            return Candidate{&gx, &gy, MatchKind::Paraphrase, score};
        return std::nullopt;
    }

    // Distinct content units, and distinct words, two groups have in common.
    int sharedUnits(const Group& x, const Group& y) const {
        return bits_ ? commonBits(x.unitBits, y.unitBits, unitWords_) : sharedOf(x.g->units, y.g->units);
    }
    int sharedWords(const Group& x, const Group& y) const {
        return bits_ ? commonBits(x.wordBits, y.wordBits, wordWords_) : sharedOf(x.g->words, y.g->words);
    }

    double weightOf(const Group& g, std::size_t i) const {
        return weight_[size_t((*g.unitMap)[size_t((*g.unitIds)[i])])];
    }

    // The weighted Dice coefficient of the two groups' units (weights summed in merge order).
    double contentScore(const Group& gx, const Group& gy) const {
        const Units& x = gx.g->units;
        const Units& y = gy.g->units;
        double shared = 0, total = 0;
        const std::size_t nx = x.size(), ny = y.size();
        std::size_t i = 0, j = 0;
        while (i < nx || j < ny) {
            if (j == ny || (i < nx && x[i] < y[j])) {
                total += weightOf(gx, i++);
            } else if (i == nx || y[j] < x[i]) {
                total += weightOf(gy, j++);
            } else {
                const double w = weightOf(gx, i);
                shared += 2 * w;
                total += 2 * w;
                ++i, ++j;
            }
        }
        return total > 0 ? shared / total : 0;
    }

    PairMatches run() const {
        const std::vector<Group>& singlesA = singlesA_;
        const std::vector<Group>& singlesB = singlesB_;
        const std::vector<Group>& pairsA = pairsA_;
        const std::vector<Group>& pairsB = pairsB_;
        std::vector<Candidate> candidates;
        // Best one-to-one score of each single sentence, so a merged group is only taken when the
        // second sentence adds to the match rather than riding along.
        std::vector<double> bestA(a_.doc->sentences.size(), 0), bestB(b_.doc->sentences.size(), 0);
        // Words and units each two single sentences share: a merged group shares at most the sum of
        // what its two sentences share, so most merged comparisons are settled without counting.
        // (Only when every sentence has its single group, so sentence s is singles[s].)
        const bool bounded =
            singlesA.size() == a_.doc->sentences.size() && singlesB.size() == b_.doc->sentences.size();
        const std::size_t nb = singlesB.size();
        std::vector<int> wordsShared(bounded ? singlesA.size() * nb : 0);
        std::vector<int> unitsShared(wordsShared.size());
        for (std::size_t i = 0; i < singlesA.size(); ++i)
            for (std::size_t j = 0; j < nb; ++j) {
                const Group& x = singlesA[i];
                const Group& y = singlesB[j];
                const int words = options_.wordLevel ? sharedWords(x, y) : -1;
                const int units = sharedUnits(x, y);
                if (bounded) {
                    wordsShared[i * nb + j] = words;
                    unitsShared[i * nb + j] = units;
                }
                if (auto c = compare(x, y, words, units)) {
                    candidates.push_back(*c);
                    bestA[size_t(x.first)] = std::max(bestA[size_t(x.first)], strength(*c));
                    bestB[size_t(y.first)] = std::max(bestB[size_t(y.first)], strength(*c));
                }
            }
        auto addMerged = [&](const Group& x, const Group& y, const std::vector<double>& bestOfSingle,
                             const Group& single, bool mergedOnA) {
            // A merged group is near-identical at best (strength 2): a single already matched as
            // well (within 0.05) keeps its match.
            if (bestOfSingle[size_t(single.first)] + 0.05 >= 2.0)
                return;
            if (bounded) {
                const Group& merged = mergedOnA ? x : y;
                int words = 0, units = 0;
                for (int k = 0; k < merged.count; ++k) {
                    const std::size_t part = size_t(merged.first + k), other = size_t(single.first);
                    const std::size_t at = mergedOnA ? part * nb + other : other * nb + part;
                    words += wordsShared[at];
                    units += unitsShared[at];
                }
                const bool mayBeNear =
                    options_.wordLevel &&
                    2.0 * words / double(x.g->words.size() + y.g->words.size()) >= nearIdenticalMin;
                if (!mayBeNear && units < paraphraseMinUnits)
                    return;
            }
            auto c = compare(x, y);
            if (!c)
                return;
            const Group& merged = mergedOnA ? x : y;
            const double s = strength(*c);
            for (int k = 0; k < merged.count; ++k) {
                const Group& part = (mergedOnA ? singlesA : singlesB)[size_t(merged.first + k)];
                // Each half must share content with the other side on its own.
                if (sharedUnits(part, single) < 2 && sharedWords(part, single) < 3)
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
            if (options_.wordLevel) {
                m.editsBegin = out.edits.size();
                appendWordDiff(*a_.words, c.a->g->firstToken, c.a->g->tokenCount, *b_.words,
                               c.b->g->firstToken, c.b->g->tokenCount, out.edits);
                m.editsCount = std::uint32_t(out.edits.size() - m.editsBegin);
            }
            out.paraphrases += c.kind == MatchKind::Paraphrase;
            out.matches.push_back(std::move(m));
        }
        std::sort(out.matches.begin(), out.matches.end(),
                  [](const SentenceMatch& l, const SentenceMatch& r) { return l.firstA < r.firstA; });
        out.inOrder = matchesInOrder(out.matches);
        return out;
    }

private:
    // Identical beats near-identical beats paraphrase whatever the scores, so a merged group that is
    // only a paraphrase never displaces a near-identical single.
    static double strength(const Candidate& c) { return 2 - rank(c.kind) + c.score; }

    int mapped(const PairVocabulary& v, int id) const {
        return side_ == 0 ? v.fromA[size_t(id)] : v.fromB[size_t(id)];
    }

    const MatchInput& a_;
    const MatchInput& b_;
    const SentenceMatchOptions& options_;
    MatchPrep ownA_;
    MatchPrep ownB_;
    PairVocabulary units_;       // the two sides' content units, numbered in the pair
    std::vector<double> weight_; // by the pair's unit number
    bool bits_ = false;
    int unitWords_ = 0;
    int wordWords_ = 0;
    int side_ = 0; // while the views are made: 0 for a's groups, 1 for b's
    std::vector<std::uint64_t> bitStore_;
    std::vector<Group> singlesA_, pairsA_, singlesB_, pairsB_;
};

} // namespace

MatchPrep prepareMatching(const Document& doc, const std::vector<std::uint64_t>& words,
                          const ContentProfile& content) {
    MatchPrep p;
    const MatchInput in{&doc, &words, &content, nullptr};
    p.singles = groupsOf(in, 1);
    p.pairs = groupsOf(in, 2);
    std::vector<std::uint64_t> all;
    for (const Units& u : content.units)
        all.insert(all.end(), u.begin(), u.end());
    std::sort(all.begin(), all.end());
    for (std::size_t i = 0; i < all.size();) {
        std::size_t j = i + 1;
        while (j < all.size() && all[j] == all[i])
            ++j;
        p.units.push_back(all[i]);
        p.unitSentences.push_back(int(j - i)); // a sentence's units are distinct: one per sentence
        i = j;
    }
    p.words = words;
    std::sort(p.words.begin(), p.words.end());
    p.words.erase(std::unique(p.words.begin(), p.words.end()), p.words.end());
    for (std::vector<MatchPrep::Group>* groups : {&p.singles, &p.pairs})
        for (MatchPrep::Group& g : *groups) {
            g.unitIds = idsIn(g.units, p.units);
            g.wordIds = idsIn(g.words, p.words);
        }
    return p;
}

// Longest strictly increasing subsequence of firstB (patience).
int matchesInOrder(const std::vector<SentenceMatch>& matches) {
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

PairMatches matchSentences(const MatchInput& a, const MatchInput& b, const SentenceMatchOptions& options) {
    return Matcher(a, b, options).run();
}

} // namespace parallax
