#include "report/VerdictText.h"

#include "report/HtmlText.h"

namespace parallax {

QString verdictWord(VerdictStatus status) {
    return verdictStatusName(status);
}

QString verdictHtml(const Verdict& verdict) {
    const QString cssClass =
        verdict.status == VerdictStatus::Wrong ? QStringLiteral("conflict") : QStringLiteral("agree");
    QString h = QStringLiteral("<span class=\"%1\"><b>Your verdict: %2</b></span>")
                    .arg(cssClass, verdictWord(verdict.status));
    if (!verdict.note.isEmpty())
        h += QStringLiteral(" \u2014 ") + html::esc(verdict.note);
    return h;
}

} // namespace parallax
