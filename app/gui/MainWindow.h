#pragma once

#include "analysis/Analysis.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace parallax::gui {

class AnalysisController;
class ArticleListModel;

// The Parallax window: the articles of a folder on the left, the selected article's text on the
// right with boilerplate greyed. The analysis runs in AnalysisController, never on this thread.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openFolder(const QString& folder);

    // For tests and the status bar: what is on screen now.
    const Analysis* analysis() const { return analysis_.get(); }
    QTableView* articleList() const { return articleList_; }
    QTextBrowser* textView() const { return textView_; }
    QString messageText() const;

Q_SIGNALS:
    void analysisShown(); // the current folder's analysis is on screen

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void chooseFolder();
    void rebuildRecentMenu();
    void showAnalysis(std::shared_ptr<const Analysis> analysis);
    void showDocument(int row);
    void showProgress(const QString& stage, qsizetype done, qsizetype total);
    void showMessage(const QString& text);
    void about();

    AnalysisController* controller_;
    ArticleListModel* articleModel_;
    QTableView* articleList_;
    QLabel* skippedLabel_;
    QLabel* documentHeader_;
    QTextBrowser* textView_;
    QLabel* messageBar_;
    QLabel* statusLabel_;
    QProgressBar* progressBar_;
    QToolButton* cancelButton_;
    QMenu* recentMenu_ = nullptr;
    QString folder_;
    QString messageText_;
    std::shared_ptr<const Analysis> analysis_;
};

} // namespace parallax::gui
