#pragma once

// Scores the claims of one analysed folder against its gold annotation
// (tests/data/claims/gold/README.md). Used by the eval_claims command (scripts/eval-claims) and by
// the test that keeps the totals above the targets of docs/claims.md.

#include "analysis/Analysis.h"

#include <QString>
#include <QStringList>

namespace parallax::eval {

struct ClaimsScore {
    QString folder;
    QString split; // "tune" or "heldout"

    int goldDisagreements = 0; // gold facts with status conflict or update
    int found = 0;             // ... shown as a disagreement by a claim holding two of their values
    int clean = 0;             // ... by a claim that holds nothing but that fact
    int foundPossible = 0;     // ... shown as a disagreement, firm or "possible"
    int goldAgreeing = 0;      // gold facts with status agree or rounding
    int falseAlarms = 0;       // ... with a mention inside a claim shown as a disagreement
    int agreeingStated = 0;    // ... whose mentions the engine extracted in two articles or more
    int agreeingJoined = 0;    // ... two of those articles in one claim: "eleven = 11" shown as one fact
    int traps = 0;             // traps whose two mentions the engine extracted
    int trapsGrouped = 0;      // ... put in one claim
    int reported = 0;          // claims shown as a disagreement (conflict or updated, not "possible")
    int reportedOneFact = 0;   // ... whose mentions are all one gold fact
    int possible = 0;          // disagreements drawn as "possible" (low confidence), not counted above
    int possibleOneFact = 0;   // ... whose mentions are all one gold fact
    int possibleMixed = 0;     // ... holding mentions of two gold facts or more
    int sameRow = 0;           // gold disagreements with two differing values on one row of the panes
    // Where recall is lost: gold disagreements whose differing values (in two articles) are a
    // candidate pair of the scoring model at all, and whose best such pair reaches the join and
    // the firm score (claims/ClaimScoring.h).
    int candidatePair = 0;
    int candidateJoins = 0;
    int candidateFirm = 0;
    int goldMentions = 0;
    int goldMentionsMatched = 0; // gold mentions the engine extracted as a claim variant

    QStringList details; // one line per miss, false alarm, imprecise conflict and grouped trap

    void add(const ClaimsScore& other);
};

// Scores `analysis` (a full analysis of the folder) against the gold file. An unreadable gold file
// gives a score with an explanation in details and no facts.
ClaimsScore scoreClaims(const Analysis& analysis, const QString& goldFile);

} // namespace parallax::eval
