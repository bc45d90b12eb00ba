#include "report/ReportSections.h"

#include "claims/ClaimStatus.h"
#include "claims/Headline.h"
#include "report/ClaimText.h"
#include "report/HtmlText.h"
#include "report/VerdictText.h"

#include <algorithm>

namespace parallax {
namespace {

using html::esc;

QString variantRow(const ReportContext& c, const ClaimVariant& v) {
    const Document& doc = c.doc(v.doc);
    const Span sentence = variantSentenceSpan(doc, v.sentence);
    QString quote = html::quoteWithHighlight(doc, sentence, v.span);
    if (v.sentence == kHeadlineSentence)
        quote = QStringLiteral("<span class=\"small\">headline:</span> ") + quote;
    return QStringLiteral("<tr><td>%1 %2</td><td><b>%3</b></td><td>%4</td><td>%5</td></tr>\n")
        .arg(v.doc + 1)
        .arg(esc(c.name(v.doc)), esc(variantValueText(v)), esc(html::momentText(doc)), quote);
}

// The variants oldest first for an update (the order is the finding), in article order otherwise.
std::vector<const ClaimVariant*> orderedVariants(const ReportContext& c, const Claim& claim) {
    std::vector<const ClaimVariant*> variants;
    for (const ClaimVariant& v : claim.variants)
        variants.push_back(&v);
    if (claim.status == ClaimStatus::Updated)
        std::stable_sort(variants.begin(), variants.end(), [&](const ClaimVariant* x, const ClaimVariant* y) {
            const Document &dx = c.doc(x->doc), &dy = c.doc(y->doc);
            const QString mx = dx.published.isEmpty() ? dx.date : dx.published;
            const QString my = dy.published.isEmpty() ? dy.date : dy.published;
            return mx < my;
        });
    return variants;
}

QString timeline(const ReportContext& c, const std::vector<const ClaimVariant*>& variants) {
    QStringList steps;
    QString last;
    for (const ClaimVariant* v : variants) {
        const QString value = variantValueText(*v);
        if (value == last)
            continue;
        last = value;
        steps << QStringLiteral("<b>%1</b> (%2, %3)")
                     .arg(esc(value), esc(html::momentText(c.doc(v->doc))), esc(c.name(v->doc)));
    }
    return steps.join(QStringLiteral(" \u2192 "));
}

QString claimSection(const ReportContext& c, const Claim& claim, int index) {
    QString h = QStringLiteral("<h2 class=\"%1\">%2: %3</h2>\n")
                    .arg(claimStatusClass(claim), esc(claim.label), esc(claimStatusText(claim)));
    if (const Verdict* verdict = c.verdicts.claimVerdict(index))
        h += QStringLiteral("<p>%1</p>\n").arg(verdictHtml(*verdict));
    h += QStringLiteral("<p><b>Confidence</b> %1 (%2). <b>Why these are one fact:</b> %3.</p>\n")
             .arg(claim.confidence, 0, 'f', 2)
             .arg(claim.confidence >= kFirmConfidence
                      ? QStringLiteral("firm")
                      : QStringLiteral("low: read the sentences before relying on it"),
                  esc(claim.evidence.isEmpty() ? QStringLiteral("\u2014")
                                               : claim.evidence.join(QStringLiteral("; "))));
    const std::vector<const ClaimVariant*> variants = orderedVariants(c, claim);
    h += QStringLiteral("<p><b>Most articles give:</b> %1.").arg(esc(majorityText(claim)));
    if (claim.status == ClaimStatus::Updated)
        h += QStringLiteral(" <b>In time order:</b> %1.").arg(timeline(c, variants));
    h += QStringLiteral("</p>\n");
    h += html::tableStart({QStringLiteral("Article"), QStringLiteral("Value"), QStringLiteral("Published"),
                           QStringLiteral("Sentence")},
                          QStringLiteral("variants"), {20, 12, 14, 54});
    for (const ClaimVariant* v : variants)
        h += variantRow(c, *v);
    return h + html::tableEnd();
}

} // namespace

QString disagreementSections(const ReportContext& c) {
    QString h = html::chapter(QStringLiteral("disagreements"), QStringLiteral("Conflicts and updates"));
    const auto& claims = c.analysis.claims;
    if (std::none_of(claims.begin(), claims.end(), [](const Claim& claim) { return isDisagreement(claim); }))
        return h + QStringLiteral("<p>No two articles give different values for one fact.</p>\n");
    h += QStringLiteral(
        "<p>Each fact the articles give different values for, with every article's sentence; the "
        "number is marked. A conflict is two values for one fact at one time; an update is a value "
        "that changed as the story developed. Possible ones are joined on weaker evidence.</p>\n");
    for (size_t i = 0; i < claims.size(); ++i)
        if (isDisagreement(claims[i]))
            h += claimSection(c, claims[i], int(i));
    return h;
}

} // namespace parallax
