// eval_claims: scores the engine's claims against the gold annotations of real folders and prints
// per folder and in total the measures of docs/claims.md. scripts/eval-claims builds and runs it.
//
//     eval_claims [--verbose] [--split tune|heldout|probe] GOLD_DIR CORPUS_DIR

#include "analysis/Pipeline.h"
#include "claims/eval/ClaimsEval.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <atomic>
#include <cstdio>

using namespace parallax;

namespace {

QString ratio(int num, int den) {
    return den == 0 ? QStringLiteral("   -") : QString::number(double(num) / den, 'f', 2);
}

QString row(const eval::ClaimsScore& s, const QString& name) {
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11")
        .arg(name, -22)
        .arg(QStringLiteral("%1/%2").arg(s.found).arg(s.goldDisagreements), 7)
        .arg(QStringLiteral("%1/%2").arg(s.foundPossible).arg(s.goldDisagreements), 9)
        .arg(QStringLiteral("%1 (%2)").arg(s.clean).arg(ratio(s.clean, s.goldDisagreements)), 11)
        .arg(QStringLiteral("%1/%2 (%3)")
                 .arg(s.falseAlarms)
                 .arg(s.goldAgreeing)
                 .arg(ratio(s.falseAlarms, s.goldAgreeing)),
             14)
        .arg(
            QStringLiteral("%1/%2 (%3)").arg(s.trapsGrouped).arg(s.traps).arg(ratio(s.trapsGrouped, s.traps)),
            14)
        .arg(QStringLiteral("%1/%2 (%3)")
                 .arg(s.reportedOneFact)
                 .arg(s.reported)
                 .arg(ratio(s.reportedOneFact, s.reported)),
             14)
        .arg(s.possible, 8)
        .arg(QStringLiteral("%1/%2").arg(s.goldMentionsMatched).arg(s.goldMentions), 9)
        .arg(QStringLiteral("%1/%2").arg(s.sameRow).arg(s.goldDisagreements), 10)
        .arg(QStringLiteral("%1/%2").arg(s.agreeingJoined).arg(s.agreeingStated), 10);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    QString onlySplit;
    if (const qsizetype i = args.indexOf(QStringLiteral("--split")); i >= 0 && i + 1 < args.size()) {
        onlySplit = args[i + 1];
        args.remove(i, 2);
    }
    if (args.size() != 2) {
        std::fprintf(stderr,
                     "usage: eval_claims [--verbose] [--split tune|heldout|probe] GOLD_DIR CORPUS_DIR\n");
        return 2;
    }
    const QDir gold(args[0]), corpus(args[1]);
    if (!corpus.exists()) {
        std::fprintf(stderr,
                     "eval_claims: corpus folder %s not found (it lives in ../shared beside the checkout)\n",
                     qPrintable(corpus.path()));
        return 2;
    }
    QTextStream out(stdout);
    // The legend first, so that the last lines are the totals.
    out << "found: gold disagreements shown as one; +possible: also counting 'possible' disagreements;\n"
           "clean: found by a claim holding that fact only (share of all);\n"
           "false alarms: agreeing or rounding facts inside a disagreement; precision: reported "
           "disagreements\n"
           "that are one fact; same row: disagreements with two differing values on one row of the\n"
           "side-by-side alignment; agreed: agreeing facts the engine read in two articles or more\n"
           "that it shows as one claim across two of them; * held out.\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11\n")
               .arg(QStringLiteral("folder"), -22)
               .arg(QStringLiteral("found"), 7)
               .arg(QStringLiteral("+possible"), 9)
               .arg(QStringLiteral("clean"), 11)
               .arg(QStringLiteral("false alarms"), 14)
               .arg(QStringLiteral("traps grouped"), 14)
               .arg(QStringLiteral("precision"), 14)
               .arg(QStringLiteral("possible"), 8)
               .arg(QStringLiteral("matched"), 9)
               .arg(QStringLiteral("same row"), 10)
               .arg(QStringLiteral("agreed"), 10);
    QMap<QString, eval::ClaimsScore> totals;
    for (const QString& name : gold.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString folder = corpus.filePath(name.chopped(5));
        std::atomic_bool cancel{false};
        const Analysis analysis = analyzeFolder(folder, PipelineOptions{}, cancel);
        const eval::ClaimsScore s = eval::scoreClaims(analysis, gold.filePath(name));
        if (!onlySplit.isEmpty() && s.split != onlySplit)
            continue;
        out << row(s, s.folder + (s.split == u"heldout" ? QStringLiteral(" *") : QString())) << '\n';
        if (verbose)
            for (const QString& d : s.details)
                out << d << '\n';
        out.flush();
        totals[s.split].add(s);
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        out << row(*it, QStringLiteral("TOTAL ") + it.key()) << '\n';
    // Where recall is lost: before the grouping (no candidate pair), in the score, or in the joins.
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        out << QStringLiteral("candidates %1: of %2 disagreements, %3 have a pair of differing values "
                              "the model scores; the best pair reaches the join score in %4, the firm "
                              "score in %5\n")
                   .arg(it.key())
                   .arg(it->goldDisagreements)
                   .arg(it->candidatePair)
                   .arg(it->candidateJoins)
                   .arg(it->candidateFirm);
    // What the muted "possible" tier shows a reader: one fact, two facts, or numbers nobody annotated.
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        out << QStringLiteral("possible %1: %2 shown muted; %3 hold one gold fact, %4 mix two or more, "
                              "the rest no annotated fact\n")
                   .arg(it.key())
                   .arg(it->possible)
                   .arg(it->possibleOneFact)
                   .arg(it->possibleMixed);
    return 0;
}
