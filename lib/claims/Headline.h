#pragma once

// Numbers in headlines take part in claims ("127 dead in Paris attacks" against "129 killed").
// The headline is not one of Document::sentences (the panes and the reuse stage leave it out), so a
// claim variant in it has the sentence index kHeadlineSentence, and these helpers read it.

#include "corpus/Document.h"

#include <optional>

namespace parallax {

inline constexpr int kHeadlineSentence = -1;

// The headline's span in doc.text: the title the loader set apart as boilerplate, if any.
std::optional<Span> headlineSpan(const Document& doc);

// The span of sentence `sentence` of doc, or of its headline for kHeadlineSentence (an empty span
// when it has none): what a view quotes around a claim variant.
Span variantSentenceSpan(const Document& doc, int sentence);

// A document of one sentence, the headline of `doc`, with its words, sharing doc's text (so spans
// are offsets into doc.text). Empty (no sentences) when doc has no headline.
Document headlineDocument(const Document& doc);

} // namespace parallax
