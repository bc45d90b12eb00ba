#include "claims/Places.h"

#include "lexicon/Calendar.h"
#include "lexicon/LexiconFile.h"
#include "lexicon/NounSenses.h"
#include "text/WordTokenizer.h"

#include <QHash>

namespace parallax::claims {
namespace {

// Words after which a capitalised name is a location.
const QSet<QString>& cueWords() {
    static const QSet<QString> s = lexicon::lexiconWords(u"places", u"cues");
    return s;
}

// "on" and "from" name a place ("strikes on Kyiv") except after a word of publishing ("said on
// Telegram", "a report from ITV").
const QSet<QString>& publishingWords() {
    static const QSet<QString> s = lexicon::lexiconWords(u"places", u"publishing");
    return s;
}

// Lower-case words between a cue and the name: "in the southern Rostov region".
const QSet<QString>& fillerWords() {
    static const QSet<QString> s = lexicon::lexiconWords(u"places", u"fillers");
    return s;
}

// Nouns that make the name next to them a place: "region of Rostov", "Kyiv city", "capital, Kyiv".
const QSet<QString>& placeNouns() {
    static const QSet<QString> s = lexicon::lexiconWords(u"places", u"place nouns");
    return s;
}

// Last words of names that are places by themselves: "Harrow Quay", "Vidradnyi Avenue".
const QSet<QString>& placeNameEndings() {
    static const QSet<QString> s = lexicon::lexiconWords(u"places", u"name endings");
    return s;
}

// Capitalised words that never start a place: month and weekday names (the lexicon's), titles and the
// words that open sentences.
// Last words of organisations' names ("Fund", "Bank", "Council"): such a name is never a place.
const QSet<QString>& organisationEndings() {
    static const QSet<QString> s = lexicon::lexiconWords(u"places", u"organisation endings");
    return s;
}

const QSet<QString>& notPlaceWords() {
    static const QSet<QString> s = lexicon::lexiconWords(u"places", u"not places");
    return s;
}

bool notPlace(const QString& key) {
    return notPlaceWords().contains(key) || lexicon::isMonthName(key) || lexicon::isWeekday(key);
}

bool commaBefore(const SentenceWords& w, int i) {
    if (i <= 0)
        return false;
    const qsizetype from = w.token(i - 1).span.end;
    return QStringView(w.doc().text).mid(from, w.token(i).span.start - from).contains(u',');
}

// Whether a capitalised name names something other than a place, by what WordNet says of its last
// word: a common noun of an act, a thought, a text, an event, a feeling, a process or a time
// ("Tough Negotiation", "the Endangered Species Act", "in Physics", "in Feb"), after other words a
// person ("Lakewood Sheriff", "Hillary Clinton"), or no noun at all ("Loose"). Never a street or
// town ending, a name that opens as places do ("Fort Hood", "Port Said", "Lake Placid"), or a name
// WordNet files as a location in any sense ("Reading", "Split", "Verdun", "Las Vegas").
bool namesNoPlace(const SentenceWords& w, int first, int last) {
    static const QSet<QString> placeOpeners = lexicon::lexiconWords(u"places", u"place openers");
    const QString lastKey = w.bareKey(last);
    if (placeNameEndings().contains(lastKey) || placeOpeners.contains(w.bareKey(first)))
        return false;
    QStringList keys;
    for (int k = first; k <= last; ++k)
        keys << w.bareKey(k);
    const QString name = keys.join(u' ');
    // runEnd asks again for every word of a name and every article repeats its names.
    thread_local QHash<QString, bool> known;
    if (const auto it = known.constFind(name); it != known.constEnd())
        return *it;
    auto decide = [&] {
        if (lexicon::placeSynset(name) || lexicon::isPlaceInSomeSense(name))
            return false;
        if (lexicon::knownOnlyAsNonNoun(lastKey))
            return true;
        constexpr int kAct = 4, kCognition = 9, kCommunication = 10, kEvent = 11, kFeeling = 12,
                      kProcess = 22, kTime = 28;
        const int file = lexicon::firstSenseFile(lastKey);
        return file == kAct || file == kCognition || file == kCommunication || file == kEvent ||
               file == kFeeling || file == kProcess || file == kTime ||
               (first < last && file == lexicon::kNounPerson);
    };
    const bool notPlace = decide();
    known.insert(name, notPlace);
    return notPlace;
}

// The capitalised run starting at word i: [i, last], stopping after a possessive ("Velmouth's"
// ends the run; "Harrow Quay" after it is a run of its own). -1 when no place starts here.
int runEnd(const SentenceWords& w, int i) {
    if (i >= w.size() || !w.capitalised(i) || w.numeric(i) || notPlace(w.bareKey(i)))
        return -1;
    int j = i;
    while (j + 1 < w.size() && !w.possessive(j) && !w.breakBefore(j + 1) && w.capitalised(j + 1) &&
           !w.numeric(j + 1) && !notPlace(w.bareKey(j + 1)))
        ++j;
    // A capitalised word before a number is a label: "Warehouse 7", "Route 12".
    if (j + 1 < w.size() && !w.breakBefore(j + 1) && w.numeric(j + 1))
        return -1;
    if (i == j && isDemonym(w.bareKey(i)))
        return -1;
    // "the International Monetary Fund", "Marfin Bank": an organisation, wherever it stands. So is
    // a name that runs on past "and" to such an ending: "Devon and Somerset Fire and Rescue".
    int named = j;
    while (named + 2 < w.size() && (w.key(named + 1) == u"and" || w.key(named + 1) == u"&") &&
           !w.breakBefore(named + 1) && !w.breakBefore(named + 2) && w.capitalised(named + 2)) {
        named += 2;
        while (named + 1 < w.size() && !w.breakBefore(named + 1) && w.capitalised(named + 1) &&
               !w.numeric(named + 1))
            ++named;
    }
    if (organisationEndings().contains(w.bareKey(j)) || organisationEndings().contains(w.bareKey(named)))
        return -1;
    if (namesNoPlace(w, i, j))
        return -1;
    return j;
}

struct Collector {
    const SentenceWords& w;
    std::vector<PlaceName> places;

