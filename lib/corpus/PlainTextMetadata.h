#pragma once

#include "corpus/ArticleTime.h"
#include "corpus/Document.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace parallax {

// The metadata plain-text article files carry in their prose, found where real files put it.
// Each finder returns the span to mark as boilerplate (never analysed, still displayed) and the
// value it read. All are pure functions of the text: thread-safe.

struct MetadataField {
    Boilerplate span;
    QString value;
};

// Lines at the very start of a paragraph that are metadata, not prose: "date 2025-07-04",
// "Published: 4 July 2025", "Source: The Courier", "By Jane Roe". A date glued to the start of a
// paragraph (seed 002: " date 2025-07-04 Flames and smoke...") is found too; the span then covers
// only the date. `kindOut` says which field the value belongs to: "date", "source" or "byline".
std::optional<MetadataField> findMetadataLine(QStringView text, Span paragraph, QString* kindOut);

// A paragraph that is nothing but a timestamp (parseTimestampLine): "Last Updated: Monday,
// 28 November 2005, 02:24 GMT", "May 3,2013 | 8:20 am", "Posted on Sat, Dec. 13, 2008". The span is
// the whole paragraph (Metadata), the stamps are its moments in order.
struct TimestampField {
    Boilerplate span;
    std::vector<Timestamp> stamps;
};
std::optional<TimestampField> findTimestampLine(QStringView text, Span paragraph);

// A headline: a single short paragraph without a closing full stop that has prose after it.
bool looksLikeHeadline(QStringView paragraphText);

// "KYIV, Ukraine — " or "LONDON (Reuters) - " opening the first prose paragraph. The value is
// the place ("KYIV, Ukraine").
std::optional<MetadataField> findDateline(QStringView text, Span paragraph);

// A closing credit to the original outlet: "... on Friday. – Guardian" at the end of the last
// paragraph, or a last paragraph that is only "– Reuters", "(Reporting by ...)" or "Additional
// reporting by ...". The value is the outlet or the credit text.
std::optional<MetadataField> findAttribution(QStringView text, Span paragraph);

// A date written the ways articles write it ("2025-07-04", "July 4, 2025", "4 July 2025",
// "Friday 4 July 2025", "2025-07-04T08:30:00Z") as YYYY-MM-DD, or empty.
QString parseArticleDate(QStringView text);

} // namespace parallax
