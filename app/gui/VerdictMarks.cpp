#include "VerdictMarks.h"

#include <QCoreApplication>

namespace parallax::gui {

QString verdictStatusLabel(VerdictStatus status) {
    switch (status) {
    case VerdictStatus::Checked:
        return QCoreApplication::translate("Verdicts", "Checked");
    case VerdictStatus::Wrong:
        return QCoreApplication::translate("Verdicts", "Wrong");
    case VerdictStatus::Fine:
        return QCoreApplication::translate("Verdicts", "Fine");
    }
    return {};
}

QString verdictSymbol(const Verdict* verdict) {
    if (!verdict)
        return {};
    QString symbol;
    switch (verdict->status) {
    case VerdictStatus::Checked:
        symbol = QStringLiteral("\u2713");
        break; // ✓
    case VerdictStatus::Wrong:
        symbol = QStringLiteral("\u2717");
        break; // ✗
    case VerdictStatus::Fine:
        symbol = QStringLiteral("\u25cf");
        break; // ●
    }
    if (!verdict->note.isEmpty())
        symbol += QStringLiteral("\u270e"); // ✎
    return symbol;
}

QString verdictMark(const Verdict* verdict) {
    if (!verdict)
        return {};
    const QString symbol = verdictSymbol(verdict);
    QString mark = symbol.left(1) + u' ' + verdictStatusLabel(verdict->status).toLower();
    if (symbol.size() > 1)
        mark += u' ' + symbol.mid(1);
    return mark;
}

QString verdictToolTip(const Verdict* verdict) {
    if (!verdict)
        return {};
    QString tip = QCoreApplication::translate("Verdicts", "<b>Your verdict: %1</b>")
                      .arg(verdictStatusLabel(verdict->status).toLower());
    if (!verdict->note.isEmpty())
        tip += QStringLiteral("<br>") + verdict->note.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    return tip;
}

} // namespace parallax::gui
