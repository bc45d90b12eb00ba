#include "ArticleColumnsFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace parallax::gui {

ArticleColumnsFit::ArticleColumnsFit(QTableView* table, int relation, QList<int> fixed)
    : QObject(table)
    , table_(table)
    , relation_(relation)
    , fixed_(std::move(fixed)) {
    table_->viewport()->installEventFilter(this);
}

int ArticleColumnsFit::relationWidth(int available, int preferred, int minimum) {
    const int share = int(available * (1.0 - kTitleShare));
    return std::clamp(share, std::min(minimum, preferred), preferred);
}

bool ArticleColumnsFit::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ArticleColumnsFit::fit() {
    int available = table_->viewport()->width();
    for (int column : fixed_)
        if (!table_->isColumnHidden(column))
            available -= table_->columnWidth(column);
    const QFontMetrics metrics = table_->fontMetrics();
    const int preferred = metrics.horizontalAdvance(QStringLiteral("shared source with W"));
    const int minimum = metrics.horizontalAdvance(QStringLiteral("reprint of…")) + 8;
    table_->setColumnWidth(relation_, relationWidth(available, preferred, minimum));
}

} // namespace parallax::gui
