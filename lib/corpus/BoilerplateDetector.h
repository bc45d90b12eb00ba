#pragma once

#include "corpus/Document.h"

#include <QStringView>

#include <vector>

namespace parallax {

// Finds text inside paragraphs that belongs to the page rather than the article, so the analysis
// never counts it as shared prose or as a claim:
// - photo captions with their credit ("Residents console each other ... 2025. Photograph:
//   NAME/AGENCY via Getty Images"), also when the caption is glued onto the start of a paragraph of
//   prose, as scraped pages often do (seed 002); a credit alone is Credit;
// - "Also Read:", "Read more:", "Related:", "See also:" paragraphs (Related);
// - short promotion paragraphs: newsletter sign-ups, "Advertisement", share and follow prompts,
//   copyright lines (Promotion).
// `paragraphs` are spans of `text`; the result is sorted by start and non-overlapping. Pure function,
// thread-safe.
std::vector<Boilerplate> findBoilerplate(QStringView text, const std::vector<Span>& paragraphs);

// The end of a photo credit that starts at `from` ("OLEKSII FILIPPOV/AFP via Getty Images"),
// bounded by `limit`: a name, then "/AGENCY" and "via AGENCY" parts. Exposed for tests.
qsizetype creditEnd(QStringView text, qsizetype from, qsizetype limit);

} // namespace parallax
