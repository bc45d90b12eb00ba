#include "LegendView.h"

#include "PaneColors.h"

#include <QEvent>
#include <QTextCursor>
#include <QTextTable>

namespace parallax::gui {

LegendView::LegendView(QWidget* parent)
    : QTextBrowser(parent) {
    setObjectName(QStringLiteral("legend"));
    setOpenLinks(false);
    rebuild();
}

void LegendView::changeEvent(QEvent* event) {
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void LegendView::rebuild() {
    const PaneColors colors(palette());
    entries_.clear();
    document()->clear();
    QTextCursor cursor(document());
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    QTextCharFormat plain;

    QTextTableFormat tableFormat;
    tableFormat.setBorder(0);
    tableFormat.setCellPadding(4);
    tableFormat.setCellSpacing(0);

    // One table per part of the window: a sample drawn as the window draws it, then what it means.
    auto section = [&](const QString& title, int rows) {
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock();
        cursor.insertText(title, heading);
        cursor.insertBlock();
        return cursor.insertTable(rows, 2, tableFormat);
    };
    auto explain = [&](QTextTable* table, int row, const QString& meaning) {
        QTextCursor c = table->cellAt(row, 1).firstCursorPosition();
        c.insertText(meaning, plain);
        entries_ << meaning;
    };
    auto sampleText = [&](QTextTable* table, int row, const QString& text, const QTextCharFormat& format,
                          const QColor& background = {}) {
        QTextTableCell cell = table->cellAt(row, 0);
        if (background.isValid()) {
            QTextTableCellFormat f = cell.format().toTableCellFormat();
            f.setBackground(background);
            cell.setFormat(f);
        }
        cell.firstCursorPosition().insertText(text, format);
    };

    struct Tint {
        QColor color;
        QString sample, meaning;
    };
    const Tint tints[] = {
        {colors.identical, tr("identical"), tr("The sentence is identical in every article that has it.")},
        {colors.nearIdentical, tr("near-identical"), tr("Near-identical: a few words edited.")},
        {colors.paraphrase, tr("paraphrase"), tr("A paraphrase: the same content in other words.")},
        {colors.sharedFact, tr("one fact"),
         tr("One fact in other words: independently written sentences that state the same claim (its "
            "numbers may agree or disagree).")},
        {colors.relatedNumbers, tr("related"),
         tr("Related numbers: sentences whose numbers may be about one thing (\"14 vessels\", \"17 "
            "ships\"), set side by side for comparison but not joined as one fact.")},
        {colors.base, tr("unique"),
         tr("No tint: no other article has the sentence. Such sentences of several articles "
            "may sit side by side, each in its article's order: read them, they are not "
            "matched.")},
        {colors.gapHatch, tr("(hatched)"), tr("Hatched gap: this article has nothing on that row.")},
    };
    QTextTable* rows = section(tr("Rows of the panes"), int(std::size(tints)));
    for (int i = 0; i < int(std::size(tints)); ++i) {
        sampleText(rows, i, tints[i].sample, plain, tints[i].color);
        explain(rows, i, tints[i].meaning);
    }

    struct Mark {
        MarkKind kind;
        QString sample, meaning;
    };
    const Mark marks[] = {
        {MarkKind::NumberConflict, tr("26"),
         tr("Red, bold, underlined: the articles give this fact different values (a conflict).")},
        {MarkKind::NumberUpdated, tr("130"),
         tr("Violet: the value changed over time (\"rose to\", or later articles say more): an update, "
            "not a contradiction.")},
        {MarkKind::NumberPossible, tr("300"),
         tr("Grey, wavy underline: a possible disagreement; the engine is not sure the numbers state "
            "one fact.")},
        {MarkKind::NumberQualifier, tr("more than 550"),
         tr("Orange, dashed: the same value with another hedge, or rounded differently.")},
        {MarkKind::NumberFormatting, tr("Fourteen"),
         tr("Blue, dotted: the same value written another way (\"Fourteen\" / \"14\").")},
        {MarkKind::NumberAgrees, tr("550"), tr("Green dotted underline: every article gives this value.")},
        {MarkKind::WordChange, tr("edited"),
         tr("Orange background: words this article changed against the row's first article.")},
        {MarkKind::SearchHit, tr("found"), tr("Yellow background: a match of Find (Ctrl+F).")},
    };
    QTextTable* numbers = section(tr("Numbers and words"), int(std::size(marks)) + 2);
    for (int i = 0; i < int(std::size(marks)); ++i) {
        sampleText(numbers, i, marks[i].sample, colors.markFormat(marks[i].kind));
        explain(numbers, i, marks[i].meaning);
    }
    QTextCharFormat selected;
    selected.setBackground(blend(colors.base, colors.selectedClaim, 0.4));
    sampleText(numbers, int(std::size(marks)), tr("23"), selected);
    explain(numbers, int(std::size(marks)),
            tr("Highlighted: a number of the claim selected in the Claims list."));
    QTextCharFormat moved;
    moved.setForeground(colors.movedBorder);
    sampleText(numbers, int(std::size(marks)) + 1, tr("[- - -]"), moved);
    explain(numbers, int(std::size(marks)) + 1,
            tr("Dashed box: this article has the sentence in another place (a moved paragraph)."));

    struct Dot {
        ClaimState state;
        QString meaning;
    };
    const Dot dots[] = {
        {ClaimState::Conflict, tr("Conflict: one fact, different values.")},
        {ClaimState::Updated, tr("Updated: the value changed over time.")},
        {ClaimState::Possible, tr("Possible conflict: low confidence that it is one fact.")},
        {ClaimState::Qualifier, tr("Different hedge or rounding.")},
        {ClaimState::Formatting, tr("Same value, written differently.")},
        {ClaimState::Consistent, tr("Consistent: the articles agree.")},
        {ClaimState::Single, tr("Stated by one article only.")},
    };
    QTextTable* claims = section(tr("Claims list and matrix"), int(std::size(dots)) + 1);
    for (int i = 0; i < int(std::size(dots)); ++i) {
        QTextCharFormat dot;
        dot.setForeground(colors.claimColor(dots[i].state));
        sampleText(claims, i, QStringLiteral("\u25CF"), dot);
        explain(claims, i, dots[i].meaning);
    }
    QTextCharFormat differs;
    differs.setFontWeight(QFont::Bold);
    differs.setForeground(colors.conflict);
    sampleText(claims, int(std::size(dots)), tr("26"), differs, blend(colors.base, colors.conflict, 0.20));
    explain(claims, int(std::size(dots)),
            tr("Matrix cell in the claim's colour: this article's value is not the one most articles give."));
    cursor.movePosition(QTextCursor::Start);
    setTextCursor(cursor);
}

} // namespace parallax::gui
