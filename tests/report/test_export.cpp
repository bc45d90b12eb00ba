// Writing the report: atomic, in the format the name asks for, with a message when it cannot.
#include "ReportTestUtil.h"
#include "SharedCorpus.h"

#include "analysis/AnalysisJson.h"
#include "report/ExportReport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace parallax;

namespace {

const Analysis& samples() {
    static const Analysis analysis = test::analyseFolder(test::sampleCorpusDir());
    return analysis;
}

QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST(ExportReport, FormatFollowsTheName) {
    EXPECT_EQ(reportFormatForPath("a/report.PDF"), ReportFormat::Pdf);
    EXPECT_EQ(reportFormatForPath("report.htm"), ReportFormat::Html);
    EXPECT_EQ(reportFormatForPath("report.html"), ReportFormat::Html);
    EXPECT_EQ(reportFormatForPath("report.json"), ReportFormat::Json);
    EXPECT_FALSE(reportFormatForPath("report.docx"));
    EXPECT_EQ(pageSizeForLocale(QLocale(QLocale::English, QLocale::UnitedStates)), ReportPageSize::Letter);
    EXPECT_EQ(pageSizeForLocale(QLocale(QLocale::German, QLocale::Germany)), ReportPageSize::A4);
    EXPECT_EQ(pageSizeFromName("letter"), ReportPageSize::Letter);
    EXPECT_FALSE(pageSizeFromName("A3"));
}

TEST(ExportReport, JsonIsTheAnalysisJson) {
    QTemporaryDir dir;
    const QString path = dir.filePath("a.json");
    ASSERT_EQ(exportReport(samples(), path, {}), QString());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(f.readAll()).object(), analysisToJson(samples()));
}

TEST(ExportReport, AFolderAsTheOutputIsRefusedWithAMessage) {
    QTemporaryDir dir;
    const QString folder = dir.filePath("report.pdf");
    ASSERT_TRUE(QDir().mkdir(folder));
    const QString error = exportReport(samples(), folder, {});
    EXPECT_TRUE(error.contains("is a folder")) << error.toStdString();
    EXPECT_TRUE(QFileInfo(folder).isDir());
    EXPECT_TRUE(filesIn(dir.path()).isEmpty());
}

TEST(ExportReport, AnUnwritablePlaceLeavesNoFileAndSaysWhy) {
    QTemporaryDir dir;
    // A regular file where a folder should be: fails for root too, unlike a read-only folder.
    QFile blocker(dir.filePath("not-a-folder"));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    for (const QString& path :
         {dir.filePath("not-a-folder/report.pdf"), dir.filePath("missing/report.html")}) {
        const QString error = exportReport(samples(), path, {});
        EXPECT_TRUE(error.startsWith("cannot write " + path)) << error.toStdString();
        EXPECT_FALSE(QFile::exists(path));
    }
    EXPECT_EQ(filesIn(dir.path()), QStringList{"not-a-folder"});
}

TEST(ExportReport, AnUnknownSuffixOrAnArticleIsRefused) {
    QTemporaryDir dir;
    EXPECT_TRUE(exportReport(samples(), dir.filePath("r.docx"), {}).contains(".pdf, .html or .json"));
    EXPECT_TRUE(filesIn(dir.path()).isEmpty());
    const QString article = samples().corpus.documents.front().path;
    QFile f(article);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    // An article with a report's suffix: copy one to a .html name and point the analysis at it.
    Analysis analysis = samples();
    const QString htmlArticle = dir.filePath("article.html");
    ASSERT_TRUE(QFile::copy(article, htmlArticle));
    analysis.corpus.documents.front().path = htmlArticle;
    EXPECT_TRUE(exportReport(analysis, htmlArticle, {}).contains("refusing to overwrite"));
    QFile copy(htmlArticle);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), before);
}

TEST(ExportReport, AnExistingFileIsReplacedWhole) {
    QTemporaryDir dir;
    const QString path = dir.filePath("r.html");
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(1 << 20, 'x'));
    old.close();
    ASSERT_EQ(exportReport(samples(), path, {}), QString());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("<!DOCTYPE html>"));
    EXPECT_FALSE(bytes.contains("xxxx"));
    EXPECT_EQ(filesIn(dir.path()), QStringList{"r.html"}); // no temporary left beside it
}
