#include "claims/Predicates.h"

#include <QHash>

namespace parallax::claims {
namespace {

// Kept to the verbs news copy uses for the facts readers compare. A wider table would make
// unrelated numbers look alike; a missing verb only leaves a number without a predicate, which
// the grouping rules handle (docs/claims.md).
const char* const table[][2] = {
    {"injured", "injured"},
    {"injure", "injured"},
    {"injures", "injured"},
    {"injuring", "injured"},
    {"wounded", "injured"},
    {"wounding", "injured"},
    {"hurt", "injured"},
    {"hurting", "injured"},
    {"injuries", "injured"},
    {"killed", "killed"},
    {"kill", "killed"},
    {"kills", "killed"},
    {"killing", "killed"},
    {"dead", "killed"},
    {"died", "killed"},
    {"die", "killed"},
    {"dies", "killed"},
    {"dying", "killed"},
    {"perished", "killed"},
    {"slain", "killed"},
    {"hospitalized", "hospitalised"},
    {"hospital", "hospitalised"},
    {"hospitals", "hospitalised"},
    {"launched", "launched"},
    {"launch", "launched"},
    {"launches", "launched"},
    {"launching", "launched"},
    {"fired", "launched"},
    {"firing", "launched"},
    {"unleashed", "launched"},
    {"unleashing", "launched"},
    {"intercepted", "intercepted"},
    {"intercept", "intercepted"},
    {"intercepts", "intercepted"},
    {"intercepting", "intercepted"},
    {"downed", "intercepted"},
    {"neutralized", "intercepted"},
    {"hit", "hit"},
    {"hits", "hit"},
    {"struck", "hit"},
    {"breached", "hit"},
    {"breach", "hit"},
    {"penetrated", "hit"},
    {"penetrate", "hit"},
    {"penetrating", "hit"},
    {"arrested", "arrested"},
    {"detained", "arrested"},
    {"evacuated", "evacuated"},
    {"rescued", "rescued"},
    {"missing", "missing"},
    {"displaced", "displaced"},
    {"lasted", "lasted"},
    {"lasting", "lasted"},
};

const QHash<QString, QString>& words() {
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const auto& row : table)
            m.insert(QString::fromLatin1(row[0]), QString::fromLatin1(row[1]));
        // The extractor's two-word participle.
        m.insert(QStringLiteral("shot down"), QStringLiteral("intercepted"));
        return m;
    }();
    return map;
}

} // namespace

QString predicateOfWord(const QString& key) {
    return words().value(foldSpelling(key));
}

PredicateMatch predicateAt(const SentenceWords& w, int i) {
    const QString& k = w.key(i);
    const bool hasNext = i + 1 < w.size() && !w.breakBefore(i + 1);
    if (k == u"shot" && hasNext && w.key(i + 1) == u"down")
        return {QStringLiteral("intercepted"), i + 1};
    if (k == u"lost" && i + 2 < w.size() && w.key(i + 2) == u"lives")
        return {QStringLiteral("killed"), i + 2};
    // "two remained in a serious condition", "three are in critical condition"
    if ((k == u"serious" || k == u"critical") && hasNext && w.key(i + 1) == u"condition")
        return {QStringLiteral("in %1 condition").arg(k), i + 1};
    const QString p = predicateOfWord(k);
    return {p, p.isEmpty() ? -1 : i};
}

bool isPeoplePredicate(const QString& predicate) {
    return predicate == u"injured" || predicate == u"killed" || predicate == u"hospitalised" ||
           predicate == u"arrested" || predicate == u"evacuated" || predicate == u"rescued" ||
           predicate == u"missing" || predicate == u"displaced" || predicate.endsWith(u" condition");
}

QString predicateLabel(const QString& predicate) {
    if (predicate == u"hospitalised")
        return QStringLiteral("taken to hospital");
    if (predicate == u"hit")
        return QStringLiteral("on target");
    return predicate;
}

} // namespace parallax::claims
