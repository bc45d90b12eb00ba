#include "align/MatchGraph.h"

#include <QHash>
#include <QSet>

#include "util/ParallelFor.h"

#include <algorithm>
#include <atomic>
#include <numeric>
#include <thread>

namespace parallax {
namespace {

int rank(MatchKind kind) {
    return kind == MatchKind::Identical ? 0 : kind == MatchKind::NearIdentical ? 1 : 2;
}

bool validRange(const Document& doc, int first, int count) {
    return first >= 0 && count >= 1 && first + count <= int(doc.sentences.size());
}

bool usable(const std::vector<Document>& docs, const std::vector<int>& columnOfDoc, const SentenceMatch& m) {
    if (m.docA < 0 || m.docB < 0 || m.docA >= int(docs.size()) || m.docB >= int(docs.size()) ||
        m.docA == m.docB)
        return false;
    return columnOfDoc[size_t(m.docA)] >= 0 && columnOfDoc[size_t(m.docB)] >= 0 &&
           validRange(docs[size_t(m.docA)], m.firstA, m.countA) &&
           validRange(docs[size_t(m.docB)], m.firstB, m.countB);
}

// Cuts each column into blocks. A split or merge of one pair asks for a block of two sentences;
// another pair may ask for an overlapping one, or match one of those sentences alone. Requests are
// granted strongest first and a sentence belongs to the first block granted over it, so a
// paraphrase's merge never pulls in a sentence that another article reprints word for word. Later
// matches attach to the block holding their first sentence. A single sentence asks for nothing
// but to stay alone, so singles only need their strongest strength per sentence, not a sort.
void makeBlocks(const std::vector<Document>& docs, const ReuseResult& reuse, const std::vector<int>& columns,
                const std::vector<int>& columnOfDoc, MatchGraph& g) {
    struct Request {
        double strength;
        int column;
        int first;
        int count;
    };
    std::vector<Request> groups;
    std::vector<std::vector<double>> strongestSingle(columns.size());
    std::vector<std::vector<int>> owner(columns.size()); // first sentence of the granted block, or -1
    for (size_t c = 0; c < columns.size(); ++c) {
        strongestSingle[c].assign(docs[size_t(columns[c])].sentences.size(), -1);
        owner[c].assign(docs[size_t(columns[c])].sentences.size(), -1);
    }
    auto ask = [&](int doc, int first, int count, double strength) {
        const int c = columnOfDoc[size_t(doc)];
        if (count > 1)
            groups.push_back({strength, c, first, count});
        else
            strongestSingle[size_t(c)][size_t(first)] =
                std::max(strongestSingle[size_t(c)][size_t(first)], strength);
    };
    for (const SentenceMatch& m : reuse.matches) {
        if (!usable(docs, columnOfDoc, m))
            continue;
        const double strength = matchStrength(m.kind, m.score);
        ask(m.docA, m.firstA, m.countA, strength);
        ask(m.docB, m.firstB, m.countB, strength);
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const Request& l, const Request& r) { return l.strength > r.strength; });
    for (const Request& r : groups) {
        const std::vector<double>& single = strongestSingle[size_t(r.column)];
        std::vector<int>& own = owner[size_t(r.column)];
        bool free = true;
        for (int s = r.first; s < r.first + r.count; ++s)
            free = free && own[size_t(s)] < 0 && single[size_t(s)] < r.strength;
        if (free)
            std::fill(own.begin() + r.first, own.begin() + r.first + r.count, r.first);
    }
    g.columnStart.assign(columns.size() + 1, 0);
    g.blockOfSentence.resize(columns.size());
    for (size_t c = 0; c < columns.size(); ++c) {
        g.columnStart[c] = int(g.blocks.size());
        const Document& doc = docs[size_t(columns[c])];
        g.blockOfSentence[c].resize(owner[c].size());
        for (size_t s = 0; s < owner[c].size(); ++s) {
            // A new block starts where the owner changes; unowned sentences stand alone.
            if (s == 0 || owner[c][s] < 0 || owner[c][s] != owner[c][s - 1])
                g.blocks.push_back({int(c), int(s), 0, doc.sentences[s].paragraph});
            ++g.blocks.back().count;
            g.blockOfSentence[c][s] = int(g.blocks.size()) - 1;
        }
    }
    g.columnStart[columns.size()] = int(g.blocks.size());
}

void index(MatchGraph& g); // adjacency lists of g.edges

// Stronger first; the match index makes the order total, so it does not depend on the sort.
bool strongerEdge(double strengthA, int matchA, double strengthB, int matchB) {
    return strengthA != strengthB ? strengthA > strengthB : matchA < matchB;
}

// Per block, the weakest of its kMaxEdgesPerBlock strongest matches, or none (match -1) when it has
// no more than that. A sentence that 5,000 outlets reprint has 4,999 matches, and a row needs only
// enough of them to hold its cells together: every block keeping its strongest 50 still joins the
// cluster, while all of them were 75 million edges (3 GB) at 5,000 articles.
//
// The matches are read in slices on all threads (3 M at 1,000 one-story articles took 0.3 s on one):
// each slice counts degrees and keeps its own strongest 50 per crowded block, and a block's 50
// strongest are then among its slices' (the order is total, so the result is the same).
std::vector<std::pair<double, int>> edgeCutoffs(const std::vector<Document>& docs, const ReuseResult& reuse,
                                                const std::vector<int>& columnOfDoc, const MatchGraph& g,
                                                unsigned threads) {
    using Edge = std::pair<double, int>; // strength, match
    std::vector<Edge> cutoff(g.blocks.size(), {0.0, -1});
    auto blocksOf = [&](const SentenceMatch& m) {
        return std::pair(g.blockOfSentence[size_t(columnOfDoc[size_t(m.docA)])][size_t(m.firstA)],
                         g.blockOfSentence[size_t(columnOfDoc[size_t(m.docB)])][size_t(m.firstB)]);
    };
    const std::size_t n = reuse.matches.size();
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t slices = std::clamp<std::size_t>(n / 65536, 1, threads);
    auto slice = [&](std::size_t s) { return std::pair(n * s / slices, n * (s + 1) / slices); };
    const std::atomic_bool never{false};
    std::vector<std::vector<int>> degrees(slices, std::vector<int>(g.blocks.size(), 0));
    parallelFor(
        slices, never,
        [&](std::size_t s) {
            const auto [first, last] = slice(s);
            for (std::size_t i = first; i < last; ++i)
                if (usable(docs, columnOfDoc, reuse.matches[i])) {
                    const auto [a, b] = blocksOf(reuse.matches[i]);
                    ++degrees[s][size_t(a)], ++degrees[s][size_t(b)];
                }
        },
        threads);
    std::vector<int>& degree = degrees[0];
    for (std::size_t s = 1; s < slices; ++s)
        for (std::size_t block = 0; block < degree.size(); ++block)
            degree[block] += degrees[s][block];
    if (std::none_of(degree.begin(), degree.end(), [](int d) { return d > kMaxEdgesPerBlock; }))
        return cutoff;
    // The strongest kMaxEdgesPerBlock of each crowded block per slice, as a heap whose top is the weakest.
    auto stronger = [](const Edge& x, const Edge& y) {
        return strongerEdge(x.first, x.second, y.first, y.second);
    };
    std::vector<std::vector<std::vector<Edge>>> strongest(slices,
                                                          std::vector<std::vector<Edge>>(g.blocks.size()));
    parallelFor(
        slices, never,
        [&](std::size_t s) {
            auto offer = [&](int block, double strength, int match) {
                if (degree[size_t(block)] <= kMaxEdgesPerBlock)
                    return;
                std::vector<Edge>& heap = strongest[s][size_t(block)];
                if (heap.size() < kMaxEdgesPerBlock) {
                    heap.emplace_back(strength, match);
                    std::push_heap(heap.begin(), heap.end(), stronger);
                } else if (strongerEdge(strength, match, heap.front().first, heap.front().second)) {
                    std::pop_heap(heap.begin(), heap.end(), stronger);
                    heap.back() = {strength, match};
                    std::push_heap(heap.begin(), heap.end(), stronger);
                }
            };
            const auto [first, last] = slice(s);
            for (std::size_t i = first; i < last; ++i) {
                const SentenceMatch& m = reuse.matches[i];
                if (!usable(docs, columnOfDoc, m))
                    continue;
                const auto [a, b] = blocksOf(m);
                const double strength = matchStrength(m.kind, m.score);
                offer(a, strength, int(i));
                offer(b, strength, int(i));
            }
        },
        threads);
    std::vector<Edge> all;
    for (size_t block = 0; block < g.blocks.size(); ++block) {
        if (degree[block] <= kMaxEdgesPerBlock)
            continue;
        all.clear();
        for (std::size_t s = 0; s < slices; ++s)
            all.insert(all.end(), strongest[s][block].begin(), strongest[s][block].end());
        std::nth_element(all.begin(), all.begin() + (kMaxEdgesPerBlock - 1), all.end(), stronger);
        cutoff[block] = all[kMaxEdgesPerBlock - 1];
    }
    return cutoff;
}

void index(MatchGraph& g); // adjacency lists of g.edges

// Merges the sorted runs [first, middle) and [middle, last) (by `before`, a total order) into `out`,
// which holds them all, on two threads: the first half of the result from one, the second from the
// other. A total order leaves one way to merge, so this is what std::merge gives.
template <typename T, typename Before>
void mergeOnTwoThreads(const T* first, const T* middle, const T* last, T* out, Before before,
                       unsigned threads) {
    const std::size_t xs = std::size_t(middle - first), ys = std::size_t(last - middle);
    const T* x = first;
    const T* y = middle;
    const std::size_t half = (xs + ys) / 2;
    // The first `half` elements of the result: x's first i and y's first half - i, for the smallest
    // i at which x[i] does not come before y[half - i - 1].
    std::size_t lo = half > ys ? half - ys : 0, hi = std::min(half, xs);
    while (lo < hi) {
        const std::size_t i = (lo + hi) / 2;
        if (before(x[i], y[half - i - 1]))
            lo = i + 1;
        else
            hi = i;
    }
    const std::size_t i = lo, j = half - lo;
    const std::atomic_bool never{false};
    parallelFor(
        2, never,
        [&](std::size_t part) {
            if (part == 0)
                std::merge(x, x + i, y, y + j, out, before);
            else
                std::merge(x + i, middle, y + j, last, out + half, before);
        },
        threads);
}

// The edges of the kept matches, strongest first. Which edges are kept does not depend on the
// order the matches are read in, and the order of the edges is total, so the matches are turned
// into edges in two slices, and the edges sorted in two halves and merged, on two threads (1.1 M
// edges at 1,000 one-story articles were made and sorted in 0.2 s on one thread).
void makeEdges(const std::vector<Document>& docs, const ReuseResult& reuse,
               const std::vector<int>& columnOfDoc, MatchGraph& g, const std::atomic_bool& cancel,
               unsigned threads) {
    const std::vector<std::pair<double, int>> cutoff = edgeCutoffs(docs, reuse, columnOfDoc, g, threads);
    auto kept = [&](int block, double strength, int match) {
        const auto [weakest, weakestMatch] = cutoff[size_t(block)];
        return weakestMatch < 0 || !strongerEdge(weakest, weakestMatch, strength, match);
    };
    auto stronger = [](const MatchEdge& l, const MatchEdge& r) {
        return strongerEdge(l.strength, l.match, r.strength, r.match);
    };
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t n = reuse.matches.size();
    const std::size_t slices = std::clamp<std::size_t>(n / 65536, 1, std::min(threads, 2u));
    // Edges touching a block of several sentences may meet another match's edge between the same
    // two blocks (within one pair of articles the reuse stage matches each sentence once, so other
    // edges cannot); they are kept apart and made one below.
    std::vector<std::vector<MatchEdge>> plain(slices), grouped(slices);
    parallelFor(
        slices, cancel,
        [&](std::size_t s) {
            for (std::size_t i = n * s / slices, last = n * (s + 1) / slices; i < last; ++i) {
                if ((i & 0xffff) == 0 && cancel)
                    return;
                const SentenceMatch& m = reuse.matches[i];
                if (!usable(docs, columnOfDoc, m))
                    continue;
                const int ca = columnOfDoc[size_t(m.docA)], cb = columnOfDoc[size_t(m.docB)];
                int a = g.blockOfSentence[size_t(ca)][size_t(m.firstA)];
                int b = g.blockOfSentence[size_t(cb)][size_t(m.firstB)];
                if (a > b)
                    std::swap(a, b);
                const MatchEdge edge{a, b, matchStrength(m.kind, m.score), m.kind, int(i)};
                if (!kept(a, edge.strength, edge.match) && !kept(b, edge.strength, edge.match))
                    continue;
                (g.blocks[size_t(a)].count > 1 || g.blocks[size_t(b)].count > 1 ? grouped : plain)[s]
                    .push_back(edge);
            }
        },
        threads);
    if (cancel)
        return;
    // One edge per pair of blocks: the stronger; of equal strengths the first match.
    std::vector<MatchEdge>& all = plain[0];
    QHash<std::pair<int, int>, size_t> at; // block pair -> index in `all`
    for (const std::vector<MatchEdge>& slice : grouped)
        for (const MatchEdge& edge : slice) {
            if (const auto it = at.constFind({edge.a, edge.b}); it != at.cend()) {
                if (all[*it].strength < edge.strength)
                    all[*it] = edge;
                continue;
            }
            at.insert({edge.a, edge.b}, all.size());
            all.push_back(edge);
        }
    for (std::size_t s = 1; s < slices; ++s)
        all.insert(all.end(), plain[s].begin(), plain[s].end());
    // Sorted in two halves of equal size, then merged: the slices are not (ties of strength go to
    // the earlier match, so the first slice of 1,000 one-story articles keeps 918,597 edges of
    // 1,097,619).
    if (slices == 1) {
        std::sort(all.begin(), all.end(), stronger);
        g.edges = std::move(all);
    } else {
        const std::size_t half = all.size() / 2;
        const std::atomic_bool never{false};
        parallelFor(
            2, never,
            [&](std::size_t part) {
                std::sort(all.begin() + std::ptrdiff_t(part == 0 ? 0 : half),
                          part == 0 ? all.begin() + std::ptrdiff_t(half) : all.end(), stronger);
            },
            threads);
        g.edges.resize(all.size());
        mergeOnTwoThreads(all.data(), all.data() + half, all.data() + all.size(), g.edges.data(), stronger,
                          threads);
    }
    index(g);
}

// Fact anchors after every match: weaker than all of them by construction (factStrength), and
// never where the reuse stage already matched the two blocks.
void addFactEdges(const std::vector<Document>& docs, const std::vector<SentenceAnchor>& anchors,
                  const std::vector<int>& columnOfDoc, MatchGraph& g) {
    auto blockOf = [&](int doc, int sentence) {
        if (doc < 0 || doc >= int(docs.size()) || columnOfDoc[size_t(doc)] < 0 || sentence < 0 ||
            sentence >= int(docs[size_t(doc)].sentences.size()))
            return -1;
        return g.blockOfSentence[size_t(columnOfDoc[size_t(doc)])][size_t(sentence)];
    };
    std::vector<MatchEdge> facts;
    QSet<std::pair<int, int>> seen;
    bool firmMatchedDisagreement = false;
    for (const SentenceAnchor& anchor : anchors) {
        int a = blockOf(anchor.docA, anchor.sentenceA), b = blockOf(anchor.docB, anchor.sentenceB);
        if (a < 0 || b < 0 || g.blocks[size_t(a)].column == g.blocks[size_t(b)].column)
            continue;
        if (a > b)
            std::swap(a, b);
        if (seen.contains({a, b}))
            continue;
        if (MatchEdge* matched = g.edgeBetween(a, b)) {
            if (anchor.disagreement)
                matched->orderBonus = anchor.firm ? kDisagreementOrderBonus : kPossibleDisagreementOrderBonus;
            firmMatchedDisagreement = firmMatchedDisagreement || (anchor.disagreement && anchor.firm);
            continue;
        }
        seen.insert({a, b});
        MatchEdge edge{a, b, factStrength(anchor.weight), MatchKind::Paraphrase, -1};
        edge.fact = true;
        edge.firm = anchor.firm;
        edge.related = anchor.related;
        // Two reports giving one fact different values are what a reader compares across a row:
        // such a tie is kept before agreeing ones, and in row order outweighs a crossing match;
        // a possible one (a claim below firm confidence) only a weaker crossing match.
        if (anchor.disagreement)
            edge.orderBonus = anchor.firm ? kDisagreementOrderBonus : kPossibleDisagreementOrderBonus;
        facts.push_back(edge);
    }
    // A paraphrase match that a firm disagreement also ties is that tie: it goes before the other
    // paraphrase matches, as the unmatched ties do below. Left among them by its score, a looser
    // paraphrase of a third sentence could take one of its two sentences first, and the two values
    // of one fact that the reuse stage itself matched would sit on different rows.
    if (firmMatchedDisagreement) {
        const auto firstParaphraseMatch =
            std::find_if(g.edges.begin(), g.edges.end(),
                         [](const MatchEdge& e) { return !e.fact && e.kind == MatchKind::Paraphrase; });
        std::stable_partition(firstParaphraseMatch, g.edges.end(), [](const MatchEdge& e) {
            return !e.fact && e.kind == MatchKind::Paraphrase && e.orderBonus >= kDisagreementOrderBonus;
        });
        if (facts.empty())
            index(g);
    }
    if (facts.empty())
        return;
    std::sort(facts.begin(), facts.end(), [](const MatchEdge& l, const MatchEdge& r) {
        if (l.related != r.related)
            return r.related; // numbers compared, not joined: after every fact
        if (l.orderBonus != r.orderBonus)
            return l.orderBonus > r.orderBonus;
        return l.strength != r.strength ? l.strength > r.strength : std::pair(l.a, l.b) < std::pair(r.a, r.b);
    });
    // A disagreement's tie goes before the paraphrase matches: a loose paraphrase elsewhere must
    // not keep two values of one fact off one row.
    const auto firstParaphrase = std::find_if(g.edges.begin(), g.edges.end(), [](const MatchEdge& e) {
        return !e.fact && e.kind == MatchKind::Paraphrase;
    });
    // A firm disagreement's tie goes before the paraphrase matches; agreements and possible
    // disagreements after every match, where the matches leave their sentences free.
    const auto firstAgreeing = std::stable_partition(
        facts.begin(), facts.end(), [](const MatchEdge& e) { return e.orderBonus > 0 && e.firm; });
    g.edges.insert(firstParaphrase, facts.begin(), firstAgreeing);
    g.edges.insert(g.edges.end(), firstAgreeing, facts.end());
    index(g);
}

void index(MatchGraph& g) {
    std::vector<int> degree(g.blocks.size(), 0);
    for (const MatchEdge& e : g.edges)
        ++degree[size_t(e.a)], ++degree[size_t(e.b)];
    g.adjacency.assign(g.blocks.size(), {});
    for (size_t b = 0; b < g.blocks.size(); ++b)
        g.adjacency[b].reserve(size_t(degree[b]));
    for (size_t e = 0; e < g.edges.size(); ++e) {
        g.adjacency[size_t(g.edges[e].a)].push_back(int(e));
        g.adjacency[size_t(g.edges[e].b)].push_back(int(e));
    }
}

bool disjoint(const std::vector<int>& x, const std::vector<int>& y) {
    for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else
            return false;
    }
    return true;
}

