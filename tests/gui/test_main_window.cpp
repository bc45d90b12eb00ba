// The window, driven headless (QT_QPA_PLATFORM=offscreen through CTest), asserting what a user sees.
#include "MainWindow.h"

#include "SharedCorpus.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <gtest/gtest.h>

using parallax::gui::MainWindow;

namespace {

// Runs the event loop until the window shows an analysis, or the timeout passes.
bool waitForAnalysis(MainWindow& window, int timeoutMs = 30000)
{
    bool shown = false;
    QObject::connect(&window, &MainWindow::analysisShown, &window, [&] { shown = true; });
    QElapsedTimer timer;
    timer.start();
    while (!shown && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return shown;
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

TEST(MainWindowTest, OpensTheSampleAndListsItsArticles)
{
    MainWindow window;
    window.show();
    window.openFolder(parallax::test::sampleCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    ASSERT_NE(window.analysis(), nullptr);
    EXPECT_EQ(window.articleList()->model()->rowCount(), 5);
    EXPECT_TRUE(window.messageText().isEmpty());
    const QString firstTitle = window.articleList()->model()->index(0, 0).data().toString();
    EXPECT_FALSE(firstTitle.isEmpty());
    EXPECT_TRUE(window.textView()->toPlainText().contains(window.analysis()->corpus.documents[0].textOf(
        window.analysis()->corpus.documents[0].sentences[0].span)));
}

TEST(MainWindowTest, BoilerplateIsGreyedAndProseIsNot)
{
    MainWindow window;
    window.openFolder(parallax::test::sampleCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    const auto& docs = window.analysis()->corpus.documents;
    int row = -1;
    for (size_t i = 0; i < docs.size(); ++i)
        for (const parallax::Boilerplate& b : docs[i].boilerplate)
            if (b.kind == parallax::BoilerplateKind::Caption && row < 0)
                row = int(i);
    ASSERT_GE(row, 0) << "the sample has a captioned reprint";
    window.articleList()->selectRow(row);
    const parallax::Document& doc = docs[size_t(row)];
    QTextDocument* rendered = window.textView()->document();
    ASSERT_EQ(rendered->characterCount() - 1, doc.text.size()) << "positions equal text offsets";

    auto formatAt = [&](qsizetype pos) {
        QTextCursor c(rendered);
        c.setPosition(int(pos) + 1); // the format of the character before the cursor
        return c.charFormat();
    };
    for (const parallax::Boilerplate& b : doc.boilerplate)
        if (b.kind == parallax::BoilerplateKind::Caption)
            EXPECT_TRUE(formatAt(b.span.start).fontItalic());
    EXPECT_FALSE(formatAt(doc.sentences[0].span.start).fontItalic());
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
    window.openFolder(parallax::test::sampleCorpusDir());
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
