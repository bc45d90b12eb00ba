// The user's verdicts in the report: beside their conflict, and in a section of their own.
#include "ReportTestUtil.h"
#include "SharedCorpus.h"

#include "report/ExportReport.h"
#include "report/ReportHtml.h"
#include "verdicts/VerdictBook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace parallax;

TEST(VerdictsReport, VerdictsAppearBesideTheirClaimAndInTheirSection) {
    const Analysis analysis = test::analyseFolder(test::sampleCorpusDir());
    int injured = -1;
    for (size_t c = 0; c < analysis.claims.size(); ++c)
        if (analysis.claims[c].status == ClaimStatus::Conflict &&
            analysis.claims[c].label.contains(u"injured"))
            injured = int(c);
    ASSERT_GE(injured, 0);

    VerdictBook book;
    book.attach(analysis.claims, analysis.reuse.pairs, analysis.corpus.documents);
    book.setClaimVerdict(injured, VerdictStatus::Wrong,
                         QStringLiteral("<b>19</b> counts two crew & the driver"));
    VerdictSession session = book.session();
    Verdict gone; // a claim no longer in the articles
    gone.claim = {
        QStringLiteral("sheep rescued"), {QStringLiteral("4")}, {QStringLiteral("Four sheep were rescued.")}};
    session.verdicts.push_back(gone);

    ReportOptions options;
    options.verdicts = std::make_shared<const VerdictSession>(session);
    const QString html = browserReportHtml(analysis, options);
    EXPECT_TRUE(html.contains(u"id=\"verdicts\""));
    // The note is article-like text: escaped, never markup.
    EXPECT_TRUE(html.contains(u"&lt;b&gt;19&lt;/b&gt; counts two crew &amp; the driver"));
    EXPECT_FALSE(html.contains(u"<b>19</b> counts"));
    // Beside the conflict, after its heading and before its variants table.
    const qsizetype chapter = html.indexOf(u"id=\"disagreements\"");
    ASSERT_GE(chapter, 0);
    const qsizetype heading = html.indexOf(
        QStringLiteral("<h2 class=\"conflict\">%1: ").arg(analysis.claims[size_t(injured)].label), chapter);
    ASSERT_GE(heading, 0);
    const qsizetype mark = html.indexOf(u"Your verdict: wrong", heading);
    EXPECT_GT(mark, heading);
    EXPECT_LT(mark, html.indexOf(u"<table", heading));
    EXPECT_TRUE(html.contains(u"no longer found in the articles"));

    // No session, no section.
    EXPECT_FALSE(browserReportHtml(analysis, {}).contains(u"id=\"verdicts\""));

    // The report's JSON carries them too.
    QString error;
    const QJsonObject json =
        QJsonDocument::fromJson(reportBytes(analysis, ReportFormat::Json, options, &error)).object();
    EXPECT_EQ(json[u"verdicts"].toArray().size(), 2);
}
