#include "MainWindow.h"

#include "AlignedPanesView.h"
#include "AnalysisController.h"
#include "ArticleColumnsFit.h"
#include "ArticleListModel.h"
#include "ArticleTitleDelegate.h"
#include "ClaimViewsFromAnalysis.h"
#include "ClaimsMatrixModel.h"
#include "ClaimsMatrixView.h"
#include "ClaimsPanel.h"
#include "FindBar.h"
#include "LegendView.h"
#include "OverviewRuler.h"
#include "RecentFolders.h"
#include "ReleaseInBackground.h"
#include "ReportExporter.h"
#include "SimilarityHeatMap.h"
#include "Theme.h"
#include "VerdictStore.h"

#include "analysis/DisplayNames.h"
#include "analysis/PaneChoice.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace parallax::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , controller_(new AnalysisController(this))
    , articleModel_(new ArticleListModel(this)) {
    setWindowTitle(tr("Parallax"));
    setAcceptDrops(true);

    messageBar_ = new QLabel;
    messageBar_->setWordWrap(true);
    messageBar_->setStyleSheet(
        QStringLiteral("QLabel { background: palette(highlight); color: palette(highlighted-text);"
                       " padding: 6px; border-radius: 3px; }"));
    messageBar_->hide();
    connect(messageBar_, &QLabel::linkActivated, messageBar_, &QWidget::hide);

    claimsPanel_ = new ClaimsPanel;
    auto* splitter = new QSplitter;
    splitter->addWidget(buildArticlesPanel());
    matrix_ = new ClaimsMatrixView(new ClaimsMatrixModel(palette(), this));
    views_ = new QTabWidget;
    views_->setDocumentMode(true);
    views_->addTab(buildPanesArea(), tr("Side by side"));
    views_->addTab(matrix_, tr("Claims matrix"));
    views_->setTabToolTip(1, tr("Every claim two or more articles state, and each article's value"));
    // Filled when first looked at: with hundreds of articles the table is not free to build, and
    // most analyses are read in the panes first.
    connect(views_, &QTabWidget::currentChanged, this, [this] {
        if (views_->currentWidget() == matrix_)
            refreshMatrix();
    });
    splitter->addWidget(views_);
    splitter->addWidget(claimsPanel_);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({360, 980, 280});
    splitter->setObjectName(QStringLiteral("mainSplitter"));

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(messageBar_);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    // Verdicts and notes: loaded with each folder, saved on every change (VerdictStore.h).
    verdicts_ = new VerdictStore(this);
    claimsPanel_->setVerdicts(verdicts_);
    matrix_->setVerdicts(verdicts_);
    heatMap_->setVerdicts(verdicts_);
    connect(verdicts_, &VerdictStore::failed, this, &MainWindow::showMessage);

    buildMenus();
    buildStatusBar();

    connect(controller_, &AnalysisController::progress, this, &MainWindow::showProgress);
    connect(controller_, &AnalysisController::partial, this,
            [this](std::shared_ptr<const Analysis> a) { showResult(std::move(a), false); });
    connect(controller_, &AnalysisController::finished, this,
            [this](std::shared_ptr<const Analysis> a) { showResult(std::move(a), true); });
    connect(controller_, &AnalysisController::cancelled, this, [this] {
        progressBar_->hide();
        cancelButton_->hide();
        statusLabel_->setText(tr("Analysis cancelled"));
    });
    // One rebuild per burst of check box changes (Show All ticks every article).
    panesRebuild_ = new QTimer(this);
    panesRebuild_->setSingleShot(true);
    panesRebuild_->setInterval(0);
    connect(panesRebuild_, &QTimer::timeout, this, &MainWindow::rebuildPanes);
    connect(articleModel_, &ArticleListModel::shownDocumentsChanged, panesRebuild_,
            qOverload<>(&QTimer::start));
    connect(claimsPanel_, &ClaimsPanel::claimSelected, this, &MainWindow::selectClaim);
    connect(claimsPanel_, &ClaimsPanel::variantActivated, this, &MainWindow::showVariant);
    connect(matrix_, &ClaimsMatrixView::variantActivated, this, &MainWindow::showVariant);
    connect(matrix_, &ClaimsMatrixView::claimActivated, this, [this](int claim) {
        panes_->setSelectedClaim(claim);
        claimsPanel_->setSelectedClaim(claim);
    });
    connect(panes_, &AlignedPanesView::numberClicked, this, [this](int claim) { selectClaim(claim); });
    connect(panes_, &AlignedPanesView::foldActivated, this, [this](int document, int firstSentence) {
        paneOptions_.openFolds.insert({document, firstSentence});
        rebuildPanes();
        panes_->scrollToRow(panes_->paneModel()->rowOfSentence(document, firstSentence));
    });

    // An article edited or added on disk starts a new analysis, once the writing has settled.
    watcher_ = new QFileSystemWatcher(this);
    reloadTimer_ = new QTimer(this);
    reloadTimer_->setSingleShot(true);
    reloadTimer_->setInterval(700);
    connect(reloadTimer_, &QTimer::timeout, this, [this] {
        if (!folder_.isEmpty()) {
            statusBar()->showMessage(tr("The folder changed on disk: reading it again"), 4000);
            openFolder(folder_);
        }
    });
    connect(watcher_, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!verdicts_->justWroteIntoFolder()) // saving verdicts kept in the folder is no new article
            reloadTimer_->start();
    });
    connect(watcher_, &QFileSystemWatcher::fileChanged, reloadTimer_, qOverload<>(&QTimer::start));

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(QSize(1600, 1000).boundedTo(screen()->availableSize() * 0.95));
    if (splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        preferredSides_ = {splitter->sizes()[0], splitter->sizes()[2]};
    // A width the reader drags a side panel to is the width it keeps while the window has room.
    connect(splitter, &QSplitter::splitterMoved, this, [this, splitter] {
        preferredSides_ = {splitter->sizes()[0], splitter->sizes()[2]};
    });
    setShowBoilerplate(settings.value(QStringLiteral("view/boilerplate"), false).toBool());
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildArticlesPanel() {
    articleList_ = new QTableView;
    // Sorted by publication time by default; the model's rows stay document indices, the proxy
    // only orders what the list shows.
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(articleModel_);
    sorted->setSortRole(ArticleListModel::SortRole);
    articleList_->setModel(sorted);
    articleList_->setSortingEnabled(true);
    articleList_->sortByColumn(ArticleListModel::Date, Qt::AscendingOrder);
    articleList_->setSelectionBehavior(QAbstractItemView::SelectRows);
    articleList_->setSelectionMode(QAbstractItemView::SingleSelection);
    articleList_->verticalHeader()->hide();
    articleList_->horizontalHeader()->setSectionResizeMode(ArticleListModel::Title, QHeaderView::Stretch);
    // Fixed widths from the font: resizing to contents measures every row on every update, which
    // with hundreds of articles shows as a pause.
    for (const auto column : {ArticleListModel::Words, ArticleListModel::Date, ArticleListModel::Relation})
        articleList_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    articleList_->setColumnWidth(ArticleListModel::Words,
                                 fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 12);
    articleList_->setColumnWidth(ArticleListModel::Date,
                                 fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 14);
    // The relation column gives way to the title in a narrow panel.
    new ArticleColumnsFit(articleList_, ArticleListModel::Relation,
                          {ArticleListModel::Words, ArticleListModel::Date});
    // Source and date are the title's second line (ArticleTitleDelegate): a narrow panel has no room
    // for them as columns beside a readable title. The columns stay in the model for tooltips and tests.
    articleList_->setItemDelegateForColumn(ArticleListModel::Title, new ArticleTitleDelegate(articleList_));
    articleList_->verticalHeader()->setDefaultSectionSize(ArticleTitleDelegate::rowHeight(font()));
    articleList_->setColumnHidden(ArticleListModel::Source, true);
    articleList_->setColumnHidden(ArticleListModel::Date, true);
    articleList_->setWordWrap(false);
    articleList_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(articleList_, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const auto* sorted = static_cast<const QSortFilterProxyModel*>(articleList_->model());
        const int row = sorted->mapToSource(articleList_->indexAt(pos)).row();
        if (row < 0)
            return;
        QMenu menu;
        menu.addAction(tr("Use as Reference"), this, [this, row] { useAsReference(row); })
            ->setToolTip(tr("The panes follow this article's order"));
        menu.addAction(tr("Show Only This and Its Relations"), this, [this, row] {
            const std::vector<int> keep = articlesReusing(*analysis_, row);
            for (int i = 0; i < articleModel_->rowCount(); ++i)
                articleModel_->setDocumentShown(i, std::binary_search(keep.begin(), keep.end(), i));
        });
        menu.addAction(tr("Show All Articles"), this, &MainWindow::showAllArticles);
        menu.exec(articleList_->viewport()->mapToGlobal(pos));
    });
    skippedLabel_ = new QLabel;
    skippedLabel_->setWordWrap(true);
    skippedLabel_->hide();
    heatMap_ = new SimilarityHeatMap;
    heatMap_->setToolTip(
        tr("Shared text between every pair of articles; click a square to compare that pair"));
    connect(heatMap_, &SimilarityHeatMap::pairClicked, this, &MainWindow::comparePair);

    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Articles</b>")));
    layout->addWidget(articleList_, 3);
    layout->addWidget(skippedLabel_);
    layout->addWidget(new QLabel(tr("<b>Similarity</b>")));
    layout->addWidget(heatMap_, 2);
    return panel;
}

