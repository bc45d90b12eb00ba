#pragma once

#include "corpus/Document.h"

#include <QPalette>

class QTextDocument;

namespace parallax::gui {

// Fills `out` with a document's display text: prose in the normal text colour, boilerplate
// (captions, credits, metadata, promotions) greyed and in italics so the reader sees it is not
// analysed, the headline in bold. Positions in `out` equal offsets in doc.text, so any span of the
// engine can be highlighted later with a QTextCursor.
void renderDocument(const Document& doc, const QPalette& palette, QTextDocument& out);

} // namespace parallax::gui
