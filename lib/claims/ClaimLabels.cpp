#include "claims/ClaimLabels.h"

#include "claims/MentionFacts.h"
#include "claims/Predicates.h"
#include "reuse/ContentWords.h"

#include <QHash>
#include <QSet>

namespace parallax::claims {
namespace {

// Words of a synonym group are shown by one name: a raid, an assault and a strike are all the
// "attack"; a blaze is the "fire".
QString eventName(const QString& head) {
    const QString key = contentUnit(head.toLower(), false);
    if (key == contentUnit(QStringLiteral("attack"), false))
        return QStringLiteral("attack");
    if (key == contentUnit(QStringLiteral("fire"), false))
        return QStringLiteral("fire");
    if (key == contentUnit(QStringLiteral("war"), false))
        return QStringLiteral("war");
    return head.toLower();
}

QString occasionName(const QString& occasion) {
    if (occasion.isEmpty())
        return {};
    if (occasion == u"earlier")
        return QStringLiteral(" (earlier)");
    if (occasion.front().isDigit())
        return QStringLiteral(" (in %1)").arg(occasion);
    static const QSet<QString> months = {"january",   "february", "march",    "april",
                                         "may",       "june",     "july",     "august",
                                         "september", "october",  "november", "december"};
    if (months.contains(occasion))
        return QStringLiteral(" (%1)").arg(occasion.front().toUpper() + occasion.mid(1));
    return QStringLiteral(" (%1)").arg(occasion); // "further", "this year"
}

QString baseLabel(const Claim& c) {
    const QString predicate = predicateLabel(c.predicate);
    if (c.predicate == lastedPredicate)
        return c.head.isEmpty() ? QStringLiteral("duration") : eventName(c.head) + QStringLiteral(" length");
    if (c.unit == u"%")
        return c.head.isEmpty() ? QStringLiteral("percentage") : QStringLiteral("% of ") + c.head.toLower();
    static const QSet<QString> lengths = {"km", "m", "mile", "cm", "mm", "ft", "yard", "metre", "meter"};
    static const QSet<QString> amounts = {"tonne",  "ton",    "litre", "liter",
                                          "gallon", "barrel", "kg",    "pound"};
    QString label = c.unit.isEmpty() ? QStringLiteral("number") : pluralOf(c.unit);
    if (lengths.contains(c.unit))
        label = (c.head.isEmpty() ? QStringLiteral("distance") : c.head.toLower()) +
                QStringLiteral(" (%1)").arg(label);
    else if (amounts.contains(c.unit) && !c.head.isEmpty())
        label += QStringLiteral(" of ") + c.head.toLower(); // "tonnes of fertiliser"
    else if (!c.head.isEmpty() && !c.unit.isEmpty())
        label = c.head.toLower() + u' ' + label; // "building storeys"
    if (!predicate.isEmpty())
        label += u' ' + predicate;
    return label;
}

} // namespace

QString pluralOf(const QString& noun) {
    static const QSet<QString> same = {"people", "km", "m", "kg", "%", "mph", "sq", "cm", "mm", "ft"};
    if (noun.isEmpty() || same.contains(noun) || noun.size() <= 2 || noun.front().isUpper())
        return noun;
    if (noun.endsWith(u's') || noun.endsWith(u'x') || noun.endsWith(u"ch") || noun.endsWith(u"sh"))
        return noun.endsWith(u"ss") || !noun.endsWith(u's') ? noun + QStringLiteral("es") : noun;
    if (noun.endsWith(u'y') && noun.size() > 1 && !QStringLiteral("aeiou").contains(noun[noun.size() - 2]))
        return noun.left(noun.size() - 1) + QStringLiteral("ies");
    return noun + u's';
}

void labelClaims(std::vector<Claim>& claims) {
    QHash<QString, int> uses;
    for (Claim& c : claims) {
        c.label = baseLabel(c) + occasionName(c.occasion);
        ++uses[c.label];
    }
    // Claims that still share a label differ by who did it or where: say so.
    QHash<QString, QSet<QString>> agentsOf;
    for (const Claim& c : claims)
        if (uses.value(c.label) > 1)
            agentsOf[c.label].insert(c.agent);
    for (Claim& c : claims)
        if (agentsOf.value(c.label).size() > 1 && !c.agent.isEmpty())
            c.label += QStringLiteral(" by ") + c.agent;
    uses.clear();
    for (const Claim& c : claims)
        ++uses[c.label];
    QHash<QString, QSet<QString>> placesOf;
    for (const Claim& c : claims)
        if (uses.value(c.label) > 1)
            placesOf[c.label].insert(c.place);
    for (Claim& c : claims)
        if (placesOf.value(c.label).size() > 1 && !c.place.isEmpty())
            c.label += QStringLiteral(" in ") + c.place;
}

} // namespace parallax::claims
