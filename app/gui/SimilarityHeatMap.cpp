#include "SimilarityHeatMap.h"

#include "ArticleListModel.h"
#include "PaneColors.h"
#include "VerdictMarks.h"
#include "VerdictMenu.h"
#include "VerdictStore.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QHelpEvent>
#include <QImage>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace parallax::gui {

SimilarityHeatMap::SimilarityHeatMap(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
}

void SimilarityHeatMap::setAnalysis(std::shared_ptr<const Analysis> analysis) {
    analysis_ = std::move(analysis);
    cacheKey_ = nullptr;
    pairIndex_.clear();
    if (analysis_)
        for (size_t i = 0; i < analysis_->reuse.pairs.size(); ++i) {
            const DocumentPair& p = analysis_->reuse.pairs[i];
            pairIndex_.insert((quint64(quint32(p.a)) << 32) | quint32(p.b), int(i));
        }
    update();
}

SimilarityHeatMap::Layout SimilarityHeatMap::layout() const {
    Layout l;
    l.n = analysis_ ? int(analysis_->corpus.documents.size()) : 0;
    if (l.n == 0)
        return l;
    const int label = fontMetrics().horizontalAdvance(QString::number(l.n)) + 6;
    l.cell = std::max(2, std::min((width() - label) / l.n, (height() - label) / l.n));
    l.origin = QPoint(label, label);
    return l;
}

std::pair<int, int> SimilarityHeatMap::cellAt(QPoint pos) const {
    const Layout l = layout();
    if (l.n == 0)
        return {-1, -1};
    const int col = (pos.x() - l.origin.x()) / l.cell, row = (pos.y() - l.origin.y()) / l.cell;
    if (pos.x() < l.origin.x() || pos.y() < l.origin.y() || col >= l.n || row >= l.n || col == row)
        return {-1, -1};
    return {std::min(row, col), std::max(row, col)};
}

const DocumentPair* SimilarityHeatMap::pairOf(int a, int b) const {
    const auto it = pairIndex_.find((quint64(quint32(a)) << 32) | quint32(b));
    return it == pairIndex_.end() ? nullptr : &analysis_->reuse.pairs[size_t(*it)];
}

void SimilarityHeatMap::paintEvent(QPaintEvent*) {
    // Thousands of pairs take a while to draw and change only with the analysis or the size:
    // draw them once into a pixmap.
    const QSize pixels = size() * devicePixelRatioF();
    const QRgb base = palette().color(QPalette::Base).rgb();
    if (cache_.size() != pixels || cacheKey_ != analysis_.get() || cachedBase_ != base) {
        cachedBase_ = base;
        cache_ = QPixmap(pixels);
        cache_.setDevicePixelRatio(devicePixelRatioF());
        QPainter painter(&cache_);
        paintGrid(painter);
        cacheKey_ = analysis_.get();
    }
    QPainter(this).drawPixmap(0, 0, cache_);
}