QWidget* MainWindow::buildPanesArea() {
    panes_ = new AlignedPanesView;
    ruler_ = new OverviewRuler(panes_);
    findBar_ = new FindBar;
    findBar_->hide();
    connect(findBar_, &FindBar::textChanged, this, &MainWindow::findChanged);
    connect(findBar_, &FindBar::showHiddenMatches, this, [this] {
        const QString text = findBar_->text();
        for (int doc : std::set<int>(articleModel_->hiddenDocuments()))
            if (analysis_->corpus.documents[size_t(doc)].text.contains(text, Qt::CaseInsensitive))
                articleModel_->setDocumentShown(doc, true);
        rebuildPanes(); // and searches again
    });
    connect(findBar_, &FindBar::next, this, [this] { findStep(+1); });
    connect(findBar_, &FindBar::previous, this, [this] { findStep(-1); });
    connect(findBar_, &FindBar::closed, this, [this] {
        panes_->setSearchText(QString());
        panes_->setFocus();
    });
    auto* area = new QWidget;
    auto* row = new QHBoxLayout;
    row->setSpacing(2);
    row->addWidget(panes_, 1);
    row->addWidget(ruler_);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row, 1);
    layout->addWidget(findBar_);
    return area;
}

void MainWindow::buildStatusBar() {
    statusLabel_ = new QLabel(tr("Open a folder of articles to begin (Ctrl+O)"));
    progressBar_ = new QProgressBar;
    progressBar_->setMaximumWidth(220);
    progressBar_->hide();
    cancelButton_ = new QToolButton;
    cancelButton_->setText(tr("Cancel"));
    cancelButton_->setToolTip(tr("Stop the analysis"));
    cancelButton_->hide();
    connect(cancelButton_, &QToolButton::clicked, controller_, &AnalysisController::cancel);
    statusBar()->addWidget(statusLabel_, 1);
    statusBar()->addPermanentWidget(progressBar_);
    statusBar()->addPermanentWidget(cancelButton_);
}

