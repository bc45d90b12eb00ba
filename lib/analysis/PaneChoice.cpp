#include "analysis/PaneChoice.h"

#include "analysis/Families.h"
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

    // Families of reprints stand for their members; every other article is a family of one.
    const FactCounts facts = countFacts(analysis);
    struct Group {
        int representative;
        std::vector<int> members;
    };
    std::vector<Group> families;
    std::vector<char> grouped(static_cast<size_t>(n), 0);
    for (const ReprintFamily& f : findFamilies(docs, analysis.reuse)) {
        for (int d : f.members) {
            out.familyOf[size_t(d)] = f.representative;
            out.familySize[size_t(d)] = int(f.members.size());
            grouped[size_t(d)] = 1;
        }
        families.push_back({f.representative, f.members});
    }
    for (int d = 0; d < n; ++d)
        if (!grouped[size_t(d)])
            families.push_back({d, {d}});
    auto key = [&](int d) {
        return std::tuple(facts.disputed[size_t(d)], out.familySize[size_t(d)], facts.stated[size_t(d)]);
    };
    // Total orders (ties by document index) with std::sort: no stable sort's buffer is needed.
    std::sort(families.begin(), families.end(), [&](const Group& x, const Group& y) {
        return key(x.representative) != key(y.representative) ? key(x.representative) > key(y.representative)
                                                              : x.representative < y.representative;
    });
    for (const Group& f : families) {
        if (int(out.shown.size()) >= count)
            return out;
        out.shown.push_back(f.representative);
    }
    // Panes left: members with values of their own first, then the rest, in document order.
    std::vector<int> rest;
    for (int d = 0; d < n; ++d)
        if (out.familyOf[size_t(d)] != d)
            rest.push_back(d);
    std::sort(rest.begin(), rest.end(), [&](int x, int y) {
        return std::tuple(facts.disputed[size_t(x)], facts.stated[size_t(x)], -x) >
               std::tuple(facts.disputed[size_t(y)], facts.stated[size_t(y)], -y);
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
