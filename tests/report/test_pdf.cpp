// The PDF report of real folders, read back with pdftotext: what a fact-checker would search for.
#include "ReportTestUtil.h"
#include "SharedCorpus.h"

#include "analysis/DisplayNames.h"
#include "claims/ClaimStatus.h"
#include "report/ClaimText.h"
#include "report/ExportReport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace parallax;

namespace {

// Text as test::pdfText() gives it back.
QString searchable(const QString& text) {
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QString ecbFolder() {
    return QStringLiteral(PARALLAX_SHARED_DIR "/corpus/ecbplus-dev/12-ecb");
}

} // namespace

TEST(PdfReport, SeedReportHoldsEveryArticleTheReprintAndEveryConflictingValue) {
    PARALLAX_REQUIRE_SEEDS();
    const Analysis analysis = test::analyseFolder(test::seedCorpusDir());
    QTemporaryDir dir;
    const QString path = dir.filePath("seeds.pdf");
    ASSERT_EQ(exportReport(analysis, path, {}), QString());
    PARALLAX_PDF_TEXT(text, path);

    const std::vector<QString> names = displayNames(analysis.corpus.documents);
    for (size_t d = 0; d < analysis.corpus.documents.size(); ++d) {
        const Document& doc = analysis.corpus.documents[d];
        EXPECT_TRUE(text.contains(doc.relativePath)) << doc.relativePath.toStdString();
        EXPECT_TRUE(text.contains(doc.sha256)) << doc.sha256.toStdString();
        EXPECT_TRUE(text.contains(searchable(names[d]))) << names[d].toStdString();
        if (!doc.source.isEmpty())
            EXPECT_TRUE(text.contains(doc.source)) << doc.source.toStdString();
    }
    // pdftotext joins a word broken at its hyphen across lines ("record-breaking" -> "recordbreaking").
    const QString unhyphenated = QString(text).remove(u'-');
    EXPECT_TRUE(text.contains("is a reprint of"));
    EXPECT_TRUE(text.contains("Reprints, word by word"));
    int conflicts = 0;
    for (const Claim& claim : analysis.claims) {
        if (!isFirmDisagreement(claim))
            continue;
        ++conflicts;
        EXPECT_TRUE(text.contains(claim.label + ": conflict")) << claim.label.toStdString();
        for (const ClaimVariant& v : claim.variants)
            EXPECT_TRUE(unhyphenated.contains(searchable(variantValueText(v)).remove(u'-')))
                << variantValueText(v).toStdString();
    }
    EXPECT_EQ(conflicts, 3); // docs/claims.md: attack length, drones launched, people injured
    EXPECT_TRUE(text.contains("page 1 of"));
    EXPECT_TRUE(text.contains("Appendix: how Parallax decides"));
}

TEST(PdfReport, SeedReportIsWrittenInUnderTwoSeconds) {
    PARALLAX_REQUIRE_SEEDS();
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    const Analysis analysis = test::analyseFolder(test::seedCorpusDir());
    ASSERT_EQ(exportReport(analysis, dir.filePath("seeds.pdf"), {}), QString());
    const qint64 total = timer.elapsed();
    RecordProperty("milliseconds", int(total));
    EXPECT_LT(total, 2000) << "analysis and PDF took " << total << " ms";
}

TEST(PdfReport, PageSizeIsTheOneAskedFor) {
    PARALLAX_REQUIRE_SEEDS();
    const Analysis analysis = test::analyseFolder(test::seedCorpusDir());
    for (const auto& [size, box] : {std::pair{ReportPageSize::A4, QByteArray("/MediaBox [0 0 595")},
                                    std::pair{ReportPageSize::Letter, QByteArray("/MediaBox [0 0 612")}}) {
        ReportOptions options;
        options.pageSize = size;
        QString error;
        const QByteArray pdf = reportBytes(analysis, ReportFormat::Pdf, options, &error);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        EXPECT_TRUE(pdf.startsWith("%PDF-"));
        EXPECT_TRUE(pdf.contains(box)) << box.toStdString();
    }
}

TEST(PdfReport, EcbFolderOfNineteenArticlesNamesEachFileAndGroupsTheMatrixByFamily) {
    if (!QFile::exists(ecbFolder()))
        GTEST_SKIP() << "ECB+ corpus not found at " << ecbFolder().toStdString()
                     << " (it lives in ../shared beside the checkout)";
    const Analysis analysis = test::analyseFolder(ecbFolder());
    ASSERT_GE(analysis.corpus.documents.size(), 10u);
    QTemporaryDir dir;
    const QString path = dir.filePath("ecb.pdf");
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(exportReport(analysis, path, {}), QString());
    EXPECT_LT(timer.elapsed(), 3000);
    PARALLAX_PDF_TEXT(text, path);
    for (const Document& doc : analysis.corpus.documents)
        EXPECT_TRUE(text.contains(doc.relativePath)) << doc.relativePath.toStdString();
    EXPECT_TRUE(text.contains("syndication family"));
    EXPECT_TRUE(text.contains("Conflicts and updates"));
}
