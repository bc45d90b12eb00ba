// Verdicts and notes in the window: set from the buttons above the variants, shown in the claims
// list and the matrix, and still there after the window is closed and the folder reopened, and
// after an article is edited.
#include "ClaimsMatrixModel.h"
#include "ClaimsMatrixView.h"
#include "ClaimsPanel.h"
#include "MainWindow.h"
#include "VerdictStore.h"

#include "SharedCorpus.h"
#include "WindowTestUtil.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QListView>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace parallax;
using parallax::gui::MainWindow;
using parallax::test::waitForAnalysis;

namespace {

int injuredConflict(const MainWindow& window) {
    const auto& claims = window.analysis()->claims;
    for (size_t c = 0; c < claims.size(); ++c)
        if (claims[c].status == ClaimStatus::Conflict && claims[c].label.contains(u"injured"))
            return int(c);
    return -1;
}

QString listText(const MainWindow& window, int claim) {
    const QAbstractItemModel* model = window.claimsPanel()->findChild<QListView*>()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(Qt::UserRole + 1).toInt() == claim)
            return model->index(row, 0).data().toString() + u'\n' +
                   model->index(row, 0).data(Qt::ToolTipRole).toString();
    return {};
}

QToolButton* button(const MainWindow& window, const QString& text) {
    for (QToolButton* b : window.claimsPanel()->findChildren<QToolButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

TEST(VerdictsWindow, SetInThePanelShownEverywhereKeptAcrossRestartAndEdit) {
    QStandardPaths::setTestModeEnabled(true); // the session goes to a test data location
    QTemporaryDir dir;
    for (const QString& name : QDir(test::sampleCorpusDir()).entryList(QDir::Files))
        ASSERT_TRUE(QFile::copy(QDir(test::sampleCorpusDir()).filePath(name), dir.filePath(name)));

    QString sessionPath;
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        window.openFolder(dir.path());
        ASSERT_TRUE(waitForAnalysis(window));
        const int claim = injuredConflict(window);
        ASSERT_GE(claim, 0);
        window.claimsPanel()->setSelectedClaim(claim);
        QToolButton* wrong = button(window, QStringLiteral("\u2717"));
        ASSERT_NE(wrong, nullptr);
        ASSERT_TRUE(wrong->isEnabled());
        wrong->click(); // the user's click, as the button gets it
        // The note button opens a dialog; answer it as the user would.
        QTimer answer;
        answer.setInterval(20);
        QObject::connect(&answer, &QTimer::timeout, [&answer] {
            if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
                answer.stop();
                dialog->setTextValue(QStringLiteral("19 counts two crew"));
                dialog->accept();
            }
        });
        answer.start();
        button(window, QStringLiteral("\u270e"))->click();
        EXPECT_FALSE(answer.isActive()) << "no note dialog appeared";
        EXPECT_TRUE(wrong->isChecked());
        EXPECT_TRUE(listText(window, claim).startsWith(u"\u2717\u270e people injured"))
            << listText(window, claim).toStdString();
        EXPECT_TRUE(listText(window, claim).contains(u"19 counts two crew"));
        EXPECT_TRUE(window.claimsPanel()->variantsText().contains(u"19 counts two crew"));

        window.centralViews()->setCurrentWidget(window.claimsMatrix());
        gui::ClaimsMatrixModel* matrix = window.claimsMatrix()->matrix();
        const int row = matrix->rowOfClaim(claim);
        ASSERT_GE(row, 0);
        EXPECT_TRUE(matrix->index(row, 0).data().toString().endsWith(u"\u2717 wrong \u270e"));
        EXPECT_TRUE(matrix->index(row, 0).data(Qt::ToolTipRole).toString().contains(u"19 counts two crew"));

        sessionPath = window.verdicts()->path();
        EXPECT_FALSE(sessionPath.startsWith(dir.path())); // not in the user's folder
        EXPECT_TRUE(QFile::exists(sessionPath));          // saved at once, not on close
    }

    // Edit an article while the window is closed: a new first paragraph, and the claim's sentence
    // reworded.
    {
        QFile f(dir.filePath(QStringLiteral("velmouth-courier.txt")));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        text.replace(
            QStringLiteral("date 2026-03-14\n\n"),
            QStringLiteral("date 2026-03-14\n\nSix fire engines and 2 fireboats were sent to the quay.\n\n"));
        text.replace(QStringLiteral("in the early hours of Saturday"),
                     QStringLiteral("early on Saturday morning"));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    }

    MainWindow reopened;
    reopened.resize(1400, 900);
    reopened.show();
    reopened.openFolder(dir.path());
    ASSERT_TRUE(waitForAnalysis(reopened));
    const int claim = injuredConflict(reopened);
    ASSERT_GE(claim, 0);
    const Verdict* verdict = reopened.verdicts()->claimVerdict(claim);
    ASSERT_NE(verdict, nullptr);
    EXPECT_EQ(verdict->status, VerdictStatus::Wrong);
    EXPECT_EQ(verdict->note, u"19 counts two crew");
    EXPECT_TRUE(listText(reopened, claim).startsWith(u"\u2717\u270e "));
    QFile::remove(sessionPath);
}

TEST(VerdictsWindow, KeptInTheArticleFolderOnlyWhenChosen) {
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    for (const QString& name : QDir(test::sampleCorpusDir()).entryList(QDir::Files))
        ASSERT_TRUE(QFile::copy(QDir(test::sampleCorpusDir()).filePath(name), dir.filePath(name)));
    const QString inFolder = dir.filePath(QStringLiteral(".parallax-session.json"));
    {
        MainWindow window;
        window.openFolder(dir.path());
        ASSERT_TRUE(waitForAnalysis(window));
        const int claim = injuredConflict(window);
        window.verdicts()->setClaimVerdict(claim, VerdictStatus::Checked,
                                           QStringLiteral("called the brigade"));
        const QString dataLocation = window.verdicts()->path();
        EXPECT_FALSE(QFile::exists(inFolder));
        window.verdicts()->keepInFolder(true); // File › Keep Verdicts in the Article Folder
        EXPECT_TRUE(QFile::exists(inFolder));
        EXPECT_FALSE(QFile::exists(dataLocation)); // moved, not copied: one session, one place
        EXPECT_TRUE(window.verdicts()->keepInFolderAction()->isChecked());
        // Saving into the folder does not start a new analysis (the folder watcher sees our write).
        int analyses = 0;
        QObject::connect(&window, &MainWindow::analysisShown, &window, [&] { ++analyses; });
        window.verdicts()->setClaimVerdict(claim, VerdictStatus::Fine, QStringLiteral("called the brigade"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 2500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        EXPECT_EQ(analyses, 0);
        EXPECT_FALSE(window.isAnalysing());
    }
    MainWindow reopened;
    reopened.openFolder(dir.path());
    ASSERT_TRUE(waitForAnalysis(reopened));
    EXPECT_EQ(reopened.verdicts()->path(), inFolder);
    const Verdict* verdict = reopened.verdicts()->claimVerdict(injuredConflict(reopened));
    ASSERT_NE(verdict, nullptr);
    EXPECT_EQ(verdict->status, VerdictStatus::Fine);
    // The hidden session file is never read as an article.
    EXPECT_EQ(reopened.analysis()->corpus.documents.size(), 5u);
}