// Kruskal with a constraint: strongest matches first, and two clusters join only when no column
// is in both. A weak match that would put two sentences of one article on a row is dropped, not
// the strong ones that came before it.
void makeClusters(MatchGraph& g, const std::atomic_bool& cancel) {
    const size_t n = g.blocks.size();
    std::vector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<std::vector<int>> columnsOf(n);
    std::vector<int> weakest(n, 0);
    for (size_t b = 0; b < n; ++b)
        columnsOf[b] = {g.blocks[b].column};
    auto find = [&](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    for (size_t i = 0; i < g.edges.size(); ++i) {
        if ((i & 0xffff) == 0 && cancel)
            return;
        int ra = find(g.edges[i].a), rb = find(g.edges[i].b);
        if (ra == rb || !disjoint(columnsOf[size_t(ra)], columnsOf[size_t(rb)]))
            continue;
        if (columnsOf[size_t(ra)].size() < columnsOf[size_t(rb)].size())
            std::swap(ra, rb);
        std::vector<int> merged;
        merged.reserve(columnsOf[size_t(ra)].size() + columnsOf[size_t(rb)].size());
        std::merge(columnsOf[size_t(ra)].begin(), columnsOf[size_t(ra)].end(), columnsOf[size_t(rb)].begin(),
                   columnsOf[size_t(rb)].end(), std::back_inserter(merged));
        columnsOf[size_t(ra)] = std::move(merged);
        std::vector<int>().swap(columnsOf[size_t(rb)]);
        weakest[size_t(ra)] = std::max({weakest[size_t(ra)], weakest[size_t(rb)], g.edges[i].rank()});
        parent[size_t(rb)] = ra;
    }
    // Ids in order of each cluster's first block, so they do not depend on the edge order.
    std::vector<int> idOfRoot(n, -1);
    g.cluster.resize(n);
    for (size_t b = 0; b < n; ++b) {
        const int root = find(int(b));
        if (idOfRoot[size_t(root)] < 0) {
            idOfRoot[size_t(root)] = g.clusterCount++;
            g.clusterRank.push_back(weakest[size_t(root)]);
            g.clusterSize.push_back(0);
        }
        g.cluster[b] = idOfRoot[size_t(root)];
        ++g.clusterSize[size_t(g.cluster[b])];
    }
}

} // namespace

