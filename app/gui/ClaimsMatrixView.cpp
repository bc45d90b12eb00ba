#include "ClaimsMatrixView.h"

#include "ClaimsMatrixModel.h"
#include "VerdictMenu.h"
#include "VerdictStore.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>

#include <algorithm>

namespace parallax::gui {

ClaimsMatrixView::ClaimsMatrixView(ClaimsMatrixModel* model, QWidget* parent)
    : QTableView(parent)
    , model_(model) {
    setModel(model_);
    setObjectName(QStringLiteral("claimsMatrix"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Widths from the font, not from the contents: measuring every cell of 60 articles and a few
    // hundred claims on each update would show as a pause.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 16);
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(model_, &QAbstractItemModel::modelReset, this, &ClaimsMatrixView::fitColumns);
    connect(this, &QAbstractItemView::clicked, this, &ClaimsMatrixView::activate);
    connect(this, &QAbstractItemView::activated, this, &ClaimsMatrixView::activate);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &ClaimsMatrixView::contextMenu);
}

void ClaimsMatrixView::setVerdicts(VerdictStore* store) {
    verdicts_ = store;
    model_->setVerdicts(store);
    // A mark makes a claim's name longer: widen its column so the mark is not cut off (only that
    // column, so widths the user set on the others stay).
    connect(store, &VerdictStore::changed, this, [this] {
        if (model_->rowCount() == 0)
            return;
        const int em = fontMetrics().averageCharWidth();
        const int wanted = std::clamp(sizeHintForColumn(0), 24 * em, 44 * em);
        if (wanted > columnWidth(0))
            setColumnWidth(0, wanted);
    });
}

// Any cell of a row offers the verdict of its claim: the row is the claim.
void ClaimsMatrixView::contextMenu(const QPoint& position) {
    const QModelIndex index = indexAt(position);
    if (!verdicts_ || !index.isValid())
        return;
    QMenu menu(this);
    addClaimVerdictActions(&menu, verdicts_, index.data(ClaimsMatrixModel::ClaimRole).toInt(), this);
    menu.exec(viewport()->mapToGlobal(position));
}

void ClaimsMatrixView::fitColumns() {
    // Fitted to names and values when that is cheap; a large matrix keeps the default widths,
    // since measuring every cell on the UI thread on each update would show as a pause (the window
    // keeps its UI-thread gaps under 50 ms with 200 articles).
    constexpr int kMeasuredCells = 3000;
    const int cells = model_->rowCount() * model_->columnCount();
    if (cells > 0 && cells <= kMeasuredCells)
        resizeColumnsToContents();
    const int em = fontMetrics().averageCharWidth();
    for (int column = 0; column < model_->columnCount(); ++column) {
        const int lo = column == 0 ? 24 * em : 8 * em;
        const int hi = column == 0 ? 44 * em : 24 * em;
        setColumnWidth(column, std::clamp(cells <= kMeasuredCells ? columnWidth(column) : hi, lo, hi));
    }
}

void ClaimsMatrixView::selectClaim(int claim) {
    const int row = model_->rowOfClaim(claim);
    if (row < 0)
        return;
    const QModelIndex index = model_->index(row, 0);
    if (!currentIndex().isValid() || currentIndex().row() != row)
        setCurrentIndex(index);
    scrollTo(index);
}

void ClaimsMatrixView::changeEvent(QEvent* event) {
    QTableView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        model_->setPalette(palette());
}

void ClaimsMatrixView::activate(const QModelIndex& index) {
    if (!index.isValid())
        return;
    const int claim = index.data(ClaimsMatrixModel::ClaimRole).toInt();
    const int variant = index.data(ClaimsMatrixModel::VariantRole).toInt();
    if (variant >= 0)
        Q_EMIT variantActivated(claim, variant);
    else
        Q_EMIT claimActivated(claim);
}

} // namespace parallax::gui
