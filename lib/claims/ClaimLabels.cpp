#include "claims/ClaimLabels.h"

#include "claims/MentionFacts.h"
#include "claims/Predicates.h"
#include "lexicon/Calendar.h"
#include "lexicon/Currencies.h"
#include "lexicon/Plurals.h"
#include "lexicon/UnitSpellings.h"
#include "reuse/ContentWords.h"

#include <QHash>
#include <QRegularExpression>
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
    if (lexicon::isMonthName(occasion))
        return QStringLiteral(" (%1)").arg(occasion.front().toUpper() + occasion.mid(1));
    return QStringLiteral(" (%1)").arg(occasion); // "further", "this year"
}

QString baseLabel(const Claim& c) {
    // An age is always someone's (MentionFacts.cpp, ageOwner): "age of Tara Reid".
    if (c.unit == u"age" && !c.agent.isEmpty())
        return QStringLiteral("age of ") + c.agent;
    const QString predicate = predicateLabel(c.predicate);
    if (c.predicate == lastedPredicate)
        return c.head.isEmpty() ? QStringLiteral("duration") : eventName(c.head) + QStringLiteral(" length");
    if (c.unit == u"%") {
        if (c.head.isEmpty())
            return QStringLiteral("percentage");
        // "turnout (%)" for "turnout reached 61%"; "% of fertiliser" for "40% of its fertiliser".
        return c.headIsSubject ? c.head.toLower() + QStringLiteral(" (%)")
                               : QStringLiteral("% of ") + c.head.toLower();
    }
    // Money is named by what it pays for, then the currency: "offer (dollars)", "bailout (euros)".
    if (const QStringView currency = lexicon::currencyName(c.unit); !currency.isEmpty()) {
        QString label = c.head.isEmpty() ? QStringLiteral("amount") : c.head.toLower();
        if (!predicate.isEmpty())
            label += u' ' + predicate;
        return label + QStringLiteral(" (") + currency.toString() + u')';
    }
    // Units of length measure something named by the head ("depth (km)"); amounts of mass or
    // volume are of something ("tonnes of fertiliser").
    const QStringView dimension = lexicon::unitDimension(c.unit);
    QString label = c.unit.isEmpty() ? QStringLiteral("number") : pluralOf(c.unit);
    // A measure is named by what it measures, never by a verb near it: "depth (km)", "earthquake
    // magnitude", not "distance (km) on target".
    if (dimension == u"length")
        return (c.head.isEmpty() ? QStringLiteral("distance") : c.head.toLower()) +
               QStringLiteral(" (%1)").arg(label);
    if (dimension == u"other" && !c.unit.isEmpty())
        return c.head.isEmpty() ? c.unit : c.head.toLower() + u' ' + c.unit;
    else if ((dimension == u"mass" || dimension == u"volume") && !c.head.isEmpty())
        label += QStringLiteral(" of ") + c.head.toLower(); // "tonnes of fertiliser"
    else if (!c.head.isEmpty() && !c.unit.isEmpty())
        label = c.head.toLower() + u' ' + label; // "building storeys"
    if (!predicate.isEmpty())
        label += u' ' + predicate;
    return label;
}

} // namespace

QString pluralOf(const QString& noun) {
    // Symbols and abbreviations ("km", "mph", "°C", "USD") stay as written.
    static const QSet<QString> same = {"km", "m", "kg", "%", "mph", "sq", "cm", "mm", "ft"};
    if (noun.isEmpty() || same.contains(noun) || noun.size() <= 2 || noun.front().isUpper())
        return noun;
    // A model's name, kept lower-case as a key ("ak-47", "f-16", "m16"): "AK-47s", "F-16s".
    if (const QString display = displayUnit(noun); display != noun)
        return display + u's';
    // A noun in -s is taken as plural already ("others"), unless it is a word in -ss.
    if (noun.endsWith(u's') && !noun.endsWith(u"ss"))
        return noun;
    // The last word takes the plural: "crew members", "square feet".
    const qsizetype space = noun.lastIndexOf(u' ');
    return noun.left(space + 1) + lexicon::pluralOf(QStringView(noun).sliced(space + 1));
}

QString displayUnit(const QString& unit) {
    static const QRegularExpression model(QStringLiteral("^([a-z]{1,3})(-?\\d+[a-z]{0,2})$"));
    const QRegularExpressionMatch m = model.match(unit);
    return m.hasMatch() ? m.captured(1).toUpper() + m.captured(2) : unit;
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
    // Never two claims with one label: what nothing above tells apart is numbered, in list order
    // (the first keeps its label).
    QHash<QString, int> seen;
    for (Claim& c : claims) {
        const int n = ++seen[c.label];
        if (n > 1)
            c.label += QStringLiteral(" (claim %1)").arg(n);
    }
}

} // namespace parallax::claims
