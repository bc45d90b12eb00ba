#include "claims/SentenceReading.h"

#include "lexicon/Calendar.h"
#include "lexicon/LexiconFile.h"
#include "numbers/WordForms.h"

#include "claims/Predicates.h"
#include "reuse/ContentWords.h"

#include <QSet>

#include <algorithm>

namespace parallax::claims {
namespace {

// Nouns for people in general. "One man was killed" and "killing one person" are one fact; roles
// ("firefighters", "residents", "crew members") stay units of their own.
const QSet<QString>& peopleNounSet() {
    static const QSet<QString> s = lexicon::lexiconWords(u"people", u"people");
    return s;
}

// Words a verb may stand behind when the number is its object: "launched a record-breaking 550".
const QSet<QString>& objectFiller() {
    static const QSet<QString> s =
        wordSet({"a",          "an",      "the",        "record",  "recordbreaking",
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
        wordSet({"that", "which", "who", "when", "where", "while", "after", "before", "because", "but", "as",
                 "if", "said", "says", "although", "since", "until", "though", "whereas"});
    return s;
}

// Verbs that say an attack used something: "the attack involved more than 550 drones".
const QSet<QString>& attackUseVerbs() {
    static const QSet<QString> s = wordSet({"involved", "included", "used", "featured", "comprised", "saw"});
    return s;
}

int readingAt(const std::vector<NumberReading>& r, int word) {
    for (size_t i = 0; i < r.size(); ++i)
        if (word >= r[i].first && word <= r[i].nounLast)
            return int(i);
    return -1;
}

// Marks "N (out) of (the|a) (record) M ...": M is the whole, N the part. Also the fronted "Of the M
// X ..., N ...".
void findWholes(const SentenceWords& w, std::vector<NumberReading>& r) {
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
QString predicateBefore(const SentenceWords& w, const NumberReading& m, int& verb) {
    int i = (m.qualFirst >= 0 ? std::min(m.qualFirst, m.first) : m.first) - 1;
    for (int skipped = 0; i >= 0 && skipped < 4 && !w.breakBefore(i + 1) && objectFiller().contains(w.key(i));
         ++skipped)
        --i;
    if (i < 0 || w.breakBefore(i + 1))
        return {};
    verb = i;
    // "brought in over $363 million": a verb and its particle (verbs.txt lists them as two words).
    if (w.key(i) == u"in" && i > 0 && !w.breakBefore(i))
        if (const QString p = predicateOfWord(w.key(i - 1) + QStringLiteral(" in")); !p.isEmpty()) {
            verb = i - 1;
            return p;
        }
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
QString predicateAfter(const SentenceWords& w, const std::vector<NumberReading>& r, size_t self,
                       bool& partitivePeople, int& verb) {
    const NumberReading& m = r[self];
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

// Who did it, when the sentence names them next to the verb: "Russia launched 550 drones",
// "Russia also fired eleven missiles", "550 drones were launched by Russia", "New Democracy won 128
// seats". The whole capitalised name as written; empty when none is there.
QString agentOf(const SentenceWords& w, int verb, bool verbBeforeNumber,
                const std::vector<PlaceName>& places) {
    // "an attack on the region of Rostov killed one person": a place ending the subject is where,
    // not who.
    auto isPlace = [&](int i) {
        return std::any_of(places.begin(), places.end(),
                           [i](const PlaceName& p) { return i >= p.first && i <= p.last; });
    };
    static const QSet<QString> between = wordSet({"also", "has", "have", "had", "reportedly", "allegedly",
                                                  "then", "again", "later", "earlier", "previously", "just"});
    static const QSet<QString> notNames =
        wordSet({"the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "there", "officials",
                 "according", "but", "and", "in"});
    if (verb < 0)
        return {};
    if (verbBeforeNumber) {
        int i = verb - 1;
        for (int skipped = 0; i >= 0 && skipped < 2 && !w.breakBefore(i + 1) && between.contains(w.key(i));
             ++skipped)
            --i;
        // "The Social Democrats, led by Mira Hanski, won 55 seats": the subject before an aside set
        // off by commas just before the verb.
        bool pastAside = false;
        if (i > 0 && i == verb - 1 && w.breakBefore(verb) && !w.strongBreakBefore(verb)) {
            int open = i;
            while (open > 0 && !w.breakBefore(open))
                --open;
            constexpr int kLongestAside = 8;
            pastAside = open > 0 && verb - open <= kLongestAside && !w.strongBreakBefore(open);
            if (pastAside)
                i = open - 1;
        }
        // "Quake kills 127": an event is what did it, not who (resources/lexicon/events.txt).
        static const QSet<QString> events = lexicon::lexiconWords(u"events");
        if (i < 0 || (w.breakBefore(i + 1) && !pastAside) || !w.capitalised(i) || w.numeric(i) ||
            notNames.contains(w.key(i)) || isPlace(i) || events.contains(w.key(i)))
            return {};
        // The words of the name before its last: "New Democracy", "Islamic State".
        int first = i;
        while (first > 0 && !w.breakBefore(first) && w.capitalised(first - 1) && !w.numeric(first - 1) &&
               !notNames.contains(w.key(first - 1)) && !isPlace(first - 1) &&
               !lexicon::isMonthName(w.key(first - 1)) && !lexicon::isWeekday(w.key(first - 1)))
            --first;
        const Span name{w.token(first).span.start, w.token(i).span.end};
        return w.doc().textOf(name).toString().remove(QStringLiteral("'s")).remove(QStringLiteral("’s"));
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

// The name of capitalised words ending at word `nameEnd`, or empty when those words are no name:
// a lone capitalised word opening the sentence (unless `openerMayBeName`), a place, a month or a
// weekday.
QString nameEndingAt(const SentenceWords& w, int nameEnd, const std::vector<PlaceName>& places,
                     bool openerMayBeName = false) {
    if (nameEnd < 0 || !w.capitalised(nameEnd) || w.numeric(nameEnd))
        return {};
    auto isPlace = [&](int i) {
        return std::any_of(places.begin(), places.end(),
                           [i](const PlaceName& p) { return i >= p.first && i <= p.last; });
    };
    int nameFirst = nameEnd;
    while (nameFirst > 0 && !w.breakBefore(nameFirst) && w.capitalised(nameFirst - 1) &&
           !w.numeric(nameFirst - 1))
        --nameFirst;
    // A lone capitalised word opening the sentence is any word ("Yesterday, a ..."); months,
    // weekdays and places are when and where, not who.
    if (nameFirst == 0 && nameEnd == 0 && !openerMayBeName)
        return {};
    for (int i = nameFirst; i <= nameEnd; ++i)
        if (isPlace(i) || lexicon::isMonthName(w.key(i)) || lexicon::isWeekday(w.key(i)))
            return {};
    const Span name{w.token(nameFirst).span.start, w.token(nameEnd).span.end};
    return w.doc().textOf(name).toString();
}

// The person a number describes by apposition or a copula: "Russell, a 20-year veteran of the
// department", "Captain Tennant was a 28-year veteran". News states such numbers about several
// people side by side; whose each is keeps them apart. Empty when the words before the number are
// not "NAME, a" or "NAME was a".
QString describedPerson(const SentenceWords& w, int first, const std::vector<PlaceName>& places) {
    const int article = first - 1;
    if (article < 1 || (w.key(article) != u"a" && w.key(article) != u"an"))
        return {};
    int nameEnd = -1;
    if (w.breakBefore(article))
        nameEnd = article - 1; // "Russell, a 20-year veteran"
    else if ((w.key(article - 1) == u"was" || w.key(article - 1) == u"is") && !w.breakBefore(article - 1))
        nameEnd = article - 2; // "Tennant was a 28-year veteran"
    return nameEndingAt(w, nameEnd, places);
}

// "The Nationals have bid $160 million over eight years, the Orioles $150 million over seven
// years"; "Miller is averaging 15.5 points, Iguodala 14.9 points": a clause of a name and a number
// with its verb left out (gapping) shares the verb of the clause before, not its subject. The
// name opens the last clause before the number, after the verb, and some number of the earlier
// clause stands between the verb and it; no verb stands between the name and the number. Empty
// when the number is not in such a clause.
QString gappedSubject(const SentenceWords& w, int first, const std::vector<PlaceName>& places) {
    // Such a clause and the one before it are short; the bound keeps a pasted table of thousands
    // of numbers in one sentence linear.
    constexpr int kReach = 16;
    const int open = w.clauseAround(first, first).first;
    if (open <= 1 || first - open > kReach || !w.breakBefore(open))
        return {};
    int verb = open - 1;
    while (verb >= 0 && open - verb <= kReach && !numbers::looksLikeVerb(w.key(verb)) &&
           !w.strongBreakBefore(verb + 1))
        --verb;
    if (verb < 0 || open - verb > kReach || w.strongBreakBefore(verb + 1) || w.strongBreakBefore(open))
        return {};
    bool earlierNumber = false;
    for (int i = verb + 1; i < open && !earlierNumber; ++i)
        earlierNumber = w.numeric(i);
    if (!earlierNumber)
        return {};
    int nameFirst = open;
    if (w.key(nameFirst) == u"the")
        ++nameFirst;
    int nameEnd = nameFirst;
    while (nameEnd + 1 < first && !w.breakBefore(nameEnd + 1) && w.capitalised(nameEnd + 1) &&
           !w.numeric(nameEnd + 1))
        ++nameEnd;
    if (nameFirst >= first || !w.capitalised(nameFirst) || w.numeric(nameFirst))
        return {};
    for (int i = nameEnd + 1; i < first; ++i)
        if (numbers::looksLikeVerb(w.key(i)))
            return {}; // "..., the Kremlin said 539": a clause with a verb of its own
    return nameEndingAt(w, nameEnd, places, true);
}

// "Wladimir Klitschko (52-3, 46 KOs)", "Hasim Rahman (45-7-2, 36 KOs)": a number in brackets right
// after a name is that person's (a record, a tally, an age), as a sports or court report gives two
// people's side by side. Empty when the number is in no bracket opened right after a name.
QString bracketedOwner(const SentenceWords& w, int first, const std::vector<PlaceName>& places) {
    const QString& text = w.doc().text;
    for (int i = first; i > 0 && first - i <= 8; --i) {
        const qsizetype from = w.token(i - 1).span.end;
        const QStringView between = QStringView(text).mid(from, w.token(i).span.start - from);
        if (between.contains(u')') || between.contains(u'.'))
            return {};
        if (between.contains(u'('))
            // "Klitschko (52-3, 46 knockouts) retained ...": a word opening the sentence with a
            // bracket after it is a name, not "Yesterday, ...".
            return between.trimmed() == u"(" ? nameEndingAt(w, i - 1, places, true) : QString();
    }
    return {};
}

// "Wladimir Klitschko, 53-3, 47 KO's, dismantled Rahman": a fighter's record set off by commas
// after the name, as a bracket sets it off in "Klitschko (52-3, 46 KOs)". The words between the
// name and the number are the record's numbers.
QString recordOwner(const SentenceWords& w, int first, qsizetype numberStart,
                    const std::vector<PlaceName>& places) {
    // "53-3,47 KO's" scraped without its space is one word holding the record and the number.
    const bool glued = w.token(first).span.start < numberStart;
    const QString& text = w.doc().text;
    for (int i = first; i > 0 && first - i <= 6; --i) {
        const qsizetype from = w.token(i - 1).span.end;
        const QStringView between = QStringView(text).mid(from, w.token(i).span.start - from);
        if (between.contains(u'(') || between.contains(u')') || between.contains(u'.'))
            return {};
        if (!w.numeric(i - 1)) {
            if ((i == first && !glued) || !between.contains(u','))
                return {};
            return nameEndingAt(w, i - 1, places, true);
        }
    }
    return {};
}

} // namespace

bool isPeopleNoun(const QString& lowerWord) {
    return peopleNounSet().contains(lowerWord);
}

namespace {

// Where the number, its unit and its hedge stand among the sentence's words.
void locate(const SentenceWords& w, const NumberMention& m, NumberReading& x) {
    x.m = &m;
    std::tie(x.first, x.last) = w.wordsOf(absolute(m.span, w));
    x.nounLast = x.last;
    x.unit = m.unit;
    if (!m.unitSpan.isEmpty() && !x.unit.isEmpty()) {
        const auto [uf, ul] = w.wordsOf(absolute(m.unitSpan, w));
        if (uf <= ul && uf >= x.first && ul - x.last <= 4) // a unit written after the value
            x.nounLast = std::max(x.nounLast, ul);
    }
    if (!m.qualifierSpan.isEmpty())
        x.qualFirst = w.wordsOf(absolute(m.qualifierSpan, w)).first;
    // "killing one person and injuring 17 others": when the extractor's unit was a misread, a word
    // for people right after the number still says what is counted.
    if (x.unit.isEmpty() && x.last >= 0 && x.last + 1 < w.size() && !w.breakBefore(x.last + 1) &&
        peopleNounSet().contains(w.key(x.last + 1))) {
        x.unit = QStringLiteral("people");
        x.nounLast = x.last + 1;
    }
}

// Verbs and whose they are: the object reading first ("killed one man and injured 19 people": "one
// man" belongs to "killed", not to the "injured" after it), then the subject reading, then lists
// ("launched 550 drones and 11 missiles").
void readVerbs(const SentenceWords& w, std::vector<NumberReading>& r, const std::vector<PlaceName>& places) {
    for (size_t i = 0; i < r.size(); ++i) {
        NumberReading& x = r[i];
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
        const int before = x.qualFirst >= 0 ? std::min(x.qualFirst, x.first) : x.first;
        x.agent = gappedSubject(w, before, places);
        if (!x.predicate.isEmpty() && x.agent.isEmpty())
            x.agent = agentOf(w, verb, x.predicateFromObject, places);
        if (x.agent.isEmpty())
            x.agent = describedPerson(w, before, places);
        if (x.agent.isEmpty())
            x.agent = bracketedOwner(w, before, places);
        if (x.agent.isEmpty())
            x.agent = recordOwner(w, before, absolute(x.m->span, w).start, places);
        if (x.predicate.isEmpty() && i > 0) {
            const NumberReading& prev = r[i - 1];
            const int gap = before - prev.nounLast;
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
}

} // namespace

std::vector<NumberReading> readNumbers(const SentenceWords& w, const std::vector<NumberMention>& mentions,
                                       const std::vector<PlaceName>& places) {
    std::vector<NumberReading> r(mentions.size());
    for (size_t i = 0; i < mentions.size(); ++i)
        locate(w, mentions[i], r[i]);
    // "Of the injured, twelve were taken to hospital, where two remained ...": every bare count of
    // the sentence is taken from the injured, so counts people.
    const bool ofPeople = w.size() > 3 && w.key(0) == u"of" && w.key(1) == u"the" &&
                          isPeoplePredicate(predicateOfWord(w.key(2))) && w.breakBefore(3);
    if (ofPeople)
        for (NumberReading& x : r)
            x.peopleByPartitive = x.unit.isEmpty();
    findWholes(w, r);
    // Verbs first, then what a whole or a part lends the other, then the extractor's own reading.
    readVerbs(w, r, places);
    for (NumberReading& x : r) {
        if (x.partOf >= 0 && x.unit.isEmpty())
            x.unit = r[size_t(x.partOf)].unit; // "72 of the 550 drones"
        if (x.containerOf >= 0 && x.unit.isEmpty())
            x.unit = r[size_t(x.containerOf)].unit;
    }
    for (NumberReading& x : r) {
        // The whole that some were intercepted from or that hit is the number launched.
        const QString part = x.containerOf >= 0 ? r[size_t(x.containerOf)].predicate : QString();
        if (x.predicate.isEmpty() && (part == u"intercepted" || part == u"hit"))
            x.predicate = QStringLiteral("launched");
        if (x.predicate.isEmpty() && !x.m->predicate.isEmpty() && x.containerOf < 0)
            x.predicate = predicateOfWord(x.m->predicate.toLower());
    }
    return r;
}

} // namespace parallax::claims
