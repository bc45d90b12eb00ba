#include "align/RowOrder.h"

#include "util/ParallelFor.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <tuple>

namespace parallax {
namespace {

// A row belonging to a cluster but holding no direct match of the block still counts a little, so
// a block joins the rows of its cluster when nothing stronger competes for the place.
constexpr double indirectWeight = 0.05;

struct Best {
    double value = 0;
    int candidate = -1;
};

// Fenwick tree of prefix maxima over row positions: the heaviest chain of anchors ending before a
// position, in O(log rows).
class PrefixMax {
public:
    explicit PrefixMax(int size)
        : tree_(size_t(size) + 1) {}
    void update(int position, Best b) {
        for (size_t i = size_t(position) + 1; i < tree_.size(); i += i & (~i + 1))
            if (b.value > tree_[i].value)
                tree_[i] = b;
    }
    Best before(int position) const { // max over positions [0, position)
        Best out;
        for (size_t i = size_t(position); i > 0; i -= i & (~i + 1))
            if (tree_[i].value > out.value)
                out = tree_[i];
        return out;
    }

private:
    std::vector<Best> tree_;
};

struct Candidate {
    int block = 0;
    int row = 0;
    int position = 0;
    double weight = 0;
    double value = 0;
    int previous = -1;
};

struct Row {
    int cluster = -1;
    int main = -1; // row id of the cluster's main row, for a row of moved blocks
    std::vector<int> blocks;
};

class Planner {
public:
    explicit Planner(const MatchGraph& g)
        : g_(g)
        , blockRow_(g.blocks.size(), -1)
        , clusterRows_(size_t(g.clusterCount)) {}

    void addColumn(int column) {
        const int first = g_.columnStart[size_t(column)], last = g_.columnStart[size_t(column) + 1];
        position_.assign(rows_.size(), -1);
        for (size_t p = 0; p < order_.size(); ++p)
            position_[size_t(order_[p])] = int(p);
        const std::vector<int> anchors = anchorsOf(first, last);
        placeColumn(first, last, anchors);
    }

    std::vector<PlannedRow> result() const {
        std::vector<PlannedRow> out(order_.size());
        std::vector<int> position(rows_.size(), -1);
        for (size_t p = 0; p < order_.size(); ++p)
            position[size_t(order_[p])] = int(p);
        for (size_t p = 0; p < order_.size(); ++p) {
            const Row& row = rows_[size_t(order_[p])];
            out[p].cluster = row.cluster;
            out[p].main = row.main >= 0 ? position[size_t(row.main)] : -1;
            out[p].blocks = row.blocks;
        }
        return out;
    }

private:
    // For each block of the column, the row it can join without crossing (or -1): the heaviest
    // increasing chain of (block, row of its cluster) pairs, one row per block at most.
    std::vector<int> anchorsOf(int first, int last) {
        std::vector<Candidate> candidates;
        std::vector<int> candidateStart;
        rowWeight_.resize(rows_.size(), 0);
        for (int b = first; b < last; ++b) {
            candidateStart.push_back(int(candidates.size()));
            const std::vector<int>& rows = clusterRows_[size_t(g_.cluster[size_t(b)])];
            if (rows.empty())
                continue;
            for (int e : g_.adjacency[size_t(b)]) {
                const MatchEdge& edge = g_.edges[size_t(e)];
                const int row = blockRow_[size_t(g_.otherEnd(edge, b))];
                if (row >= 0)
                    rowWeight_[size_t(row)] += edge.strength + edge.orderBonus;
            }
            for (int row : rows) {
                const double w = rowWeight_[size_t(row)];
                candidates.push_back({b, row, position_[size_t(row)], w > 0 ? w : indirectWeight, 0, -1});
            }
            for (int e : g_.adjacency[size_t(b)])
                if (const int row = blockRow_[size_t(g_.otherEnd(g_.edges[size_t(e)], b))]; row >= 0)
                    rowWeight_[size_t(row)] = 0;
        }
        candidateStart.push_back(int(candidates.size()));

        PrefixMax chains(int(order_.size()));
        for (size_t i = 0; i + 1 < candidateStart.size(); ++i) {
            // All candidates of one block read the tree before any of them is written, so a chain
            // never uses two rows for one block.
            for (int c = candidateStart[i]; c < candidateStart[i + 1]; ++c) {
                const Best before = chains.before(candidates[size_t(c)].position);
                candidates[size_t(c)].value = before.value + candidates[size_t(c)].weight;
                candidates[size_t(c)].previous = before.candidate;
            }
            for (int c = candidateStart[i]; c < candidateStart[i + 1]; ++c)
                chains.update(candidates[size_t(c)].position, {candidates[size_t(c)].value, c});
        }
        std::vector<int> anchors(size_t(last - first), -1);
        for (int c = chains.before(int(order_.size())).candidate; c >= 0; c = candidates[size_t(c)].previous)
            anchors[size_t(candidates[size_t(c)].block - first)] = candidates[size_t(c)].row;
        return anchors;
    }

