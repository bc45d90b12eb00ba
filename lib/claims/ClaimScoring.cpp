#include "claims/ClaimScoring.h"

#include "lexicon/Currencies.h"

#include <algorithm>
#include <cmath>

namespace parallax::claims {
namespace {

struct Weight {
    LinkFeature feature;
    double weight;
};

// Why these weights (docs/claims.md, "The scoring model"):
// - A matched sentence with the numbers at one place of the diff is a reprint or a rewrite of one
//   sentence: on its own enough for a firm claim.
// - What is counted and what happened are each half of a fact; both together reach the join
//   threshold, and a subject, a named place or like wording around the number make it firm.
// - A unit alone ("km", "hours", "dollars") says least: it joins only with wording around the
//   numbers that is alike, and stays a "possible" claim unless more evidence comes.
// - One side naming what happened and the other not is weak evidence against.
// - Two measures of one named thing ("a 10-metre dhow", "a 24- to 30-foot dhow") weigh as a shared
//   verb with its unit (SameEvent and UnitAndEvent): a measure has no verb of its own.
constexpr Weight kWeights[] = {
    {LinkFeature::MatchedSentence, 1.5}, {LinkFeature::ParaphraseMatch, 0.75},
    {LinkFeature::AlignedInDiff, 1.5},   {LinkFeature::SameUnit, 1.0},
    {LinkFeature::OneKindUnit, 0.75},    {LinkFeature::OneDimension, 1.0},
    {LinkFeature::SameEvent, 1.0},       {LinkFeature::SameSubject, 1.0},
    {LinkFeature::SamePlace, 0.5},       {LinkFeature::SameOccasion, 0.5},
    {LinkFeature::EventFilledIn, 0.5},   {LinkFeature::OneVerbMissing, -0.5},
    {LinkFeature::BothVerbless, 0.5},    {LinkFeature::DistinctiveUnit, 0.5},
    {LinkFeature::UnitAndEvent, 0.5},    {LinkFeature::SameMeasured, 1.5},
};

constexpr double kContextWeight = 2.0;

} // namespace

double linkScore(const LinkEvidence& evidence) {
    double score = kContextWeight * evidence.context;
    for (const Weight& w : kWeights)
        if (evidence.has(w.feature))
            score += w.weight;
    if (onlyTheShape(evidence))
        score = std::min(score, kFirmScore - kBelowFirm);
    return score;
}

bool onlyTheShape(const LinkEvidence& evidence) {
    constexpr quint32 shared = quint32(LinkFeature::MatchedSentence) | quint32(LinkFeature::ParaphraseMatch) |
                               quint32(LinkFeature::SameSubject) | quint32(LinkFeature::SamePlace) |
                               quint32(LinkFeature::SameOccasion);
    return evidence.context <= 0 && (evidence.features & shared) == 0;
}

double closeValuesBonus(double a, double b) {
    const double larger = std::max(std::abs(a), std::abs(b));
    if (larger <= 0 || a == b || (a < 0) != (b < 0))
        return 0;
    return std::abs(a - b) / larger <= kCloseValueGap ? kCloseValuesBonus : 0;
}

double confidenceOfScore(double score) {
    const double span = 2 * (kFirmScore - kJoinScore);
    return std::clamp((score - kJoinScore) / span, 0.0, 1.0);
}

QStringList describeEvidence(quint32 features, double context, const QString& unit, const QString& event,
                             const QString& subject, const QString& place, const QStringList& nouns) {
    auto has = [&](LinkFeature f) { return (features & quint32(f)) != 0; };
    QStringList out;
    if (has(LinkFeature::MatchedSentence) || has(LinkFeature::ParaphraseMatch)) {
        const QString what = has(LinkFeature::MatchedSentence) ? QStringLiteral("matched sentence")
                                                               : QStringLiteral("paraphrased sentence");
        out << (has(LinkFeature::AlignedInDiff) ? what + QStringLiteral(", number in the same place") : what);
    }
    if (has(LinkFeature::SameSubject) && !subject.isEmpty())
        out << QStringLiteral("same subject '%1'").arg(subject);
    if (has(LinkFeature::SameUnit) && unit == u"age")
        out << QStringLiteral("both an age");
    else if (const QStringView currency = lexicon::currencyName(unit);
             has(LinkFeature::SameUnit) && !currency.isEmpty())
        out << QStringLiteral("both in %1").arg(currency);
    else if (has(LinkFeature::SameUnit) && !unit.isEmpty())
        out << QStringLiteral("counted noun '%1'").arg(unit);
    if (has(LinkFeature::OneKindUnit) && nouns.size() > 1)
        out << QStringLiteral("'%1' name one kind of thing").arg(nouns.join(QStringLiteral("', '")));
    else if (has(LinkFeature::OneKindUnit) && !unit.isEmpty())
        out << QStringLiteral("counted nouns of one kind ('%1' and others)").arg(unit);
    if (has(LinkFeature::OneDimension) && nouns.size() > 1)
        out << QStringLiteral("one measure in two units ('%1')").arg(nouns.join(QStringLiteral("', '")));
    else if (has(LinkFeature::OneDimension))
        out << QStringLiteral("one measure in two units");
    if (has(LinkFeature::SameEvent) && !event.isEmpty())
        out << QStringLiteral("verb or event '%1'").arg(event);
    if (has(LinkFeature::SameMeasured) && !event.isEmpty()) // a measure's event is its head
        out << (lexicon::currencyName(unit).isEmpty() ? QStringLiteral("both measure the %1")
                                                      : QStringLiteral("both the value of the %1"))
                   .arg(event);
    if (has(LinkFeature::EventFilledIn) && !event.isEmpty())
        out << QStringLiteral("the story's only '%1' of that unit").arg(event);
    if (has(LinkFeature::SamePlace) && !place.isEmpty())
        out << QStringLiteral("same place '%1'").arg(place);
    if (has(LinkFeature::SameOccasion))
        out << QStringLiteral("same occasion");
    if (context >= 0.2)
        out << QStringLiteral("similar words around the number (%1)").arg(context, 0, 'f', 2);
    return out;
}

} // namespace parallax::claims
