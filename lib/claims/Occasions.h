#pragma once

// Internal to lib/claims: numbers about another occasion than the event itself. "surpassing the
// previous record of 537", "in June alone, Russia launched over 330 missiles", "in 2019 a fire ...":
// such a number is not a version of tonight's count and must not be compared with it.

#include "claims/SentenceWords.h"

#include <QString>
#include <vector>

namespace parallax::claims {

// A word or phrase that moves what follows it to another time: "previous", "last Saturday",
// "in June", "in 2019", "ago", "this year".
struct OccasionCue {
    int first = 0; // words of the sentence
    int last = 0;
    QString occasion; // "earlier", a month ("june"), a year ("2019"), "this year" (a running total)
    // Only for numbers after it: in "bringing the toll to 23 from an initial 18" the cue is 18's.
    bool onlyAhead = false;
};

std::vector<OccasionCue> findOccasionCues(const SentenceWords& w);

// The occasion of a number written on words [first, last]: a cue before it in the sentence (a
// fronted "in June alone," covers the clause after it), or one in its own clause after it ("537
// launched last Saturday"). Empty for the event itself.
QString occasionOf(const SentenceWords& w, const std::vector<OccasionCue>& cues, int first, int last);

} // namespace parallax::claims
