// The claims engine against the gold annotations of real coverage (tests/data/claims/gold): the
// totals of the tuning folders stay at or above what was measured when the scoring model was set
// (docs/claims.md, "Measured"). The targets are higher; these floors catch regressions.

#include "SharedCorpus.h"
#include "analysis/Pipeline.h"
#include "claims/eval/ClaimsEval.h"

#include <QDir>

#include <gtest/gtest.h>

namespace {

using namespace parallax;

QString ecbPlusDir() {
    return QStringLiteral(PARALLAX_SHARED_DIR "/corpus/ecbplus-dev");
}

eval::ClaimsScore scoreSplit(const QString& split, const QString& goldDir = QStringLiteral("/claims/gold"),
                             const QString& corpusDir = ecbPlusDir()) {
    const QDir gold(test::testDataDir() + goldDir);
    eval::ClaimsScore total;
    for (const QString& name : gold.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        std::atomic_bool cancel{false};
        const Analysis analysis = analyzeFolder(QDir(corpusDir).filePath(name.chopped(5)), {}, cancel);
        const eval::ClaimsScore s = eval::scoreClaims(analysis, gold.filePath(name));
        if (s.split == split)
            total.add(s);
    }
    return total;
}

// An invented set of tests/data/claims: SET-gold scored against SET-corpus, split SET.
eval::ClaimsScore scoreInventedSet(const QString& set) {
    return scoreSplit(set, QStringLiteral("/claims/%1-gold").arg(set),
                      test::testDataDir() + QStringLiteral("/claims/%1-corpus").arg(set));
}

TEST(ClaimsEval, TuningFoldersStayAtTheirMeasuredFigures) {
    if (!QDir(ecbPlusDir()).exists())
        GTEST_SKIP() << "ECB+ development corpus not found at " << ecbPlusDir().toStdString()
                     << " (it lives in ../shared beside the checkout and is never copied in)";
    const eval::ClaimsScore s = scoreSplit(QStringLiteral("tune"));
    ASSERT_GT(s.goldDisagreements, 20) << "the gold files were not read";
    ASSERT_GT(s.reported, 0);
    // Nearly every gold mention is found as a claim variant: the cues and values still match.
    EXPECT_GE(double(s.goldMentionsMatched) / s.goldMentions, 0.85);
    EXPECT_GE(double(s.reportedOneFact) / s.reported, 0.85) << "conflict precision";
    // Floors at the measured figures (docs/claims.md). The last eight dev folders joined the tuning
    // set in session 6 with five more disagreements, none found (10/34 clean); session 8's
    // temperature reading found one (11/34), session 11's "married" another (13/34), session 12's
    // close values another (14/34), session 14's "how long ago" spans another (15/34) and its verbs
    // "held" and "received" two more (17/34), "almost 90%" against 93.87 another (18/34), what a
    // measure measures another (19/34), session 17's weight after a height another (20/34) and its
    // buildings, doors and houses away another (21/34), session 18's box-office verbs
    // ("grossed", "brought in") another (22/34), two values of one contract another (23/34) and
    // "required for more than two decades" as how long consultations had run another (24/34).
    EXPECT_GE(double(s.clean) / s.goldDisagreements, 0.7) << "clean disagreement recall";
    // The window issue's figure: a disagreement's two differing values on one alignment row (15/34
    // since possible disagreements anchor rows too; 17/34 since session 9's readings; 23/34 since
    // session 13's related numbers and ties to every value's first sentence; 25/34 since session
    // 14's "how long ago" spans and roundings tied like disagreements; 28/34 since session 16's
    // matched disagreements joining first, "5-foot - 8,135 pounds" and "last December"; 29/34 since
    // session 17's distances along a street). The target is 80%.
    EXPECT_GE(double(s.sameRow) / s.goldDisagreements, 0.8) << "same row";
    // Agreement is shown too: two articles stating one value share a claim.
    EXPECT_GE(double(s.agreeingJoined) / s.agreeingStated, 0.63) << "agreements shown";
    EXPECT_LE(double(s.falseAlarms) / s.goldAgreeing, 0.01) << "false alarms";
    // 0.07 measured; an age told at two moments ("Orozco, 27" sought, "29" at trial) is one
    // possible claim, by design (docs/claims.md).
    EXPECT_LE(double(s.trapsGrouped) / s.traps, 0.09) << "traps grouped";
}

// The floors an invented set's figures must stay at (each set's test gives them and why).
struct InventedSetFloors {
    int goldDisagreements; // more than this many, or the gold files were not read
    double precision;
    double falseAlarms; // at most
    double traps;       // at most
    double clean;
    double agreed;  // 0: not held
    double sameRow; // two differing values of a disagreement on one row
};

void expectInventedSetHolds(const QString& set, const InventedSetFloors& floor) {
    const eval::ClaimsScore s = scoreInventedSet(set);
    ASSERT_GT(s.goldDisagreements, floor.goldDisagreements)
        << "the " << set.toStdString() << " gold files were not read";
    ASSERT_GT(s.reported, 0);
    EXPECT_GE(double(s.reportedOneFact) / s.reported, floor.precision) << "conflict precision";
    EXPECT_LE(double(s.falseAlarms) / s.goldAgreeing, floor.falseAlarms) << "false alarms";
    EXPECT_LE(double(s.trapsGrouped) / s.traps, floor.traps) << "traps grouped";
    EXPECT_GE(double(s.clean) / s.goldDisagreements, floor.clean) << "clean disagreement recall";
    if (floor.agreed > 0)
        EXPECT_GE(double(s.agreeingJoined) / s.agreeingStated, floor.agreed) << "agreements shown";
    EXPECT_GE(double(s.sameRow) / s.goldDisagreements, floor.sameRow) << "same row";
}

// The invented probe folders (tests/data/claims/probe-gold/README.md), written in session 11 to
// trap the rules with numbers about different but similar things: the wrong conflicts found there
// stay fixed. Tuned on, so a regression guard, not a measure of accuracy.
// Session 11 measured: precision 19/20 (17/24 before its rules), false alarms 3/193 (10), traps
// grouped 18/263 (21), clean 17/61 (14). Session 12: close values, clean 25/61, precision 28/31,
// false alarms 5/193; undated ages one year apart, clean 31/61, precision 34/37. Session 13: "mAh"
// a unit, false alarms 4/193, precision 34/36; same row 39/61 -> 41/61 (the rows' changes).
// Session 16: same row 40/61, a possible wind-speed disagreement giving its row to a firm one
// whose matched pair now joins first.
TEST(ClaimsEval, ProbeFoldersKeepTheirWrongConflictsFixed) {
    expectInventedSetHolds(QStringLiteral("probe"), {50, 0.9, 0.03, 0.075, 0.5, 0, 0.65});
}

// The second invented set (tests/data/claims/probe2-gold/README.md), written by someone who never
// saw the rules and kept held out: floors at the measured figures, so a rule that helps one set
// by breaking unseen text shows here. Measured in session 11: precision 14/16, false alarms 4/108,
// traps 6/95, clean 10/50, agreed 59/108. Session 12 (each rule checked here once, not tuned on):
// close values, precision 18/20, false alarms 5/108 (the bar is 5%), clean 13/50; undated
// ages one year apart, clean 14/50, precision 19/21. Session 13: same row 26/50 -> 34/50.
// Session 14, the verbs "held" and "received": clean 15/50, precision 20/22, but a hostage count
// found as one disagreement lost its shared row (33/50) and one agreeing count took a "held" the
// other statements lack (agreed 58/108); what a measure measures, agreed 59/108. Session 15:
// alike sentences as compared sentences, same row 34/50; undated articles dated by the years they
// name, clean 17/50, precision 22/24. Session 18, "its first day/week/weekend" as a part of the
// run: traps 5/95, agreed 60/108, but same row 33/50 (probe4 gained a clean disagreement and lost a
// grouped trap from the same rule).
TEST(ClaimsEval, HeldOutProbeFoldersStayAtTheirMeasuredFigures) {
    expectInventedSetHolds(QStringLiteral("probe2"), {40, 0.9, 0.05, 0.06, 0.34, 0.55, 0.66});
}

// The third invented set (tests/data/claims/probe3-gold/README.md), written in session 12 by
// someone who saw neither the rules nor the other sets, and kept held out like the second.
// Measured in session 12: precision 8/10 (5/7 with the session's start engine), false alarms 4/112
// (3), traps 1/75, clean 7/48 (5), agreed 67/111. Session 13: same row 20/48 -> 24/48. Session
// 14: agreed 66/111, one agreeing span ("N days earlier" against a plain duration) now apart,
// the price of reading "N days earlier" as how long ago, which the real tuning folders support;
// what a measure measures: clean 10/48, precision 11/13, same row 25/48. Session 15: alike
// sentences, same row 26/48; undated articles dated by the years they name, clean 11/48,
// precision 12/14. Session 18, "consultation" as a thing that lasts (found a tuning disagreement):
// agreed 65/111, one agreeing span now apart.
TEST(ClaimsEval, ThirdHeldOutProbeSetStaysAtItsMeasuredFigures) {
    expectInventedSetHolds(QStringLiteral("probe3"), {40, 0.85, 0.04, 0.02, 0.22, 0.58, 0.54});
}

// The fourth invented set (tests/data/claims/probe4-gold/README.md), written in session 15 by
// someone who saw neither the rules nor the other sets, and scored once at the end of that
// session: precision 12/16, false alarms 4/141, traps 2/183, clean 11/64, agreed 65/134, same
// row 23/64. Held out like the second and third: floors at the measured figures. Session 18, "its
// first day" as a part of the run: clean 12/64, precision 13/17, traps 1/183.
TEST(ClaimsEval, FourthHeldOutProbeSetStaysAtItsMeasuredFigures) {
    expectInventedSetHolds(QStringLiteral("probe4"), {55, 0.75, 0.03, 0.01, 0.18, 0.48, 0.35});
}

} // namespace
