#pragma once

// Internal to lib/claims: who gave a number, where the sentence says so. A crowd, a toll or a cost
// is often reported as two estimates side by side: "Police said 38,000 people took part, while
// organisers put the number at 150,000." Each outlet repeats both faithfully; pairing one
// outlet's police figure with another's organisers' figure makes a conflict no outlet made.

#include "claims/MentionFacts.h"
#include "claims/SentenceWords.h"

#include <QString>

#include <vector>

namespace parallax::claims {

// The source of the number at words [first, last] of `w`: a key ("police", "organiser", "union",
// "ministry") and the word as written ("Organisers"); empty when its clause names none. Read from
// "X said N", "X put the number at N", "according to X" in the number's clause, and "..., X
// said." closing the sentence.
struct Source {
    QString key;
    QString text;
};
Source attributedSource(const SentenceWords& w, int first, int last);

// Marks the facts of one article whose source is contrasted with another source's different
// value of the same kind in the same sentence (MentionFacts::sourceContrasted): "Police said
// 38,000, while organisers put it at 150,000". Not a revision ("up from the 19 the coast guard
// reported") nor another occasion: a toll one source gave earlier and another gives now is one
// fact told over time.
void markContrastedSources(std::vector<MentionFacts>& factsOfOneArticle);

// True when two facts are two sources' estimates: both attributed, to different sources, and at
// least one set against another source's value in its own article.
bool otherSourcesEstimates(const MentionFacts& a, const MentionFacts& b);

} // namespace parallax::claims
