#pragma once

#include <QStringList>
#include <QWidget>

namespace parallax::gui {

// The strip above the panes naming each column's article: title (elided), source and date. Its
// columns follow the panes' width exactly because the view sets them.
class PaneHeader : public QWidget {
    Q_OBJECT
public:
    explicit PaneHeader(QWidget* parent = nullptr);

    struct Column {
        QString title;
        QString detail; // "Guardian · 2025-07-04"
        QString tooltip;
        bool reference = false;
    };
    void setColumns(std::vector<Column> columns, int columnWidth);
    int preferredHeight() const;
    void setOffset(int x); // the panes' horizontal scroll position

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    std::vector<Column> columns_;
    int columnWidth_ = 100;
    int offset_ = 0;
};

} // namespace parallax::gui
