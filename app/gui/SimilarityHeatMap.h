#pragma once

#include "analysis/Analysis.h"

#include <QHash>
#include <QPixmap>
#include <QWidget>

#include <memory>

namespace parallax::gui {

class VerdictStore;

// Every pair of articles as one square of a grid, darker the more text they share (the larger of
// the two containments), outlined by relation. Hover for the figures; click to compare that pair;
// right-click a related pair to give it a verdict (VerdictMenu.h).
class SimilarityHeatMap : public QWidget {
    Q_OBJECT
public:
    explicit SimilarityHeatMap(QWidget* parent = nullptr);
    void setAnalysis(std::shared_ptr<const Analysis> analysis);
    void setVerdicts(VerdictStore* store);
    QSize sizeHint() const override { return {220, 220}; }
    QSize minimumSizeHint() const override { return {80, 80}; }

Q_SIGNALS:
    void pairClicked(int a, int b);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Layout {
        int n = 0;
        int cell = 0;
        QPoint origin;
    };
    Layout layout() const;
    std::pair<int, int> cellAt(QPoint pos) const;
    void paintGrid(QPainter& p);
    const DocumentPair* pairOf(int a, int b) const;

    std::shared_ptr<const Analysis> analysis_;
    QHash<quint64, int> pairIndex_; // (a << 32 | b) -> index into reuse.pairs
    QPixmap cache_;
    const Analysis* cacheKey_ = nullptr; // the analysis cache_ shows
    QRgb cachedBase_ = 0;                // and the palette it was drawn with
    VerdictStore* verdicts_ = nullptr;
};

} // namespace parallax::gui
