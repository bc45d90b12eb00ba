#pragma once

#include <QString>

namespace parallax {

// A Markdown article reduced to the prose a reader sees, plus what its front matter says.
struct MarkdownArticle {
    QString text;   // markup removed; blocks separated by blank lines, one list item per block
    QString title;  // front matter "title:", else empty (the "# " heading is found later as a title)
    QString source; // front matter "source:", "publisher:", "site:" or "outlet:"
    QString date;   // front matter "date:" (YYYY-MM-DD prefix when it has one)
    // ISO 8601 moment (ArticleTime.h): front matter "date:"/"published:", or a later
    // "updated:"/"modified:"/"lastmod:" within three days of it (versionMoment).
    QString published;
};

// Drops a leading "---" front-matter block (reading its simple "key: value" lines), heading marks,
// emphasis, inline code ticks, images, link targets (the link text stays), blockquote and list
// markers, and horizontal rules. Not a full CommonMark renderer: articles use little Markdown, and
// what is left over is shown, never lost. Thread-safe.
MarkdownArticle readMarkdownArticle(QStringView markdown);

} // namespace parallax
