#include "claims/Predicates.h"

#include "lexicon/LexiconFile.h"
#include "lexicon/Verbs.h"

#include <QSet>

namespace parallax::claims {

QString predicateOfWord(const QString& key) {
    // The lists spell -ise and -ize; other words are folded the way the rest of claims reads them.
    QStringView p = lexicon::verbClass(key);
    if (p.isEmpty())
        p = lexicon::verbClass(foldSpelling(key));
    return p.toString();
}

PredicateMatch predicateAt(const SentenceWords& w, int i) {
    const QString& k = w.key(i);
    const bool hasNext = i + 1 < w.size() && !w.breakBefore(i + 1);
    if (k == u"shot" && hasNext && w.key(i + 1) == u"down")
        return {QStringLiteral("intercepted"), i + 1};
    // "100,000 people took to the streets": news English for a protest march (lib/numbers reads
    // it so too).
    static const QSet<QString> take = {"take", "takes", "took", "taken", "taking"};
    if (take.contains(k) && i + 3 < w.size() && w.key(i + 1) == u"to" && w.key(i + 2) == u"the" &&
        (w.key(i + 3) == u"streets" || w.key(i + 3) == u"street") && !w.breakBefore(i + 3))
        return {QStringLiteral("marched"), i + 3};
    if (k == u"lost" && i + 2 < w.size() && w.key(i + 2) == u"lives")
        return {QStringLiteral("killed"), i + 2};
    // "two remained in a serious condition", "three are in critical condition"
    if ((k == u"serious" || k == u"critical") && hasNext && w.key(i + 1) == u"condition")
        return {QStringLiteral("in %1 condition").arg(k), i + 1};
    const QString p = predicateOfWord(k);
    return {p, p.isEmpty() ? -1 : i};
}

bool isPeoplePredicate(const QString& predicate) {
    return lexicon::isPeopleVerb(predicate) || predicate.endsWith(u" condition");
}

QString predicateLabel(const QString& predicate, const QString& unit) {
    if (predicate == u"hospitalised")
        return QStringLiteral("taken to hospital");
    static const QSet<QString> projectiles = lexicon::lexiconWords(u"counted-nouns", u"projectiles");
    if (predicate == u"hit" && projectiles.contains(unit.toLower()))
        return QStringLiteral("on target");
    return predicate;
}

} // namespace parallax::claims
