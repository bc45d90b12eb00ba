#pragma once

#include "corpus/Document.h"

#include <QString>
#include <QStringView>

namespace parallax::html {

// Article text as HTML text: every <, >, & and quote escaped, so markup inside an article prints
// as the characters it is and never becomes an element, a link or an image.
QString esc(QStringView text);

// The text of `sentence` in doc, escaped, with `highlight` (a span of doc.text inside it) marked.
QString quoteWithHighlight(const Document& doc, Span sentence, Span highlight);

// When the article was published, as a reader wants it: "2025-07-04 14:30 UTC", "2025-07-04",
// "—" when unknown.
QString momentText(const Document& doc);

QString percent(double share); // "82%", "<1%" for a trace, "0%"
QString plural(qsizetype n, const char* singular,
               const char* pluralForm = nullptr); // "1 article", "3 articles"

// A section heading that starts a new page in print.
QString chapter(const QString& id, const QString& title, bool newPage = true);

// <table> with its header row in <thead> (so print repeats it on every page the table spans).
QString tableStart(const QStringList& headers, const QString& cssClass = QString(),
                   const QList<int>& widthsPercent = {});
QString tableEnd();

} // namespace parallax::html
