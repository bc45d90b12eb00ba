#pragma once

// Internal to lib/claims: joins mentions into claims along links, refusing any join that would put
// two different things in one claim. Union-find whose sets remember what they are about.

#include "claims/ClaimLinks.h"
#include "claims/MentionFacts.h"
#include "claims/PlaceIds.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace parallax::claims {

class ClaimClusters {
public:
    ClaimClusters(const std::vector<MentionFacts>& facts, const PlaceIds& places);

    // Joins the claims of the link's two mentions unless that would give one claim two units, two
    // verbs (or heads), two doers, two occasions, places that cannot be one, two numbers of one
    // sentence, or two values from one article (an article states a fact once; two values in it
    // are two facts, unless it marks one as revised). Returns whether they are one claim now.
    bool join(const ClaimLink& link);
    int find(int a);

    // What joined the claim of `a` across articles: the weakest such link's score (+infinity when
    // the claim is one article's), every feature of its joining links, the best context seen.
    double weakestCrossScore(int a) { return about_[size_t(find(a))].weakest; }
    quint32 features(int a) { return about_[size_t(find(a))].features; }
    double context(int a) { return about_[size_t(find(a))].context; }

    // The claims: fact indices per claim, each in fact order, claims by their first fact.
    std::vector<std::vector<int>> claims();

private:
    struct About {
        std::vector<int> unitFacts; // one member per word its members count in
        QStringList convertedUnits; // "unit\x1fconverted" of the members' bracketed conversions
        QString event;
        QString occasion;
        QString agent;
        QString givenName;
        QString contrastedSource; // the source of a member set against another source nearby
        QString kindKey;
        std::vector<int> sentencePlaces; // union over members whose sentence names a place (PlaceIds)
        std::vector<int> articlePlaces;  // union over members that took their article's place
        QSet<quint64> sentences;
        std::vector<std::pair<int, double>> values; // (document, value) of unrevised mentions
        double weakest = 0;
        quint32 features = 0;
        double context = 0;
    };

    bool unitsFit(const About& x, const About& y) const;

    const std::vector<MentionFacts>& facts_;

    const PlaceIds& places_;
    std::vector<int> parent_;
    std::vector<About> about_; // valid at roots
};

} // namespace parallax::claims