void SimilarityHeatMap::paintGrid(QPainter& p) {
    const PaneColors colors(palette());
    p.fillRect(rect(), palette().color(QPalette::Window));
    const Layout l = layout();
    if (l.n < 2)
        return;
    // Unrelated pairs are the background; only reported pairs are drawn, so a folder of thousands
    // of articles costs what its pairs cost, not n squared.
    const QColor highlight = palette().color(QPalette::Highlight);
    p.fillRect(QRect(l.origin, QSize(l.n * l.cell, l.n * l.cell)), blend(colors.base, highlight, 0.1));
    if (l.cell >= 4)
        for (int i = 0; i < l.n; ++i)
            p.fillRect(QRect(l.origin.x() + i * l.cell, l.origin.y() + i * l.cell, l.cell - 1, l.cell - 1),
                       colors.gapHatch);
    if (l.cell >= fontMetrics().height()) {
        p.setPen(palette().color(QPalette::WindowText));
        for (int i = 0; i < l.n; ++i) {
            const QString label = QString::number(i + 1);
            p.drawText(QRect(0, l.origin.y() + i * l.cell, l.origin.x() - 3, l.cell),
                       Qt::AlignRight | Qt::AlignVCenter, label);
            p.drawText(QRect(l.origin.x() + i * l.cell, 0, l.cell, l.origin.y() - 2),
                       Qt::AlignHCenter | Qt::AlignBottom, label);
        }
    }
    auto fillOf = [&](const DocumentPair& pair) {
        const double share = std::max(pair.containmentAInB, pair.containmentBInA);
        const double strength =
            pair.relation == parallax::Relation::SharedSource ? std::max(share, 0.35) : share;
        return blend(colors.base, highlight, std::min(1.0, 0.1 + strength));
    };
    if (l.cell < 6) {
        // Cells of a few pixels and no frames: pixels written into an image, not tens of thousands
        // of one-pixel rectangles (200 articles: 19,900 pairs, 9 ms a repaint, on the UI thread).
        // Only what the widget shows: thousands of articles at the 2-pixel minimum overflow it.
        const int side = l.n * l.cell;
        const int w = std::clamp(width() - l.origin.x(), 0, side),
                  h = std::clamp(height() - l.origin.y(), 0, side);
        if (w == 0 || h == 0)
            return;
        QImage grid(w, h, QImage::Format_RGB32);
        grid.fill(blend(colors.base, highlight, 0.1));
        const QRgb diagonal = colors.gapHatch.rgb();
        const int inner = std::max(1, l.cell - 1);
        auto fillCell = [&](int row, int col, QRgb rgb) {
            const int x0 = col * l.cell, x1 = std::min(w, x0 + inner);
            for (int y = row * l.cell; y < std::min(h, row * l.cell + inner) && x0 < x1; ++y) {
                QRgb* line = reinterpret_cast<QRgb*>(grid.scanLine(y));
                std::fill(line + x0, line + x1, rgb);
            }
        };
        if (l.cell >= 4)
            for (int i = 0; i < l.n; ++i)
                fillCell(i, i, diagonal);
        for (const DocumentPair& pair : analysis_->reuse.pairs) {
            const QRgb rgb = fillOf(pair).rgb();
            fillCell(pair.a, pair.b, rgb);
            fillCell(pair.b, pair.a, rgb);
        }
        p.drawImage(l.origin, grid);
        return;
    }
    for (const DocumentPair& pair : analysis_->reuse.pairs) {
        const QColor fill = fillOf(pair);
        for (const auto [row, col] : {std::pair{pair.a, pair.b}, std::pair{pair.b, pair.a}}) {
            const QRect cell(l.origin.x() + col * l.cell, l.origin.y() + row * l.cell,
                             std::max(1, l.cell - 1), std::max(1, l.cell - 1));
            p.fillRect(cell, fill);
            if (l.cell < 6 || (pair.relation != parallax::Relation::Reprint &&
                               pair.relation != parallax::Relation::SharedSource))
                continue;
            p.setPen(
                QPen(pair.relation == parallax::Relation::Reprint ? colors.conflict : colors.qualifier, 2));
            p.drawRect(cell.adjusted(1, 1, -1, -1));
        }
    }
}

void SimilarityHeatMap::setVerdicts(VerdictStore* store) {
    verdicts_ = store;
}

// Only pairs the engine relates can be judged: a verdict says whether that relation is right.
void SimilarityHeatMap::contextMenuEvent(QContextMenuEvent* event) {
    const auto [a, b] = cellAt(event->pos());
    if (!verdicts_ || a < 0 || !pairOf(a, b))
        return;
    QMenu menu(this);
    addPairVerdictActions(&menu, verdicts_, pairIndex_.value((quint64(quint32(a)) << 32) | quint32(b)), this);
    menu.exec(event->globalPos());
}

void SimilarityHeatMap::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return; // the right button opens the verdict menu
    const auto [a, b] = cellAt(event->position().toPoint());
    if (a >= 0)
        Q_EMIT pairClicked(a, b);
}

bool SimilarityHeatMap::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip && analysis_) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto [a, b] = cellAt(help->pos());
        if (a < 0) {
            QToolTip::hideText();
            return true;
        }
        const auto& docs = analysis_->corpus.documents;
        const DocumentPair* pair = pairOf(a, b);
        QString tip = QStringLiteral("<b>%1. %2</b> and <b>%3. %4</b><br>")
                          .arg(a + 1)
                          .arg(shortName(docs[size_t(a)]).toHtmlEscaped())
                          .arg(b + 1)
                          .arg(shortName(docs[size_t(b)]).toHtmlEscaped());
        if (pair)
            tip += tr("%1 · %2 shared sentences<br>resemblance %3 · containment %4 / %5<br><i>Click to "
                      "compare these two.</i>")
                       .arg(relationName(pair->relation))
                       .arg(pair->sharedSentences)
                       .arg(pair->resemblance, 0, 'f', 2)
                       .arg(pair->containmentAInB, 0, 'f', 2)
                       .arg(pair->containmentBInA, 0, 'f', 2);
        else
            tip += tr("unrelated");
        if (pair && verdicts_) {
            const int index = pairIndex_.value((quint64(quint32(a)) << 32) | quint32(b));
            if (const Verdict* verdict = verdicts_->pairVerdict(index))
                tip += QStringLiteral("<br>") + verdictToolTip(verdict);
        }
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace parallax::gui
