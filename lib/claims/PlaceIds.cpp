#include "claims/PlaceIds.h"

#include <QHash>

#include <algorithm>

namespace parallax::claims {

PlaceIds::PlaceIds(const std::vector<MentionFacts>& facts, const PlaceLinks& links)
    : factPlaces_(facts.size()) {
    QHash<QString, int> ids;
    for (size_t i = 0; i < facts.size(); ++i)
        for (const QString& key : facts[i].places) {
            auto it = ids.constFind(key);
            if (it == ids.constEnd())
                it = ids.insert(key, int(ids.size()));
            factPlaces_[i].push_back(*it);
        }
    related_.resize(size_t(ids.size()));
    // A link to a place no fact names can never be asked about.
    for (const auto& [a, b] : links.pairs()) {
        const auto ia = ids.constFind(a);
        const auto ib = ids.constFind(b);
        if (ia != ids.constEnd() && ib != ids.constEnd())
            related_[size_t(*ia)].push_back(*ib);
    }
    for (std::vector<int>& r : related_) {
        std::sort(r.begin(), r.end());
        r.erase(std::unique(r.begin(), r.end()), r.end());
    }
}

bool PlaceIds::compatible(const std::vector<int>& a, const std::vector<int>& b) const {
    if (a.empty() || b.empty())
        return true;
    for (int x : a) {
        const std::vector<int>& near = related_[size_t(x)];
        for (int y : b)
            if (x == y || std::binary_search(near.begin(), near.end(), y))
                return true;
    }
    return false;
}

} // namespace parallax::claims
