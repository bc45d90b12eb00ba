#include "claims/MentionFacts.h"

#include "claims/Occasions.h"
#include "claims/Predicates.h"
#include "reuse/ContentWords.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace parallax::claims {
namespace {

using Kind = NumberMention::Kind;

QSet<QString> setOf(std::initializer_list<const char*> words) {
    QSet<QString> s;
    for (const char* w : words)
        s.insert(QString::fromLatin1(w));
    return s;
}

// Nouns for people in general. "One man was killed" and "killing one person" are one fact; roles
// ("firefighters", "residents", "crew members") stay units of their own.
const QSet<QString>& peopleNouns() {
    static const QSet<QString> s = setOf({"people", "person", "persons", "other", "others", "individual",
                                          "individuals", "man", "men", "woman", "women"});
    return s;
}

// Spellings of one unit of measurement.
const QHash<QString, QString>& unitAliases() {
    static const QHash<QString, QString> m = [] {
        const char* const rows[][2] = {
            {"kilometre", "km"}, {"kilometres", "km"},  {"kilometer", "km"},   {"kilometers", "km"},
            {"metre", "m"},      {"metres", "m"},       {"meter", "m"},        {"meters", "m"},
            {"mile", "mile"},    {"miles", "mile"},     {"hours", "hour"},     {"hr", "hour"},
            {"hrs", "hour"},     {"h", "hour"},         {"minutes", "minute"}, {"min", "minute"},
            {"mins", "minute"},  {"seconds", "second"}, {"days", "day"},       {"weeks", "week"},
            {"months", "month"}, {"years", "year"},     {"litre", "litre"},    {"litres", "litre"},
            {"liter", "litre"},  {"liters", "litre"},   {"l", "litre"},        {"tonnes", "tonne"},
            {"t", "tonne"},      {"kilogram", "kg"},    {"kilograms", "kg"},   {"kilogramme", "kg"},
            {"percent", "%"},    {"per cent", "%"},     {"pc", "%"},
        };
        QHash<QString, QString> h;
        for (const auto& r : rows)
            h.insert(QString::fromLatin1(r[0]), QString::fromLatin1(r[1]));
        return h;
    }();
    return m;
}

// Nouns naming something that lasts, for a duration with no noun of its own ("sirens blared for
// more than eight hours as waves of attacks targeted Kyiv"). "call" is left out on purpose: "11 hours
// after the first call" measures from the call, not the call's length.
const QSet<QString>& eventKeys() {
    static const QSet<QString> s = [] {
        QSet<QString> keys;
        for (const char* w : {"attack",      "raid",     "assault",  "strike",    "airstrike", "barrage",
                              "bombardment", "bombing",  "shelling", "onslaught", "blaze",     "fire",
                              "war",         "conflict", "fighting", "siege",     "storm",     "blackout",
                              "outage",      "curfew",   "battle",   "offensive", "protest",   "standoff",
                              "lockdown",    "closure",  "flight",   "search",    "operation"})
            keys.insert(contentUnit(QString::fromLatin1(w), false));
        return keys;
    }();
    return s;
}

// Words a verb may stand behind when the number is its object: "launched a record-breaking 550".
const QSet<QString>& objectFiller() {
    static const QSet<QString> s = setOf({"a",          "an",      "the",        "record",  "recordbreaking",
                                          "total",      "of",      "estimated",  "further", "another",
                                          "additional", "some",    "reportedly", "also",    "whopping",
                                          "staggering", "massive", "least",      "at",      "more",
                                          "than",       "over",    "nearly",     "almost",  "about",
                                          "around",     "up",      "to",         "as",      "many",
                                          "much"});
    return s;
}

// Words that open a clause of their own: a verb after them is not the number's.
const QSet<QString>& clauseOpeners() {
    static const QSet<QString> s =
        setOf({"that", "which", "who", "when", "where", "while", "after", "before", "because", "but", "as",
               "if", "said", "says", "although", "since", "until", "though", "whereas"});
    return s;
}

// Verbs that say an attack used something: "the attack involved more than 550 drones".
const QSet<QString>& attackUseVerbs() {
    static const QSet<QString> s = setOf({"involved", "included", "used", "featured", "comprised", "saw"});
    return s;
}

// A "unit" the extractor read from a verb or a pronoun ("injuring 17 others" -> "injuring", "Warehouse
// 7 itself" -> "itself") counts nothing: the claims stage reads the number as having no unit.
bool isMisreadUnit(const QString& unit) {
    static const QSet<QString> pronouns = setOf({"itself", "themselves", "himself", "herself", "it", "them",
                                                 "they", "this", "that", "these", "those", "which", "who"});
    const QString u = unit.toLower();
    return pronouns.contains(u) || !predicateOfWord(u).isEmpty();
}

// "Route 12", "Warehouse 7": digits right after a capitalised label word are a name, even where the
// extractor counted them. Words that open a sentence or hedge a number are not labels.
bool afterLabel(const SentenceWords& w, int first) {
    static const QSet<QString> notLabels = setOf(
        {"the",     "a",     "an",     "of",    "about", "around",  "some",      "nearly",        "almost",
         "over",    "at",    "in",     "on",    "by",    "for",     "with",      "from",          "up",
         "only",    "just",  "more",   "fewer", "less",  "exactly", "roughly",   "approximately", "another",
         "all",     "and",   "but",    "to",    "as",    "than",    "under",     "below",         "above",
         "between", "after", "before", "since", "until", "another", "its",       "their",         "his",
         "her",     "our",   "some",   "and",   "or",    "then",    "while",     "when",          "if",
         "so",      "yet",   "still",  "also",  "even",  "another", "estimated", "record",        "total",
         "least",   "most",  "no",     "not",   "nor",   "every",   "each"});
    if (first <= 0 || w.breakBefore(first) || !w.numeric(first) || !w.capitalised(first - 1) ||
        w.possessive(first - 1)) // "six of Kyiv's 10 districts"
        return false;
    return !notLabels.contains(w.key(first - 1)) && !w.numeric(first - 1);
}

QString unitKeyOf(const QString& unit) {
    const QString u = unit.toLower();
    if (u.isEmpty())
        return {};
    if (peopleNouns().contains(u))
        return QStringLiteral("people");
    if (const auto it = unitAliases().constFind(u); it != unitAliases().constEnd())
        return *it;
    QStringList parts;
    for (const QString& word : u.split(u' ', Qt::SkipEmptyParts)) {
        const QString stem = contentUnit(foldSpelling(word), false);
        parts << (stem.isEmpty() ? word : stem);
    }
    return parts.join(u' ');
}

QString kindKeyOf(Kind kind) {
    switch (kind) {
    case Kind::Money:
        return QStringLiteral("money");
    case Kind::Percent:
        return QStringLiteral("percent");
    case Kind::Fraction:
        return QStringLiteral("fraction");
    default:
        return QStringLiteral("quantity");
    }
}

Span absolute(Span relative, const SentenceWords& w) {
    const qsizetype base = w.sentenceSpan().start;
    return {relative.start + base, relative.end + base};
}

// One mention while the sentence is read.
struct Reading {
    const NumberMention* m = nullptr;
    int first = 0, last = -1, nounLast = -1, qualFirst = -1;
    int containerOf = -1; // index of the part when this is the whole ("72 out of 550")
    int partOf = -1;      // index of the whole when this is the part
    bool fronted = false; // "Of the 550 drones launched overnight, 72 ...": the whole has its own verb
    bool peopleByPartitive = false; // "twelve of the wounded", "Of the injured, twelve ..."
    bool label = false;             // digits naming something ("Warehouse 7"): not a quantity
    QString unit;
    QString predicate;
    bool predicateFromObject = false; // found before the number ("launched 550"): lists share it
    QString agent;
};

int readingAt(const std::vector<Reading>& r, int word) {
    for (size_t i = 0; i < r.size(); ++i)
        if (word >= r[i].first && word <= r[i].nounLast)
            return int(i);
    return -1;
}

// Marks "N (out) of (the|a) (record) M ...": M is the whole, N the part. Also the fronted "Of the M
// X ..., N ...".
void findWholes(const SentenceWords& w, std::vector<Reading>& r) {
    for (size_t j = 0; j < r.size(); ++j) {
        int i = r[j].first - 1;
        while (i >= 0 && !w.breakBefore(i + 1) &&
               (w.key(i) == u"the" || w.key(i) == u"a" || w.key(i) == u"record" ||
                w.key(i) == u"recordbreaking"))
            --i;
        if (i < 0 || w.key(i) != u"of" || w.breakBefore(i + 1))
            continue;
        if (i == 0 || w.breakBefore(i)) {
            // Fronted: the part is the first number of the next clause.
            int next = r[j].nounLast + 1;
            while (next < w.size() && !w.breakBefore(next))
                ++next;
            for (size_t p = 0; p < r.size(); ++p)
                if (r[p].first >= next && r[p].first <= next + 1 && r[p].partOf < 0) {
                    r[j].containerOf = int(p);
                    r[j].fronted = true;
                    r[p].partOf = int(j);
                    break;
                }
            continue;
        }
        const int before = w.key(i - 1) == u"out" && i >= 2 ? i - 2 : i - 1;
        const int p = readingAt(r, before);
        if (p >= 0 && p != int(j) && r[size_t(p)].partOf < 0) {
            r[j].containerOf = p;
            r[size_t(p)].partOf = int(j);
        }
    }
}

// The verb the number is the object of: "killing one person", "fired eleven missiles".
QString predicateBefore(const SentenceWords& w, const Reading& m, int& verb) {
    int i = (m.qualFirst >= 0 ? std::min(m.qualFirst, m.first) : m.first) - 1;
    for (int skipped = 0; i >= 0 && skipped < 4 && !w.breakBefore(i + 1) && objectFiller().contains(w.key(i));
         ++skipped)
        --i;
    if (i < 0 || w.breakBefore(i + 1))
        return {};
    verb = i;
    const QString p = predicateOfWord(w.key(i));
    if (!p.isEmpty())
        return p;
    if (attackUseVerbs().contains(w.key(i))) {
        const QString attack = contentUnit(QStringLiteral("attack"), false);
        for (int k = std::max(0, i - 3); k < i; ++k)
            if (contentUnit(w.key(k), false) == attack)
                return QStringLiteral("launched");
    }
    return {};
}

// The verb the number is the subject of: "23 people were injured", "twelve of the wounded needed
// hospital treatment", "72 out of 550 drones and missiles hit their targets".
QString predicateAfter(const SentenceWords& w, const std::vector<Reading>& r, size_t self,
                       bool& partitivePeople, int& verb) {
    const Reading& m = r[self];
    int i = m.nounLast + 1;
    for (int steps = 0; i < w.size() && steps < 8 && !w.breakBefore(i); ++steps) {
        const int other = readingAt(r, i);
        if (other >= 0 && other != int(self)) {
            if (other != m.partOf)
                return {};
            i = r[size_t(other)].nounLast + 1; // read on past the whole: "72 of the 550 drones hit"
            continue;
        }
        const QString& k = w.key(i);
        // "of the wounded", "of whom": the group the number is taken from, not its verb.
        if (k == u"of" && i + 1 < w.size()) {
            if (w.key(i + 1) == u"whom" || w.key(i + 1) == u"them" || w.key(i + 1) == u"those") {
                i += 2;
                continue;
            }
            if (w.key(i + 1) == u"the" && i + 2 < w.size() &&
                isPeoplePredicate(predicateOfWord(w.key(i + 2)))) {
                partitivePeople = true;
                i += 3;
                continue;
            }
        }
        if (clauseOpeners().contains(k))
            return {};
        const PredicateMatch p = predicateAt(w, i);
        if (!p.predicate.isEmpty()) {
            verb = p.last;
            return p.predicate;
        }
        ++i;
    }
    return {};
}

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

// What a percentage is of: "40% of Caddoran's fertiliser imports" -> fertiliser.
QString percentOf(const SentenceWords& w, int nounLast, QString& text) {
    int i = nounLast + 1;
    if (i >= w.size() || w.key(i) != u"of" || w.breakBefore(i))
        return {};
    ++i;
    static const QSet<QString> skip = setOf({"the", "a", "an", "all", "its", "their", "his", "her", "our"});
    for (int steps = 0; i < w.size() && steps < 4 && !w.breakBefore(i); ++steps, ++i) {
        if (skip.contains(w.key(i)) || (w.capitalised(i) && w.possessive(i)))
            continue;
        if (w.numeric(i))
            return {};
        text = w.text(i).toString();
        const QString key = contentUnit(foldSpelling(w.key(i)), false);
        return key.isEmpty() ? w.key(i) : key;
    }
    return {};
}

// Who did it, when the sentence names them next to the verb: "Russia launched 550 drones",
// "Russia also fired eleven missiles", "550 drones were launched by Russia". The last capitalised
// word of the name; empty when none is there.
QString agentOf(const SentenceWords& w, int verb, bool verbBeforeNumber,
                const std::vector<PlaceName>& places) {
    // "an attack on the region of Rostov killed one person": a place ending the subject is where,
    // not who.
    auto isPlace = [&](int i) {
        return std::any_of(places.begin(), places.end(),
                           [i](const PlaceName& p) { return i >= p.first && i <= p.last; });
    };
    static const QSet<QString> between = setOf({"also", "has", "have", "had", "reportedly", "allegedly",
                                                "then", "again", "later", "earlier", "previously", "just"});
    static const QSet<QString> notNames =
        setOf({"the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "there", "officials",
               "according", "but", "and", "in"});
    if (verb < 0)
        return {};
    if (verbBeforeNumber) {
        int i = verb - 1;
        for (int skipped = 0; i >= 0 && skipped < 2 && !w.breakBefore(i + 1) && between.contains(w.key(i));
             ++skipped)
            --i;
        if (i < 0 || w.breakBefore(i + 1) || !w.capitalised(i) || w.numeric(i) ||
            notNames.contains(w.key(i)) || isPlace(i))
            return {};
        return w.text(i).toString().remove(QStringLiteral("'s")).remove(QStringLiteral("’s"));
    }
    int i = verb + 1;
    if (i + 1 < w.size() && w.key(i) == u"by" && !w.breakBefore(i + 1) && w.capitalised(i + 1) &&
        !notNames.contains(w.key(i + 1))) {
        while (i + 2 < w.size() && !w.breakBefore(i + 2) && w.capitalised(i + 2))
            ++i;
        return isPlace(i + 1) ? QString() : w.text(i + 1).toString();
    }
    return {};
}

// "a further 5", "another 14", "five more people": an increment, not the count itself.
bool isIncrement(const SentenceWords& w, int first, int last) {
    static const QSet<QString> before = setOf({"further", "another", "additional"});
    static const QSet<QString> after = setOf({"more", "further", "additional", "extra"});
    if (first > 0 && !w.breakBefore(first) && before.contains(w.key(first - 1)))
        return true;
    return last + 1 < w.size() && !w.breakBefore(last + 1) && after.contains(w.key(last + 1));
}

} // namespace

