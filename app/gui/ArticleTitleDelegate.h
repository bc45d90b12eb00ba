#pragma once

#include <QStyledItemDelegate>

namespace parallax::gui {

// The title cell of the articles list in two lines: check box and title, then the source and date
// smaller and muted underneath (ArticleListModel::DetailRole). A narrow panel has no room for
// separate source and date columns beside a readable title.
class ArticleTitleDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Clicks on the check box as drawn (in the title line, not the middle of the two-line row).
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

    static QFont detailFont(const QFont& base);
    static int rowHeight(const QFont& base);                    // two lines and padding
    static QRect titleLine(const QStyleOptionViewItem& option); // where the check box and title are drawn
};

} // namespace parallax::gui
