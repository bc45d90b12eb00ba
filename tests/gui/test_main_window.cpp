// The window, driven headless (offscreen platform), asserting what a user sees.
#include "AlignedPanesView.h"
#include "ArticleListModel.h"
#include "ClaimsPanel.h"
#include "MainWindow.h"

#include "SharedCorpus.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace parallax;
using parallax::gui::MainWindow;

namespace {

// Runs the event loop until the window shows a complete analysis, or the timeout passes.
bool waitForAnalysis(MainWindow& window, int timeoutMs = 30000)
{
    bool shown = false;
    const auto connection = QObject::connect(&window, &MainWindow::analysisShown, &window, [&] { shown = true; });
    QElapsedTimer timer;
    timer.start();
    while (!shown && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(connection);
    return shown;
}

int documentIndex(const MainWindow& window, const QString& idPrefix)
{
    const auto& docs = window.analysis()->corpus.documents;
    for (size_t i = 0; i < docs.size(); ++i)
        if (docs[i].id.startsWith(idPrefix))
            return int(i);
    return -1;
}

int claimIndexByState(const MainWindow& window, gui::ClaimState state, const QString& unit)
{
    const auto& claims = window.claimsPanel()->claims();
    for (size_t i = 0; i < claims.size(); ++i)
        if (claims[i].state == state && claims[i].label.contains(unit))
            return int(i);
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    // CTest sets this too, but test discovery runs the binary at build time without it.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ParallaxTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

TEST(MainWindowTest, OpensTheSampleWithOnePanePerArticle)
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.openFolder(test::sampleCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    EXPECT_EQ(window.articleList()->model()->rowCount(), 5);
    EXPECT_EQ(window.panes()->columnCount(), 5);
    EXPECT_GT(window.panes()->rowCount(), 20);
    EXPECT_TRUE(window.messageText().isEmpty());
}

TEST(MainWindowTest, BoilerplateRowsAppearOnlyWhenAsked)
{
    MainWindow window;
    window.setShowBoilerplate(false);
    window.openFolder(test::sampleCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    auto countBoilerplate = [&] {
        int n = 0;
        for (const auto& row : window.panes()->paneModel()->rows)
            n += row.boilerplate;
        return n;
    };
    EXPECT_EQ(countBoilerplate(), 0);
    window.setShowBoilerplate(true);
    EXPECT_GE(countBoilerplate(), 5) << "captions, titles, datelines, the attribution";
    window.setShowBoilerplate(false);
}

TEST(MainWindowTest, SeedReprintSentencesShareRows)
{
    PARALLAX_REQUIRE_SEEDS();
    MainWindow window;
    window.openFolder(test::seedCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    ASSERT_EQ(window.panes()->columnCount(), 5);
    const int guardian = documentIndex(window, "000"), irish = documentIndex(window, "002");
    const auto* model = window.panes()->paneModel();
    // "Blasts damaged apartment blocks, cars and warehouses." is sentence 11 of both.
    const int row = model->rowOfSentence(guardian, 11);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->rowOfSentence(irish, 11), row);
    int shared = 0;
    for (int s = 0; s < int(window.analysis()->corpus.documents[size_t(guardian)].sentences.size()); ++s) {
        const int r = model->rowOfSentence(guardian, s);
        for (int t = 0; t < int(window.analysis()->corpus.documents[size_t(irish)].sentences.size()); ++t)
            shared += r >= 0 && model->rowOfSentence(irish, t) == r;
    }
    EXPECT_GE(shared, 30) << "dozens of the reprint's sentences sit level with the original's";
}

TEST(MainWindowTest, ClickingTheTwentySixSelectsTheInjuredClaimWithFiveVariants)
{
    PARALLAX_REQUIRE_SEEDS();
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.openFolder(test::seedCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    const int doc = documentIndex(window, "001");
    const Document& d = window.analysis()->corpus.documents[size_t(doc)];
    const qsizetype offset = d.text.indexOf(QStringLiteral("26 others"));
    ASSERT_GE(offset, 0);
    auto* panes = window.panes();
    const int row = panes->paneModel()->rowOfSentence(doc, 0);
    const int column = int(std::find(panes->paneModel()->documents.begin(), panes->paneModel()->documents.end(), doc) -
                           panes->paneModel()->documents.begin());
    panes->scrollToRow(row);
    const QPoint at = panes->pointForOffset(row, column, offset);
    ASSERT_FALSE(at.isNull());
    QMouseEvent press(QEvent::MouseButtonPress, at, panes->viewport()->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(panes->viewport(), &press);

    const int claim = window.claimsPanel()->selectedClaim();
    ASSERT_GE(claim, 0) << "the click selected a claim";
    const auto& view = window.claimsPanel()->claims()[size_t(claim)];
    EXPECT_EQ(view.state, gui::ClaimState::Conflict);
    EXPECT_TRUE(view.label.contains("injured")) << view.label.toStdString();
    std::set<int> articles;
    for (const auto& v : view.variants)
        articles.insert(v.document);
    EXPECT_EQ(articles.size(), 5u);
    EXPECT_TRUE(window.claimsPanel()->variantsText().contains("26"));
    EXPECT_EQ(panes->selectedClaim(), claim);
}

TEST(MainWindowTest, NextConflictVisitsEachConflictInTurn)
{
    PARALLAX_REQUIRE_SEEDS();
    MainWindow window;
    window.openFolder(test::seedCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    int conflicts = 0;
    for (const auto& c : window.claimsPanel()->claims())
        conflicts += c.state == gui::ClaimState::Conflict;
    ASSERT_GE(conflicts, 3);
    std::set<int> visited;
    for (int i = 0; i < conflicts; ++i) {
        window.goToConflict(+1);
        const int claim = window.claimsPanel()->selectedClaim();
        ASSERT_GE(claim, 0);
        EXPECT_EQ(window.claimsPanel()->claims()[size_t(claim)].state, gui::ClaimState::Conflict);
        visited.insert(claim);
    }
    EXPECT_EQ(int(visited.size()), conflicts) << "each conflict once, then round again";
    window.goToConflict(+1);
    EXPECT_EQ(window.claimsPanel()->selectedClaim(), *visited.begin());
}

TEST(MainWindowTest, HidingAnArticleRemovesItsPane)
{
    MainWindow window;
    window.openFolder(test::sampleCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    ASSERT_EQ(window.panes()->columnCount(), 5);
    window.articleModel()->setData(window.articleModel()->index(1, 0), Qt::Unchecked, Qt::CheckStateRole);
    EXPECT_EQ(window.panes()->columnCount(), 4);
    for (int doc : window.panes()->paneModel()->documents)
        EXPECT_NE(doc, 1);
    window.articleModel()->setData(window.articleModel()->index(1, 0), Qt::Checked, Qt::CheckStateRole);
    EXPECT_EQ(window.panes()->columnCount(), 5);
}

TEST(MainWindowTest, MissingFolderShowsAMessageAndNoArticles)
{
    MainWindow window;
    window.openFolder(QStringLiteral("/nonexistent/parallax"));
    ASSERT_TRUE(waitForAnalysis(window));
    EXPECT_TRUE(window.messageText().contains("folder not found"));
    EXPECT_EQ(window.articleList()->model()->rowCount(), 0);
}

TEST(MainWindowTest, OpeningAnotherFolderMidAnalysisShowsOnlyTheNewOne)
{
    QTemporaryDir many;
    for (int i = 0; i < 300; ++i) {
        QFile f(many.filePath(QStringLiteral("a%1.txt").arg(i)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Fire at the quay\n\nOne man was killed and 17 were injured in the blast on Saturday.\n");
    }
    MainWindow window;
    int shown = 0;
    QObject::connect(&window, &MainWindow::analysisShown, [&] { ++shown; });
    window.openFolder(many.path());
    window.openFolder(test::sampleCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    EXPECT_EQ(window.articleList()->model()->rowCount(), 5);
    // Give the abandoned request every chance to arrive late: it must be dropped.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(shown, 1);
    EXPECT_EQ(window.articleList()->model()->rowCount(), 5);
}
