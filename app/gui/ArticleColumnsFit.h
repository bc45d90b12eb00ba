#pragma once

// Keeps the article list's title readable in a narrow panel: the relation column gives way first.
// At 1024x700 the panel is about 240 px wide, and a relation column sized for "shared source with
// W" left the title about 50 px, too little for a word of it.

#include <QObject>

class QTableView;

namespace parallax::gui {

class ArticleColumnsFit : public QObject {
public:
    // Fits `relation` to the table on every resize; `fixed` are the columns whose widths stay.
    ArticleColumnsFit(QTableView* table, int relation, QList<int> fixed);

    // The relation column's width for a table whose viewport is `available` px wide once the
    // fixed columns are taken: its preferred width while the title keeps at least
    // kTitleShare of the rest, down to a minimum that still shows "reprint…".
    static int relationWidth(int available, int preferred, int minimum);
    static constexpr double kTitleShare = 0.6;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fit();

    QTableView* table_;
    int relation_;
    QList<int> fixed_;
};

} // namespace parallax::gui