    int newRow(int block) {
        const int cluster = g_.cluster[size_t(block)];
        std::vector<int>& rows = clusterRows_[size_t(cluster)];
        Row row;
        row.cluster = cluster;
        // A block tied to its cluster's rows by facts only is not a moved copy of them: it stays
        // an unmoved row of its own (independent reports order their facts freely).
        row.main = rows.empty() || !g_.matchedInto(block, cluster) ? -1 : rows.front();
        row.blocks.push_back(block);
        rows_.push_back(std::move(row));
        const int id = int(rows_.size()) - 1;
        rows.push_back(id);
        blockRow_[size_t(block)] = id;
        return id;
    }

    // Anchored blocks join their rows; each run of other blocks between two anchors gets new rows
    // there. The part of a run in the next anchor's paragraph goes just before that anchor, the
    // rest just after the previous one, so a paragraph stays together when other articles' rows
    // lie between the anchors.
    void placeColumn(int first, int last, const std::vector<int>& anchors) {
        const int rowCount = int(order_.size());
        std::vector<std::vector<int>> after(size_t(rowCount) + 1); // after[p + 1]: new rows after position p
        int previousPosition = -1, previousParagraph = -1;
        for (int i = 0; i < last - first;) {
            if (anchors[size_t(i)] >= 0) {
                const int b = first + i, row = anchors[size_t(i)];
                rows_[size_t(row)].blocks.push_back(b);
                blockRow_[size_t(b)] = row;
                previousPosition = position_[size_t(row)];
                previousParagraph = g_.blocks[size_t(b)].paragraph;
                ++i;
                continue;
            }
            int j = i;
            while (j < last - first && anchors[size_t(j)] < 0)
                ++j;
            int split = j; // blocks [split, j) go before the next anchor
            if (j < last - first) {
                const int nextParagraph = g_.blocks[size_t(first + j)].paragraph;
                if (nextParagraph != previousParagraph)
                    while (split > i && g_.blocks[size_t(first + split - 1)].paragraph == nextParagraph)
                        --split;
            }
            const int nextPosition = j < last - first ? position_[size_t(anchors[size_t(j)])] : rowCount;
            for (int k = i; k < j; ++k)
                after[size_t(k < split ? previousPosition + 1 : nextPosition)].push_back(newRow(first + k));
            i = j;
        }
        std::vector<int> order;
        order.reserve(rows_.size());
        order.insert(order.end(), after[0].begin(), after[0].end());
        for (int p = 0; p < rowCount; ++p) {
            order.push_back(order_[size_t(p)]);
            order.insert(order.end(), after[size_t(p) + 1].begin(), after[size_t(p) + 1].end());
        }
        order_ = std::move(order);
    }