bool isDurationUnit(const QString& unitKey) {
    static const QSet<QString> s = setOf({"second", "minute", "hour", "day", "week", "month", "year"});
    return s.contains(unitKey);
}

std::vector<MentionFacts> readMentions(const SentenceWords& w, const std::vector<NumberMention>& mentions,
                                       const std::vector<PlaceName>& places, const PlaceLinks& links,
                                       const ArticlePlaces& context, bool contextIsArticle, int doc) {
    std::vector<Reading> r(mentions.size());
    for (size_t i = 0; i < mentions.size(); ++i) {
        const NumberMention& m = mentions[i];
        Reading& x = r[i];
        x.m = &m;
        std::tie(x.first, x.last) = w.wordsOf(absolute(m.span, w));
        x.nounLast = x.last;
        x.unit = isMisreadUnit(m.unit) ? QString() : m.unit;
        if (!m.unitSpan.isEmpty() && !x.unit.isEmpty()) {
            const auto [uf, ul] = w.wordsOf(absolute(m.unitSpan, w));
            if (uf <= ul && uf >= x.first && ul - x.last <= 4) // a unit written after the value
                x.nounLast = std::max(x.nounLast, ul);
        }
        if (!m.qualifierSpan.isEmpty())
            x.qualFirst = w.wordsOf(absolute(m.qualifierSpan, w)).first;
        // "killing one person and injuring 17 others": when the extractor's unit was a misread,
        // a word for people right after the number still says what is counted.
        if (x.unit.isEmpty() && x.last >= 0 && x.last + 1 < w.size() && !w.breakBefore(x.last + 1) &&
            peopleNouns().contains(w.key(x.last + 1))) {
            x.unit = QStringLiteral("people");
            x.nounLast = x.last + 1;
        }
        x.label = afterLabel(w, x.first);
    }
    // "Of the injured, twelve were taken to hospital, where two remained ...": every bare count of
    // the sentence is taken from the injured, so counts people.
    const bool ofPeople = w.size() > 3 && w.key(0) == u"of" && w.key(1) == u"the" &&
                          isPeoplePredicate(predicateOfWord(w.key(2))) && w.breakBefore(3);
    if (ofPeople)
        for (Reading& x : r)
            x.peopleByPartitive = x.unit.isEmpty();
    findWholes(w, r);

    // Verbs: the object reading first ("killed one man and injured 19 people": "one man" belongs to
    // "killed", not to the "injured" after it), then the subject reading, then lists ("launched 550
    // drones and 11 missiles"), then wholes, then the extractor's own reading.
    for (size_t i = 0; i < r.size(); ++i) {
        Reading& x = r[i];
        if (x.first > x.last || (x.containerOf >= 0 && !x.fronted))
            continue;
        int verb = -1;
        x.predicate = predicateBefore(w, x, verb);
        x.predicateFromObject = !x.predicate.isEmpty();
        if (x.predicate.isEmpty()) {
            bool partitive = false;
            verb = -1;
            x.predicate = predicateAfter(w, r, i, partitive, verb);
            x.peopleByPartitive = x.peopleByPartitive || partitive;
        }
        if (!x.predicate.isEmpty())
            x.agent = agentOf(w, verb, x.predicateFromObject, places);
        if (x.predicate.isEmpty() && i > 0) {
            const Reading& prev = r[i - 1];
            const int gap = (x.qualFirst >= 0 ? std::min(x.qualFirst, x.first) : x.first) - prev.nounLast;
            const bool listed = prev.predicateFromObject && gap >= 1 && gap <= 2 &&
                                !w.breakBefore(prev.nounLast + 1) &&
                                (gap == 1 || w.key(prev.nounLast + 1) == u"and");
            if (listed) {
                x.predicate = prev.predicate;
                x.predicateFromObject = true;
                x.agent = prev.agent;
            }
        }
    }
    for (Reading& x : r) {
        if (x.partOf >= 0 && x.unit.isEmpty())
            x.unit = r[size_t(x.partOf)].unit; // "72 of the 550 drones"
        if (x.containerOf >= 0 && x.unit.isEmpty())
            x.unit = r[size_t(x.containerOf)].unit;
    }
    for (Reading& x : r) {
        // The whole that some were intercepted from or that hit is the number launched.
        const QString part = x.containerOf >= 0 ? r[size_t(x.containerOf)].predicate : QString();
        if (x.predicate.isEmpty() && (part == u"intercepted" || part == u"hit"))
            x.predicate = QStringLiteral("launched");
        if (x.predicate.isEmpty() && !x.m->predicate.isEmpty() && x.containerOf < 0)
            x.predicate = predicateOfWord(x.m->predicate.toLower());
    }

    const std::vector<OccasionCue> cues = findOccasionCues(w);
    std::vector<MentionFacts> out;
    for (const Reading& x : r) {
        const NumberMention& m = *x.m;
        if (!isComparableQuantity(m.kind) || x.first > x.last || x.label)
            continue;
        MentionFacts f;
        f.doc = doc;
        f.sentence = w.sentence();
        f.mention = &m;
        f.span = absolute(m.span, w);
        f.first = x.first;
        f.last = x.last;
        f.nounLast = x.nounLast;
        f.container = x.containerOf >= 0;
        f.kindKey = kindKeyOf(m.kind);
        f.unitText = x.unit;
        f.predicate = x.predicate;
        if (f.unitText.isEmpty() && m.kind == Kind::Count &&
            (x.peopleByPartitive || isPeoplePredicate(f.predicate)))
            f.unitText = QStringLiteral("people");
        f.unitKey = m.kind == Kind::Percent ? QStringLiteral("%") : unitKeyOf(f.unitText);
        if (isDurationUnit(f.unitKey)) {
            f.predicate = lastedPredicate;
            if (!m.head.isEmpty()) {
                f.headText = m.head;
                f.event = contentUnit(foldSpelling(m.head.toLower()), false);
            } else {
                f.event = nearestEvent(w, x.first, x.nounLast, f.headText);
            }
        } else if (m.kind == Kind::Percent) {
            f.event = percentOf(w, x.nounLast, f.headText);
            if (f.event.isEmpty() && !m.head.isEmpty()) {
                f.headText = m.head;
                f.event = contentUnit(foldSpelling(m.head.toLower()), false);
            }
        } else {
            f.event = f.predicate;
            f.headText = m.head;
        }
        f.occasion = isIncrement(w, x.qualFirst >= 0 ? std::min(x.qualFirst, x.first) : x.first, x.last)
                         ? QStringLiteral("further")
                         : occasionOf(w, cues, x.first, x.nounLast);
        f.agentText = x.agent;
        f.agent = x.agent.toCaseFolded();
        // Shown: the nearest place, passing over a possessive that holds a nearer-named one
        // ("Ukraine's capital, Kyiv" is in Kyiv).
        // The places of the number's own clause ("23 people were injured in Kyiv, and two were
        // killed in Kharkiv"), else of its sentence, but never across the end of a sentence the
        // segmenter glued on; else the caller's context (the article's places).
        const auto bounds = [&](auto isBreak) {
            int from = x.first;
            while (from > 0 && !isBreak(from))
                --from;
            int to = x.nounLast + 1;
            while (to < w.size() && !isBreak(to))
                ++to;
            return std::pair{from, to};
        };
        const auto clause = bounds([&](int k) { return w.breakBefore(k); });
        const auto segment = bounds([&](int k) { return w.strongBreakBefore(k); });
        auto inside = [](const PlaceName& p, std::pair<int, int> range) {
            return p.first >= range.first && p.first < range.second;
        };
        const bool clauseHasPlace =
            std::any_of(places.begin(), places.end(), [&](const PlaceName& p) { return inside(p, clause); });
        const std::pair<int, int> scope = clauseHasPlace ? clause : segment;
        // With them, the sentence's places the text relates to them: "in Ukraine's capital, Kyiv".
        auto inScope = [&](const PlaceName& p) {
            if (inside(p, scope))
                return true;
            return std::any_of(places.begin(), places.end(), [&](const PlaceName& q) {
                return inside(q, scope) && links.related(q.key, p.key);
            });
        };
        int nearest = 1 << 30;
        for (const PlaceName& p : places) {
            if (!inScope(p))
                continue;
            f.places << p.key;
            f.placeTexts << p.text;
            const int d = std::abs(p.last < x.first ? x.first - p.last : p.first - x.nounLast) +
                          (w.possessive(p.last) && places.size() > 1 ? 1000 : 0);
            if (d < nearest) {
                nearest = d;
                f.placeText = p.text;
            }
        }
        if (f.places.isEmpty()) {
            f.places = context.keys;
            f.placeTexts = context.texts;
            f.articlePlaces = contextIsArticle;
            if (!contextIsArticle)
                f.placeText = context.texts.value(0);
        }
        out.push_back(f);
    }
    return out;
}

} // namespace parallax::claims
