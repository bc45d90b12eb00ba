#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace parallax::gui {

// Find across panes: a search field under the panes with next/previous and a hit count. Enter and
// F3 go to the next hit, Shift+Enter and Shift+F3 to the previous, Escape closes.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QWidget* parent = nullptr);
    void activate(); // show, focus and select the text
    QString text() const;
    void setText(const QString& text); // as if typed
    void setHitInfo(int current, int total);
    // Matches in articles that have no pane now: "5 more in 2 hidden articles (show)".
    void setHiddenMatches(int matches, int articles);
    QString hiddenMatchesText() const;

Q_SIGNALS:
    void textChanged(const QString& text);
    void next();
    void previous();
    void closed();
    void showHiddenMatches(); // the reader asked for panes of the hidden articles that match

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLineEdit* edit_;
    QLabel* count_;
    QLabel* elsewhere_;
};

} // namespace parallax::gui
