#pragma once

// Internal to lib/claims: what one number measures, as the keys claims are grouped by. Built from
// the sentence's NumberReadings (SentenceReading.h: noun, verb, doer, partitives) with the unit
// folded, the event a duration describes, the place and the occasion.

#include "claims/Places.h"
#include "claims/SentenceWords.h"
#include "lexicon/NounSenses.h"
#include "numbers/NumberMention.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace parallax::claims {

struct MentionFacts {
    int doc = 0;
    int sentence = 0;
    const NumberMention* mention = nullptr; // owned by the caller's mention lists
    Span span;                              // mention.span in Document::text
    int first = 0;                          // words of the sentence spelling the value
    int last = -1;
    int nounLast = -1; // last word of the value and the noun it counts ("550 Russian drones")

    // The comparison keys. Empty means "not said", never a value of its own.
    QString kindKey;          // "quantity" (counts and measures), "money", "percent", "fraction"
    QString unitKey;          // "people" for person, persons, others, man, woman; stems otherwise
    QString convertedUnitKey; // the unit of a bracketed conversion ("400km (250 miles)": "mile")
    // A measure's dimension when its unit converts to others of it (lexicon/UnitFactors.h): "time"
    // for "nine days" and "three weeks", "length" for "40 miles" and "64 km". Empty otherwise.
    QString dimensionKey;
    double dimensionFactor = 0; // the unit in the dimension's base unit (a day: 86,400 seconds)
    // The counted noun's WordNet senses, for other words for one kind of thing ("vessels" for
    // "boats"); empty for measures, people and nouns WordNet lacks (readMentions fills it).
    lexicon::NounSenses unitSenses;
    QString event;     // the predicate, or for durations and percentages the head's key
    QString occasion;  // Occasions.h; "further" for an increment ("another 14", "five more")
    QString agent;     // who did it, when named by the verb: "russia" in "Russia launched 550 drones"
    QString agentText; // as written: "Russia"
    // For an age, the person's given name when written ("jeremy" in "Jeremy Ortiz, 17"): two
    // given names under one family name are two people (agent holds the family name).
    QString givenName;
    // Who gave the figure, when the sentence says ("police" in "Police said 38,000"; Attribution.h),
    // and whether the article sets it against another source's value nearby: two sources'
    // estimates are two figures, not one fact told two ways.
    QString source;
    QString sourceText; // as written: "Organisers"
    bool sourceContrasted = false;
    QStringList places;         // PlaceName keys of the sentence, or the article's
    bool articlePlaces = false; // places came from the article, not the sentence

    // What the claim is shown as.
    QString unitText;           // the extractor's unit, or one inferred from the whole or the verb
    QString predicate;          // canonical ("injured"); "lasted" for a duration
    QString headText;           // "raid", "attack", "fire" for a duration; the "of" noun of a percentage
    bool headIsSubject = false; // a percentage's head is its verb's subject: "turnout reached 61%"
    QString placeText;          // the place nearest the number, as written
    QStringList placeTexts;     // every place of `places`, as written

    // The text marks this value as a revision of another ("rose to 130", "up from 127", "revised
    // ... to"): an article may give a fact two values when one of them is marked so.
    bool revised = false;
    bool container = false; // the whole of "72 out of 550 drones": the verb after it is the part's
};

// Units of time: a number of them is a duration.
bool isDurationUnit(const QString& unitKey);

// Facts for every comparable quantity (isComparableQuantity) among `mentions`, the numbers
// extractNumbers() found in sentence `w`. Other kinds are read for context only. `places` are
// findPlaces(w, links); a number takes those of its clause, else of its sentence, with the places
// `links` relates to them; when there are none it takes `context`: the article's places
// (contextIsArticle true) or places the caller knows the sentence shares (false).
std::vector<MentionFacts> readMentions(const SentenceWords& w, const std::vector<NumberMention>& mentions,
                                       const std::vector<PlaceName>& places, const PlaceLinks& links,
                                       const ArticlePlaces& context, bool contextIsArticle, int doc);

} // namespace parallax::claims
