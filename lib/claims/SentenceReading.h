#pragma once

// Internal to lib/claims: how each number of a sentence is read before it becomes MentionFacts: its
// words, the noun it counts, whether it is the whole or the part of a partitive ("72 out of 550
// drones"), the verb it belongs to and who did it. The extractor reads what stands next to a number;
// this reads the clause around it, with the partitives and lists news copy is made of.

#include "claims/Places.h"
#include "claims/SentenceWords.h"
#include "numbers/NumberMention.h"

#include <QString>

#include <vector>

namespace parallax::claims {

struct NumberReading {
    const NumberMention* m = nullptr;
    int first = 0, last = -1; // words of the value
    int nounLast = -1;        // last word of the value and the noun it counts
    int qualFirst = -1;       // first word of the hedge, -1 when none
    int containerOf = -1;     // index of the part when this is the whole ("72 out of 550")
    int partOf = -1;          // index of the whole when this is the part
    bool fronted = false;     // "Of the 550 drones launched overnight, 72 ...": the whole has its own verb
    bool peopleByPartitive = false;   // "twelve of the wounded", "Of the injured, twelve ..."
    QString unit;                     // the extractor's unit, or one inferred (the whole's, "people")
    QString predicate;                // canonical verb (Predicates.h), empty when none
    bool predicateFromObject = false; // found before the number ("launched 550"): lists share it
    QString agent;                    // who did it, as written ("Russia"), empty when not said
};

// One reading per mention of `mentions` (extractNumbers() of sentence `w`), in the same order.
// `places` are findPlaces(w): a place ending a subject ("an attack on Rostov killed ...") is where,
// not who.
std::vector<NumberReading> readNumbers(const SentenceWords& w, const std::vector<NumberMention>& mentions,
                                       const std::vector<PlaceName>& places);

// person, persons, people, others, man, woman ...: people in general.
bool isPeopleNoun(const QString& lowerWord);

// The span of a mention (relative to the sentence) in the document's text.
inline Span absolute(Span relative, const SentenceWords& w) {
    const qsizetype base = w.sentenceSpan().start;
    return {relative.start + base, relative.end + base};
}

} // namespace parallax::claims
