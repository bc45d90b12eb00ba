#pragma once

// Helpers for the alignment tests: articles from strings or fixture folders, the reuse stage run
// on them, lookups by sentence text, and the invariants every alignment must keep.

#include "align/AlignDocuments.h"
#include "corpus/Corpus.h"
#include "reuse/ReuseResult.h"

#include <QString>
#include <QStringList>

#include <ostream>
#include <vector>

// Readable QStrings in GoogleTest messages.
inline void PrintTo(const QString& s, std::ostream* os) {
    *os << '"' << s.toStdString() << '"';
}

namespace parallax::test {

// A plain-text article: paragraphs separated by blank lines.
Document makeDocument(const QString& id, const QString& text);
Corpus loadFolder(const QString& folder);
ReuseResult reuseOf(const std::vector<Document>& docs);
Alignment align(const std::vector<Document>& docs, const ReuseResult& reuse, int reference = -1);

int documentIndex(const std::vector<Document>& docs, const QString& idPrefix); // -1 when absent
// The sentence of `doc` containing `text` (asserts there is exactly one).
int sentenceWith(const Document& doc, const QString& text);
// The row holding the sentence of document `doc` that contains `text`.
int rowWith(const Alignment& a, const std::vector<Document>& docs, int doc, const QString& text);

// Every sentence in exactly one cell, each column in its document's order, cells of a row in
// range, moved cells and links consistent, rowOf agreeing with the cells. Empty when all hold.
QStringList invariantViolations(const Alignment& a, const std::vector<Document>& docs);

// The alignment as text, one line per row, for failure messages and PARALLAX_DUMP_ALIGNMENT.
QString dump(const Alignment& a, const std::vector<Document>& docs, int width = 40);

} // namespace parallax::test