    void add(int first, int last) {
        for (const PlaceName& p : places)
            if (p.first == first)
                return;
        PlaceName p;
        p.first = first;
        p.last = last;
        QStringList keys;
        for (int i = first; i <= last; ++i)
            keys << w.bareKey(i);
        p.key = keys.join(u' ');
        const qsizetype start = w.token(first).span.start;
        qsizetype end = w.token(last).span.end;
        if (w.possessive(last))
            end -= 2;
        p.text = w.doc().text.mid(start, end - start);
        places.push_back(p);
    }

    // A run at i, and the run right after it when i's run ends in a possessive place.
    void addRunAt(int i) {
        const int last = runEnd(w, i);
        if (last < 0)
            return;
        add(i, last);
        if (w.possessive(last) && last + 1 < w.size() && !w.breakBefore(last + 1)) {
            const int next = runEnd(w, last + 1);
            if (next >= 0)
                add(last + 1, next);
        }
    }
};

} // namespace

void PlaceLinks::add(const QString& a, const QString& b) {
    if (a == b)
        return;
    links_.insert({a, b});
    links_.insert({b, a});
}

void PlaceLinks::merge(const PlaceLinks& other) {
    links_.unite(other.links_);
}

bool isDemonym(const QString& key) {
    return (key.size() > 4 && (key.endsWith(u"ian") || key.endsWith(u"ean") || key.endsWith(u"ese") ||
                               key.endsWith(u"ish") || key.endsWith(u"ican"))) ||
           lexicon::isNationality(key); // "Greek", "Somali", "Thai"
}

bool PlaceLinks::related(const QString& a, const QString& b) const {
    return a == b || links_.contains({a, b});
}

void PlaceLinks::linkOtherNames(const QSet<QString>& keys) {
    QHash<quint32, QStringList> names;
    for (const QString& key : keys)
        if (const quint32 place = lexicon::placeSynset(key))
            names[place] << key;
    for (const QStringList& same : std::as_const(names))
        for (qsizetype i = 0; i < same.size(); ++i)
            for (qsizetype j = i + 1; j < same.size(); ++j)
                add(same[i], same[j]);
    // "Hollis Crossing Mall" is in Hollis, "Leeds Crown Court" in Leeds: a building or a street
    // whose name opens with another place of the folder is within it (places.txt, [sites]).
    static const QSet<QString> sites = lexicon::lexiconWords(u"places", u"sites");
    for (const QString& key : keys) {
        if (!sites.contains(key.section(u' ', -1)))
            continue;
        for (qsizetype space = key.indexOf(u' '); space > 0; space = key.indexOf(u' ', space + 1))
            if (const QString head = key.left(space); keys.contains(head))
                add(key, head);
    }
}

bool PlaceLinks::compatible(const QStringList& a, const QStringList& b) const {
    if (a.isEmpty() || b.isEmpty())
        return true;
    for (const QString& x : a)
        for (const QString& y : b)
            if (related(x, y))
                return true;
    return false;
}

std::vector<PlaceName> findPlaces(const SentenceWords& w, PlaceLinks& links) {
    Collector c{w, {}};
    const int n = w.size();
    for (int i = 0; i < n; ++i) {
        const QString& k = w.key(i);
        if (cueWords().contains(k) && i + 1 < n && !w.breakBefore(i + 1)) {
            if ((k == u"on" || k == u"from") && i > 0 && publishingWords().contains(w.key(i - 1)))
                continue;
            int j = i + 1;
            for (int skipped = 0; j < n && skipped < 3 && !w.breakBefore(j); ++skipped, ++j) {
                const bool filler =
                    fillerWords().contains(w.key(j)) || (w.capitalised(j) && isDemonym(w.key(j)));
                if (!filler)
                    break;
            }
            if (j < n && !w.breakBefore(j))
                c.addRunAt(j);
        }
        // "the streets of Athens" is in Athens; "Side streets were closed" names no place, so
        // "streets" is a place noun only before "of".
        const bool streetsOf = k == u"streets";
        if (placeNouns().contains(k) || streetsOf) {
            // "city of Sergiyev Posad", "region of Rostov"
            if (i + 2 < n && w.key(i + 1) == u"of" && !w.breakBefore(i + 1) && !w.breakBefore(i + 2))
                c.addRunAt(w.key(i + 2) == u"the" && i + 3 < n ? i + 3 : i + 2);
            // "Ukraine's capital, Kyiv"; not "the head of the district, Oksana Yerokhanova"
            static const QSet<QString> apposition = wordSet({"capital", "city", "town", "village", "port"});
            if (i + 1 < n && commaBefore(w, i + 1) && apposition.contains(k))
                c.addRunAt(i + 1);
        }
        // "Rostov region", "Kyiv city", "Holosiivskyi district"; "Harrow Quay"
        const int last = runEnd(w, i);
        if (last >= 0) {
            const bool nounAfter =
                last + 1 < n && !w.breakBefore(last + 1) && placeNouns().contains(w.key(last + 1));
            if (nounAfter || (last > i && placeNameEndings().contains(w.key(last))))
                c.addRunAt(i);
        }
    }
    std::sort(c.places.begin(), c.places.end(),
              [](const PlaceName& a, const PlaceName& b) { return a.first < b.first; });
    // "Kyiv's Svyatoshynsky district", "Ukraine's capital, Kyiv": the possessive place holds the next.
    for (size_t p = 0; p + 1 < c.places.size(); ++p)
        if (w.possessive(c.places[p].last) && c.places[p + 1].first <= c.places[p].last + 3)
            links.add(c.places[p].key, c.places[p + 1].key);
    return c.places;
}

ArticlePlaces articlePlaces(const Document& doc, PlaceLinks& links) {
    ArticlePlaces out;
    QStringList datelineKeys;
    for (const QString& part : doc.dateline.split(u',', Qt::SkipEmptyParts)) {
        const QString text = part.trimmed();
        QStringList words;
        for (const QString& word : text.split(u' ', Qt::SkipEmptyParts))
            words << normalizeForMatching(word);
        if (words.isEmpty())
            continue;
        out.keys << words.join(u' ');
        out.texts << text;
    }
    // "KYIV, Ukraine": the city is in the country.
    for (qsizetype i = 0; i + 1 < out.keys.size(); ++i)
        links.add(out.keys[i], out.keys[i + 1]);
    if (!doc.sentences.empty())
        for (const PlaceName& p : findPlaces(SentenceWords(doc, 0), links))
            if (!out.keys.contains(p.key)) {
                out.keys << p.key;
                out.texts << p.text;
            }
    return out;
}

} // namespace parallax::claims
