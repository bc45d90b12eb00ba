#pragma once

#include "text/Span.h"

#include <QString>

#include <vector>

namespace parallax {

// A display text rebuilt as paragraphs separated by "\n\n", each trimmed, with their spans.
struct ParagraphText {
    QString text;
    std::vector<Span> paragraphs;
};

// Finds the paragraphs of plain text the way real article files lay them out:
// - blocks separated by blank lines;
// - inside a block, one paragraph per line when lines are long (one-line-per-paragraph exports,
//   like most scraped articles), but hard-wrapped lines (all within ~100 columns) are joined with a
//   space, and a line much shorter than the wrap width ends its paragraph (so a headline or a date
//   line above wrapped text stays its own paragraph).
// `alwaysJoinLines` is for Markdown, where lines of one block are one paragraph by definition.
ParagraphText layOutParagraphs(QStringView text, bool alwaysJoinLines = false);

} // namespace parallax
