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

    static QFont detailFont(const QFont& base);
    static int rowHeight(const QFont& base); // two lines and padding
};

} // namespace parallax::gui
