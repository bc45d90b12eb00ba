#include "align/AlignDocuments.h"

#include "align/MatchGraph.h"
#include "align/RowDetails.h"
#include "align/RowOrder.h"
#include "util/ParallelFor.h"

#include <algorithm>

namespace parallax {
namespace {

std::vector<int> columnsOf(const std::vector<Document>& docs, const AlignOptions& options) {
    std::vector<int> columns;
    std::vector<char> seen(docs.size(), 0);
    if (options.documents.empty()) {
        for (int d = 0; d < int(docs.size()); ++d)
            columns.push_back(d);
        return columns;
    }
    for (int d : options.documents)
        if (d >= 0 && d < int(docs.size()) && !seen[size_t(d)]) {
            seen[size_t(d)] = 1;
            columns.push_back(d);
        }
    return columns;
}

// Progress in steps: building the graph, one per column placed, and one per column's worth of
// rows described (the diffs cost about as much as placing).
class Steps {
public:
    Steps(const AlignProgress& callback, qsizetype total)
        : callback_(callback)
        , total_(total) {}
    void report(qsizetype done) const {
        if (callback_)
            callback_(std::min(done, total_), total_);
    }
    qsizetype total() const { return total_; }

private:
    const AlignProgress& callback_;
    qsizetype total_;
};

} // namespace

Alignment alignDocuments(const std::vector<Document>& docs, const ReuseResult& reuse,
                         const AlignOptions& options, const std::atomic_bool& cancel,
                         const AlignProgress& progress) {
    Alignment out;
    out.documents = columnsOf(docs, options);
    const int columns = int(out.documents.size());
    const Steps steps(progress, 1 + 2 * qsizetype(columns));
    qsizetype done = 0;
    auto cancelled = [&] {
        out = Alignment{out.documents, out.reference, {}, {}, true};
        return out;
    };

    const MatchGraph g =
        buildMatchGraph(docs, reuse, out.documents, cancel, options.factAnchors, options.threads);
    if (cancel)
        return cancelled();
    steps.report(++done);
    if (columns == 0)
        return out;
    int reference = std::clamp(out.columnOf(options.reference), -1, columns - 1);
    if (reference < 0) {
        // Half a million pairs at 1,000 articles: each original's column from an index, not a search.
        std::vector<int> columnOfDoc(docs.size(), -1);
        for (int c = 0; c < columns; ++c)
            if (const int d = out.documents[size_t(c)]; d >= 0 && d < int(docs.size()))
                columnOfDoc[size_t(d)] = c;
        std::vector<int> originals(size_t(columns), 0);
        for (const DocumentPair& p : reuse.pairs)
            if (p.original >= 0 && p.original < int(docs.size()) && columnOfDoc[size_t(p.original)] >= 0)
                ++originals[size_t(columnOfDoc[size_t(p.original)])];
        reference = mostMatchedColumn(g, originals, options.threads);
    }
    out.reference = out.documents[size_t(reference)];

    const std::vector<PlannedRow> plans = planRows(g, reference, cancel, [&] { steps.report(++done); });
    if (cancel)
        return cancelled();

    out.rows.resize(plans.size());
    out.rowOf.resize(size_t(columns));
    for (int c = 0; c < columns; ++c)
        out.rowOf[size_t(c)].assign(docs[size_t(out.documents[size_t(c)])].sentences.size(), -1);
    for (size_t r = 0; r < plans.size(); ++r) {
        AlignedRow& row = out.rows[r];
        row.cells.resize(size_t(columns));
        row.counterpart = plans[r].main;
        for (int b : plans[r].blocks) {
            const Block& block = g.blocks[size_t(b)];
            row.cells[size_t(block.column)] = Cell{block.first, block.count, plans[r].main >= 0};
            for (int s = block.first; s < block.first + block.count; ++s)
                out.rowOf[size_t(block.column)][size_t(s)] = int(r);
        }
        if (plans[r].main >= 0)
            out.rows[size_t(plans[r].main)].movedRows.push_back(int(r));
    }

    // Rows are described independently, in slices on every core (a describer each: it keeps scratch
    // space); 0.15 s on one thread at 1,000 one-story articles.
    std::vector<int> bases(plans.size(), -1);
    constexpr size_t rowsPerSlice = 512;
    parallelFor((plans.size() + rowsPerSlice - 1) / rowsPerSlice, cancel,
                [&](size_t slice) {
                    RowDescriber describer(g, plans);
                    for (size_t r = slice * rowsPerSlice;
                         r < std::min(plans.size(), (slice + 1) * rowsPerSlice); ++r) {
                        AlignedRow& row = out.rows[r];
                        row.kind = describer.kind(
                            int(r), row.counterpart >= 0 ? std::vector<int>{row.counterpart} : row.movedRows);
                        bases[r] = describer.base(int(r), reference);
                    }
                },
                options.threads);
    if (cancel)
        return cancelled();
    if (!options.wordDiffs || plans.empty()) {
        steps.report(steps.total());
        return out;
    }
    // Rows are independent here; chunks of about one column's worth keep progress even.
    const size_t chunk = std::max<size_t>(1, (plans.size() + size_t(columns) - 1) / size_t(columns));
    const size_t chunks = (plans.size() + chunk - 1) / chunk;
    std::atomic<qsizetype> finished{0};
    parallelFor(
        chunks, cancel,
        [&](size_t k) {
            for (size_t r = k * chunk; r < std::min(plans.size(), (k + 1) * chunk); ++r) {
                const int base = bases[r];
                // Sentences that share only a fact differ in nearly every word: no diff to show.
                if (base < 0 || out.rows[r].kind == RowKind::SharedFact ||
                    out.rows[r].kind == RowKind::RelatedNumbers)
                    continue;
                const Block& x = g.blocks[size_t(base)];
                const Document& baseDoc = docs[size_t(out.documents[size_t(x.column)])];
                const auto [firstToken, tokenCount] = cellTokens(baseDoc, Cell{x.first, x.count, false});
                LazyWordUnits baseWords(baseDoc, firstToken, tokenCount);
                for (int b : plans[r].blocks) {
                    if (b == base)
                        continue;
                    CellDiff d = diffBlocks(baseWords, docs, out.documents, reuse, g, base, b);
                    d.baseRow = plans[r].main >= 0 ? plans[r].main : int(r);
                    out.rows[r].diffs.push_back(std::move(d));
                }
                std::sort(out.rows[r].diffs.begin(), out.rows[r].diffs.end(),
                          [](const CellDiff& x, const CellDiff& y) { return x.column < y.column; });
            }
            steps.report(done + ++finished * columns / qsizetype(chunks));
        },
        options.threads);
    if (cancel)
        return cancelled();
    return out;
}

} // namespace parallax
