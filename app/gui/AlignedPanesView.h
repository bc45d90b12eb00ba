#pragma once

#include "PaneColors.h"
#include "PaneModel.h"

#include <QAbstractScrollArea>
#include <QHash>

#include <memory>
#include <vector>

class QTextLayout;
class QTimer;

namespace parallax::gui {

class PaneHeader;

// The articles side by side: one column per article, one row per aligned group of sentences, text
// wrapped inside its column and every row as tall as its tallest cell, so matching sentences stay
// level. One scroll area holds all columns: there is nothing to synchronise and no feedback loop
// between panes, whatever the number of articles.
//
// Rows are tinted by how well they match (identical, near-identical, paraphrase, unique); changed
// words and numbers carry the marks of the PaneModel. Only visible rows are laid out for painting;
// row heights are measured once per column width.
class AlignedPanesView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit AlignedPanesView(QWidget* parent = nullptr);
    ~AlignedPanesView() override;

    // Everything the panes show comes from the model (PaneModelBuilder.h): they never read the
    // engine's Analysis, so they can be tested and profiled on a model alone.
    void setContent(std::shared_ptr<const PaneModel> model);
    const PaneModel* paneModel() const { return model_.get(); }
    int columnCount() const;
    int rowCount() const;

    int currentRow() const { return currentRow_; }
    int currentColumn() const { return currentColumn_; }
    void setCurrentCell(int row, int column);
    void scrollToRow(int row);    // brings the row to the upper third of the view
    void copyCurrentCell() const; // its sentences to the clipboard (a folded strip's too)

    void setSelectedClaim(int claim); // its numbers are outlined in every pane
    int selectedClaim() const { return selectedClaim_; }

    // Marks every case-insensitive occurrence of `text` and returns the cells that hold one.
    std::vector<std::pair<int, int>> setSearchText(const QString& text);

    void zoomBy(int steps); // ±1 point per step, within 6..32 points
    void resetZoom();

    // Geometry in content coordinates (y from the top of the first row), for the overview ruler.
    int contentHeight() const;
    int rowTop(int row) const;
    int rowHeight(int row) const;
    int rowAtContentY(int y) const;
    int scrollOffset() const;

    // Where a document offset is drawn inside a cell, in viewport coordinates; for tests and for
    // tooltips. Null point when the cell or offset is not on screen.
    QPoint pointForOffset(int row, int column, qsizetype offset);
    QString cellText(int row, int column) const;

Q_SIGNALS:
    void numberClicked(int claim, int row, int column);
    void foldActivated(int document, int firstSentence); // a folded strip was clicked: open it
    void currentCellChanged(int row, int column);
    void geometryChanged(); // row heights or scroll position changed: the ruler repaints

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Hit {
        int row = -1;
        int column = -1;
        qsizetype offset = -1; // into the document's text
        const CellMark* mark = nullptr;
    };

    void invalidateLayout();
    void measureRows();
    int exactRowHeight(int row);
    void rebuildTops();
    bool measureRange(int first, int last); // exact heights for these rows; true when any changed
    void measureVisibleRows();
    void measureInBackground();
    std::pair<int, int> visibleRows() const; // first and last row at least partly in view
    void updateScrollBars();
    int columnWidth() const;
    int textWidth() const;
    size_t layoutKey(int row, int column) const;
    QTextLayout* cellLayout(int row, int column);         // built when missing
    QTextLayout* cachedLayout(int row, int column) const; // null when missing
    std::unique_ptr<QTextLayout> buildLayout(int row, int column) const;
    Hit hitTest(QPoint viewportPos);
    void paintCell(QPainter& p, int row, int column, const QRect& rect);

    std::shared_ptr<const PaneModel> model_;
    PaneColors colors_;
    PaneHeader* header_;
    QFont font_;
    int baseFontPoints_ = 0;
    std::vector<int> tops_;    // tops_[row]; tops_.back() is the content height
    std::vector<int> heights_; // estimated until measured_
    std::vector<bool> measured_;
    int nextToMeasure_ = 0;
    bool settling_ = false; // new content: visible rows are being laid out in the background
    QTimer* backgroundMeasure_;
    int measuredWidth_ = -1;
    int layoutWidth_ = -1; // the text width the cached layouts were laid out at
    QHash<size_t, std::shared_ptr<QTextLayout>> layouts_;    // by layoutKey()
    std::vector<std::vector<std::vector<Span>>> searchHits_; // [row][column]
    int currentRow_ = -1;
    int currentColumn_ = -1;
    int selectedClaim_ = -1;
};

} // namespace parallax::gui
