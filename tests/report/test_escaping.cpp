// Article text is evidence, never markup: an article that contains HTML prints it as characters.
#include "ReportTestUtil.h"

#include "report/ExportReport.h"
#include "report/ReportContext.h"
#include "report/ReportHtml.h"
#include "report/SealedTextDocument.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

#include <gtest/gtest.h>

using namespace parallax;

namespace {

// Two copies of one story whose text carries markup, so it reaches the sources table (title),
// the reprint diff and the claims with their sentences.
const char* kArticle =
    "Markup <b>bold</b> & <img src=\"file:///etc/passwd\"> in a headline\n\n"
    "At least 23 people were injured when <b>the</b> warehouse burned, officials said & added that x < 5 "
    "<img src=\"http://example.com/track.png\"> was a typo.\n\n"
    "The fire lasted seven hours before crews brought it under control, a spokesman said.\n\n"
    "Residents were told to keep windows closed because of the smoke <script>alert(1)</script>.\n\n"
    "The cause of the fire is not yet known, the fire service said on Monday.\n";

const char* kCopy =
    "Markup <b>bold</b> & <img src=\"file:///etc/passwd\"> in a headline\n\n"
    "At least 26 people were injured when <b>the</b> warehouse burned, officials said & added that x < 5 "
    "<img src=\"http://example.com/track.png\"> was a typo.\n\n"
    "The fire lasted seven hours before crews brought it under control, a spokesman said.\n\n"
    "Residents were told to keep windows closed because of the smoke <script>alert(1)</script>.\n\n"
    "The cause of the fire is not yet known, the fire service said on Monday.\n";

class Escaping : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(folder.isValid());
        for (const auto& [name, text] : {std::pair{"a.txt", kArticle}, std::pair{"b.txt", kCopy}}) {
            QFile f(folder.filePath(QString::fromLatin1(name)));
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        analysis = test::analyseFolder(folder.path());
        ASSERT_EQ(analysis.corpus.documents.size(), 2u);
    }
    QTemporaryDir folder;
    Analysis analysis;
};

} // namespace

TEST_F(Escaping, HtmlReportPrintsMarkupAsText) {
    const QString html = browserReportHtml(analysis, {});
    EXPECT_FALSE(html.contains("<b>bold</b>"));
    EXPECT_FALSE(html.contains("<img src=\"file"));
    EXPECT_FALSE(html.contains("<img src=\"http"));
    EXPECT_FALSE(html.contains("<script>alert"));
    EXPECT_TRUE(html.contains("&lt;b&gt;bold&lt;/b&gt;"));
    EXPECT_TRUE(html.contains("&lt;img src=&quot;file:///etc/passwd&quot;&gt;"));
    EXPECT_TRUE(html.contains("x &lt; 5"));
    EXPECT_TRUE(html.contains("said &amp; added"));
}

TEST_F(Escaping, PdfReportPrintsMarkupAsText) {
    QTemporaryDir out;
    const QString path = out.filePath("markup.pdf");
    ASSERT_EQ(exportReport(analysis, path, {}), QString());
    PARALLAX_PDF_TEXT(text, path);
    EXPECT_TRUE(text.contains("<b>bold</b>")) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains("<img src=\"file:///etc/passwd\">"));
    EXPECT_TRUE(text.contains("x < 5"));
    EXPECT_TRUE(text.contains("said & added"));
    EXPECT_TRUE(text.contains("<script>alert(1)</script>"));
}

TEST_F(Escaping, PrintDocumentHoldsNoImageButTheReportsOwnPictures) {
    SealedTextDocument doc;
    const ReportContext context(analysis, {}, [&](const Figure&, const QString& name) {
        return QStringLiteral("<img src=\"parallax-figure:%1\">").arg(name);
    });
    doc.setHtml(reportBody(context));
    int images = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat()) {
                ++images;
                EXPECT_TRUE(it.fragment().charFormat().toImageFormat().name().startsWith("parallax-figure:"))
                    << it.fragment().charFormat().toImageFormat().name().toStdString();
            }
    EXPECT_GE(images, 1);
}

TEST(SealedTextDocument, LoadsNoFileItWasNotGiven) {
    QTemporaryDir dir;
    QFile f(dir.filePath("secret.css"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("p { color: red }");
    f.close();
    SealedTextDocument doc;
    EXPECT_FALSE(
        doc.resource(QTextDocument::StyleSheetResource, QUrl::fromLocalFile(f.fileName())).isValid());
    QTextDocument open;
    EXPECT_TRUE(open.resource(QTextDocument::StyleSheetResource, QUrl::fromLocalFile(f.fileName())).isValid())
        << "a plain QTextDocument reads local files: the reason SealedTextDocument exists";
}
