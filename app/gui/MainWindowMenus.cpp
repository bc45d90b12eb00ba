// The window's menu bar and what only the menus call: File, Edit, View, Navigate, Help, the
// theme, the user guide and About. MainWindow.cpp holds the layout and the analysis on screen.
#include "MainWindow.h"

#include "AlignedPanesView.h"
#include "ArticleListModel.h"
#include "ClaimsMatrixView.h"
#include "FindBar.h"
#include "LegendView.h"
#include "Theme.h"
#include "VerdictStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QUrl>

namespace parallax::gui {

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Folder…"), this, &MainWindow::chooseFolder);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a folder of articles (.txt, .md, .html)"));
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    QAction* reload = file->addAction(tr("Re&load"), this, [this] {
        if (!folder_.isEmpty())
            openFolder(folder_);
    });
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* exportReport = file->addAction(tr("&Export Report…"), this, &MainWindow::chooseReportFile);
    exportReport->setShortcut(Qt::CTRL | Qt::Key_E);
    exportReport->setToolTip(tr("Save the analysis as a PDF, HTML or JSON report"));
    file->addAction(verdicts_->keepInFolderAction());
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* copy = edit->addAction(tr("&Copy Sentence"), this, [this] {
        if (views_->currentWidget() == matrix_) {
            if (const QModelIndex cell = matrix_->currentIndex(); cell.isValid())
                QApplication::clipboard()->setText(cell.data().toString());
            return;
        }
        panes_->copyCurrentCell();
    });
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->addAction(tr("&Find…"), this, [this] { findBar_->activate(); })->setShortcut(QKeySequence::Find);
    edit->addAction(tr("Find &Next"), this, [this] { findStep(+1); })->setShortcut(QKeySequence::FindNext);
    edit->addAction(tr("Find &Previous"), this, [this] { findStep(-1); })
        ->setShortcut(QKeySequence::FindPrevious);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    showBoilerplate_ = view->addAction(tr("Show &Boilerplate"), this, &MainWindow::setShowBoilerplate);
    showBoilerplate_->setCheckable(true);
    showBoilerplate_->setToolTip(tr("Show captions, credits and metadata lines as greyed rows"));
    QAction* fold = view->addAction(tr("&Fold Sentences Only One Article Has"), this, [this](bool on) {
        paneOptions_.foldLoneRuns = on;
        paneOptions_.openFolds.clear(); // toggling closes every strip that was opened
        rebuildPanes();
    });
    fold->setCheckable(true);
    fold->setChecked(paneOptions_.foldLoneRuns);
    fold->setToolTip(tr("Show runs of sentences no other shown article has as one strip, opened by a click"));
    QAction* pack = view->addAction(tr("&Lone Sentences Side by Side"), this, [this](bool on) {
        paneOptions_.packLoneRows = on;
        rebuildPanes();
    });
    pack->setCheckable(true);
    pack->setChecked(paneOptions_.packLoneRows);
    pack->setToolTip(tr("Set sentences no other article matches beside each other's, each article in its "
                        "own order, instead of one row each"));
    view->addAction(tr("Show &All Articles"), this, &MainWindow::showAllArticles);
    view->addSeparator();
    view->addAction(tr("Zoom &In"), this, [this] { panes_->zoomBy(1); })->setShortcut(QKeySequence::ZoomIn);
    view->addAction(tr("Zoom &Out"), this, [this] { panes_->zoomBy(-1); })
        ->setShortcut(QKeySequence::ZoomOut);
    view->addAction(tr("&Reset Zoom"), this, [this] { panes_->resetZoom(); })
        ->setShortcut(Qt::CTRL | Qt::Key_0);
    view->addSeparator();
    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(this);
    const QString current =
        QSettings().value(QStringLiteral("view/theme"), QStringLiteral("system")).toString();
    for (const auto& [key, label] :
         {std::pair{QStringLiteral("system"), tr("&System")},
          std::pair{QStringLiteral("light"), tr("&Light")}, std::pair{QStringLiteral("dark"), tr("&Dark")}}) {
        QAction* a = theme->addAction(label, this, [this, key] { setTheme(key); });
        a->setCheckable(true);
        a->setChecked(key == current);
        themes->addAction(a);
    }

    QMenu* navigate = menuBar()->addMenu(tr("&Navigate"));
    navigate->addAction(tr("Next &Conflict"), this, [this] { goToConflict(+1); })->setShortcut(Qt::Key_F8);
    navigate->addAction(tr("Pre&vious Conflict"), this, [this] { goToConflict(-1); })
        ->setShortcut(Qt::SHIFT | Qt::Key_F8);
    navigate->addAction(tr("Next &Difference"), this, [this] { goToDifference(+1); })
        ->setShortcut(Qt::ALT | Qt::Key_Down);
    navigate->addAction(tr("Previous Di&fference"), this, [this] { goToDifference(-1); })
        ->setShortcut(Qt::ALT | Qt::Key_Up);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto* legendDock = new QDockWidget(tr("Legend"), this);
    legendDock->setObjectName(QStringLiteral("legendDock"));
    legendDock->setWidget(new LegendView);
    legendDock->hide();
    addDockWidget(Qt::RightDockWidgetArea, legendDock);
    QAction* legend = legendDock->toggleViewAction();
    legend->setText(tr("&Legend"));
    legend->setShortcut(QKeySequence::HelpContents);
    legend->setToolTip(tr("What every colour and mark in the window means"));
    // Docked, the legend takes its width from the panes; in a narrow window (1024 wide) that left
    // them one column. There it opens floating over the window's right edge instead, where the
    // claims panel is, and docks again when opened in a wide one.
    connect(legend, &QAction::toggled, this, [this, legendDock](bool shown) {
        if (!shown)
            return;
        const bool narrow = width() < kLegendDockedFrom;
        legendDock->setFloating(narrow);
        if (narrow) {
            const QRect window = geometry();
            const int w = std::min(kLegendFloatingWidth, window.width() / 3);
            legendDock->setGeometry(window.right() - w, window.top() + window.height() / 12, w,
                                    window.height() * 5 / 6);
        }
    });
    help->addAction(legend);
    help->addAction(tr("&User Guide"), this, &MainWindow::openUserGuide);
    help->addSeparator();
    help->addAction(tr("&About Parallax"), this, &MainWindow::about);
}

void MainWindow::setTheme(const QString& theme) {
    QSettings().setValue(QStringLiteral("view/theme"), theme);
    applyTheme(theme);
}

void MainWindow::openUserGuide() {
    // Installed beside the program (share/doc/parallax), else the source tree it was built from.
    const QStringList candidates = {QCoreApplication::applicationDirPath() +
                                        QStringLiteral("/../share/doc/parallax/user-guide.md"),
                                    QStringLiteral(PARALLAX_DOCS_DIR "/user-guide.md")};
    for (const QString& path : candidates)
        if (QFileInfo::exists(path) && QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            return;
    showMessage(tr("The user guide was not found beside Parallax (looked for %1).")
                    .arg(QDir::toNativeSeparators(candidates.back())));
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About Parallax"),
                       tr("<h3>Parallax %1</h3><p>Read many news articles about one event side by side: "
                          "see where they agree, where one copies another, and where their numbers "
                          "disagree.</p>")
                           .arg(QStringLiteral(PARALLAX_VERSION)));
}

} // namespace parallax::gui
