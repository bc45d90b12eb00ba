#include "claims/Occasions.h"

#include "lexicon/Calendar.h"
#include "lexicon/LexiconFile.h"
#include "numbers/WordForms.h"

#include <QSet>

#include <algorithm>

namespace parallax::claims {
namespace {

// Words that follow "last" when it means an earlier time ("last Saturday", not "the last drone").
bool isTimeWord(const QString& key) {
    static const QSet<QString> s = {"week",   "weekend", "month",  "year", "night",   "time",    "summer",
                                    "winter", "spring",  "autumn", "fall", "morning", "evening", "season"};
    return s.contains(key) || lexicon::isWeekday(key) || lexicon::isMonthName(key);
}

// "its first weekend", "the opening week": the first span of a run (a film's, a sale's).
const QSet<QString>& openingSpans() {
    static const QSet<QString> s = {"weekend", "week", "day", "night"};
    return s;
}
const QSet<QString>& openingOwners() {
    static const QSet<QString> s = {"its", "the", "their", "his", "her"};
    return s;
}

bool isYear(const SentenceWords& w, int i) {
    if (!w.numeric(i) || w.key(i).size() != 4)
        return false;
    bool ok = false;
    const int y = w.key(i).toInt(&ok);
    return ok && y >= 1900 && y <= 2100;
}

// Events a year can name: what lasts (resources/lexicon/events.txt) and what happens once.
bool isEventNoun(const QString& key) {
    static const QSet<QString> events = [] {
        QSet<QString> s = lexicon::lexiconWords(u"events");
        s.unite(wordSet({"crash",    "accident", "collision",  "derailment",   "disaster", "tragedy",
                         "election", "vote",     "referendum", "shooting",     "massacre", "hurricane",
                         "typhoon",  "cyclone",  "tornado",    "eruption",     "wildfire", "epidemic",
                         "outbreak", "pandemic", "riot",       "uprising",     "coup",     "invasion",
                         "olympics", "final",    "tournament", "championship", "heatwave", "drought",
                         "famine",   "crisis",   "recession",  "sinking",      "spill"}));
        return s;
    }();
    return events.contains(key) || events.contains(numbers::singularNoun(key));
}

// The year the sentence's article was published, when known ("2025"), else empty.
QString publishedYear(const SentenceWords& w) {
    const QString& moment = w.doc().published.isEmpty() ? w.doc().date : w.doc().published;
    return moment.left(4);
}

// An adverb of the present in the clause of the number (word `number`), between words [from,
// number): "since" on its own (not "since May", a cue of its own, nor the conjunction "since it
// was short of cash"), "now", "currently". Not in an aside set off by commas: in "In 2009, Jones,
// now 52, stole $3 million" the theft is 2009's.
bool timeMovesOnBetween(const SentenceWords& w, int from, int number) {
    static const QSet<QString> notAdverb = wordSet(
        {"the", "last", "then", "it", "he", "she", "they", "we", "i", "you", "its", "their", "his", "her"});
    const int clause = w.clauseAround(number, number).first;
    for (int i = std::max(from, clause); i < number; ++i) {
        const QString& k = w.key(i);
        if (k == u"now" || k == u"currently")
            return true;
        if (k == u"since" &&
            (i + 1 >= w.size() || w.breakBefore(i + 1) ||
             !(w.numeric(i + 1) || lexicon::isMonthName(w.key(i + 1)) || lexicon::isWeekday(w.key(i + 1)) ||
               notAdverb.contains(w.key(i + 1)) || w.key(i + 1).endsWith(u"ing"))))
            return true;
    }
    return false;
}

} // namespace

std::vector<OccasionCue> findOccasionCues(const SentenceWords& w) {
    std::vector<OccasionCue> cues;
    for (int i = 0; i < w.size(); ++i) {
        const QString k = w.bareKey(i);
        // "earlier in the day", "earlier on Sunday", "had earlier reported 19 dead": a figure given
        // before the latest one.
        const bool earlierCue =
            k == u"earlier" &&
            ((i + 1 < w.size() &&
              (w.key(i + 1) == u"in" || w.key(i + 1) == u"on" || isTimeWord(w.key(i + 1)))) ||
             (i > 0 && (w.key(i - 1) == u"had" || w.key(i - 1) == u"has") && !w.breakBefore(i)));
        // A rule's threshold is not a measured value: "elections can only be declared valid with a
        // turnout of more than 50 percent", "the minimum required is 300 seats".
        static const QSet<QString> requirement = wordSet(
            {"required", "requires", "require", "requirement", "threshold", "minimum", "valid", "validity"});
        // "had been required for more than two decades" says how long a rule held, not a threshold.
        const bool requiredFor = i + 1 < w.size() && w.key(i + 1) == u"for" && !w.breakBefore(i + 1);
        if (requirement.contains(k) && !requiredFor) {
            cues.push_back({i, i, QStringLiteral("required")});
            continue;
        }
        // "Initial reports said 18 had died", "the toll rose to 23 from an initial 18", "officials
        // initially said": a figure since replaced. Not "an initial $25,000" paid, a thing of its
        // own.
        static const QSet<QString> firstFigures =
            wordSet({"report", "reports", "estimate", "estimates", "toll", "tolls", "figure", "figures",
                     "count", "counts", "tally", "reporting"});
        const bool initialFigure = (k == u"initial" || k == u"original") && i + 1 < w.size() &&
                                   !w.breakBefore(i + 1) && firstFigures.contains(w.key(i + 1));
        const bool fromInitial = (k == u"initial" || k == u"original") && i + 1 < w.size() &&
                                 w.numeric(i + 1) && i >= 2 && w.key(i - 2) == u"from" && !w.breakBefore(i);
        if (fromInitial) {
            cues.push_back({i, i, QStringLiteral("earlier"), true});
            continue;
        }
        // "Earlier, the authority had said 35 people were killed": a sentence opening on it.
        const bool openingEarlier = k == u"earlier" && i == 0 && w.breakBefore(1);
        const bool initialCue = initialFigure || k == u"initially" || k == u"originally" || openingEarlier;
        if (k == u"previous" || k == u"prior" || k == u"ago" || earlierCue || initialCue) {
            cues.push_back({i, i, QStringLiteral("earlier")});
        } else if (k == u"last" && i + 1 < w.size() && lexicon::isMonthName(w.bareKey(i + 1))) {
            // "last December" is the month "in December" names, not "earlier" as "last week" is:
            // one article writes "the rule, finalized in December", another "until last December".
            cues.push_back({i, i + 1, w.bareKey(i + 1)});
        } else if (k == u"last" && i + 1 < w.size() && isTimeWord(w.bareKey(i + 1))) {
            cues.push_back({i, i + 1, QStringLiteral("earlier")});
        } else if (k == u"this" && i + 1 < w.size() &&
                   (w.key(i + 1) == u"year" || w.key(i + 1) == u"month" || w.key(i + 1) == u"week")) {
            // "so far this year": a running total, not the event's count. ("Earlier this week" is
            // when someone spoke; it is passed over above.)
            if (i == 0 || w.key(i - 1) != u"earlier")
                cues.push_back({i, i + 1, QStringLiteral("this ") + w.key(i + 1)});
        } else if ((k == u"the" || k == u"a" || k == u"its" || k == u"their") && i + 2 < w.size() &&
                   isYear(w, i + 1) && !w.breakBefore(i + 1) && !w.breakBefore(i + 2) &&
                   isEventNoun(w.bareKey(i + 2)) && w.key(i + 1) != publishedYear(w)) {
            // "The 2002 crash on the same line killed 38": another event, named by its year. Not
            // the year the article came out, most often the story's own ("the 2024 election").
            cues.push_back({i, i + 2, w.key(i + 1)});
        } else if ((k == u"first" || k == u"opening") && i + 1 < w.size() && !w.breakBefore(i + 1) &&
                   openingSpans().contains(w.key(i + 1)) &&
                   (k == u"opening" || (i > 0 && openingOwners().contains(w.key(i - 1))))) {
            // "grossing $69.6 million during its first weekend", "in its opening week": a part of
            // the run, not the total to date that other outlets give.
            cues.push_back({i, i + 1, QStringLiteral("first ") + w.key(i + 1)});
        } else if ((k == u"in" || k == u"during" || k == u"since") && i + 1 < w.size() &&
                   !w.breakBefore(i + 1)) {
            // "in June", "in June 2025", "in 2019"; "since" counts from then, so it is another span.
            if (lexicon::isMonthName(w.key(i + 1))) {
                const bool year = i + 2 < w.size() && isYear(w, i + 2);
                cues.push_back({i, i + (year ? 2 : 1), year ? w.key(i + 2) : w.key(i + 1)});
            } else if (isYear(w, i + 1)) {
                cues.push_back({i, i + 1, w.key(i + 1)});
            }
        }
    }
    return cues;
}

QString occasionOf(const SentenceWords& w, const std::vector<OccasionCue>& cues, int first, int last) {
    const auto [clause, clauseEnd] = w.clauseAround(first, std::max(first, last));
    for (const OccasionCue& cue : cues) {
        if (cue.last < first) {
            // Not across the end of a sentence the segmenter glued on ("... in 2019. 6 people ...").
            if (w.strongBreakBetween(cue.last, first))
                continue;
            // Nor out of a relative clause set off by commas: in "Klitschko, who was coming off a
            // knockout in July, landed 178 punches" July is the knockout's, not the punches'. (Not
            // a clause opened by a participle: in "the attack, launched in June, killed 50" the
            // time is the attack's, and so the deaths'.)
            const auto [from, to] = w.clauseAround(cue.first, cue.last);
            static const QSet<QString> relatives = wordSet({"who", "which", "whose", "whom"});
            if (from > 0 && to <= first && relatives.contains(w.key(from)))
                continue;
            // Nor past a word that brings the time back to now: "proposed the rules in May and
            // since has received 300,000 comments", "was founded in 1990 and now employs 5,000".
            if (timeMovesOnBetween(w, cue.last + 1, first))
                continue;
            return cue.occasion;
        }
        if (!cue.onlyAhead && cue.first > last && cue.first < clauseEnd &&
            w.clauseAround(cue.first, cue.first).first == clause)
            return cue.occasion;
    }
    return {};
}

} // namespace parallax::claims
