#pragma once

// A claim is one measured fact about the event ("people injured in Kyiv"), with every article's
// version of it. findClaims() (FindClaims.h) builds them; docs/claims.md says how mentions are
// grouped and how the status is decided, and why.

#include "numbers/NumberMention.h"
#include "text/Span.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace parallax {

// How the articles' versions of one claim compare, in the order claims are listed.
enum class ClaimStatus {
    Conflict,   // two articles give different values ("at least 23" vs "26": a hedge does not reconcile)
    Updated,    // the values change along publication time, or the text marks one as revised ("rose to")
    Rounding,   // the values differ only as one rounded value ("about 200" vs "197", "$180m" vs "$180.5m")
    Qualifier,  // one value, different hedges ("more than 40" vs "40")
    Formatting, // one value and hedge, written differently ("eleven" vs "11", "40%" vs "40 per cent")
    Consistent, // one value, written the same way (case aside: "One" at a sentence start is "one")
    Single,     // every variant comes from one article: nothing to compare it with
};

QString claimStatusName(ClaimStatus status); // the JSON spelling: "conflict", "qualifier", ...

// One article's mention of a claim.
struct ClaimVariant {
    int doc = 0;      // index into the documents given to findClaims
    int sentence = 0; // index into Document::sentences
    // As extractNumbers() returned it for that sentence: its spans are relative to the sentence text.
    NumberMention mention;
    Span span; // mention.span in Document::text (what a view highlights and the JSON's start/end)

    // What the claims stage read around the number (docs/claims.md), kept for the report and tests.
    QString unit;         // what it counts: the extractor's unit, or the one the claims stage inferred
                          // ("people" for "Fourteen were taken to hospital", "drone" for "72 of 550 drones")
    QString predicate;    // canonical verb: "injured", "killed", "launched", "hospitalised", "lasted" ...
    QString place;        // the place named in the sentence nearest the number ("Rostov"), else empty
    bool revised = false; // the text marks the value as a revision ("rose to 130", "up from 127")
};

struct Claim {
    QString id;        // "c1", "c2" ... in list order; stable for one input, not across inputs
    QString label;     // short human label: "people injured", "drones launched", "attack length"
    QString unit;      // what is counted or measured, as the extractor spells it: "people", "drone", "hour"
    QString predicate; // what happened, canonical: "injured" ...; "lasted" for a duration; may be empty
    QString head;      // what a measure describes, for durations the event: "attack", "fire", "call"
    bool headIsSubject = false; // a percentage's head is its subject ("turnout"), not what it is a share of
    QString place; // where, as written in the text ("Kyiv"); the article's place when no sentence says
    QString agent; // who did it, when a sentence names them by the verb ("Russia launched ..."), else empty
    // Whose estimate, where the articles set two sources' figures side by side ("police" against
    // "organisers"); else empty.
    QString source;
    QString occasion; // empty for the event itself; "earlier", "june", "2019" for a number about
                      // another occasion ("the previous record of 537", "in June alone")
    ClaimStatus status = ClaimStatus::Single;
    // How sure the engine is that the variants are one fact, from 0 to 1: the score of the weakest
    // link that joined two articles (ClaimScoring.h). 1 for a claim of one article. A disagreement
    // below kFirmConfidence is shown as "possible", not as a conflict (isFirmDisagreement).
    double confidence = 1;
    // Why the variants were joined, strongest first, in words a reader can check: "matched
    // sentence", "same subject 'New Democracy'", "counted noun 'seats'", "verb 'won'".
    QStringList evidence;
    int articles = 0;                   // distinct documents among the variants
    std::vector<ClaimVariant> variants; // by (doc, sentence, position)
};

} // namespace parallax
