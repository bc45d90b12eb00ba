#include "reuse/WordDiff.h"

#include <algorithm>

namespace parallax {

int commonWordCount(const std::uint64_t* a, int n, const std::uint64_t* b, int m) {
    std::vector<int> prev(size_t(m) + 1, 0), row(size_t(m) + 1, 0);
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j)
            row[size_t(j)] = a[i - 1] == b[j - 1] ? prev[size_t(j) - 1] + 1
                                                  : std::max(prev[size_t(j)], row[size_t(j) - 1]);
        std::swap(prev, row);
    }
    return prev[size_t(m)];
}

std::vector<WordEdit> wordDiff(const std::vector<std::uint64_t>& a, int firstA, int countA,
                               const std::vector<std::uint64_t>& b, int firstB, int countB) {
    // Full table for the backtrack; sentences (even merged ones) are short enough for this.
    const int n = countA, m = countB;
    std::vector<int> table(size_t(n + 1) * size_t(m + 1), 0);
    auto at = [&](int i, int j) -> int& { return table[size_t(i) * size_t(m + 1) + size_t(j)]; };
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            at(i, j) = a[size_t(firstA + i)] == b[size_t(firstB + j)] ? at(i + 1, j + 1) + 1
                                                                      : std::max(at(i + 1, j), at(i, j + 1));

    std::vector<WordEdit> edits;
    auto push = [&](EditOp op, int i, int j, int da, int db) {
        if (!edits.empty()) {
            WordEdit& last = edits.back();
            const bool lastChanged = last.op != EditOp::Equal;
            if ((op == EditOp::Equal && last.op == EditOp::Equal) || (op != EditOp::Equal && lastChanged)) {
                last.countA += da;
                last.countB += db;
                if (lastChanged)
                    last.op = last.countA == 0   ? EditOp::Insert
                              : last.countB == 0 ? EditOp::Delete
                                                 : EditOp::Replace;
                return;
            }
        }
        edits.push_back({op, firstA + i, da, firstB + j, db});
    };
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[size_t(firstA + i)] == b[size_t(firstB + j)]) {
            push(EditOp::Equal, i++, j++, 1, 1);
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            push(EditOp::Insert, i, j++, 0, 1);
        } else {
            push(EditOp::Delete, i++, j, 1, 0);
        }
    }
    return edits;
}

} // namespace parallax
