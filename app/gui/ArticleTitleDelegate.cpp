#include "ArticleTitleDelegate.h"

#include "ArticleListModel.h"

#include <QApplication>
#include <QPainter>

namespace parallax::gui {

QFont ArticleTitleDelegate::detailFont(const QFont& base) {
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * 0.85);
    else
        font.setPixelSize(std::max(8, int(base.pixelSize() * 0.85)));
    font.setItalic(false);
    font.setBold(false);
    return font;
}

int ArticleTitleDelegate::rowHeight(const QFont& base) {
    return QFontMetrics(base).height() + QFontMetrics(detailFont(base)).height() + 8;
}

void ArticleTitleDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QFont small = detailFont(option.font);
    const int detailHeight = QFontMetrics(small).height();

    // The standard item (background, check box, title) in the upper part, then the detail line
    // aligned with the title text.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    QStyleOptionViewItem top = opt;
    top.rect = titleLine(opt);
    style->drawControl(QStyle::CE_ItemViewItem, &top, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &top, widget);
    const QRect detailRect(textRect.left(), top.rect.bottom() + 1, opt.rect.right() - textRect.left() - 2,
                           detailHeight);
    const bool selected = opt.state & QStyle::State_Selected;
    QColor colour = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected)
        colour.setAlphaF(0.6f); // muted: the title is what the eye looks for
    const QString detail = index.data(ArticleListModel::DetailRole).toString();
    painter->save();
    painter->setFont(small);
    painter->setPen(colour);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(detail, Qt::ElideRight, detailRect.width()));
    painter->restore();
}

QRect ArticleTitleDelegate::titleLine(const QStyleOptionViewItem& option) {
    QRect r = option.rect;
    r.setBottom(option.rect.bottom() - QFontMetrics(detailFont(option.font)).height() - 2);
    return r;
}

bool ArticleTitleDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                       const QStyleOptionViewItem& option, const QModelIndex& index) {
    // The base class finds the check box in the rect it is given: give it the line it is drawn in.
    QStyleOptionViewItem top = option;
    top.rect = titleLine(option);
    return QStyledItemDelegate::editorEvent(event, model, top, index);
}

QSize ArticleTitleDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), rowHeight(option.font)));
    return size;
}

} // namespace parallax::gui
