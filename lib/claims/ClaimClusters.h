#pragma once

// Internal to lib/claims: joins mentions into claims along links, refusing any join that would put
// two different things in one claim. Union-find whose sets remember what they are about.

#include "claims/MentionFacts.h"
#include "claims/Places.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace parallax::claims {

class ClaimClusters {
public:
    ClaimClusters(const std::vector<MentionFacts>& facts, const PlaceLinks& places);

    // Joins the claims of a and b unless that would give one claim two units, two verbs (or heads),
    // two doers, two occasions, places that cannot be one, or two numbers of one sentence. Returns
    // whether they are one claim now.
    bool join(int a, int b);
    int find(int a);

    // The claims: fact indices per claim, each in fact order, claims by their first fact.
    std::vector<std::vector<int>> claims();

private:
    struct About {
        QString unitKey;
        QString event;
        QString occasion;
        QString agent;
        QString kindKey;
        QStringList sentencePlaces; // union over members whose sentence names a place
        QStringList articlePlaces;  // union over members that took their article's place
        QSet<quint64> sentences;
    };

    const PlaceLinks& places_;
    std::vector<int> parent_;
    std::vector<About> about_; // valid at roots
};

} // namespace parallax::claims
