#include "claims/ClaimLabels.h"

#include "claims/CountedNouns.h"
#include "claims/MentionFacts.h"
#include "claims/Predicates.h"
#include "lexicon/Calendar.h"
#include "lexicon/Currencies.h"
#include "lexicon/NounSenses.h"
#include "lexicon/Plurals.h"
#include "lexicon/UnitSpellings.h"
#include "reuse/ContentWords.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace parallax::claims {
namespace {

// Words of a synonym group are shown by one name: a raid, an assault and an airstrike are all the
// "attack"; a blaze is the "fire". A strike keeps its name: as often a walkout ("a 24-hour general
// strike") as an attack, and the label must not say which the text does not.
QString eventName(const QString& head) {
    const QString written = head.toLower();
    if (written == u"strike" || written == u"strikes")
        return QStringLiteral("strike");
    const QString key = contentUnit(written, false);
    if (key == contentUnit(QStringLiteral("attack"), false))
        return QStringLiteral("attack");
    if (key == contentUnit(QStringLiteral("fire"), false))
        return QStringLiteral("fire");
    if (key == contentUnit(QStringLiteral("war"), false))
        return QStringLiteral("war");
    // "consultations ... performed for 35 years": a consultation's length. WordNet keeps nouns it
    // lists in the plural ("talks", "glasses") as they are.
    const QString singular = lexicon::nounLemma(written);
    return singular.isEmpty() ? written : singular;
}

QString occasionName(const QString& occasion) {
    if (occasion.isEmpty())
        return {};
    if (occasion == u"earlier")
        return QStringLiteral(" (earlier)");
    if (occasion == u"ago")
        return {}; // in the base label: "time since attack"
    if (occasion.front().isDigit())
        return QStringLiteral(" (in %1)").arg(occasion);
    if (lexicon::isMonthName(occasion))
        return QStringLiteral(" (%1)").arg(occasion.front().toUpper() + occasion.mid(1));
    return QStringLiteral(" (%1)").arg(occasion); // "further", "this year"
}

QString baseLabel(const Claim& c) {
    // An age is always someone's (AgeOwner.h): "age of Tara Reid".
    if (c.unit == u"age" && !c.agent.isEmpty())
        return QStringLiteral("age of ") + c.agent;
    const QString predicate = predicateLabel(c.predicate, c.unit);
    if (c.predicate == lastedPredicate && c.occasion == u"ago")
        return c.head.isEmpty() ? QStringLiteral("time elapsed")
                                : QStringLiteral("time since ") + eventName(c.head);
    // A person's state that lasted ("hospitalized for three weeks"): "time hospitalised".
    if (c.predicate == lastedPredicate && isPeoplePredicate(c.head))
        return QStringLiteral("time ") + c.head;
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
    // An abbreviation the list explains names the claim by the list's head: "KO" is a knockout
    // (counted-nouns.txt), so "knockouts". Words stay as the articles write them ("workers").
    const QString head = c.unit.size() <= 3 ? sameThingHead(c.unit) : QString();
    QString label = c.unit.isEmpty() ? QStringLiteral("number") : pluralOf(head.isEmpty() ? c.unit : head);
    // A measure is named by what it measures, never by a verb near it: "depth (km)", "earthquake
    // magnitude", not "distance (km) on target".
    // "five buildings away" (lib/numbers: a street length) is a distance too: "distance (buildings)".
    if (dimension == u"length" || c.head == u"distance")
        return (c.head.isEmpty() ? QStringLiteral("distance") : c.head.toLower()) +
               QStringLiteral(" (%1)").arg(label);
    if (dimension == u"other" && !c.unit.isEmpty())
        return c.head.isEmpty() ? c.unit : c.head.toLower() + u' ' + c.unit;
    if (dimension == u"mass" && c.head.compare(u"weight", Qt::CaseInsensitive) == 0)
        return QStringLiteral("weight (%1)").arg(label); // a person's (UnitAttachment.cpp)
    if ((dimension == u"mass" || dimension == u"volume") && !c.head.isEmpty())
        label += QStringLiteral(" of ") + c.head.toLower(); // "tonnes of fertiliser"
    else if (!c.head.isEmpty() && !c.unit.isEmpty())
        label = c.head.toLower() + u' ' + label; // "building storeys"
    if (!predicate.isEmpty())
        label += u' ' + predicate;
    return label;
}

// Whether a word of the text can tell a claim from another of its label: a word with content
// (not "the", "said"), not a number or an order ("three", "million", "first"), not a word of
// degree ("least", "already"), not an adjective or adverb alone, and not the claim's own unit.
bool tellsApart(const QString& key, const QString& unit) {
    // ContentWords drops function words ("more", "only", "other") and reads numbers as "#N".
    static const QSet<QString> vague = {
        u"half"_qs,          u"dozen"_qs,    u"quarter"_qs,  u"couple"_qs,    u"least"_qs,    u"first"_qs,
        u"second"_qs,        u"third"_qs,    u"last"_qs,     u"next"_qs,      u"past"_qs,     u"plus"_qs,
        u"minus"_qs,         u"nearly"_qs,   u"almost"_qs,   u"already"_qs,   u"ever"_qs,     u"something"_qs,
        u"anything"_qs,      u"nothing"_qs,  u"thing"_qs,    u"things"_qs,    u"ones"_qs,     u"lot"_qs,
        u"lots"_qs,          u"dozens"_qs,   u"hundreds"_qs, u"thousands"_qs, u"millions"_qs, u"billions"_qs,
        u"time"_qs,          u"times"_qs,    u"number"_qs,   u"total"_qs,     u"year-old"_qs, u"roughly"_qs,
        u"approximately"_qs, u"possibly"_qs, u"perhaps"_qs,  u"despite"_qs,   u"seems"_qs,    u"like"_qs};
    const QString content = contentUnit(key, false);
    if (vague.contains(key) || content.isEmpty() || content.startsWith(u'#'))
        return false;
    if (!unit.isEmpty() && (key == unit || key == pluralOf(unit)))
        return false;
    return !lexicon::knownOnlyAsNonNoun(key) || lexicon::knownOnlyAsVerb(key);
}

} // namespace

