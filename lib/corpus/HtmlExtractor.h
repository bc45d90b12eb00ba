#pragma once

#include "corpus/Document.h"

#include <QString>

#include <vector>

namespace parallax {

// What an HTML page says once its chrome is gone.
struct HtmlArticle {
    // The article's readable text: one paragraph per block (<p>, <h1>-<h6>, <li>, <blockquote>,
    // <figcaption>, ...), paragraphs separated by "\n\n", whitespace inside a paragraph collapsed to
    // single spaces, entities decoded. The headline (<h1>) is the first paragraph when present.
    QString text;
    QString title;   // <h1> inside the article, else og:title, else <title> (site suffix kept)
    QString source;  // og:site_name, else application-name / publisher meta, else empty
    QString date;    // YYYY-MM-DD from article:published_time, <time datetime>, or date meta
    // Spans of `text` that are not article prose: the headline (Title), figure captions (Caption),
    // "Related"/"Read more" blocks (Related), newsletter/ad blocks (Promotion).
    std::vector<Boilerplate> boilerplate;
};

// Parses an HTML document with gumbo (a conforming HTML5 parser: it copes with tag soup) and keeps
// the article body. The body is the <article> element, else [role=main]/<main>, else the element
// holding the most paragraph text; script, style, noscript, nav, header, footer, aside, form,
// button, iframe, svg and template are dropped wherever they are. Never throws; malformed input
// gives whatever text it holds. Thread-safe.
HtmlArticle extractHtmlArticle(const QString& html);

} // namespace parallax
