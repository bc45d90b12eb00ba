#pragma once

// Internal to lib/corpus: what a page says about itself in <head> and in structured data.

#include <QString>
#include <QStringView>

// gumbo's own declaration, so that this header (and the tests) need not include gumbo.h.
typedef struct GumboInternalNode GumboNode;

namespace parallax {

// Page-level facts, read from meta tags, <title> and JSON-LD. HtmlExtractor weighs them against
// what the article body shows (its <h1>, its <time>).
struct HtmlPageMeta {
    QString documentTitle; // <title>, site suffix and all
    QString ogTitle;       // og:title, else twitter:title
    QString ldHeadline;    // "headline" of the page's JSON-LD article
    QString siteName;      // og:site_name, JSON-LD publisher name, application-name, publisher meta
    QString publishedDate; // YYYY-MM-DD: article:published_time, JSON-LD, itemprop=datePublished
    QString looseDate;     // YYYY-MM-DD from vaguer metas (name="date", dc.date, parsely-pub-date...)
    // ISO 8601 moments (htmlMoment): from the places publishedDate and looseDate are read, and
    // from article:modified_time, og:updated_time, JSON-LD dateModified, itemprop=dateModified.
    QString publishedMoment;
    QString looseMoment;
    QString modifiedMoment;
};

// Reads the whole parse tree under `document` (head and body; meta tags stray into the body).
HtmlPageMeta readPageMeta(const GumboNode* document);

// The calendar date written in `raw` as YYYY-MM-DD, or empty when it holds none: ISO 8601
// ("2025-07-04T09:15:00+01:00", "2025/07/04"), compact ("20250704"), "4 July 2025",
// "Jul 4th, 2025", RFC 2822 ("Fri, 04 Jul 2025 09:15:00 GMT"). The day is the one written, the
// publisher's own, never shifted to UTC. All-numeric day/month orders are ambiguous and refused.
QString normaliseHtmlDate(QStringView raw);

// The moment written in `raw` as ISO 8601 (normaliseMoment, ArticleTime.h), else its date
// (normaliseHtmlDate), else empty.
QString htmlMoment(QStringView raw);

} // namespace parallax
