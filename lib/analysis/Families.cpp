#include "analysis/Families.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace parallax {

std::vector<ReprintFamily> findFamilies(const std::vector<Document>& docs, const ReuseResult& reuse) {
    const int n = int(docs.size());
    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    std::vector<int> originalVotes(static_cast<size_t>(n), 0);
    QHash<std::pair<int, int>, double> resemblance; // reprint pairs, (smaller, larger) index
    for (const DocumentPair& p : reuse.pairs) {
        if (p.relation != Relation::Reprint || p.a < 0 || p.b < 0 || p.a >= n || p.b >= n || p.a == p.b)
            continue;
        parent[size_t(find(p.a))] = find(p.b);
        if (p.original >= 0 && p.original < n)
            ++originalVotes[size_t(p.original)];
        resemblance.insert({std::min(p.a, p.b), std::max(p.a, p.b)}, p.resemblance);
    }
    // Only documents with a reprint partner go into the map: a map node and a vector for each of
    // 100,000 articles, nearly all alone, cost more than the rest of this function.
    std::vector<int> size(static_cast<size_t>(n), 0);
    for (int d = 0; d < n; ++d)
        ++size[size_t(find(d))];
    std::map<int, std::vector<int>> byRoot;
    for (int d = 0; d < n; ++d)
        if (const int root = find(d); size[size_t(root)] >= 2)
            byRoot[root].push_back(d);
    std::vector<ReprintFamily> families;
    for (auto& [root, members] : byRoot) {
        if (members.size() < 2)
            continue;
        ReprintFamily f;
        f.members = members;
        const auto most = std::max_element(members.begin(), members.end(), [&](int x, int y) {
            return std::tuple(originalVotes[size_t(x)], docs[size_t(x)].wordCount(), -x) <
                   std::tuple(originalVotes[size_t(y)], docs[size_t(y)].wordCount(), -y);
        });
        f.representative = *most;
        f.original = originalVotes[size_t(*most)] > 0 ? *most : -1;
        for (int m : members) {
            if (m == f.representative)
                continue;
            // Word for word: every 3-word shingle shared. A copy reached only through another copy
            // counts as edited: nothing says it is the representative's text unchanged.
            const double r =
                resemblance.value({std::min(m, f.representative), std::max(m, f.representative)}, 0);
            f.edited += r < 0.999;
        }
        families.push_back(std::move(f));
    }
    // A total order (size, then the first member), so no stable sort and its buffer are needed.
    std::sort(families.begin(), families.end(), [](const ReprintFamily& x, const ReprintFamily& y) {
        return x.members.size() != y.members.size() ? x.members.size() > y.members.size()
                                                    : x.members.front() < y.members.front();
    });
    return families;
}

} // namespace parallax