QString pluralOf(const QString& noun) {
    // Symbols and abbreviations ("km", "mph", "°C", "USD") stay as written.
    static const QSet<QString> same = {"km", "m", "kg", "%", "mph", "sq", "cm", "mm", "ft"};
    if (noun.isEmpty() || same.contains(noun) || noun.size() <= 2 || noun.front().isUpper())
        return noun;
    // A symbol of a unit ("km/h", "m/s", "°C", "mAh", "kWh") has no plural: "km/hs" is no word.
    for (QChar ch : noun)
        if ((!ch.isLetter() && ch != u' ' && ch != u'-' && !ch.isDigit()) || ch.isUpper())
            return noun;
    // A model's name, kept lower-case as a key ("ak-47", "f-16", "m16"): "AK-47s", "F-16s".
    if (const QString display = displayUnit(noun); display != noun)
        return display + u's';
    // A noun in -s is taken as plural already ("others"), unless it is a word in -ss.
    if (noun.endsWith(u's') && !noun.endsWith(u"ss"))
        return noun;
    // Two nouns counted together ("of which 473": drones and missiles) each take the plural.
    if (const qsizetype both = noun.indexOf(u" and "); both > 0)
        return pluralOf(noun.left(both)) + QStringLiteral(" and ") + pluralOf(noun.sliced(both + 5));
    // The last word takes the plural: "crew members", "square feet".
    const qsizetype space = noun.lastIndexOf(u' ');
    return noun.left(space + 1) + lexicon::pluralOf(QStringView(noun).sliced(space + 1));
}

QString displayUnit(const QString& unit) {
    static const QRegularExpression model(QStringLiteral("^([a-z]{1,3})(-?\\d+[a-z]{0,2})$"));
    const QRegularExpressionMatch m = model.match(unit);
    return m.hasMatch() ? m.captured(1).toUpper() + m.captured(2) : unit;
}

