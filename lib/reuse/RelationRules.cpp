#include "reuse/RelationRules.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace parallax {
namespace {

// Outlet names compared loosely: "The Guardian" credits "Guardian", "guardian.co.uk" does too.
QString outletKey(const QString& name) {
    QString s = name.toCaseFolded();
    s.remove(QRegularExpression(QStringLiteral("^the\\s+")));
    s.remove(QRegularExpression(QStringLiteral("\\.(com|co\\.uk|org|net)$")));
    s.remove(QRegularExpression(QStringLiteral("[^\\w]")));
    return s;
}

bool sameOutlet(const QString& x, const QString& y) {
    const QString a = outletKey(x), b = outletKey(y);
    return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
}

QString percent(double v) {
    return QString::number(int(std::lround(v * 100))) + u'%';
}

} // namespace

Relation relationFromWording(const PairFacts& f) {
    const double contained = std::max(f.containmentAInB, f.containmentBInA);
    if (contained >= reprintContainmentMin && std::max(f.copiedA, f.copiedB) >= reprintCopiedMin)
        return Relation::Reprint;
    if (std::min(f.copiedA, f.copiedB) >= passageCopiedMin)
        return Relation::SharedSource;
    return Relation::Unrelated;
}

bool looksLikeSameStory(const PairFacts& f) {
    return f.sharedSpecifics >= sameStorySpecificsMin && f.contentSimilarity >= sameStoryContentMin;
}

Relation decideRelation(const PairFacts& f) {
    if (const Relation r = relationFromWording(f); r != Relation::Unrelated)
        return r;
    if (!looksLikeSameStory(f))
        return Relation::Unrelated;
    if (f.matchesInOrder >= 0) {
        const int shorter = std::min(f.sentencesA, f.sentencesB);
        if (f.matchesInOrder >= skeletonMatchesMin && f.matchesInOrder >= skeletonShareMin * shorter)
            return Relation::SharedSource;
    }
    return Relation::SameStory;
}

Direction decideOriginal(const Document& a, const Document& b, const PairFacts& f, Relation relation) {
    // Independent reports have no original; a credit line says nothing about the other article then.
    if (relation != Relation::Reprint && relation != Relation::SharedSource)
        return {};
    // Attribution first: a closing "– Guardian" is the copy's own statement of where it came from.
    const bool aCredits = !a.attribution.isEmpty(), bCredits = !b.attribution.isEmpty();
    auto credited = [](const Document& copy, const Document& other) {
        return other.attribution.isEmpty() &&
               (other.source.isEmpty() || sameOutlet(copy.attribution, other.source));
    };
    if (aCredits && !bCredits && credited(a, b))
        return {1, QStringLiteral("%1 credits \"%2\"%3")
                       .arg(a.id, a.attribution,
                            b.source.isEmpty() ? QString() : QStringLiteral(", which is ") + b.id)};
    if (bCredits && !aCredits && credited(b, a))
        return {0, QStringLiteral("%1 credits \"%2\"%3")
                       .arg(b.id, b.attribution,
                            a.source.isEmpty() ? QString() : QStringLiteral(", which is ") + a.id)};
    if (aCredits && bCredits && !sameOutlet(a.attribution, b.attribution)) {
        if (sameOutlet(a.attribution, b.source))
            return {1, QStringLiteral("%1 credits %2's outlet \"%3\"").arg(a.id, b.id, b.source)};
        if (sameOutlet(b.attribution, a.source))
            return {0, QStringLiteral("%1 credits %2's outlet \"%3\"").arg(b.id, a.id, a.source)};
    }
    if (relation != Relation::Reprint)
        return {};
    // ISO dates compare as strings.
    if (!a.date.isEmpty() && !b.date.isEmpty() && a.date != b.date)
        return a.date < b.date ? Direction{0, QStringLiteral("%1 is dated earlier (%2)").arg(a.id, a.date)}
                               : Direction{1, QStringLiteral("%1 is dated earlier (%2)").arg(b.id, b.date)};
    constexpr double margin = 0.15;
    if (f.containmentBInA - f.containmentAInB >= margin)
        return {0, QStringLiteral("%1 holds %2 of %3's wording, not the reverse (%4)")
                       .arg(a.id, percent(f.containmentBInA), b.id, percent(f.containmentAInB))};
    if (f.containmentAInB - f.containmentBInA >= margin)
        return {1, QStringLiteral("%1 holds %2 of %3's wording, not the reverse (%4)")
                       .arg(b.id, percent(f.containmentAInB), a.id, percent(f.containmentBInA))};
    return {};
}

QString evidenceLine(const PairFacts& f, Relation relation, const Direction& direction) {
    QString why;
    switch (relation) {
    case Relation::Reprint:
        why = QStringLiteral("reprint: %1 of one article's 3-word phrases are in the other (%2 and %3 "
                             "sentences copied)")
                  .arg(percent(std::max(f.containmentAInB, f.containmentBInA)))
                  .arg(f.copiedA)
                  .arg(f.copiedB);
        break;
    case Relation::SharedSource:
        if (std::min(f.copiedA, f.copiedB) >= passageCopiedMin)
            why = QStringLiteral("shared source: a shared passage (%1 and %2 sentences copied, %3 of "
                                 "phrases shared)")
                      .arg(f.copiedA)
                      .arg(f.copiedB)
                      .arg(percent(f.resemblance));
        else
            why = QStringLiteral("shared source: %1 of the shorter article's %2 sentences say the same in "
                                 "the same order, in other words (%3 of phrases shared)")
                      .arg(f.matchesInOrder)
                      .arg(std::min(f.sentencesA, f.sentencesB))
                      .arg(percent(f.resemblance));
        break;
    case Relation::SameStory:
        why =
            QStringLiteral("same story: %1 names and numbers in common, little shared prose (%2 "
                           "matched, %3 in order, of %4 in the shorter article)")
                .arg(f.sharedSpecifics)
                .arg(std::max(0, f.matches) == 1 ? QStringLiteral("1 sentence")
                                                 : QStringLiteral("%1 sentences").arg(std::max(0, f.matches)))
                .arg(std::max(0, f.matchesInOrder))
                .arg(std::min(f.sentencesA, f.sentencesB));
        break;
    case Relation::Unrelated:
        why = QStringLiteral("unrelated: %1 names and numbers in common").arg(f.sharedSpecifics);
        break;
    }
    if (direction.original >= 0)
        why += QStringLiteral("; original: %1").arg(direction.reason);
    else if (relation == Relation::Reprint)
        why += QStringLiteral("; original unknown (no attribution, date or clear containment)");
    return why;
}

} // namespace parallax
