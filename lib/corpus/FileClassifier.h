#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace parallax {

enum class ArticleFormat { Text, Markdown, Html };

QString articleFormatName(ArticleFormat format); // "text", "markdown", "html"

// The format a file name promises: .txt/.text (and no extension) -> Text, .md/.markdown -> Markdown,
// .html/.htm/.xhtml -> Html. Any other extension is not an article: nullopt.
std::optional<ArticleFormat> articleFormatForFileName(const QString& fileName);

// Why these bytes cannot be an article, or an empty string when they may be one. Recognises common
// binary formats by their magic numbers (so the message can say "PDF document"), then treats NUL
// bytes or a high share of control bytes as binary. UTF-16/32 text is not binary. Looks at the
// first 64 KiB only, so it is cheap on huge files.
QString reasonNotText(QByteArrayView bytes);

} // namespace parallax
