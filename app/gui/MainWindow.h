#pragma once

#include "ClaimViews.h"
#include "PaneModelBuilder.h"

#include "analysis/Analysis.h"
#include "analysis/Pipeline.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QProgressBar;
class QTableView;
class QTabWidget;
class QTimer;
class QToolButton;

namespace parallax::gui {

class AlignedPanesView;
class AnalysisController;
class ArticleListModel;
class ClaimsMatrixView;
class ClaimsPanel;
class FindBar;
class OverviewRuler;
class ReportExporter;
class SimilarityHeatMap;
class VerdictStore;

// The Parallax window: articles on the left (with a similarity heat map), the articles side by side
// in aligned panes in the middle, claims and their variants on the right. The analysis runs in
// AnalysisController, never on this thread; documents appear first, then the rest.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // `options` are the engine's; tests pass their own (a callback that throws, a small thread count).
    void openFolder(const QString& folder, const PipelineOptions& options = {});

    // What is on screen now, for tests and the status bar.
    const Analysis* analysis() const { return analysis_.get(); }
    QTableView* articleList() const { return articleList_; }
    AlignedPanesView* panes() const { return panes_; }
    ClaimsPanel* claimsPanel() const { return claimsPanel_; }
    ClaimsMatrixView* claimsMatrix() const { return matrix_; }
    FindBar* findBar() const { return findBar_; }
    QTabWidget* centralViews() const { return views_; } // "Side by side" and "Claims matrix"
    ArticleListModel* articleModel() const { return articleModel_; }
    VerdictStore* verdicts() const { return verdicts_; } // the open folder's verdicts and notes
    QString messageText() const;
    QString statusText() const; // the summary at the foot of the window
    bool isAnalysing() const;

    void selectClaim(int claim); // in the panel and the panes, scrolled to its first variant
    // The side-by-side view on one variant's sentence: its claim selected, its article's pane shown
    // (ticked again if it was hidden) and the sentence made the current cell.
    void showVariant(int claim, int variant);
    void goToConflict(int direction); // +1 next, -1 previous: cycles through conflicting claims
    void goToDifference(int direction);
    void setShowBoilerplate(bool show);
    void useAsReference(int document); // the panes follow its order (realigned on the worker)
    // Writes the report of what is on screen to `path` (PDF, HTML or JSON by its suffix) off the UI
    // thread; reportExported tells when. False when there is nothing complete to report yet.
    bool exportReportTo(const QString& path);

Q_SIGNALS:
    void analysisShown(); // the current folder's complete analysis is on screen
    void reportExported(const QString& path, const QString& error); // error empty on success

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildArticlesPanel();
    QWidget* buildPanesArea();
    void buildMenus();
    void buildStatusBar();
    void chooseFolder();
    void chooseReportFile();
    void reportDone(const QString& path, const QString& error);
    void rebuildRecentMenu();
    void showResult(std::shared_ptr<const Analysis> analysis, bool complete);
    void rebuildPanes();
    void showProgress(const QString& stage, qsizetype done, qsizetype total);
    void showMessage(const QString& text);
    void comparePair(int a, int b);
    void showAllArticles();
    void showMostRelated(int count);
    void watchFolder();
    void findChanged(const QString& text);
    void findStep(int direction);
    void setTheme(const QString& theme);
    void about();
    void giveThePanesRoom();
    void refreshMatrix(); // fills the claims matrix if the claims changed since it was last filled
    void openUserGuide();

    AnalysisController* controller_;
    ArticleListModel* articleModel_;
    QTableView* articleList_ = nullptr;
    QLabel* skippedLabel_ = nullptr;
    SimilarityHeatMap* heatMap_ = nullptr;
    AlignedPanesView* panes_ = nullptr;
    OverviewRuler* ruler_ = nullptr;
    FindBar* findBar_ = nullptr;
    ClaimsPanel* claimsPanel_ = nullptr;
    QTabWidget* views_ = nullptr;
    ClaimsMatrixView* matrix_ = nullptr;
    bool matrixStale_ = true;
    std::pair<int, int> preferredSides_{360, 280}; // article list and claims panel widths, when room
    QLabel* messageBar_ = nullptr;
    QLabel* statusLabel_ = nullptr;
    QProgressBar* progressBar_ = nullptr;
    QToolButton* cancelButton_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QAction* showBoilerplate_ = nullptr;
    QTimer* panesRebuild_ = nullptr;
    QFileSystemWatcher* watcher_ = nullptr;
    ReportExporter* reportExporter_ = nullptr;
    QTimer* reloadTimer_ = nullptr;
    VerdictStore* verdicts_ = nullptr;
    static constexpr int maxShownArticles = 8;
    // Below this window width Help › Legend floats instead of docking (MainWindowMenus.cpp).
    static constexpr int kLegendDockedFrom = 1300;
    static constexpr int kLegendFloatingWidth = 360;

    QString folder_;
    QString messageText_;
    std::shared_ptr<const Analysis> analysis_;
    bool analysisComplete_ = false;
    QDateTime analysedAt_; // when the analysis on screen completed: the report's date
    std::vector<ClaimView> claims_;
    PaneOptions paneOptions_;
    std::vector<std::pair<int, int>> findHits_;
    int findIndex_ = -1;
};

} // namespace parallax::gui