void MainWindow::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Articles"), folder_);
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList folders = RecentFolders().list();
    for (const QString& folder : folders)
        recentMenu_->addAction(QDir::toNativeSeparators(folder), this,
                               [this, folder] { openFolder(folder); });
    if (folders.isEmpty())
        recentMenu_->addAction(tr("No recent folders"))->setEnabled(false);
    recentMenu_->addSeparator();
    recentMenu_->addAction(tr("Clear Menu"), this, [] { RecentFolders().clear(); });
}

void MainWindow::openFolder(const QString& folder, const PipelineOptions& options) {
    folder_ = QDir(folder).absolutePath();
    paneOptions_.openFolds.clear(); // sentence numbers of another folder
    verdicts_->openFolder(folder_);
    setWindowTitle(tr("%1 — Parallax").arg(QFileInfo(folder_).fileName()));
    messageBar_->hide();
    statusLabel_->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(folder_)));
    progressBar_->setRange(0, 0);
    progressBar_->show();
    cancelButton_->show();
    controller_->start(folder_, options);
}

void MainWindow::watchFolder() {
    if (const QStringList watched = watcher_->files() + watcher_->directories(); !watched.isEmpty())
        watcher_->removePaths(watched);
    QStringList paths{folder_};
    constexpr size_t maxWatchedFiles = 500; // inotify watches are a shared, limited resource
    for (size_t i = 0; i < std::min(maxWatchedFiles, analysis_->corpus.documents.size()); ++i)
        paths << analysis_->corpus.documents[i].path;
    watcher_->addPaths(paths);
}

