#include "lexicon/Plurals.h"

#include "lexicon/NounSenses.h"

#include "lexicon/LexiconFile.h"

#include <QHash>

namespace parallax::lexicon {
namespace {

struct Irregulars {
    QHash<QStringView, QStringView> pluralOf;
    QHash<QStringView, QStringView> singularOf;
};

const Irregulars& irregulars() {
    static const Irregulars table = [] {
        Irregulars t;
        for (const LexiconEntry& e : lexiconEntries(u"plurals")) {
            if (e.items.isEmpty())
                continue;
            t.pluralOf.insert(e.head, e.items.front());
            t.singularOf.insert(e.items.front(), e.head);
        }
        return t;
    }();
    return table;
}

bool consonantBefore(QStringView w, qsizetype endLength) {
    return w.size() > endLength && !QStringView(u"aeiou").contains(w[w.size() - endLength - 1]);
}

} // namespace

QString pluralOf(QStringView singular) {
    const Irregulars& t = irregulars();
    if (const auto it = t.pluralOf.constFind(singular); it != t.pluralOf.constEnd())
        return it->toString();
    if (t.singularOf.contains(singular))
        return singular.toString();
    // A compound of "man" makes its plural as "man" does: "crewman", "fisherman", "policeman". Its
    // first part is a noun of its own, which tells it from "German" and "shaman" ("human" is too
    // short to ask); rare words slip through ("cayman").
    if (singular.size() > 5 && singular.endsWith(u"man") && isNounLemma(singular.chopped(3)))
        return singular.chopped(3).toString() + QStringLiteral("men");
    if (singular.endsWith(u's') || singular.endsWith(u'x') || singular.endsWith(u'z') ||
        singular.endsWith(u"ch") || singular.endsWith(u"sh"))
        return singular.toString() + QStringLiteral("es");
    if (singular.endsWith(u'y') && consonantBefore(singular, 1))
        return singular.chopped(1).toString() + QStringLiteral("ies");
    return singular.toString() + u's';
}

QString singularOf(QStringView plural) {
    const Irregulars& t = irregulars();
    if (const auto it = t.singularOf.constFind(plural); it != t.singularOf.constEnd())
        return it->toString();
    if (!plural.endsWith(u's') || plural.size() < 3)
        return plural.toString();
    if (plural.endsWith(u"ies") && plural.size() > 4)
        return plural.chopped(3).toString() + u'y';
    if (plural.endsWith(u"sses") || plural.endsWith(u"xes") || plural.endsWith(u"ches") ||
        plural.endsWith(u"shes") || plural.endsWith(u"zzes"))
        return plural.chopped(2).toString();
    return plural.chopped(1).toString();
}

bool isIrregularPlural(QStringView lowerWord) {
    return irregulars().singularOf.contains(lowerWord);
}

} // namespace parallax::lexicon
