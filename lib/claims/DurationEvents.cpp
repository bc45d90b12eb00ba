#include "claims/DurationEvents.h"

#include "lexicon/LexiconFile.h"
#include "lexicon/Verbs.h"
#include "reuse/ContentWords.h"

#include <QHash>
#include <QSet>

namespace parallax::claims {
namespace {

// Nouns naming something that lasts, for a duration with no noun of its own ("sirens blared for
// more than eight hours as waves of attacks targeted Kyiv"). "call" is left out on purpose: "11 hours
// after the first call" measures from the call, not the call's length.
const QSet<QString>& eventKeys() {
    static const QSet<QString> s = [] {
        QSet<QString> keys;
        for (const QString& w : lexicon::lexiconWords(u"events"))
            keys.insert(contentUnit(w, false));
        return keys;
    }();
    return s;
}

} // namespace

// The noun a duration describes when it has none of its own: the nearest event noun in the sentence.
QString nearestEvent(const SentenceWords& w, int first, int last, QString& text) {
    int best = -1;
    int bestDistance = 1 << 30;
    for (int i = 0; i < w.size(); ++i) {
        if (i >= first && i <= last)
            continue;
        const int d = i < first ? first - i : i - last;
        if (d < bestDistance && eventKeys().contains(contentUnit(foldSpelling(w.key(i)), false))) {
            best = i;
            bestDistance = d;
        }
    }
    if (best < 0)
        return {};
    text = w.text(best).toString();
    return contentUnit(foldSpelling(w.key(best)), false);
}

// The state a person was in for a duration that follows it: "had been hospitalized for the past
// three weeks", "hospitalized in Los Angeles for four weeks", "in hospital for three weeks", "jailed
// for a decade". Only verbs that people undergo (resources/lexicon/people-verbs.txt): the duration
// is how long the person was so, not the length of an event noun nearby ("only to suffer a heart
// attack"), while "sirens blared for more than eight hours as waves of attacks targeted Kyiv"
// still measures the attack. Returns the participle, or empty.
QString stateLasting(const SentenceWords& w, int numberFirst) {
    static const QSet<QString> beforeNumber =
        wordSet({"the",           "a",    "an",    "past", "last", "nearly", "almost", "about",
                 "around",        "some", "over",  "more", "than", "at",     "least",  "roughly",
                 "approximately", "just", "under", "up",   "to"});
    int i = numberFirst - 1;
    for (int steps = 0; i >= 0 && steps < 4 && beforeNumber.contains(w.key(i)); ++steps)
        --i;
    if (i < 1 || w.key(i) != u"for" || w.breakBefore(i + 1))
        return {};
    int v = i - 1;
    // "hospitalized in Los Angeles for four weeks": past the place the state was in.
    int name = v;
    while (name > 0 && w.capitalised(name) && !w.breakBefore(name + 1))
        --name;
    if (name < v && name > 0 && (w.key(name) == u"in" || w.key(name) == u"at"))
        v = name - 1;
    if (v < 0 || w.breakBefore(v + 1))
        return {};
    // "in hospital", "in jail", "in custody": the state as a place.
    if (v > 0 && w.key(v - 1) == u"in") {
        static const QHash<QString, QString> stateOfPlace =
            lexicon::lexiconHeadsOfItems(u"people-verbs", u"states as places");
        if (const auto it = stateOfPlace.constFind(w.key(v)); it != stateOfPlace.constEnd())
            return *it;
    }
    const QString participle = lexicon::verbParticiple(w.key(v)).toString();
    return lexicon::isPeopleVerb(participle) ? participle : QString();
}

} // namespace parallax::claims
