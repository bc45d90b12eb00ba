#include "analysis/PaneChoice.h"

#include "claims/ClaimStatus.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

namespace parallax {
namespace {

// Per document: claims it states with two or more articles, and values of its own among them (a
// value no more than a third of the claim's articles give, in a disagreement).
struct FactCounts {
    std::vector<int> stated, disputed;
};

FactCounts countFacts(const Analysis& analysis) {
    const size_t n = analysis.corpus.documents.size();
    FactCounts f{std::vector<int>(n, 0), std::vector<int>(n, 0)};
    for (const Claim& claim : analysis.claims) {
        if (claim.articles < 2)
            continue;
        std::map<double, std::set<int>> articlesOf;
        for (const ClaimVariant& v : claim.variants)
            articlesOf[v.mention.value].insert(v.doc);
        std::set<int> stated;
        for (const auto& [value, docs] : articlesOf)
            stated.insert(docs.begin(), docs.end());
        for (int d : stated)
            if (d >= 0 && size_t(d) < n)
                ++f.stated[size_t(d)];
        if (!isDisagreement(claim))
            continue;
        for (const auto& [value, docs] : articlesOf)
            if (docs.size() * 3 <= stated.size())
                for (int d : docs)
                    if (d >= 0 && size_t(d) < n)
                        ++f.disputed[size_t(d)];
    }
    return f;
}

} // namespace

PaneChoice choosePaneArticles(const Analysis& analysis, int count) {
    const auto& docs = analysis.corpus.documents;
    const int n = int(docs.size());
    PaneChoice out;
    out.familyOf.resize(size_t(n));
    out.familySize.assign(size_t(n), 1);
    std::iota(out.familyOf.begin(), out.familyOf.end(), 0);
    if (n == 0 || count <= 0)
        return out;

    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    std::vector<int> originalVotes(static_cast<size_t>(n), 0);
    for (const DocumentPair& p : analysis.reuse.pairs) {
        if (p.relation != Relation::Reprint || p.a < 0 || p.b < 0 || p.a >= n || p.b >= n)
            continue;
        parent[size_t(find(p.a))] = find(p.b);
        if (p.original >= 0 && p.original < n)
            ++originalVotes[size_t(p.original)];
    }
    // The representative: the most often named original, else the longest, else the first.
    std::map<int, std::vector<int>> members;
    for (int d = 0; d < n; ++d)
        members[find(d)].push_back(d);
    const FactCounts facts = countFacts(analysis);
    struct Family {
        int representative;
        std::vector<int> members;
    };
    std::vector<Family> families;
    for (auto& [root, list] : members) {
        const int rep = *std::max_element(list.begin(), list.end(), [&](int x, int y) {
            return std::tuple(originalVotes[size_t(x)], docs[size_t(x)].wordCount(), -x) <
                   std::tuple(originalVotes[size_t(y)], docs[size_t(y)].wordCount(), -y);
        });
        for (int d : list) {
            out.familyOf[size_t(d)] = rep;
            out.familySize[size_t(d)] = int(list.size());
        }
        families.push_back({rep, list});
    }
    auto key = [&](int d) {
        return std::tuple(facts.disputed[size_t(d)], out.familySize[size_t(d)], facts.stated[size_t(d)]);
    };
    std::stable_sort(families.begin(), families.end(), [&](const Family& x, const Family& y) {
        return key(x.representative) > key(y.representative);
    });
    for (const Family& f : families) {
        if (int(out.shown.size()) >= count)
            return out;
        out.shown.push_back(f.representative);
    }
    // Panes left: members with values of their own first, then the rest, in document order.
    std::vector<int> rest;
    for (int d = 0; d < n; ++d)
        if (out.familyOf[size_t(d)] != d)
            rest.push_back(d);
    std::stable_sort(rest.begin(), rest.end(), [&](int x, int y) {
        return std::tuple(facts.disputed[size_t(x)], facts.stated[size_t(x)]) >
               std::tuple(facts.disputed[size_t(y)], facts.stated[size_t(y)]);
    });
    for (int d : rest) {
        if (int(out.shown.size()) >= count)
            break;
        out.shown.push_back(d);
    }
    return out;
}

std::vector<int> articlesReusing(const Analysis& analysis, int document) {
    std::set<int> out{document};
    for (const DocumentPair& p : analysis.reuse.pairs)
        if ((p.a == document || p.b == document) &&
            (p.relation == Relation::Reprint || p.relation == Relation::SharedSource))
            out.insert(p.a == document ? p.b : p.a);
    return {out.begin(), out.end()};
}

} // namespace parallax
