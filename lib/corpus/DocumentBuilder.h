#pragma once

#include "corpus/Document.h"
#include "corpus/FileClassifier.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace parallax {

class SentenceSegmenter;

// Turns a decoded article into an analysable Document: lays out paragraphs (extracting the body of
// HTML and the prose of Markdown first), reads metadata (front matter, date and source lines,
// headline, dateline, closing attribution), marks boilerplate (captions, credits, related links,
// promotions), then splits what is left into sentences and word tokens.
//
//     Document doc;
//     doc.id = "guardian";
//     buildDocument(doc, decodeText(bytes).text, ArticleFormat::Text, segmenter);
//
// Fills text, paragraphs, sentences, tokens, boilerplate, title, source, date, dateline and
// attribution; leaves the file fields (id, path, hashes) as they are. Metadata the caller already
// set (title, source, date) wins over what the text says. Thread-safe for distinct documents.
// With `withTokens` false the document is built with its tokens released (DocumentTokens.h):
// sentences count their words, but no Token is made; `wordHashes`, when given, then receives
// keyHash() of every word's key in order (WordTokenizer.h), from the same pass, for a caller that
// would otherwise read every word a second time.
void buildDocument(Document& doc, const QString& decodedText, ArticleFormat format,
                   const SentenceSegmenter& segmenter, bool withTokens = true,
                   std::vector<std::uint64_t>* wordHashes = nullptr);

} // namespace parallax