bool MainWindow::isAnalysing() const {
    return controller_->isRunning();
}

void MainWindow::showProgress(const QString& stage, qsizetype done, qsizetype total) {
    progressBar_->setRange(0, int(total));
    progressBar_->setValue(int(done));
    statusLabel_->setText(tr("%1: %2 of %3…").arg(stage).arg(done).arg(total));
}

void MainWindow::showResult(std::shared_ptr<const Analysis> analysis, bool complete) {
    const bool newFolder = !analysis_ || analysis_->corpus.folder != analysis->corpus.folder ||
                           analysis_->corpus.documents.size() != analysis->corpus.documents.size();
    std::shared_ptr<const Analysis> previous = std::move(analysis_);
    analysis_ = std::move(analysis);
    const Corpus& corpus = analysis_->corpus;
    analysisComplete_ = complete;
    if (complete)
        analysedAt_ = QDateTime::currentDateTime();
    articleModel_->setAnalysis(analysis_);
    if (newFolder || !complete)
        showMostRelated(maxShownArticles);
    heatMap_->setAnalysis(analysis_);
    claims_ = claimViewsFromAnalysis(*analysis_);
    verdicts_->attach(analysis_); // before the views that show them
    claimsPanel_->setClaims(analysis_, claims_);
    matrixStale_ = true;
    if (views_->currentWidget() == matrix_)
        refreshMatrix();
    rebuildPanes();
    releaseInBackground(std::move(previous)); // every view has let go of it by now
    if (!complete)
        return;

    progressBar_->hide();
    cancelButton_->hide();
    if (!corpus.error.isEmpty()) {
        showMessage(corpus.error);
        statusLabel_->setText(tr("Nothing to analyse"));
    } else {
        // The settings file is locked, read and written (27 ms on a busy machine): not on the UI
        // thread. QSettings objects of their own are safe on any thread; the menu reads on opening.
        QThreadPool::globalInstance()->start([folder = folder_] { RecentFolders().add(folder); });
        watchFolder();
        if (!analysis_->failure.isEmpty())
            showMessage(analysis_->failure); // what finished before the failure stays on screen
        else if (corpus.documents.empty())
            showMessage(tr("No readable article in %1.").arg(QDir::toNativeSeparators(folder_)));
        int conflicts = 0;
        for (const ClaimView& c : claims_)
            conflicts += c.state == ClaimState::Conflict;
        auto count = [](size_t n, const QString& one, const QString& many) {
            return n == 1 ? one : many.arg(n);
        };
        QString status =
            QStringLiteral("%1 · %2 · %3, %4")
                .arg(count(corpus.documents.size(), tr("1 article"), tr("%1 articles")),
                     count(analysis_->reuse.pairs.size(), tr("1 related pair"), tr("%1 related pairs")),
                     count(claims_.size(), tr("1 claim"), tr("%1 claims")),
                     tr("%1 in conflict").arg(conflicts));
        // A limit the reader must know of: the panes show a choice of the articles.
        const size_t hidden = articleModel_->hiddenDocuments().size();
        if (hidden > 0)
            status += tr(" · %1 of %2 in panes (View › Show All Articles)")
                          .arg(corpus.documents.size() - hidden)
                          .arg(corpus.documents.size());
        statusLabel_->setText(status);
    }
    QStringList skipped;
    for (const SkippedFile& s : corpus.skipped)
        skipped << QStringLiteral("%1: %2").arg(s.path.toHtmlEscaped(), s.reason.toHtmlEscaped());
    skippedLabel_->setVisible(!skipped.isEmpty());
    skippedLabel_->setText(skipped.size() == 1 ? tr("1 file skipped (hover for why)")
                                               : tr("%1 files skipped (hover for why)").arg(skipped.size()));
    skippedLabel_->setToolTip(skipped.join(QStringLiteral("<br>")));
    Q_EMIT analysisShown();
}

