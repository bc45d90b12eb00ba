// The HTML report: one self-contained, well-formed file that loads nothing.
#include "ReportTestUtil.h"
#include "SharedCorpus.h"

#include "report/ReportHtml.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace parallax;

namespace {

qsizetype count(const QString& html, const QString& what) {
    return html.count(what, Qt::CaseInsensitive);
}

} // namespace

TEST(HtmlReport, SeedReportIsOneWellFormedSelfContainedPage) {
    PARALLAX_REQUIRE_SEEDS();
    const Analysis analysis = test::analyseFolder(test::seedCorpusDir());
    const QString html = browserReportHtml(analysis, {});
    EXPECT_TRUE(html.startsWith("<!DOCTYPE html>"));
    EXPECT_EQ(count(html, "<title>Parallax report"), 1);
    for (const char* tag : {"html", "head", "body", "style"}) {
        EXPECT_EQ(count(html, QStringLiteral("<%1").arg(QLatin1String(tag))), 1) << tag;
        EXPECT_EQ(count(html, QStringLiteral("</%1>").arg(QLatin1String(tag))), 1) << tag;
    }
    for (const char* tag :
         {"table", "thead", "tbody", "tr", "td", "th", "ul", "li", "h1", "h2", "p", "svg"}) {
        const QRegularExpression open(QStringLiteral("<%1[ >]").arg(QLatin1String(tag)));
        EXPECT_EQ(html.count(open), count(html, QStringLiteral("</%1>").arg(QLatin1String(tag)))) << tag;
    }
    // Every table carries its header row in a thead (print repeats it on each page).
    EXPECT_EQ(count(html, "<table class=\"grid"), count(html, "<thead>"));
    EXPECT_GE(count(html, "<thead>"), 6);
    for (const char* id : {"sources", "matrix", "disagreements", "reprints", "pictures", "sharing", "method"})
        EXPECT_TRUE(html.contains(QStringLiteral("id=\"%1\"").arg(QLatin1String(id)))) << id;
    EXPECT_EQ(count(html, "<svg"), 2); // who copied whom, and the heat map
    EXPECT_TRUE(html.contains("Content-Security-Policy"));
    EXPECT_EQ(count(html, "<script"), 0);
    EXPECT_EQ(count(html, "<img"), 0);
    EXPECT_EQ(count(html, "<link"), 0);
    EXPECT_FALSE(html.contains(QRegularExpression("(src|href)=\"(https?|file):")));
    for (const Document& doc : analysis.corpus.documents)
        EXPECT_TRUE(html.contains(doc.sha256));
}
