#include "report/KeyFindings.h"

#include "claims/ClaimStatus.h"
#include "report/ClaimText.h"
#include "report/ReprintEdits.h"

#include <map>

namespace parallax {
namespace {

// Past this many pairs of one kind the findings count them; the detail sections list them all.
constexpr int kPairsNamed = 8;

QString count(qsizetype n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(n).arg(QString::fromUtf8(n == 1 ? one : many));
}

// An article's name in a sentence: an outlet as it is, a cut title in quotation marks so that it
// does not read as part of the sentence.
QString named(const ReportContext& c, int doc) {
    return c.doc(doc).source.trimmed().isEmpty() ? QStringLiteral("\u201c%1\u201d").arg(c.name(doc))
                                                 : c.name(doc);
}

QString reprintSentence(const ReportContext& c, const DocumentPair& p) {
    const ReprintEdits e = reprintEdits(c.analysis, p);
    const QString copy = named(c, e.copy), source = named(c, e.source);
    const QString head =
        e.directionKnown ? QStringLiteral("%1 is a reprint of %2").arg(copy, source)
                         : QStringLiteral("%1 and %2 are reprints of one text (which came first is unknown)")
                               .arg(source, copy);
    const double kept = std::max(p.containmentAInB, p.containmentBInA);
    return QStringLiteral("%1: %2 of the wording is shared; %3 kept as they were, %4 edited "
                          "(%5 changed, %6 added, %7 dropped), %8 added and %9 dropped.")
        .arg(head, QStringLiteral("%1%").arg(qRound(kept * 100)),
             count(e.sentencesKept, "sentence", "sentences"), QString::number(e.sentencesEdited),
             count(e.wordsChanged, "word", "words"), QString::number(e.wordsAdded),
             QString::number(e.wordsDropped),
             count(qsizetype(e.sentencesAdded.size()), "sentence", "sentences"),
             QString::number(e.sentencesDropped.size()));
}

void addPairFindings(const ReportContext& c, QStringList& out) {
    int reprints = 0, shared = 0;
    for (const DocumentPair& p : c.analysis.reuse.pairs) {
        if (p.relation == Relation::Reprint && reprints++ < kPairsNamed)
            out << reprintSentence(c, p);
        if (p.relation == Relation::SharedSource && shared++ < kPairsNamed)
            out << (p.original >= 0
                        ? QStringLiteral("%1 and %2 carry text from one source, probably %3 (%4).")
                              .arg(named(c, p.a), named(c, p.b), named(c, p.original),
                                   count(p.sharedSentences, "shared sentence", "shared sentences"))
                        : QStringLiteral("%1 and %2 carry text from one source (%3).")
                              .arg(named(c, p.a), named(c, p.b),
                                   count(p.sharedSentences, "shared sentence", "shared sentences")));
    }
    if (reprints > kPairsNamed)
        out << QStringLiteral("%1 reprints in all (the reprint section lists them).").arg(reprints);
    if (shared > kPairsNamed)
        out << QStringLiteral("%1 shared-source pairs in all.").arg(shared);
    if (reprints == 0 && shared == 0)
        out << QStringLiteral(
            "No article reprints another or shares a source's text with it: the articles were "
            "written independently.");
}

void addFamilyFindings(const ReportContext& c, QStringList& out) {
    int listed = 0, large = 0;
    for (const Family& f : c.families.families) {
        if (f.members.size() < 3)
            continue;
        ++large;
        if (listed++ >= kPairsNamed)
            continue;
        out << QStringLiteral("Syndication family of %1 articles led by %2.")
                   .arg(f.members.size())
                   .arg(named(c, f.lead));
    }
    if (large > kPairsNamed)
        out << QStringLiteral("%1 syndication families of three or more articles in all.").arg(large);
}

void addClaimFindings(const ReportContext& c, QStringList& out) {
    std::map<QString, int> byStatus;
    QStringList conflicts;
    for (const Claim& claim : c.analysis.claims) {
        ++byStatus[claimStatusText(claim)];
        if (isFirmDisagreement(claim) && claim.status == ClaimStatus::Conflict &&
            conflicts.size() < kPairsNamed) {
            QStringList values;
            for (const ValueGroup& g : valueGroups(claim))
                values << QStringLiteral("%1 (%2)").arg(
                    g.text, count(qsizetype(g.docs.size()), "article", "articles"));
            conflicts << QStringLiteral("%1: %2").arg(claim.label, values.join(QStringLiteral(" vs ")));
        }
    }
    const int compared = int(c.analysis.claims.size()) - byStatus[QStringLiteral("one article")];
    out << QStringLiteral(
               "%1 reported by two or more articles: %2 in conflict, %3 updated over time, %4 possible "
               "disagreements (low confidence), %5 differing by rounding, %6 by hedge, %7 by spelling; "
               "%8 agree.")
               .arg(count(compared, "number is", "numbers are"))
               .arg(byStatus[QStringLiteral("conflict")])
               .arg(byStatus[QStringLiteral("updated")])
               .arg(byStatus[QStringLiteral("possible conflict")] +
                    byStatus[QStringLiteral("possible update")])
               .arg(byStatus[QStringLiteral("rounding")])
               .arg(byStatus[QStringLiteral("hedge differs")])
               .arg(byStatus[QStringLiteral("spelling differs")])
               .arg(byStatus[QStringLiteral("agree")]);
    for (const QString& line : conflicts)
        out << QStringLiteral("Conflict over %1.").arg(line);
}

} // namespace

QStringList keyFindings(const ReportContext& context) {
    QStringList out;
    addPairFindings(context, out);
    addFamilyFindings(context, out);
    addClaimFindings(context, out);
    return out;
}

} // namespace parallax
