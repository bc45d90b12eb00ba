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
    void setHitInfo(int current, int total);

Q_SIGNALS:
    void textChanged(const QString& text);
    void next();
    void previous();
    void closed();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLineEdit* edit_;
    QLabel* count_;
};

} // namespace parallax::gui
