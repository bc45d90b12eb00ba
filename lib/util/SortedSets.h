#pragma once

#include <cstddef>

namespace parallax {

// How many values two sorted ranges hold in common, as multisets (a value twice in both counts
// twice): one merge pass, O(n + m). For word and content-unit overlaps of sentences.
template <typename Range> std::size_t sortedCommonCount(const Range& x, const Range& y) {
    std::size_t n = 0;
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

} // namespace parallax
