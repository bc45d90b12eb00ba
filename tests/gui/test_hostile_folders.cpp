// The window on the hostile folders of issue 13 ("Hardening"): the analysis completes within the
// bound docs/architecture.md ("Limits") states, the skipped-files label says what was passed over
// and why, and the folder is exactly as it was.
#include "MainWindow.h"

#include "HostileFolders.h"
#include "WindowTestUtil.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

#include <unistd.h>

using namespace parallax;
using namespace parallax::test::hostile;
using parallax::gui::MainWindow;
using parallax::test::waitForAnalysis;

namespace {

// The label under the article list: "N files skipped (hover for why)", the reasons in its tooltip.
const QLabel* skippedLabel(const MainWindow& window) {
    for (const QLabel* label : window.findChildren<QLabel*>())
        if (label->text().contains(QStringLiteral("skipped (hover for why)")))
            return label;
    return nullptr;
}

// Measured on the 2-core development machine, Release (docs/architecture.md, "Hostile folders"):
// the hostile folder 26-144 ms (bound 1 s: the 100 MB file is never read, and reading it alone
// takes 7.7 s); 3,000 files 0.75-3.3 s, other builds beside it (bound: about three times
// the slowest run).
constexpr qint64 hostileFolderBoundMs = 1000;
constexpr qint64 threeThousandFilesBoundMs = 10000;

// Shows the window at full size, opens the folder and returns the milliseconds until its analysis
// is on screen, or -1 when it is not within the timeout.
qint64 openAndTime(MainWindow& window, const QString& folder, int timeoutMs) {
    window.resize(1600, 1000);
    window.show();
    QElapsedTimer timer;
    timer.start();
    window.openFolder(folder);
    return waitForAnalysis(window, timeoutMs) ? timer.elapsed() : -1;
}

} // namespace

TEST(MainWindowHostile, HostileFolderCompletesSaysWhatWasSkippedAndChangesNothing) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeHostileFolder(dir.path());
    if (HasFatalFailure())
        return;
    const QStringList before = snapshot(dir.path());
    {
        MainWindow window;
        const qint64 ms = openAndTime(window, dir.path(), 120000);
        ASSERT_GE(ms, 0) << "no analysis on screen";
        std::printf("hostile folder: the window's analysis on screen after %lld ms\n", (long long)ms);
        if (checkTimeBounds) {
            EXPECT_LT(ms, hostileFolderBoundMs);
        }
        EXPECT_FALSE(window.isAnalysing());
        EXPECT_TRUE(window.messageText().isEmpty()) << window.messageText().toStdString();

        const bool root = geteuid() == 0; // root reads a file of mode 000
        const int skipped = root ? 5 : 6;
        EXPECT_EQ(window.articleList()->model()->rowCount(), root ? 11 : 10);
        const QLabel* label = skippedLabel(window);
        ASSERT_NE(label, nullptr) << "no skipped-files label";
        EXPECT_TRUE(label->isVisible());
        EXPECT_EQ(label->text(), QStringLiteral("%1 files skipped (hover for why)").arg(skipped));
        const QString why = label->toolTip();
        for (const char* line : {"one-line-100mb.txt: file too large (100.0 MB; the limit is 20.0 MB)",
                                 "binary.txt: binary file (executable)", "link-a.txt: broken symbolic link",
                                 "link-b.txt: broken symbolic link", "loop: folder not read"})
            EXPECT_TRUE(why.contains(QString::fromUtf8(line))) << line << " not in " << why.toStdString();
        if (!root) {
            EXPECT_TRUE(why.contains(QStringLiteral("locked.txt: cannot read"))) << why.toStdString();
        }

        // Let the folder watcher and the deferred settings write run before the window closes.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    EXPECT_EQ(snapshot(dir.path()), before) << "the articles are the user's: never modified";
}

TEST(MainWindowHostile, ThreeThousandFilesCompleteWithinTheBoundAndChangeNothing) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeManySmallFiles(dir.path(), 3000);
    if (HasFatalFailure())
        return;
    const QStringList before = snapshot(dir.path());
    {
        MainWindow window;
        const qint64 ms = openAndTime(window, dir.path(), 180000);
        ASSERT_GE(ms, 0) << "no analysis on screen";
        std::printf("3,000 files: the window's analysis on screen after %lld ms\n", (long long)ms);
        if (checkTimeBounds) {
            EXPECT_LT(ms, threeThousandFilesBoundMs);
        }
        EXPECT_TRUE(window.messageText().isEmpty()) << window.messageText().toStdString();
        EXPECT_EQ(window.articleList()->model()->rowCount(), 3000);
        const QLabel* label = skippedLabel(window);
        EXPECT_TRUE(label == nullptr || !label->isVisible());
    }
    EXPECT_EQ(snapshot(dir.path()), before);
}
