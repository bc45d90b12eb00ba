#include "report/HtmlText.h"

#include <algorithm>

namespace parallax::html {

QString esc(QStringView text) {
    return text.toString().toHtmlEscaped();
}

QString quoteWithHighlight(const Document& doc, Span sentence, Span highlight) {
    if (sentence.isEmpty())
        return QString();
    const qsizetype start = std::clamp(highlight.start, sentence.start, sentence.end);
    const qsizetype end = std::clamp(highlight.end, start, sentence.end);
    return esc(doc.textOf({sentence.start, start})) + QStringLiteral("<span class=\"hl\">") +
           esc(doc.textOf({start, end})) + QStringLiteral("</span>") + esc(doc.textOf({end, sentence.end}));
}

QString momentText(const Document& doc) {
    const QString moment = !doc.published.isEmpty() ? doc.published : doc.date;
    if (moment.isEmpty())
        return QStringLiteral("\u2014");
    QString shown = moment;
    shown.replace(u'T', u' ');
    if (shown.endsWith(u'Z'))
        shown = shown.chopped(1) + QStringLiteral(" UTC");
    return shown;
}

QString percent(double share) {
    if (share <= 0)
        return QStringLiteral("0%");
    if (share < 0.005)
        return QStringLiteral("<1%").toHtmlEscaped();
    return QStringLiteral("%1%").arg(qRound(share * 100));
}

QString plural(qsizetype n, const char* singular, const char* pluralForm) {
    const QString one = QString::fromUtf8(singular);
    const QString many = pluralForm ? QString::fromUtf8(pluralForm) : one + u's';
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

QString chapter(const QString& id, const QString& title, bool newPage) {
    return QStringLiteral("<h1 id=\"%1\"%2>%3</h1>\n")
        .arg(id,
             newPage ? QStringLiteral(" class=\"chapter\" style=\"page-break-before: always\"") : QString(),
             esc(title));
}

QString tableStart(const QStringList& headers, const QString& cssClass, const QList<int>& widthsPercent) {
    QString h = QStringLiteral("<table class=\"grid %1\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"3\">\n<thead><tr>")
                    .arg(cssClass);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString width =
            i < widthsPercent.size() ? QStringLiteral(" width=\"%1%\"").arg(widthsPercent[i]) : QString();
        h += QStringLiteral("<th%1>%2</th>").arg(width, esc(headers[i]));
    }
    return h + QStringLiteral("</tr></thead>\n<tbody>\n");
}

QString tableEnd() {
    // The space after a table is a paragraph, not the table's bottom margin: QTextDocument counts
    // the margin as part of the table, and a table ending near the foot of a page then repeats its
    // header row on the next page, over the following heading.
    return QStringLiteral("</tbody></table>\n<p class=\"after-table\"></p>\n");
}

} // namespace parallax::html
