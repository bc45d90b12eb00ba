#include "report/ReportSections.h"

#include "report/HtmlText.h"
#include "report/VerdictText.h"

namespace parallax {
namespace {

using html::esc;

// What a verdict is about, as the reader of the report finds it: the claim's label and values, or
// the two articles of a pair.
QString subject(const ReportContext& c, const Verdict& v, int index) {
    if (v.target == VerdictTarget::Claim) {
        QString text = QStringLiteral("<b>%1</b> (%2)")
                           .arg(esc(v.claim.label), esc(v.claim.values.join(QStringLiteral(", "))));
        const int claim = c.verdicts.claimOf(index);
        if (claim >= 0)
            text += QStringLiteral(" <span class=\"small\">claim %1</span>")
                        .arg(esc(c.analysis.claims[size_t(claim)].id));
        return text;
    }
    const int pair = c.verdicts.pairOf(index);
    if (pair >= 0) {
        const DocumentPair& p = c.analysis.reuse.pairs[size_t(pair)];
        return QStringLiteral("%1 %2 and %3 %4")
            .arg(p.a + 1)
            .arg(esc(c.name(p.a)))
            .arg(p.b + 1)
            .arg(esc(c.name(p.b)));
    }
    return QStringLiteral("%1 and %2").arg(esc(v.pair.titleA), esc(v.pair.titleB));
}

} // namespace

QString verdictsSection(const ReportContext& c) {
    const auto& verdicts = c.verdicts.session().verdicts;
    if (verdicts.empty())
        return {};
    QString h = html::chapter(QStringLiteral("verdicts"), QStringLiteral("Verdicts and notes"));
    h += QStringLiteral(
        "<p>What the person who ran Parallax judged, claim by claim and pair by pair: <i>checked</i> "
        "(verified against the sources), <i>wrong</i> (the analysis is mistaken here), <i>fine</i> "
        "(right as found). A verdict stays with its claim when an article is edited; one whose claim "
        "is no longer found is listed as such.</p>\n");
    h += html::tableStart(
        {QStringLiteral("About"), QStringLiteral("Verdict"), QStringLiteral("Note"), QStringLiteral("Set")},
        QStringLiteral("variants"), {34, 10, 42, 14});
    for (size_t i = 0; i < verdicts.size(); ++i) {
        const Verdict& v = verdicts[i];
        const bool attached = c.verdicts.claimOf(int(i)) >= 0 || c.verdicts.pairOf(int(i)) >= 0;
        QString about = subject(c, v, int(i));
        if (!attached)
            about += QStringLiteral(" <span class=\"possible\">no longer found in the articles</span>");
        h += QStringLiteral("<tr><td>%1</td><td class=\"%2\"><b>%3</b></td><td>%4</td><td>%5</td></tr>\n")
                 .arg(about,
                      v.status == VerdictStatus::Wrong ? QStringLiteral("conflict") : QStringLiteral("agree"),
                      verdictWord(v.status), esc(v.note),
                      v.changed.isValid()
                          ? v.changed.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : QStringLiteral("\u2014"));
    }
    return h + html::tableEnd();
}

} // namespace parallax
