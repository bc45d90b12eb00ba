#include "align/RowDetails.h"

#include "align/CellDiff.h"

#include <algorithm>
#include <numeric>

namespace parallax {
namespace {

// MatchEdge::rank: 0 identical, 1 near-identical, 2 paraphrase, 3 one fact in other words, 4
// numbers compared but not one fact.
RowKind kindOfRank(int r) {
    return r <= 0   ? RowKind::Identical
           : r == 1 ? RowKind::NearIdentical
           : r == 2 ? RowKind::Paraphrase
           : r == 3 ? RowKind::SharedFact
                    : RowKind::RelatedNumbers;
}

constexpr int kNoEdge = 5; // above every MatchEdge::rank

} // namespace

RowDescriber::RowDescriber(const MatchGraph& g, const std::vector<PlannedRow>& rows)
    : g_(g)
    , rows_(rows)
    , local_(g.blocks.size(), -1) {}

RowKind RowDescriber::kind(int row, const std::vector<int>& linked) {
    const PlannedRow& r = rows_[size_t(row)];
    if (r.blocks.size() >= 2) {
        // Kruskal over the direct matches inside the row. Edge indices are in strength order, so
        // sorting them sorts by strength.
        for (size_t i = 0; i < r.blocks.size(); ++i)
            local_[size_t(r.blocks[i])] = int(i);
        std::vector<int> edges;
        for (int b : r.blocks)
            for (int e : g_.adjacency[size_t(b)])
                if (g_.edges[size_t(e)].a == b && local_[size_t(g_.edges[size_t(e)].b)] >= 0)
                    edges.push_back(e);
        std::sort(edges.begin(), edges.end());
        std::vector<int> parent(r.blocks.size());
        std::iota(parent.begin(), parent.end(), 0);
        auto find = [&](int x) {
            while (parent[size_t(x)] != x)
                x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
            return x;
        };
        int weakest = 0, trees = int(r.blocks.size());
        for (int e : edges) {
            const MatchEdge& edge = g_.edges[size_t(e)];
            const int ra = find(local_[size_t(edge.a)]), rb = find(local_[size_t(edge.b)]);
            if (ra == rb)
                continue;
            parent[size_t(ra)] = rb;
            weakest = std::max(weakest, edge.rank());
            --trees;
        }
        for (int b : r.blocks)
            local_[size_t(b)] = -1;
        // Cells joined only through sentences on other rows: the cluster's weakest link joined them.
        if (trees > 1)
            weakest = std::max(weakest, g_.clusterRank[size_t(r.cluster)]);
        return kindOfRank(weakest);
    }
    // Alone on its row with nothing elsewhere: a sentence whose only ties were facts that the
    // articles' orders did not let share a row (RowOrder.cpp keeps such a sentence unmoved).
    if (r.blocks.empty() || g_.clusterSize[size_t(r.cluster)] < 2 || linked.empty())
        return RowKind::Unique;
    int best = kNoEdge;
    for (int other : linked)
        for (int b : rows_[size_t(other)].blocks)
            if (const MatchEdge* e = g_.edgeBetween(r.blocks.front(), b))
                best = std::min(best, e->rank());
    return kindOfRank(best < kNoEdge ? best : g_.clusterRank[size_t(r.cluster)]);
}

int RowDescriber::base(int row, int referenceColumn) {
    const PlannedRow& r = rows_[size_t(row)];
    if (r.main >= 0)
        return base(r.main, referenceColumn);
    for (int b : r.blocks)
        if (g_.blocks[size_t(b)].column == referenceColumn)
            return b;
    for (size_t i = 0; i < r.blocks.size(); ++i)
        local_[size_t(r.blocks[i])] = int(i);
    std::vector<double> strength(r.blocks.size(), 0);
    for (size_t i = 0; i < r.blocks.size(); ++i)
        for (int e : g_.adjacency[size_t(r.blocks[i])])
            if (g_.otherEnd(g_.edges[size_t(e)], r.blocks[i]) >= 0 &&
                local_[size_t(g_.otherEnd(g_.edges[size_t(e)], r.blocks[i]))] >= 0)
                strength[i] += g_.edges[size_t(e)].strength;
    for (int b : r.blocks)
        local_[size_t(b)] = -1;
    int best = -1;
    for (size_t i = 0; i < r.blocks.size(); ++i)
        if (best < 0 || strength[i] > strength[size_t(best)] ||
            (strength[i] == strength[size_t(best)] &&
             g_.blocks[size_t(r.blocks[i])].column < g_.blocks[size_t(r.blocks[size_t(best)])].column))
            best = int(i);
    return best < 0 ? -1 : r.blocks[size_t(best)];
}

CellDiff diffBlocks(LazyWordUnits& baseWords, const std::vector<Document>& docs,
                    const std::vector<int>& columns, const ReuseResult& reuse, const MatchGraph& g, int base,
                    int block) {
    const Block& x = g.blocks[size_t(base)];
    const Block& y = g.blocks[size_t(block)];
    const int docX = columns[size_t(x.column)], docY = columns[size_t(y.column)];
    std::vector<WordEdit> oriented;
    std::span<const WordEdit> known;
    if (const MatchEdge* e = g.edgeBetween(base, block); e && !e->fact) {
        const SentenceMatch& m = reuse.matches[size_t(e->match)];
        const bool forward = m.docA == docX;
        const int firstX = forward ? m.firstA : m.firstB, countX = forward ? m.countA : m.countB;
        const int firstY = forward ? m.firstB : m.firstA, countY = forward ? m.countB : m.countA;
        // A block grown by another pair's split is wider than this match: diff it afresh.
        const std::span<const WordEdit> edits = reuse.editsOf(m);
        if (!edits.empty() && firstX == x.first && countX == x.count && firstY == y.first &&
            countY == y.count) {
            if (forward) {
                known = edits;
            } else {
                oriented = reversedEdits(edits);
                known = oriented;
            }
        }
    }
    CellDiff d = diffCellsWith(baseWords, docs[size_t(docX)], Cell{x.first, x.count, false},
                               docs[size_t(docY)], Cell{y.first, y.count, false}, known);
    d.column = y.column;
    d.baseColumn = x.column;
    return d;
}

} // namespace parallax
