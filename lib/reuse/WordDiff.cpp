#include "reuse/WordDiff.h"

#include "util/SortedSets.h"

#include <algorithm>

namespace parallax {

int commonWordCount(const std::uint64_t* a, int n, const std::uint64_t* b, int m) {
    // Equal ends are common words whatever lies between: trimmed first, so a near copy costs little.
    int common = 0;
    while (n > 0 && m > 0 && a[0] == b[0])
        ++a, ++b, --n, --m, ++common;
    while (n > 0 && m > 0 && a[n - 1] == b[m - 1])
        --n, --m, ++common;
    if (qint64(n) * m > kMaxLcsCells) {
        // Past the bound (a "sentence" of a page of unpunctuated text), the words both sides hold,
        // counted as multisets: an upper bound of the subsequence, in O((n + m) log) time.
        std::vector<std::uint64_t> x(a, a + n), y(b, b + m);
        std::sort(x.begin(), x.end());
        std::sort(y.begin(), y.end());
        return common + int(sortedCommonCount(x, y));
    }
    // Reused per thread: a one-story folder asks for millions of these.
    thread_local std::vector<int> prev, row;
    prev.assign(size_t(m) + 1, 0);
    row.assign(size_t(m) + 1, 0);
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j)
            row[size_t(j)] = a[i - 1] == b[j - 1] ? prev[size_t(j) - 1] + 1
                                                  : std::max(prev[size_t(j)], row[size_t(j) - 1]);
        std::swap(prev, row);
    }
    return common + prev[size_t(m)];
}

void appendWordDiff(const std::vector<std::uint64_t>& a, int firstA, int countA,
                    const std::vector<std::uint64_t>& b, int firstB, int countB,
                    std::vector<WordEdit>& edits) {
    const std::size_t start = edits.size(); // the runs before are another diff's: never merged into
    // Equal ends first; a middle past the bound is one replaced run (the table would not fit).
    int head = 0;
    while (head < countA && head < countB && a[size_t(firstA + head)] == b[size_t(firstB + head)])
        ++head;
    int tail = 0;
    while (tail < countA - head && tail < countB - head &&
           a[size_t(firstA + countA - 1 - tail)] == b[size_t(firstB + countB - 1 - tail)])
        ++tail;
    if (qint64(countA - head - tail) * (countB - head - tail) > kMaxDiffCells) {
        if (head > 0)
            edits.push_back({EditOp::Equal, firstA, head, firstB, head});
        const int midA = countA - head - tail, midB = countB - head - tail;
        edits.push_back({midA == 0   ? EditOp::Insert
                         : midB == 0 ? EditOp::Delete
                                     : EditOp::Replace,
                         firstA + head, midA, firstB + head, midB});
        if (tail > 0)
            edits.push_back({EditOp::Equal, firstA + countA - tail, tail, firstB + countB - tail, tail});
        return;
    }
    if (head == countA && head == countB) { // the same words: most shared sentences of a reprint
        if (head > 0)
            edits.push_back({EditOp::Equal, firstA, head, firstB, head});
        return;
    }
    // Full table for the backtrack; sentences (even merged ones) are short enough for this. The
    // backtrack walks the equal head diagonally (equal words are taken first), so the table starts
    // after it. (Not before the equal tail: the walk may pair a tail word with one of the middle.)
    const int n = countA, m = countB;
    const int width = m - head + 1;
    thread_local std::vector<int> table;
    table.assign(size_t(n - head + 1) * size_t(width), 0);
    auto at = [&](int i, int j) -> int& {
        return table[size_t(i - head) * size_t(width) + size_t(j - head)];
    };
    for (int i = n - 1; i >= head; --i)
        for (int j = m - 1; j >= head; --j)
            at(i, j) = a[size_t(firstA + i)] == b[size_t(firstB + j)] ? at(i + 1, j + 1) + 1
                                                                      : std::max(at(i + 1, j), at(i, j + 1));

    auto push = [&](EditOp op, int i, int j, int da, int db) {
        if (edits.size() > start) {
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
    if (head > 0)
        edits.push_back({EditOp::Equal, firstA, head, firstB, head});
    int i = head, j = head;
    while (i < n || j < m) {
        if (i < n && j < m && a[size_t(firstA + i)] == b[size_t(firstB + j)]) {
            push(EditOp::Equal, i++, j++, 1, 1);
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            push(EditOp::Insert, i, j++, 0, 1);
        } else {
            push(EditOp::Delete, i++, j, 1, 0);
        }
    }
}

std::vector<WordEdit> wordDiff(const std::vector<std::uint64_t>& a, int firstA, int countA,
                               const std::vector<std::uint64_t>& b, int firstB, int countB) {
    std::vector<WordEdit> edits;
    appendWordDiff(a, firstA, countA, b, firstB, countB, edits);
    return edits;
}

} // namespace parallax