void labelClaims(std::vector<Claim>& claims, const ClaimCues& cues) {
    QHash<QString, int> uses;
    for (Claim& c : claims) {
        c.label = baseLabel(c) + occasionName(c.occasion);
        if (!c.source.isEmpty()) // "people marched (per police)"
            c.label += QStringLiteral(" (per %1)").arg(c.source);
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
    // Still shared: the first in list order keeps the label; each later one gets a word of its own
    // text beside its number, one no other claim of the label takes first: 'duration ("contract")'.
    if (cues) {
        uses.clear();
        for (const Claim& c : claims)
            ++uses[c.label];
        QHash<QString, QSet<QString>> taken; // label -> cue words given
        QHash<QString, QStringList> cueLists;
        for (const Claim& c : claims)
            if (uses.value(c.label) > 1)
                cueLists.insert(c.id, cues(c));
        QHash<QString, QHash<QString, int>> firstChoices; // label -> cue -> claims whose first it is
        for (const Claim& c : claims)
            if (const QStringList list = cueLists.value(c.id); !list.isEmpty())
                ++firstChoices[c.label][list.front()];
        QSet<QString> kept; // labels whose first claim keeps them plain
        for (Claim& c : claims) {
            if (uses.value(c.label) < 2)
                continue;
            const QString label = c.label;
            if (!kept.contains(label)) {
                kept.insert(label);
                continue;
            }
            for (const QString& word : cueLists.value(c.id)) {
                if (label.contains(word, Qt::CaseInsensitive) || taken[label].contains(word) ||
                    firstChoices[label].value(word) > 1)
                    continue;
                taken[label].insert(word);
                c.label += QStringLiteral(" (\u201c%1\u201d)").arg(word);
                break;
            }
        }
    }
    // Never two claims with one label: what nothing above tells apart is numbered, in list order
    // (the first keeps its label).
    QHash<QString, int> seen;
    for (Claim& c : claims) {
        const int n = ++seen[c.label];
        if (n > 1)
            c.label += QStringLiteral(" (claim %1)").arg(n);
    }
}

QStringList cueWords(const Claim& claim, const std::vector<Document>& docs) {
    constexpr int kWordsEachSide = 6;
    static const QRegularExpression word(QStringLiteral("[\\p{L}][\\p{L}'\u2019-]*"));
    static const QRegularExpression clauseEnd(QStringLiteral("[,;:()\u2014\u2013]"));
    for (const ClaimVariant& v : claim.variants) {
        if (v.sentence < 0 || v.doc < 0 || size_t(v.doc) >= docs.size())
            continue;
        const Document& doc = docs[size_t(v.doc)];
        if (size_t(v.sentence) >= doc.sentences.size())
            continue;
        const Span sentence = doc.sentences[size_t(v.sentence)].span;
        auto wordsIn = [&](qsizetype from, qsizetype to, bool backwards) {
            QStringList out;
            if (to <= from)
                return out;
            const QString text = doc.text.mid(from, to - from);
            // Only the number's clause: up to the first comma or bracket on that side.
            QString clause = text;
            if (backwards) {
                const qsizetype cut = clause.lastIndexOf(clauseEnd);
                if (cut >= 0)
                    clause = clause.mid(cut + 1);
            } else if (const qsizetype cut = clause.indexOf(clauseEnd); cut >= 0) {
                clause.truncate(cut);
            }
            for (auto it = word.globalMatch(clause); it.hasNext();)
                out << it.next().captured();
            if (backwards)
                std::reverse(out.begin(), out.end());
            return out.mid(0, kWordsEachSide);
        };
        const QStringList after = wordsIn(v.span.end, sentence.end, false);
        const QStringList before = wordsIn(sentence.start, v.span.start, true);
        QStringList cues;
        for (const QStringList* side : {&after, &before})
            for (const QString& w : *side) {
                QString key = w.toLower();
                key.replace(QChar(0x2019), u'\'');
                if (key.endsWith(u"'s"))
                    key.chop(2);
                while (key.endsWith(u'\'') || key.endsWith(u'-'))
                    key.chop(1);
                if (key.size() < 3 || cues.contains(key) || !tellsApart(key, claim.unit))
                    continue;
                cues << key;
            }
        return cues;
    }
    return {};
}

} // namespace parallax::claims