double matchStrength(MatchKind kind, double score) {
    return 2 - rank(kind) + std::clamp(score, 0.0, 1.0);
}

int MatchEdge::rank() const {
    return related ? 4 : fact ? 3 : parallax::rank(kind);
}

double factStrength(double weight) {
    // A paraphrase scores at least SentenceMatcher's paraphraseMin (0.4), so any match outweighs this.
    return 0.01 + 0.03 * std::clamp(weight, 0.0, 1.0);
}

bool MatchGraph::matchedInto(int block, int clusterId) const {
    for (int e : adjacency[size_t(block)]) {
        const MatchEdge& edge = edges[size_t(e)];
        if (!edge.fact && cluster[size_t(otherEnd(edge, block))] == clusterId)
            return true;
    }
    return false;
}

const MatchEdge* MatchGraph::edgeBetween(int blockA, int blockB) const {
    const std::vector<int>& list = adjacency[size_t(blockA)].size() <= adjacency[size_t(blockB)].size()
                                       ? adjacency[size_t(blockA)]
                                       : adjacency[size_t(blockB)];
    for (int e : list) {
        const MatchEdge& edge = edges[size_t(e)];
        if ((edge.a == blockA && edge.b == blockB) || (edge.a == blockB && edge.b == blockA))
            return &edge;
    }
    return nullptr;
}

MatchGraph buildMatchGraph(const std::vector<Document>& docs, const ReuseResult& reuse,
                           const std::vector<int>& columns, const std::atomic_bool& cancel,
                           const std::vector<SentenceAnchor>& factAnchors, unsigned threads) {
    MatchGraph g;
    std::vector<int> columnOfDoc(docs.size(), -1);
    for (size_t c = 0; c < columns.size(); ++c)
        columnOfDoc[size_t(columns[c])] = int(c);
    makeBlocks(docs, reuse, columns, columnOfDoc, g);
    makeEdges(docs, reuse, columnOfDoc, g, cancel, threads);
    if (cancel)
        return {};
    addFactEdges(docs, factAnchors, columnOfDoc, g);
    makeClusters(g, cancel);
    if (cancel)
        return {};
    return g;
}

} // namespace parallax
