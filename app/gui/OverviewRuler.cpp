#include "OverviewRuler.h"

#include "AlignedPanesView.h"
#include "PaneColors.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace parallax::gui {

OverviewRuler::OverviewRuler(AlignedPanesView* view, QWidget* parent)
    : QWidget(parent)
    , view_(view) {
    setFixedWidth(18);
    setToolTip(tr("Overview: shared rows are tinted, red ticks mark conflicting numbers. Click to jump."));
    connect(view_, &AlignedPanesView::geometryChanged, this, qOverload<>(&QWidget::update));
}

void OverviewRuler::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const PaneColors colors(palette());
    p.fillRect(rect(), colors.base);
    const PaneModel* model = view_->paneModel();
    const int total = view_->contentHeight();
    if (!model || total <= 0)
        return;
    const double scale = double(height()) / total;
    for (int row = 0; row < view_->rowCount(); ++row) {
        const PaneRow& r = model->rows[size_t(row)];
        const int y = int(view_->rowTop(row) * scale);
        const int h = std::max(1, int(view_->rowHeight(row) * scale));
        if (r.kind != RowKind::Unique && !r.boilerplate)
            p.fillRect(QRect(0, y, width(), h), blend(colors.rowTint(r.kind), colors.text, 0.15));
        if (r.hasConflict)
            p.fillRect(QRect(width() / 2, y, width() - width() / 2, std::max(2, h)), colors.conflict);
    }
    const int top = int(view_->scrollOffset() * scale);
    const int visible = std::max(4, int(view_->viewport()->height() * scale));
    p.setPen(QPen(colors.text, 1));
    p.drawRect(QRect(0, top, width() - 1, std::min(visible, height() - top - 1)));
}

void OverviewRuler::jumpTo(int y) {
    const int total = view_->contentHeight();
    if (total <= 0 || height() <= 0)
        return;
    const int contentY = int(double(y) / height() * total);
    view_->verticalScrollBar()->setValue(contentY - view_->viewport()->height() / 2);
}

void OverviewRuler::mousePressEvent(QMouseEvent* event) {
    jumpTo(int(event->position().y()));
}

void OverviewRuler::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton)
        jumpTo(int(event->position().y()));
}

} // namespace parallax::gui
