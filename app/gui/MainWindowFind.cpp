// Find in the window: every article is searched, folded strips holding a match open, and matches
// in articles without a pane are counted with a way to show them.
#include "MainWindow.h"

#include "AlignedPanesView.h"
#include "ArticleListModel.h"
#include "FindBar.h"

namespace parallax::gui {

void MainWindow::findChanged(const QString& text) {
    // Find searches every article: folded strips holding a match open, and matches in articles
    // without a pane are counted, with a link that shows those articles.
    if (!text.isEmpty() && panes_->paneModel() && analysis_) {
        bool opened = false;
        for (const PaneRow& row : panes_->paneModel()->rows)
            for (const PaneCell& cell : row.cells)
                if (cell.isFolded() &&
                    analysis_->corpus.documents[size_t(cell.document)].textOf(cell.span).contains(
                        text, Qt::CaseInsensitive)) {
                    paneOptions_.openFolds.insert({cell.document, cell.firstSentence});
                    opened = true;
                }
        if (opened) {
            rebuildPanes(); // searches again when done
            return;
        }
    }
    findHits_ = panes_->setSearchText(text);
    findIndex_ = -1;
    findStep(+1);
    int hiddenMatches = 0, hiddenArticles = 0;
    if (!text.isEmpty() && analysis_)
        for (int doc : articleModel_->hiddenDocuments()) {
            const qsizetype n =
                analysis_->corpus.documents[size_t(doc)].text.count(text, Qt::CaseInsensitive);
            hiddenMatches += int(n);
            hiddenArticles += n > 0;
        }
    findBar_->setHiddenMatches(hiddenMatches, hiddenArticles);
}

void MainWindow::findStep(int direction) {
    if (findHits_.empty()) {
        findBar_->setHitInfo(-1, 0);
        return;
    }
    const int n = int(findHits_.size());
    findIndex_ = ((findIndex_ < 0 && direction < 0 ? 0 : findIndex_ + direction) % n + n) % n;
    const auto [row, column] = findHits_[size_t(findIndex_)];
    panes_->setCurrentCell(row, column);
    findBar_->setHitInfo(findIndex_, n);
}

} // namespace parallax::gui
