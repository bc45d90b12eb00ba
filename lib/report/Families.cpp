#include "report/Families.h"

#include <algorithm>
#include <numeric>

namespace parallax {
namespace {

int findRoot(std::vector<int>& parent, int x) {
    while (parent[size_t(x)] != x) {
        parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        x = parent[size_t(x)];
    }
    return x;
}

bool reusesText(Relation relation) {
    return relation == Relation::Reprint || relation == Relation::SharedSource;
}

} // namespace

Families syndicationFamilies(const Analysis& analysis) {
    const int n = int(analysis.corpus.documents.size());
    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<bool> isCopy(size_t(n), false);
    for (const DocumentPair& p : analysis.reuse.pairs) {
        if (!reusesText(p.relation))
            continue;
        const int ra = findRoot(parent, p.a), rb = findRoot(parent, p.b);
        parent[size_t(std::max(ra, rb))] = std::min(ra, rb);
        if (p.original >= 0)
            isCopy[size_t(p.original == p.a ? p.b : p.a)] = true;
    }
    Families result;
    result.familyOf.assign(size_t(n), -1);
    std::vector<int> familyOfRoot(size_t(n), -1);
    for (int d = 0; d < n; ++d) {
        const int root = findRoot(parent, d);
        if (familyOfRoot[size_t(root)] < 0) {
            familyOfRoot[size_t(root)] = int(result.families.size());
            result.families.push_back(Family{{}, d});
        }
        Family& family = result.families[size_t(familyOfRoot[size_t(root)])];
        family.members.push_back(d);
        result.familyOf[size_t(d)] = familyOfRoot[size_t(root)];
    }
    for (Family& family : result.families) {
        const auto original = std::find_if(family.members.begin(), family.members.end(),
                                           [&](int d) { return !isCopy[size_t(d)]; });
        family.lead = original != family.members.end() ? *original : family.members.front();
    }
    return result;
}

} // namespace parallax
