#pragma once

#include <QTextBrowser>

namespace parallax::gui {

// Every colour and mark of the window, explained where it is used (Help › Legend). Built with
// the very formats and tints the panes paint with (PaneColors), so the legend cannot drift from
// what is on screen, and rebuilt when the theme changes.
class LegendView : public QTextBrowser {
    Q_OBJECT
public:
    explicit LegendView(QWidget* parent = nullptr);

    QStringList entries() const { return entries_; } // the explanations, in order: for tests

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QStringList entries_;
};

} // namespace parallax::gui
