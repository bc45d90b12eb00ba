#include "PaneHeader.h"

#include "PaneColors.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace parallax::gui {

namespace {
constexpr int padding = 6;
}

PaneHeader::PaneHeader(QWidget* parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PaneHeader::setColumns(std::vector<Column> columns, int columnWidth) {
    columns_ = std::move(columns);
    columnWidth_ = std::max(1, columnWidth);
    update();
}

void PaneHeader::setOffset(int x) {
    offset_ = x;
    update();
}

int PaneHeader::preferredHeight() const {
    QFont bold = font();
    bold.setBold(true);
    return QFontMetrics(bold).height() + QFontMetrics(font()).height() + 2 * padding;
}

void PaneHeader::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Window));
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold), metrics(font());
    p.translate(-offset_, 0);
    for (size_t i = 0; i < columns_.size(); ++i) {
        const QRect cell(int(i) * columnWidth_, 0, columnWidth_, height());
        const Column& c = columns_[i];
        if (c.reference)
            p.fillRect(cell, blend(pal.color(QPalette::Window), pal.color(QPalette::Highlight), 0.15));
        const int width = cell.width() - 2 * padding;
        p.setPen(pal.color(QPalette::WindowText));
        p.setFont(bold);
        p.drawText(cell.left() + padding, padding + boldMetrics.ascent(),
                   boldMetrics.elidedText(c.title, Qt::ElideRight, width));
        p.setFont(font());
        p.setPen(blend(pal.color(QPalette::WindowText), pal.color(QPalette::Window), 0.4));
        p.drawText(cell.left() + padding, padding + boldMetrics.height() + metrics.ascent(),
                   metrics.elidedText(c.detail, Qt::ElideRight, width));
        p.setPen(blend(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.25));
        p.drawLine(cell.topRight(), cell.bottomRight());
    }
    p.resetTransform();
    p.drawLine(rect().bottomLeft(), rect().bottomRight());
}

bool PaneHeader::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int column = (help->pos().x() + offset_) / columnWidth_;
        if (column >= 0 && column < int(columns_.size()))
            QToolTip::showText(help->globalPos(), columns_[size_t(column)].tooltip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace parallax::gui
