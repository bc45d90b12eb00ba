#include "MainWindow.h"

#include "AnalysisController.h"
#include "ArticleListModel.h"
#include "DocumentRenderer.h"
#include "RecentFolders.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace parallax::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , controller_(new AnalysisController(this))
    , articleModel_(new ArticleListModel(this))
{
    setWindowTitle(tr("Parallax"));
    setAcceptDrops(true);

    articleList_ = new QTableView;
    articleList_->setModel(articleModel_);
    articleList_->setSelectionBehavior(QAbstractItemView::SelectRows);
    articleList_->setSelectionMode(QAbstractItemView::SingleSelection);
    articleList_->verticalHeader()->hide();
    articleList_->horizontalHeader()->setSectionResizeMode(ArticleListModel::Title, QHeaderView::Stretch);
    articleList_->horizontalHeader()->setSectionResizeMode(ArticleListModel::Words, QHeaderView::ResizeToContents);
    articleList_->setWordWrap(false);
    articleList_->setAlternatingRowColors(true);
    skippedLabel_ = new QLabel;
    skippedLabel_->setWordWrap(true);
    skippedLabel_->hide();

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Articles</b>")));
    leftLayout->addWidget(articleList_, 1);
    leftLayout->addWidget(skippedLabel_);

    documentHeader_ = new QLabel;
    documentHeader_->setWordWrap(true);
    documentHeader_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    textView_ = new QTextBrowser;
    textView_->setOpenLinks(false);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(documentHeader_);
    rightLayout->addWidget(textView_, 1);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    messageBar_ = new QLabel;
    messageBar_->setWordWrap(true);
    messageBar_->setStyleSheet(QStringLiteral("QLabel { background: palette(highlight); color: palette(highlighted-text);"
                                              " padding: 6px; border-radius: 3px; }"));
    messageBar_->hide();
    connect(messageBar_, &QLabel::linkActivated, messageBar_, &QWidget::hide);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(messageBar_);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();

    connect(articleList_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showDocument(current.row()); });
    connect(controller_, &AnalysisController::progress, this, &MainWindow::showProgress);
    connect(controller_, &AnalysisController::finished, this, &MainWindow::showAnalysis);
    connect(controller_, &AnalysisController::cancelled, this, [this] {
        progressBar_->hide();
        cancelButton_->hide();
        statusLabel_->setText(tr("Analysis cancelled"));
    });

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(QSize(1600, 1000).boundedTo(screen()->availableSize() * 0.95));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
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
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Parallax"), this, &MainWindow::about);
}

void MainWindow::buildStatusBar()
{
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

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a Folder of Articles"), folder_);
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::rebuildRecentMenu()
{
    recentMenu_->clear();
    const QStringList folders = RecentFolders().list();
    for (const QString& folder : folders)
        recentMenu_->addAction(QDir::toNativeSeparators(folder), this, [this, folder] { openFolder(folder); });
    if (folders.isEmpty())
        recentMenu_->addAction(tr("No recent folders"))->setEnabled(false);
    recentMenu_->addSeparator();
    recentMenu_->addAction(tr("Clear Menu"), this, [] { RecentFolders().clear(); });
}

void MainWindow::openFolder(const QString& folder)
{
    folder_ = QDir(folder).absolutePath();
    setWindowTitle(tr("%1 — Parallax").arg(QFileInfo(folder_).fileName()));
    messageBar_->hide();
    statusLabel_->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(folder_)));
    progressBar_->setRange(0, 0);
    progressBar_->show();
    cancelButton_->show();
    controller_->start(folder_);
}

void MainWindow::showProgress(const QString& stage, qsizetype done, qsizetype total)
{
    progressBar_->setRange(0, int(total));
    progressBar_->setValue(int(done));
    statusLabel_->setText(tr("%1 %2 of %3…").arg(stage).arg(done).arg(total));
}

void MainWindow::showAnalysis(std::shared_ptr<const Analysis> analysis)
{
    progressBar_->hide();
    cancelButton_->hide();
    analysis_ = std::move(analysis);
    articleModel_->setAnalysis(analysis_);
    const Corpus& corpus = analysis_->corpus;
    if (!corpus.error.isEmpty()) {
        showMessage(corpus.error);
        statusLabel_->setText(tr("Nothing to analyse"));
    } else {
        RecentFolders().add(folder_);
        if (corpus.documents.empty())
            showMessage(tr("No readable article in %1.").arg(QDir::toNativeSeparators(folder_)));
        statusLabel_->setText(corpus.documents.size() == 1 ? tr("1 article")
                                                           : tr("%1 articles").arg(corpus.documents.size()));
    }
    QStringList skipped;
    for (const SkippedFile& s : corpus.skipped)
        skipped << QStringLiteral("%1: %2").arg(s.path.toHtmlEscaped(), s.reason.toHtmlEscaped());
    skippedLabel_->setVisible(!skipped.isEmpty());
    skippedLabel_->setText(skipped.size() == 1 ? tr("1 file skipped (hover for why)")
                                               : tr("%1 files skipped (hover for why)").arg(skipped.size()));
    skippedLabel_->setToolTip(skipped.join(QStringLiteral("<br>")));
    if (!corpus.documents.empty())
        articleList_->selectRow(0);
    else
        showDocument(-1);
    Q_EMIT analysisShown();
}

void MainWindow::showDocument(int row)
{
    const Document* doc = articleModel_->document(row);
    if (!doc) {
        documentHeader_->clear();
        textView_->clear();
        return;
    }
    QStringList facts;
    if (const QString source = displaySource(*doc); !source.isEmpty())
        facts << source.toHtmlEscaped();
    if (!doc->date.isEmpty())
        facts << doc->date;
    facts << (doc->wordCount() == 1 ? tr("1 word") : tr("%1 words").arg(doc->wordCount()))
          << (doc->sentences.size() == 1 ? tr("1 sentence") : tr("%1 sentences").arg(doc->sentences.size()));
    facts << QStringLiteral("%1, %2").arg(doc->format, doc->encoding);
    QString header = QStringLiteral("<b>%1</b><br>%2").arg(doc->title.toHtmlEscaped(), facts.join(QStringLiteral(" · ")));
    for (const QString& warning : doc->warnings)
        header += QStringLiteral("<br><span style='color:#b36b00'>⚠ %1</span>").arg(warning.toHtmlEscaped());
    documentHeader_->setText(header);
    renderDocument(*doc, palette(), *textView_->document());
}

void MainWindow::showMessage(const QString& text)
{
    messageText_ = text;
    messageBar_->setText(QStringLiteral("%1 &nbsp; <a href=\"#dismiss\" style=\"color: palette(highlighted-text)\">%2</a>")
                             .arg(text.toHtmlEscaped(), tr("Dismiss")));
    messageBar_->show();
}

QString MainWindow::messageText() const
{
    return messageBar_->isHidden() ? QString() : messageText_;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Parallax"),
                       tr("<h3>Parallax %1</h3><p>Read many news articles about one event side by side: "
                          "see where they agree, where one copies another, and where their numbers "
                          "disagree.</p>")
                           .arg(QStringLiteral(PARALLAX_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && QFileInfo(urls.front().toLocalFile()).isDir())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    openFolder(event->mimeData()->urls().front().toLocalFile());
}

} // namespace parallax::gui
