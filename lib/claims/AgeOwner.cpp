#include "claims/AgeOwner.h"

#include "lexicon/Calendar.h"
#include "lexicon/LexiconFile.h"
#include "lexicon/NounSenses.h"
#include "numbers/WordForms.h"

#include <QSet>

#include <algorithm>

namespace parallax::claims {
namespace {

const QSet<QString>& titles() {
    static const QSet<QString> s = lexicon::lexiconWords(u"people", u"titles");
    return s;
}

bool isName(const SentenceWords& w, int i) {
    return w.capitalised(i) && !w.numeric(i);
}

// The first word of the run of names that ends at `last`.
int nameStart(const SentenceWords& w, int last) {
    int first = last;
    while (first > 0 && !w.breakBefore(first) && isName(w, first - 1))
        --first;
    return first;
}

// The name on words [first, last]: its family name (returned, case-folded), as written (`text`),
// and its given name (`given`) when one stands before the family name and is no title.
QString nameOf(const SentenceWords& w, int first, int last, QString& text, QString& given) {
    auto written = [&](int i) {
        QString word = w.text(i).toString();
        if (w.possessive(i))
            word.chop(2);
        return word;
    };
    // "Anthony LaCalamita III", "Ken Griffey Jr.": the family name is before the suffix.
    static const QSet<QString> suffixes = wordSet({"jr", "sr", "ii", "iii", "iv"});
    if (last > first && suffixes.contains(w.bareKey(last).toCaseFolded()))
        --last;
    given.clear();
    text = written(last);
    if (last > first && !titles().contains(w.bareKey(last - 1))) {
        given = w.bareKey(last - 1).toCaseFolded();
        text = written(last - 1) + u' ' + text;
    }
    return w.bareKey(last).toCaseFolded();
}

// "Esther Williams dies at 91", "Williams died on Thursday in Beverly Hills at the age of 91",
// "Esther Williams has died peacefully aged 91": whoever died, named before the verb. `found` says
// whether a verb of dying stood there; the name may still be empty ("Yesterday, the star died").
QString whoDied(const SentenceWords& w, int before, QString& text, QString& given, bool& found) {
    static const QSet<QString> pronouns =
        wordSet({"she", "he", "they", "it", "who", "which", "that", "i", "we"});
    found = false;
    for (int v = before - 1; v > 0 && before - v <= 12 && !w.strongBreakBefore(v + 1); --v) {
        if (w.key(v) != u"dies" && w.key(v) != u"died" && w.key(v) != u"dead")
            continue;
        found = true;
        int last = v - 1;
        if (last > 0 && !w.breakBefore(last + 1) && (w.key(last) == u"has" || w.key(last) == u"had"))
            --last;
        if (last >= 0 && w.breakBefore(last + 1)) {
            // "Esther Williams, the swimming star of MGM musicals, died ...": the name opening the
            // sentence, before its apposition.
            last = 0;
            while (last + 1 < v && !w.breakBefore(last + 1) && isName(w, last + 1))
                ++last;
            static const QSet<QString> openers = wordSet(
                {"yesterday", "today", "tonight", "meanwhile", "however", "earlier", "later", "now", "then"});
            const QString& opener = w.key(0);
            if (last + 1 >= v || !w.breakBefore(last + 1) ||
                (last == 0 &&
                 (openers.contains(opener) || numbers::isFunctionWord(opener) ||
                  numbers::isLyAdverb(opener) || lexicon::isWeekday(opener) || lexicon::isMonthName(opener))))
                return {}; // "Yesterday, the star died at 91"
        }
        if (last < 0 || !isName(w, last) || pronouns.contains(w.key(last)))
            return {};
        const int first = nameStart(w, last);
        // A title-case headline capitalises every word: "Swimmer And Actress Dies Aged 91" names
        // nobody.
        for (int i = first; i <= last; ++i)
            if (numbers::isFunctionWord(w.key(i)))
                return {};
        return nameOf(w, first, last, text, given);
    }
    return {};
}

// "Klitschko put Thompson on the canvas, and the 40-year-old American never recovered": a definite
// description with no name of its own is the person the sentence named last. Never "a
// 60-year-old man", who is someone new.
QString earlierName(const SentenceWords& w, int before, const std::vector<PlaceName>& places, QString& text,
                    QString& given) {
    if (before < 1 || w.key(before - 1) != u"the")
        return {};
    auto isPlace = [&](int i) {
        return std::any_of(places.begin(), places.end(),
                           [i](const PlaceName& p) { return i >= p.first && i <= p.last; });
    };
    // A name after "at" or "in" is where, whatever the place rules made of it: "at Stade de
    // Suisse", "in Mannheim". Connectors inside a name ("de", "of") are part of it.
    static const QSet<QString> connectors =
        wordSet({"de", "du", "des", "la", "le", "del", "van", "von", "of"});
    static const QSet<QString> locative = wordSet(
        {"at", "in", "near", "from", "outside", "inside", "into", "to", "across", "toward", "towards"});
    // Within one sentence's reach, so a table of ages pasted as one line stays linear.
    for (int i = before - 2; i >= 1 && before - i <= 40 && !w.strongBreakBefore(i + 1); --i) {
        if (!isName(w, i) || isPlace(i) || isDemonym(w.key(i)) || titles().contains(w.bareKey(i)) ||
            numbers::isFunctionWord(w.key(i)) || lexicon::isMonthName(w.key(i)) ||
            lexicon::isWeekday(w.key(i)))
            continue;
        int first = i;
        while (first > 1 && !w.breakBefore(first) && isName(w, first - 1) && !isPlace(first - 1) &&
               !numbers::isFunctionWord(w.key(first - 1)))
            --first;
        int whole = first; // the name with its connectors: "Stade de Suisse"
        while (whole > 1 && !w.breakBefore(whole) && connectors.contains(w.key(whole - 1)) &&
               !w.breakBefore(whole - 1) && isName(w, whole - 2))
            whole -= 2;
        if (whole > 0 && !w.breakBefore(whole) && locative.contains(w.key(whole - 1))) {
            i = whole; // keep looking before it
            continue;
        }
        return nameOf(w, first, i, text, given);
    }
    return {};
}

// A description is of a person when one of its words names one ("actress", "champion", "native");
// when its first word is some other thing WordNet knows, it is nobody's age: "the 86-year-old
// structure" is the building's, not the mayor's named before it.
bool personNoun(const QString& key) {
    if (numbers::isFunctionWord(key)) // "who" is WordNet's WHO, a group
        return false;
    const int file = lexicon::firstSenseFile(key);
    return file == lexicon::kNounPerson || file == lexicon::kNounGroup;
}

bool describesAPerson(const SentenceWords& w, int end) {
    for (int k = end + 1; k < w.size() && k <= end + 2 && !w.breakBefore(k) && !w.capitalised(k); ++k)
        if (personNoun(w.bareKey(k)))
            return true;
    const int first = end + 1;
    return first >= w.size() || w.breakBefore(first) || w.capitalised(first) ||
           numbers::isFunctionWord(w.key(first)) || lexicon::firstSenseFile(w.bareKey(first)) < 0;
}

// "the 33-year-old actress Tara Reid": the name after an "N-year-old" (the number's last word is
// `end`), past descriptions ("actress", "American heavyweight"), never past a possessive.
QString describedName(const SentenceWords& w, int before, int end, const std::vector<PlaceName>& places,
                      QString& text, QString& given) {
    static const QSet<QString> prepositions =
        wordSet({"in",    "of",     "at",     "on",     "from",    "with",   "for",   "near",
                 "by",    "to",     "into",   "across", "outside", "inside", "under", "over",
                 "after", "before", "during", "since",  "behind",  "beside"});
    int j = end + 1;
    for (int skipped = 0;
         j < w.size() && skipped < 2 && !w.breakBefore(j) && (!isName(w, j) || isDemonym(w.key(j)));
         ++skipped, ++j)
        // Never past a possessive, nor past a preposition: "the 30-year-old congregation in
        // Wasilla" is the congregation's age, and Wasilla is where it is.
        if (w.possessive(j) || prepositions.contains(w.key(j)))
            return prepositions.contains(w.key(j)) || !describesAPerson(w, end)
                       ? QString()
                       : earlierName(w, before, places, text, given);
    if (j >= w.size() || w.breakBefore(j) || !isName(w, j) || isDemonym(w.key(j)))
        return describesAPerson(w, end) ? earlierName(w, before, places, text, given) : QString();
    int last = j;
    while (last + 1 < w.size() && !w.breakBefore(last + 1) && isName(w, last + 1))
        ++last;
    // "the 28-year-old Maryland native", "a 61-year-old Vancouver man": a name before a noun for a
    // person says where the person is from. The person is who the description says, "Vancouver
    // man", not Vancouver; another article's "Vancouver resident" may be someone else.
    if (last + 1 < w.size() && !w.breakBefore(last + 1) && !w.capitalised(last + 1) && !w.possessive(last) &&
        personNoun(w.bareKey(last + 1))) {
        const QString noun = w.text(last + 1).toString();
        nameOf(w, j, last, text, given);
        text += u' ' + noun;
        given.clear();
        return (w.bareKey(last) + u' ' + w.bareKey(last + 1)).toCaseFolded();
    }
    return nameOf(w, j, last, text, given);
}

} // namespace

QString ageOwner(const SentenceWords& w, const NumberReading& x, const std::vector<PlaceName>& places,
                 QString& text, QString& given) {
    int before = x.qualFirst >= 0 ? std::min(x.qualFirst, x.first) : x.first;
    const bool aged = before > 0 && (w.key(before - 1) == u"aged" || w.key(before - 1) == u"age");
    if (aged)
        --before;
    const bool apposition = aged || x.last == x.first; // ", 33," or ", aged 33,": a bare number
    if (apposition && before > 0 && w.breakBefore(before) && isName(w, before - 1))
        return nameOf(w, nameStart(w, before - 1), before - 1, text, given);
    // "Anthony LaCalamita III, a 38-year-old Troy resident": an apposition to the name before it.
    if (!aged && before >= 3 && (w.key(before - 1) == u"a" || w.key(before - 1) == u"an") &&
        w.breakBefore(before - 1) && !w.strongBreakBefore(before - 1) && isName(w, before - 2) &&
        w.key(std::max(x.last, x.nounLast)).endsWith(u"old"))
        return nameOf(w, nameStart(w, before - 2), before - 2, text, given);
    bool died = false;
    if (QString name = whoDied(w, before, text, given, died); died)
        return name;
    const int end = std::max(x.last, x.nounLast);
    if (!w.key(end).endsWith(u"old")) // "33-year-old Tara Reid", not "the late 90s Reid"
        return {};
    return describedName(w, before, end, places, text, given);
}

} // namespace parallax::claims