void MainWindow::chooseReportFile() {
    if (!analysisComplete_ || !analysis_ || analysis_->corpus.documents.empty()) {
        showMessage(tr("Open a folder and let its analysis finish before exporting a report."));
        return;
    }
    QSettings settings;
    const QString folderName = QFileInfo(analysis_->corpus.folder).fileName();
    const QString lastDir = settings.value(QStringLiteral("report/folder"), QDir::homePath()).toString();
    QString selectedFilter;
    const QString pdf = tr("PDF report (*.pdf)"), htmlFilter = tr("HTML report (*.html)"),
                  json = tr("Analysis JSON (*.json)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), QDir(lastDir).filePath(folderName + QStringLiteral("-report.pdf")),
        QStringList{pdf, htmlFilter, json}.join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty())
        return;
    if (!reportFormatForPath(path))
        path += selectedFilter == htmlFilter ? QStringLiteral(".html")
                : selectedFilter == json     ? QStringLiteral(".json")
                                             : QStringLiteral(".pdf");
    settings.setValue(QStringLiteral("report/folder"), QFileInfo(path).absolutePath());
    exportReportTo(path);
}

bool MainWindow::exportReportTo(const QString& path) {
    if (!analysisComplete_ || !analysis_)
        return false;
    if (!reportExporter_) {
        reportExporter_ = new ReportExporter(this);
        connect(reportExporter_, &ReportExporter::finished, this, &MainWindow::reportDone);
    }
    ReportOptions options;
    options.analysedAt = analysedAt_;
    options.verdicts = verdicts_->snapshot();
    if (!reportExporter_->start(analysis_, path, options)) {
        statusBar()->showMessage(tr("A report is being written; try again when it is done"), 4000);
        return false;
    }
    statusBar()->showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::reportDone(const QString& path, const QString& error) {
    if (error.isEmpty()) {
        statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
    } else {
        statusBar()->clearMessage();
        showMessage(tr("The report was not saved: %1").arg(error));
    }
    Q_EMIT reportExported(path, error);
}

void MainWindow::rebuildPanes() {
    panesRebuild_->stop();
    if (!analysis_)
        return;
    paneOptions_.hiddenDocuments = articleModel_->hiddenDocuments();
    const int claim = panes_->selectedClaim();
    panes_->setContent(std::make_shared<const PaneModel>(buildPaneModel(*analysis_, claims_, paneOptions_)));
    panes_->setSelectedClaim(claim);
    if (!findBar_->isHidden() && !findBar_->text().isEmpty())
        findChanged(findBar_->text());
}

void MainWindow::selectClaim(int claim) {
    if (claim < 0 || claim >= int(claims_.size()))
        return;
    panes_->setSelectedClaim(claim);
    claimsPanel_->setSelectedClaim(claim);
    matrix_->selectClaim(claim);
    for (const ClaimVariantView& v : claims_[size_t(claim)].variants) {
        const int row = panes_->paneModel()->rowOfSentence(v.document, v.sentence);
        if (row >= 0) {
            panes_->scrollToRow(row);
            break;
        }
    }
}

void MainWindow::refreshMatrix() {
    if (!matrixStale_ || !analysis_)
        return;
    matrixStale_ = false;
    std::vector<QString> titles;
    for (const Document& d : analysis_->corpus.documents)
        titles.push_back(d.title.isEmpty() ? d.id : d.title);
    matrix_->matrix()->setContent(claims_, displayNames(analysis_->corpus.documents), std::move(titles));
    matrix_->selectClaim(panes_->selectedClaim());
}

void MainWindow::showVariant(int claim, int variant) {
    if (claim < 0 || claim >= int(claims_.size()) || variant < 0 ||
        variant >= int(claims_[size_t(claim)].variants.size()))
        return;
    const ClaimVariantView v = claims_[size_t(claim)].variants[size_t(variant)];
    views_->setCurrentIndex(0);
    if (articleModel_->hiddenDocuments().count(v.document)) {
        articleModel_->setDocumentShown(v.document, true);
        rebuildPanes(); // now, not on the next turn of the event loop: the row is needed below
        statusBar()->showMessage(tr("Showing %1 again, for its value")
                                     .arg(displayName(analysis_->corpus.documents[size_t(v.document)])),
                                 4000);
    }
    panes_->setSelectedClaim(claim);
    claimsPanel_->setSelectedClaim(claim);
    matrix_->selectClaim(claim);
    const PaneModel* model = panes_->paneModel();
    int row = model ? model->rowOfSentence(v.document, v.sentence) : -1;
    if (row >= 0) {
        // Inside a folded strip: open it, so the sentence itself is shown.
        const auto c = std::find(model->documents.begin(), model->documents.end(), v.document);
        const PaneCell& cell = model->rows[size_t(row)].cells[size_t(c - model->documents.begin())];
        if (cell.isFolded()) {
            paneOptions_.openFolds.insert({cell.document, cell.firstSentence});
            rebuildPanes();
            model = panes_->paneModel();
            row = model->rowOfSentence(v.document, v.sentence);
        }
    }
    if (row < 0) {
        statusBar()->showMessage(tr("That sentence is not in the panes (boilerplate is hidden)"), 4000);
        return;
    }
    const auto column = std::find(model->documents.begin(), model->documents.end(), v.document);
    panes_->setCurrentCell(row,
                           column == model->documents.end() ? 0 : int(column - model->documents.begin()));
    panes_->scrollToRow(row);
}

void MainWindow::goToConflict(int direction) {
    std::vector<int> conflicts;
    for (size_t i = 0; i < claims_.size(); ++i)
        if (claims_[i].state == ClaimState::Conflict)
            conflicts.push_back(int(i));
    if (conflicts.empty()) {
        statusBar()->showMessage(tr("No conflicting numbers"), 3000);
        return;
    }
    const auto current = std::find(conflicts.begin(), conflicts.end(), panes_->selectedClaim());
    int index = current == conflicts.end() ? (direction > 0 ? 0 : int(conflicts.size()) - 1)
                                           : int(current - conflicts.begin()) + direction;
    index = (index + int(conflicts.size())) % int(conflicts.size());
    selectClaim(conflicts[size_t(index)]);
}

void MainWindow::goToDifference(int direction) {
    const PaneModel* model = panes_->paneModel();
    if (!model)
        return;
    const int rows = int(model->rows.size());
    for (int row = panes_->currentRow() + direction; row >= 0 && row < rows; row += direction)
        if (model->rows[size_t(row)].hasDifference) {
            panes_->setCurrentCell(row, std::max(0, panes_->currentColumn()));
            return;
        }
    statusBar()->showMessage(direction > 0 ? tr("No further difference") : tr("No earlier difference"), 3000);
}

void MainWindow::setShowBoilerplate(bool show) {
    showBoilerplate_->setChecked(show);
    if (paneOptions_.showBoilerplate == show)
        return;
    paneOptions_.showBoilerplate = show;
    QSettings().setValue(QStringLiteral("view/boilerplate"), show);
    rebuildPanes();
}

void MainWindow::comparePair(int a, int b) {
    for (int i = 0; i < articleModel_->rowCount(); ++i)
        articleModel_->setDocumentShown(i, i == a || i == b);
    statusBar()->showMessage(tr("Comparing two articles; View › Show All Articles brings the others back"),
                             5000);
}

// More than a handful of columns is unreadable: show the articles that share the most with the
// others, and let the user tick the rest.
void MainWindow::showMostRelated(int count) {
    const int n = articleModel_->rowCount();
    if (n <= count) {
        for (int i = 0; i < n; ++i)
            articleModel_->setDocumentShown(i, true);
        return;
    }
    // One article per reprint family, then those that add facts or disagree (PaneChoice.h).
    const PaneChoice choice = choosePaneArticles(*analysis_, count);
    const std::set<int> shown(choice.shown.begin(), choice.shown.end());
    for (int i = 0; i < n; ++i)
        articleModel_->setDocumentShown(i, shown.contains(i));
}

void MainWindow::showAllArticles() {
    for (int i = 0; i < articleModel_->rowCount(); ++i)
        articleModel_->setDocumentShown(i, true);
}

void MainWindow::useAsReference(int document) {
    if (!analysis_)
        return;
    articleModel_->setReferenceDocument(document);
    controller_->realign(analysis_, document);
}

void MainWindow::showMessage(const QString& text) {
    messageText_ = text;
    messageBar_->setText(
        QStringLiteral("%1 &nbsp; <a href=\"#dismiss\" style=\"color: palette(highlighted-text)\">%2</a>")
            .arg(text.toHtmlEscaped(), tr("Dismiss")));
    messageBar_->show();
}

QString MainWindow::statusText() const {
    return statusLabel_->text();
}

QString MainWindow::messageText() const {
    return messageBar_->isHidden() ? QString() : messageText_;
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    // After the layout has given the splitter its new width, not before.
    QTimer::singleShot(0, this, &MainWindow::giveThePanesRoom);
}

void MainWindow::giveThePanesRoom() {
    // The side panels keep the widths the reader gave them (or the defaults) while the window has
    // room; in a narrow window they give way so the panes keep at least half the width, in
    // proportion to what each has above its minimum, and they come back when the window widens.
    auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    if (!splitter || splitter->count() != 3)
        return;
    const QList<int> current = splitter->sizes();
    const int total = current[0] + current[1] + current[2];
    if (total <= 0)
        return;
    int left = preferredSides_.first, right = preferredSides_.second;
    const int over = left + right - total / 2; // what the sides must give for the panes' half
    if (over > 0) {
        const int minLeft = splitter->widget(0)->minimumSizeHint().width();
        const int minRight = splitter->widget(2)->minimumSizeHint().width();
        const int spareLeft = std::max(0, left - minLeft), spareRight = std::max(0, right - minRight);
        if (spareLeft + spareRight > 0) {
            const int take = std::min(over, spareLeft + spareRight);
            const int fromLeft = take * spareLeft / (spareLeft + spareRight);
            left -= fromLeft;
            right -= take - fromLeft;
        }
    }
    const QList<int> sizes{left, std::max(0, total - left - right), right};
    if (sizes != current)
        splitter->setSizes(sizes);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && QFileInfo(urls.front().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    openFolder(event->mimeData()->urls().front().toLocalFile());
}

} // namespace parallax::gui
