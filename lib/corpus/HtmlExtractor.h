#pragma once

#include "corpus/Document.h"

#include <QString>

#include <vector>

namespace parallax {

// What an HTML page says once its chrome is gone.
//
//     HtmlArticle a = extractHtmlArticle(decodedPage);
//     // a.text: "Headline\n\nFirst paragraph ...\n\nCaption ... Photograph: ..."
//     for (const Boilerplate& b : a.boilerplate)
//         greyOut(a.text.mid(b.span.start, b.span.length()), b.kind);
struct HtmlArticle {
    // The article's readable text: one paragraph per block (<p>, <h1>-<h6>, <li>, <blockquote>,
    // <figcaption>, a table row, ...), paragraphs separated by "\n\n", whitespace inside a paragraph
    // collapsed to single spaces (no-break spaces included), entities decoded, soft hyphens and
    // zero-width characters removed, no leading or trailing whitespace. One <br> is a space; two in
    // a row end a paragraph (old pages separate paragraphs that way). The story's <h1> is the first
    // paragraph when there is one, even when the page puts a kicker above it.
    QString text;
    // The story's <h1> (inside the article, or just before a body found by paragraph text), else
    // og:title, else the JSON-LD headline, else <title> (site suffix kept).
    QString title;
    // og:site_name, else the JSON-LD publisher's name, else application-name, else a publisher meta
    // that is a name rather than a URL; else empty.
    QString source;
    // YYYY-MM-DD: article:published_time, else JSON-LD datePublished, else itemprop=datePublished,
    // else the article's first <time> (datetime attribute, else its text), else a looser date meta
    // (name="date", dc.date, ...); else empty. The publisher's calendar day, never moved to UTC.
    QString date;
    // ISO 8601 moment of this version (Document::published): article:published_time, else JSON-LD
    // datePublished, else itemprop=datePublished, else the article's first <time>, else a looser
    // date meta; replaced by article:modified_time / og:updated_time / JSON-LD dateModified /
    // itemprop=dateModified when that is within three days after it (versionMoment). With an
    // offset or "Z" it is in UTC ("2025-07-04T08:15Z"); else local time or only a date.
    QString published;
    // Spans of `text` that are not article prose, each covering a whole paragraph, sorted and
    // disjoint, in UTF-16 offsets: the <h1> headline (Title); <figure>/<figcaption> text (Caption);
    // "Also Read:", "Read more:", "Related:", "See also:" paragraphs and small blocks whose class or
    // id says related/read-more (Related); "Advertisement", newsletter sign-ups, share prompts and
    // small blocks classed ad/promo/newsletter/share/... (Promotion).
    std::vector<Boilerplate> boilerplate;
};

// Parses an HTML document with gumbo (a conforming HTML5 parser: it copes with tag soup) and keeps
// the article body. The body is the largest <article> (or itemprop=articleBody) unless it is one of
// several like-sized teasers or holds under a quarter of the page's paragraph text, else
// [role=main]/<main>, else the element holding most of the page's paragraph text. Dropped wherever
// they are: script, style, noscript, nav, header, footer, aside, form, button, iframe, svg, math,
// template, select, textarea, object, embed, canvas, audio, video and elements marked hidden. An
// article's own <header> is dropped too, but its <h1> still gives the headline.
//
// Never throws, never crashes, on any input: markup is first passed through guardHtmlForGumbo()
// (HtmlDomGuard.h), which keeps gumbo away from the inputs that abort it or take it quadratic time.
// Empty or markup-free input gives whatever text it holds. Linear in the input; thread-safe.
HtmlArticle extractHtmlArticle(const QString& html);

} // namespace parallax
