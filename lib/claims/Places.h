#pragma once

// Internal to lib/claims: where a number happened, read from the sentence without a gazetteer.
// A place is a run of capitalised words that the sentence marks as a location: after "in",
// "across", "at", "on" ("on Kyiv", not "said on Telegram"); after "city of", "region of"; before
// "region", "district", "city"; after "capital,"; or ending in a street word ("Harrow Quay").
// docs/claims.md has the reasons and the known misses.

#include "claims/SentenceWords.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace parallax::claims {

struct PlaceName {
    QString key;   // lower-case words joined by a space: "sergiyev posad"
    QString text;  // as written, without a possessive ending: "Sergiyev Posad"
    int first = 0; // words of the sentence
    int last = 0;
};

// Which places contain or border which, learnt from the text itself: "Kyiv's Svyatoshynsky
// district", "Ukraine's capital, Kyiv", the dateline "KYIV, Ukraine". Two mentions whose places are
// related this way are not told apart by place.
class PlaceLinks {
public:
    void add(const QString& a, const QString& b);
    // Everything `other` has learnt (each article learns on its own thread, then they are merged).
    void merge(const PlaceLinks& other);
    bool related(const QString& a, const QString& b) const;
    // Relates the keys that WordNet gives as names of one place ("salonika", "thessaloniki"), and
    // a building or street to the place it is named after ("hollis crossing mall", "hollis"):
    // outlets writing for different readers spell a city differently, and a count there is one
    // fact. Called once the folder's places are known, so that `related` stays a lookup.
    void linkOtherNames(const QSet<QString>& keys);
    // True when either list is empty or some place of one is related to some place of the other.
    bool compatible(const QStringList& a, const QStringList& b) const;
    // Every link, both ways round (PlaceIds reads them once).
    const QSet<std::pair<QString, QString>>& pairs() const { return links_; }

private:
    QSet<std::pair<QString, QString>> links_;
};

// "Russian", "Ukrainian", "Polish", "Chinese": adjectives of nationality, not places nor names.
bool isDemonym(const QString& key);

// The places named in the sentence, in order. Learns containment into `links`.
std::vector<PlaceName> findPlaces(const SentenceWords& w, PlaceLinks& links);

// Where an article as a whole happens: its dateline and the places of its first sentence. A number
// in a sentence that names no place is taken to be about this place.
struct ArticlePlaces {
    QStringList keys;
    QStringList texts;
};
ArticlePlaces articlePlaces(const Document& doc, PlaceLinks& links);

} // namespace parallax::claims
