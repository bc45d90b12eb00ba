#pragma once

#include <QWidget>

namespace parallax::gui {

class AlignedPanesView;

// A strip beside the panes showing the whole alignment at once: shared rows in their tint, rows
// with a conflicting number as red ticks, and the visible part as a frame. Click or drag to jump.
class OverviewRuler : public QWidget {
    Q_OBJECT
public:
    explicit OverviewRuler(AlignedPanesView* view, QWidget* parent = nullptr);
    QSize sizeHint() const override { return {18, 100}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void jumpTo(int y);
    AlignedPanesView* view_;
};

} // namespace parallax::gui
