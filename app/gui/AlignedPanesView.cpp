#include "AlignedPanesView.h"

#include "PaneHeader.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

namespace parallax::gui {
namespace {

constexpr int padX = 7;
constexpr int padY = 5;
constexpr int minColumnWidth = 120;

QString markTooltip(const CellMark& mark) {
    return mark.tooltip;
}

} // namespace

AlignedPanesView::AlignedPanesView(QWidget* parent)
    : QAbstractScrollArea(parent)
    , colors_(palette())
    , header_(new PaneHeader(this))
    , backgroundMeasure_(new QTimer(this)) {
    backgroundMeasure_->setInterval(0);
    connect(backgroundMeasure_, &QTimer::timeout, this, &AlignedPanesView::measureInBackground);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    // Columns never get narrower than minColumnWidth: with many articles the panes scroll sideways.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    verticalScrollBar()->setSingleStep(20);
    font_ = font();
    baseFontPoints_ = font_.pointSize() > 0 ? font_.pointSize() : 10;
    setViewportMargins(0, header_->preferredHeight(), 0, 0);
}

AlignedPanesView::~AlignedPanesView() = default;

void AlignedPanesView::setContent(std::shared_ptr<const PaneModel> model) {
    model_ = std::move(model);
    searchHits_.clear();
    currentRow_ = rowCount() > 0 ? 0 : -1;
    currentColumn_ = columnCount() > 0 ? 0 : -1;
    selectedClaim_ = -1;
    // New content is laid out a few milliseconds at a time (measureInBackground), visible rows
    // first: eight columns of long cells take tens of milliseconds, which must not block the window.
    settling_ = true;
    measureRows();
    viewport()->update();
    verticalScrollBar()->setValue(0);
}

int AlignedPanesView::columnCount() const {
    return model_ ? int(model_->documents.size()) : 0;
}
int AlignedPanesView::rowCount() const {
    return model_ ? int(model_->rows.size()) : 0;
}

int AlignedPanesView::columnWidth() const {
    const int columns = std::max(1, columnCount());
    return std::max(minColumnWidth, viewport()->width() / columns);
}

int AlignedPanesView::textWidth() const {
    return std::max(20, columnWidth() - 2 * padX);
}

void AlignedPanesView::invalidateLayout() {
    layouts_.clear();
    measuredWidth_ = -1;
    measureRows();
    viewport()->update();
}

QString AlignedPanesView::cellText(int row, int column) const {
    if (!model_ || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    const PaneCell& cell = model_->rows[size_t(row)].cells[size_t(column)];
    if (cell.isGap())
        return {};
    if (cell.isFolded())
        return cell.foldSummary;
    QString text = model_->columns[size_t(column)].text.mid(cell.span.start, cell.span.length());
    text.replace(u'\n', u' '); // a cell is one flow of text; offsets stay the same
    return text;
}

std::unique_ptr<QTextLayout> AlignedPanesView::buildLayout(int row, int column) const {
    const PaneRow& r = model_->rows[size_t(row)];
    const PaneCell& cell = r.cells[size_t(column)];
    auto layout = std::make_unique<QTextLayout>(cellText(row, column), font_);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);

    QList<QTextLayout::FormatRange> formats;
    auto add = [&](Span span, const QTextCharFormat& format) {
        const qsizetype start = std::max(span.start, cell.span.start) - cell.span.start;
        const qsizetype end = std::min(span.end, cell.span.end) - cell.span.start;
        if (end > start)
            formats.append({int(start), int(end - start), format});
    };
    if (r.boilerplate) {
        QTextCharFormat grey;
        grey.setForeground(colors_.greyText);
        grey.setFontItalic(true);
        add(cell.span, grey);
    }
    if (cell.isFolded()) {
        // The summary is not document text: its formats are set on the whole of it.
        QTextCharFormat strip;
        strip.setForeground(colors_.greyText);
        strip.setFontItalic(true);
        strip.setFontUnderline(true);
        strip.setUnderlineColor(colors_.gridLine);
        formats.append({0, int(cell.foldSummary.size()), strip});
    }
    for (const CellMark& mark : cell.marks) {
        QTextCharFormat format = colors_.markFormat(mark.kind);
        if (mark.claim >= 0 && mark.claim == selectedClaim_) {
            format.setBackground(blend(colors_.base, colors_.selectedClaim, 0.4));
            format.setFontWeight(QFont::Bold);
        }
        add(mark.span, format);
    }
    if (size_t(row) < searchHits_.size())
        for (Span hit : searchHits_[size_t(row)][size_t(column)])
            add(hit, colors_.markFormat(MarkKind::SearchHit));
    layout->setFormats(formats);

    layout->beginLayout();
    qreal y = 0;
    while (true) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(textWidth());
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

// Layouts are keyed by what they show, not by where: a new partial result, a selected claim or a
// search re-lays out only the cells whose text or marks changed. Width, font and palette changes
// clear the cache.
size_t AlignedPanesView::layoutKey(int row, int column) const {
    const PaneRow& r = model_->rows[size_t(row)];
    const PaneCell& cell = r.cells[size_t(column)];
    QtPrivate::QHashCombine combine;
    size_t key = qHashMulti(0, cell.document, cell.span.start, cell.span.end, r.boilerplate, cell.isFolded());
    for (const CellMark& mark : cell.marks)
        key = combine(key, qHashMulti(0, int(mark.kind), mark.span.start, mark.span.end,
                                      mark.claim >= 0 && mark.claim == selectedClaim_));
    if (size_t(row) < searchHits_.size())
        for (Span hit : searchHits_[size_t(row)][size_t(column)])
            key = combine(key, qHashMulti(1, hit.start, hit.end));
    return key;
}

QTextLayout* AlignedPanesView::cachedLayout(int row, int column) const {
    const auto it = layouts_.constFind(layoutKey(row, column));
    return it != layouts_.cend() ? it->get() : nullptr;
}

QTextLayout* AlignedPanesView::cellLayout(int row, int column) {
    // Keys name the content, not the width: layouts of another column width (articles hidden or
    // shown, a pair compared) must not be reused, or text stays wrapped at the old width.
    if (layoutWidth_ != textWidth()) {
        layouts_.clear();
        layoutWidth_ = textWidth();
    }
    const size_t key = layoutKey(row, column);
    if (auto it = layouts_.constFind(key); it != layouts_.cend())
        return it->get();
    if (layouts_.size() > 4000)
        layouts_.clear(); // only visible rows need to stay; rebuilding them is cheap
    auto layout = std::shared_ptr<QTextLayout>(buildLayout(row, column));
    layouts_.insert(key, layout);
    return layout.get();
}

int AlignedPanesView::exactRowHeight(int row) {
    int height = QFontMetrics(font_).lineSpacing();
    for (int column = 0; column < columnCount(); ++column)
        if (!model_->rows[size_t(row)].cells[size_t(column)].isGap())
            height = std::max(height, int(std::ceil(cellLayout(row, column)->boundingRect().height())));
    return height + 2 * padY + 1; // + the separator line
}

void AlignedPanesView::rebuildTops() {
    tops_.assign(heights_.size() + 1, 0);
    for (size_t row = 0; row < heights_.size(); ++row)
        tops_[row + 1] = tops_[row] + heights_[row];
}

// Laying out every cell of a long alignment takes a visible moment, so rows start with a height
// estimated from their length and are measured exactly when they come into view, and in the
// background a few milliseconds at a time, keeping the row at the top of the view where it is.
bool AlignedPanesView::measureRange(int first, int last) {
    bool changed = false;
    for (int row = std::max(0, first); row <= last && row < rowCount(); ++row)
        if (!measured_[size_t(row)]) {
            heights_[size_t(row)] = exactRowHeight(row);
            measured_[size_t(row)] = true;
            changed = true;
        }
    return changed;
}

void AlignedPanesView::measureVisibleRows() {
    if (rowCount() == 0)
        return;
    // Measuring can shrink rows and bring more into view: repeat until the view is covered.
    for (int pass = 0; pass < 4; ++pass) {
        const auto [first, last] = visibleRows();
        if (!measureRange(first, last))
            return;
        rebuildTops();
        updateScrollBars();
    }
}

std::pair<int, int> AlignedPanesView::visibleRows() const {
    const int first = std::max(0, rowAtContentY(scrollOffset()));
    const int bottom = scrollOffset() + viewport()->height();
    int last = first;
    while (last + 1 < rowCount() && rowTop(last + 1) < bottom)
        ++last;
    return {first, last};
}

void AlignedPanesView::measureInBackground() {
    const int anchor = rowAtContentY(scrollOffset());
    const int anchorOffset = anchor >= 0 ? scrollOffset() - rowTop(anchor) : 0;
    QElapsedTimer budget;
    budget.start();
    constexpr int budgetMs = 8;
    bool changed = false;
    if (settling_) {
        // The rows in view first; the window shows them as they come.
        const auto [first, last] = visibleRows();
        int row = first;
        for (; row <= last && budget.elapsed() < budgetMs; ++row)
            changed = measureRange(row, row) || changed;
        if (row > last)
            settling_ = false;
    }
    while (nextToMeasure_ < rowCount() && budget.elapsed() < budgetMs)
        changed = measureRange(nextToMeasure_, nextToMeasure_) || changed, ++nextToMeasure_;
    if (nextToMeasure_ >= rowCount() && !settling_)
        backgroundMeasure_->stop();
    if (!changed)
        return;
    rebuildTops();
    updateScrollBars();
    if (anchor >= 0)
        verticalScrollBar()->setValue(rowTop(anchor) + anchorOffset);
    viewport()->update();
    Q_EMIT geometryChanged();
}

void AlignedPanesView::measureRows() {
    const int rows = rowCount();
    const QFontMetricsF metrics(font_);
    const double charsPerLine = std::max(1.0, textWidth() / std::max(1.0, metrics.averageCharWidth() * 1.05));
    heights_.assign(size_t(rows), 0);
    measured_.assign(size_t(rows), false);
    for (int row = 0; row < rows; ++row) {
        qsizetype longest = 1;
        for (const PaneCell& cell : model_->rows[size_t(row)].cells)
            longest = std::max(longest, cell.isFolded() ? cell.foldSummary.size() : cell.span.length());
        const int lines = int(std::ceil(double(longest) / charsPerLine));
        heights_[size_t(row)] = std::max(1, lines) * int(std::ceil(metrics.lineSpacing())) + 2 * padY + 1;
    }
    rebuildTops();
    measuredWidth_ = viewport()->width();
    updateScrollBars();
    if (!settling_)
        measureVisibleRows();
    nextToMeasure_ = 0;
    if (rows > 0)
        backgroundMeasure_->start();
    else
        settling_ = false;

    std::vector<PaneHeader::Column> columns;
    if (model_)
        for (const PaneColumn& c : model_->columns)
            columns.push_back({c.title, c.detail, c.tooltip, false});
    header_->setColumns(std::move(columns), columnWidth());
    updateScrollBars();
    Q_EMIT geometryChanged();
}

void AlignedPanesView::updateScrollBars() {
    QScrollBar* bar = verticalScrollBar();
    bar->setPageStep(viewport()->height());
    bar->setRange(0, std::max(0, contentHeight() - viewport()->height()));
    QScrollBar* sideways = horizontalScrollBar();
    sideways->setPageStep(viewport()->width());
    sideways->setSingleStep(columnWidth() / 4);
    sideways->setRange(0, std::max(0, columnWidth() * columnCount() - viewport()->width()));
}

int AlignedPanesView::contentHeight() const {
    return tops_.empty() ? 0 : tops_.back();
}
int AlignedPanesView::rowTop(int row) const {
    return tops_[size_t(row)];
}
int AlignedPanesView::rowHeight(int row) const {
    return tops_[size_t(row) + 1] - tops_[size_t(row)];
}
int AlignedPanesView::scrollOffset() const {
    return verticalScrollBar()->value();
}

int AlignedPanesView::rowAtContentY(int y) const {
    if (rowCount() == 0 || y < 0 || y >= contentHeight())
        return -1;
    const auto it = std::upper_bound(tops_.begin(), tops_.end() - 1, y);
    return int(it - tops_.begin()) - 1;
}

void AlignedPanesView::paintEvent(QPaintEvent* event) {
    QPainter p(viewport());
    p.fillRect(event->rect(), colors_.base);
    if (!model_)
        return;
    if (!settling_)
        measureVisibleRows(); // scrolling: a few new rows, laid out now so nothing jumps
    const int scroll = scrollOffset();
    const int width = columnWidth();
    p.translate(-horizontalScrollBar()->value(), 0); // everything below is in content x
    int row = std::max(0, rowAtContentY(scroll + event->rect().top()));
    for (; row < rowCount() && rowTop(row) - scroll < event->rect().bottom(); ++row) {
        const PaneRow& r = model_->rows[size_t(row)];
        const int top = rowTop(row) - scroll;
        const int height = rowHeight(row) - 1;
        QColor tint = r.boilerplate ? colors_.base : colors_.rowTint(r.kind);
        if (row == currentRow_)
            tint = blend(tint, colors_.currentRow, 0.6);
        p.fillRect(QRect(0, top, width * columnCount(), height), tint);
        for (int column = 0; column < columnCount(); ++column)
            paintCell(p, row, column, QRect(column * width, top, width, height));
        p.setPen(colors_.gridLine);
        p.drawLine(0, top + height, width * columnCount(), top + height);
    }
    p.setPen(colors_.gridLine);
    for (int column = 1; column <= columnCount(); ++column)
        p.drawLine(column * width - 1, 0, column * width - 1, viewport()->height());
}

void AlignedPanesView::paintCell(QPainter& p, int row, int column, const QRect& rect) {
    const PaneCell& cell = model_->rows[size_t(row)].cells[size_t(column)];
    if (cell.isGap()) {
        p.fillRect(rect, QBrush(colors_.gapHatch, Qt::BDiagPattern));
        return;
    }
    p.setPen(colors_.text);
    // While new content settles, a cell not laid out yet stays empty for a frame or two.
    if (QTextLayout* layout =
            settling_ && !measured_[size_t(row)] ? cachedLayout(row, column) : cellLayout(row, column))
        layout->draw(&p, QPointF(rect.left() + padX, rect.top() + padY));
    if (cell.moved) {
        // A sentence this article has elsewhere: boxed, with the row of its counterparts.
        QPen pen(colors_.movedBorder, 1, Qt::DashLine);
        p.setPen(pen);
        p.drawRect(rect.adjusted(2, 2, -3, -3));
    }
    if (row == currentRow_ && column == currentColumn_ && hasFocus()) {
        p.setPen(QPen(colors_.selectedClaim, 1));
        p.drawRect(rect.adjusted(0, 0, -2, -1));
    }
}

AlignedPanesView::Hit AlignedPanesView::hitTest(QPoint pos) {
    Hit hit;
    if (!model_)
        return hit;
    hit.row = rowAtContentY(pos.y() + scrollOffset());
    pos.rx() += horizontalScrollBar()->value();
    hit.column = pos.x() / columnWidth();
    if (hit.row < 0 || hit.column >= columnCount())
        return {};
    const PaneCell& cell = model_->rows[size_t(hit.row)].cells[size_t(hit.column)];
    if (cell.isGap())
        return hit;
    QTextLayout* layout = cellLayout(hit.row, hit.column);
    const QPointF local(pos.x() - hit.column * columnWidth() - padX,
                        pos.y() + scrollOffset() - rowTop(hit.row) - padY);
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (local.y() < line.y() || local.y() >= line.y() + line.height())
            continue;
        if (local.x() < 0 || local.x() > line.naturalTextWidth())
            break;
        const int index = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
        hit.offset = cell.span.start + index;
        for (const CellMark& mark : cell.marks)
            if (mark.span.contains(hit.offset) && mark.kind != MarkKind::WordChange &&
                mark.kind != MarkKind::SearchHit)
                hit.mark = &mark;
        if (!hit.mark)
            for (const CellMark& mark : cell.marks)
                if (mark.span.contains(hit.offset))
                    hit.mark = &mark;
        break;
    }
    return hit;
}

QPoint AlignedPanesView::pointForOffset(int row, int column, qsizetype offset) {
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    const PaneCell& cell = model_->rows[size_t(row)].cells[size_t(column)];
    if (cell.isGap() || !cell.span.contains(offset))
        return {};
    if (measureRange(row, row))
        rebuildTops();
    QTextLayout* layout = cellLayout(row, column);
    const int index = int(offset - cell.span.start);
    const QTextLine line = layout->lineForTextPosition(index);
    if (!line.isValid())
        return {};
    const qreal x = line.cursorToX(index);
    return QPoint(column * columnWidth() - horizontalScrollBar()->value() + padX + int(x) + 2,
                  rowTop(row) - scrollOffset() + padY + int(line.y() + line.height() / 2));
}

void AlignedPanesView::mousePressEvent(QMouseEvent* event) {
    const Hit hit = hitTest(event->position().toPoint());
    if (hit.row < 0)
        return;
    setCurrentCell(hit.row, hit.column);
    if (model_ && hit.column >= 0) {
        const PaneCell& cell = model_->rows[size_t(hit.row)].cells[size_t(hit.column)];
        if (cell.isFolded()) {
            Q_EMIT foldActivated(cell.document, cell.firstSentence);
            return;
        }
    }
    if (hit.mark && hit.mark->claim >= 0)
        Q_EMIT numberClicked(hit.mark->claim, hit.row, hit.column);
    else if (model_) {
        const PaneCell& cell = model_->rows[size_t(hit.row)].cells[size_t(hit.column)];
        if (cell.moved && cell.counterpartRow >= 0 && event->modifiers() & Qt::ControlModifier)
            scrollToRow(cell.counterpartRow);
    }
}

void AlignedPanesView::mouseMoveEvent(QMouseEvent* event) {
    const Hit hit = hitTest(event->position().toPoint());
    viewport()->setCursor(hit.mark && hit.mark->claim >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

bool AlignedPanesView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Hit hit = hitTest(help->pos());
        QString tip;
        if (hit.mark)
            tip = markTooltip(*hit.mark);
        if (tip.isEmpty() && hit.row >= 0 && model_) {
            const PaneCell& cell = model_->rows[size_t(hit.row)].cells[size_t(hit.column)];
            if (cell.isFolded())
                tip = tr("%1 sentences that no other article shown has. Click to show them.")
                          .arg(cell.sentenceCount);
            else if (cell.moved)
                tip = tr("Moved: this article has it in another place; its counterparts are on row %1 "
                         "(Ctrl+click to go there)")
                          .arg(cell.counterpartRow + 1);
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void AlignedPanesView::setCurrentCell(int row, int column) {
    row = std::clamp(row, rowCount() ? 0 : -1, rowCount() - 1);
    column = std::clamp(column, columnCount() ? 0 : -1, columnCount() - 1);
    if (row == currentRow_ && column == currentColumn_)
        return;
    currentRow_ = row;
    currentColumn_ = column;
    if (row >= 0) {
        const int top = rowTop(row) - scrollOffset();
        if (top < 0 || top + rowHeight(row) > viewport()->height())
            scrollToRow(row);
    }
    viewport()->update();
    Q_EMIT currentCellChanged(row, column);
}

void AlignedPanesView::scrollToRow(int row) {
    if (row < 0 || row >= rowCount())
        return;
    verticalScrollBar()->setValue(rowTop(row) - viewport()->height() / 3);
}

void AlignedPanesView::setSelectedClaim(int claim) {
    if (claim == selectedClaim_)
        return;
    selectedClaim_ = claim; // the claim's cells get new layouts (layoutKey); heights do not change
    viewport()->update();
}

std::vector<std::pair<int, int>> AlignedPanesView::setSearchText(const QString& text) {
    std::vector<std::pair<int, int>> cells;
    searchHits_.assign(size_t(rowCount()), std::vector<std::vector<Span>>(size_t(columnCount())));
    if (!text.isEmpty())
        for (int row = 0; row < rowCount(); ++row)
            for (int column = 0; column < columnCount(); ++column) {
                const QString cell = cellText(row, column);
                const qsizetype base = model_->rows[size_t(row)].cells[size_t(column)].span.start;
                for (qsizetype at = cell.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
                     at = cell.indexOf(text, at + text.size(), Qt::CaseInsensitive))
                    searchHits_[size_t(row)][size_t(column)].push_back({base + at, base + at + text.size()});
                if (!searchHits_[size_t(row)][size_t(column)].empty())
                    cells.emplace_back(row, column);
            }
    viewport()->update();
    return cells;
}

void AlignedPanesView::zoomBy(int steps) {
    const int points =
        std::clamp((font_.pointSize() > 0 ? font_.pointSize() : baseFontPoints_) + steps, 6, 32);
    font_.setPointSize(points);
    const int anchorRow = rowAtContentY(scrollOffset());
    invalidateLayout();
    if (anchorRow >= 0)
        verticalScrollBar()->setValue(rowTop(anchorRow));
}

void AlignedPanesView::resetZoom() {
    font_.setPointSize(baseFontPoints_);
    invalidateLayout();
}

void AlignedPanesView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy)) {
        copyCurrentCell();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentCell(currentRow_ - 1, currentColumn_);
        return;
    case Qt::Key_Down:
        setCurrentCell(currentRow_ + 1, currentColumn_);
        return;
    case Qt::Key_Left:
        setCurrentCell(currentRow_, currentColumn_ - 1);
        return;
    case Qt::Key_Right:
        setCurrentCell(currentRow_, currentColumn_ + 1);
        return;
    case Qt::Key_Home:
        setCurrentCell(0, currentColumn_);
        return;
    case Qt::Key_End:
        setCurrentCell(rowCount() - 1, currentColumn_);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void AlignedPanesView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1 : -1);
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void AlignedPanesView::copyCurrentCell() const {
    QString text = cellText(currentRow_, currentColumn_);
    if (model_ && currentRow_ >= 0 && currentColumn_ >= 0 && currentRow_ < rowCount() &&
        currentColumn_ < columnCount()) {
        const PaneCell& cell = model_->rows[size_t(currentRow_)].cells[size_t(currentColumn_)];
        if (cell.isFolded()) // the sentences, not the strip's summary
            text = model_->columns[size_t(currentColumn_)].text.mid(cell.span.start, cell.span.length());
    }
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void AlignedPanesView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    header_->setGeometry(viewport()->x(), viewport()->y() - header_->preferredHeight(), viewport()->width(),
                         header_->preferredHeight());
    if (viewport()->width() != measuredWidth_) {
        layouts_.clear();
        measureRows();
    } else {
        updateScrollBars();
    }
}

void AlignedPanesView::changeEvent(QEvent* event) {
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        colors_ = PaneColors(palette());
        layouts_.clear();
        viewport()->update();
    }
}

void AlignedPanesView::scrollContentsBy(int, int) {
    header_->setOffset(horizontalScrollBar()->value());
    viewport()->update();
    Q_EMIT geometryChanged();
}

} // namespace parallax::gui