    const MatchGraph& g_;
    std::vector<Row> rows_;                     // by id
    std::vector<int> order_;                    // row ids in display order
    std::vector<int> position_;                 // row id -> position in order_, for the column being placed
    std::vector<int> blockRow_;                 // block -> row id, -1 until placed
    std::vector<std::vector<int>> clusterRows_; // cluster -> row ids, main row first
    std::vector<double> rowWeight_;             // scratch, all zero between blocks
};

} // namespace

int mostMatchedColumn(const MatchGraph& g, const std::vector<int>& originals, unsigned threads) {
    const int n = g.columns();
    if (n <= 0)
        return 0;
    std::vector<double> strength(size_t(n), 0);
    for (const MatchEdge& e : g.edges) {
        strength[size_t(g.blocks[size_t(e.a)].column)] += e.strength;
        strength[size_t(g.blocks[size_t(e.b)].column)] += e.strength;
    }
    // Matches kept in order between each pair of columns: walking column c's blocks in order, the
    // blocks they meet in each later column d form a sequence whose longest increasing run (block
    // ids follow sentence order) is what survives reordering. Each column's walk is its own, so the
    // columns are shared out among the threads (1,000 columns of one story took 0.06 s on one);
    // the counts are whole numbers, and their sum does not depend on the order.
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    const unsigned workers = unsigned(std::clamp<std::size_t>(g.edges.size() / 65536, 1, threads));
    std::vector<std::vector<int>> inOrderOf(workers, std::vector<int>(size_t(n), 0));
    std::atomic<int> nextColumn{0};
    const std::atomic_bool never{false};
    parallelFor(
        workers, never,
        [&](std::size_t w) {
            std::vector<int>& inOrder = inOrderOf[w];
            std::vector<std::vector<int>> tails(static_cast<size_t>(n)); // patience piles per later column
            std::vector<int> met;                                        // the later columns met
            for (int c = nextColumn++; c < n; c = nextColumn++) {
                for (int b = g.columnStart[size_t(c)]; b < g.columnStart[size_t(c) + 1]; ++b)
                    for (int e : g.adjacency[size_t(b)]) {
                        const int other = g.otherEnd(g.edges[size_t(e)], b);
                        const int d = g.blocks[size_t(other)].column;
                        if (d <= c)
                            continue;
                        std::vector<int>& t = tails[size_t(d)];
                        if (t.empty())
                            met.push_back(d);
                        const auto it = std::lower_bound(t.begin(), t.end(), other);
                        if (it == t.end())
                            t.push_back(other);
                        else
                            *it = other;
                    }
                for (int d : met) {
                    inOrder[size_t(c)] += int(tails[size_t(d)].size());
                    inOrder[size_t(d)] += int(tails[size_t(d)].size());
                    tails[size_t(d)].clear();
                }
                met.clear();
            }
        },
        workers);
    std::vector<int>& inOrder = inOrderOf[0];
    for (unsigned w = 1; w < workers; ++w)
        for (int c = 0; c < n; ++c)
            inOrder[size_t(c)] += inOrderOf[w][size_t(c)];
    auto originalsOf = [&](int c) { return size_t(c) < originals.size() ? originals[size_t(c)] : 0; };
    int best = 0;
    for (int c = 1; c < n; ++c) {
        const auto key = [&](int x) {
            return std::tuple(inOrder[size_t(x)], originalsOf(x), strength[size_t(x)]);
        };
        if (key(c) > key(best))
            best = c;
    }
    return best;
}

std::vector<int> insertionOrder(const MatchGraph& g, int referenceColumn) {
    const int n = g.columns();
    std::vector<double> link(size_t(n), 0);
    std::vector<char> placed(size_t(n), 0);
    std::vector<int> order;
    for (int next = referenceColumn; next >= 0;) {
        order.push_back(next);
        placed[size_t(next)] = 1;
        for (int b = g.columnStart[size_t(next)]; b < g.columnStart[size_t(next) + 1]; ++b)
            for (int e : g.adjacency[size_t(b)])
                link[size_t(g.blocks[size_t(g.otherEnd(g.edges[size_t(e)], b))].column)] +=
                    g.edges[size_t(e)].strength;
        next = -1;
        for (int c = 0; c < n; ++c)
            if (!placed[size_t(c)] && (next < 0 || link[size_t(c)] > link[size_t(next)]))
                next = c;
    }
    return order;
}

std::vector<PlannedRow> planRows(const MatchGraph& g, int referenceColumn, const std::atomic_bool& cancel,
                                 const std::function<void()>& columnDone) {
    if (g.columns() <= 0)
        return {};
    Planner planner(g);
    for (int column : insertionOrder(g, referenceColumn)) {
        if (cancel)
            return {};
        planner.addColumn(column);
        if (columnDone)
            columnDone();
    }
    return planner.result();
}

} // namespace parallax
