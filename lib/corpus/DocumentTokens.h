#pragma once

#include "corpus/Document.h"

namespace parallax {

// A document's tokens are most of its memory and most of its building cost: a Token and a key
// string for every word, about ten times the text. A corpus-scale run compares only a few of its
// documents closely, so it loads every document without tokens (LoadOptions::keepTokens) and
// restores them for the ones it compares: 20,000 articles stay small, and ten million key strings
// are never allocated.
//
//     restoreTokens(doc);   // the tokens a full build makes, from the text and sentence spans
//
// A document with its tokens released has every field but `tokens` (sentences keep firstToken and
// tokenCount, wordCount() is right). Restoring a document that has its tokens does nothing;
// releasing one gives back the memory. Thread-safe for distinct documents.
bool tokensReleased(const Document& doc);
void restoreTokens(Document& doc);
void releaseTokens(Document& doc);

} // namespace parallax
