// An exception inside a parallel stage of the engine reaches the window as its message, and the
// application goes on.
#include "MainWindow.h"

#include "analysis/Pipeline.h"

#include "SharedCorpus.h"
#include "WindowTestUtil.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTableView>

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>

using namespace parallax;
using parallax::gui::MainWindow;
using parallax::test::waitForAnalysis;

TEST(MainWindowEngineFailure, AnExceptionInAWorkerThreadBecomesTheMessage) {
    MainWindow window;
    PipelineOptions options;
    options.threads = 2;
    auto built = std::make_shared<std::atomic_int>(0);
    options.load.onDocument = [built](const Document&) {
        if (++*built == 2)
            throw std::runtime_error("sentence tokens differ from the document's");
    };
    window.openFolder(test::sampleCorpusDir(), options);
    ASSERT_TRUE(waitForAnalysis(window));
    EXPECT_EQ(window.messageText(),
              "the analysis failed while reading articles: sentence tokens differ from the document's");
    EXPECT_FALSE(window.isAnalysing());

    // The window still works: the same folder without the fault opens normally.
    window.openFolder(test::sampleCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    EXPECT_TRUE(window.messageText().isEmpty()) << window.messageText().toStdString();
    EXPECT_EQ(window.articleList()->model()->rowCount(), 5);
}
