#include "AlignTestUtil.h"

#include "corpus/CorpusLoader.h"
#include "corpus/DocumentBuilder.h"
#include "reuse/FindReuse.h"
#include "text/SentenceSegmenter.h"

#include <gtest/gtest.h>

#include <set>

namespace parallax::test {

Document makeDocument(const QString& id, const QString& text) {
    static const SentenceSegmenter segmenter;
    Document doc;
    doc.id = id;
    buildDocument(doc, text, ArticleFormat::Text, segmenter);
    return doc;
}

Corpus loadFolder(const QString& folder) {
    const std::atomic_bool cancel{false};
    return loadCorpus(folder, {}, cancel);
}

ReuseResult reuseOf(const std::vector<Document>& docs) {
    const std::atomic_bool cancel{false};
    return findReuse(docs, {}, cancel);
}

Alignment align(const std::vector<Document>& docs, const ReuseResult& reuse, int reference) {
    const std::atomic_bool cancel{false};
    AlignOptions options;
    options.reference = reference;
    return alignDocuments(docs, reuse, options, cancel);
}

int documentIndex(const std::vector<Document>& docs, const QString& idPrefix) {
    for (size_t d = 0; d < docs.size(); ++d)
        if (docs[d].id.startsWith(idPrefix))
            return int(d);
    return -1;
}

int sentenceWith(const Document& doc, const QString& text) {
    int found = -1, hits = 0;
    for (int s = 0; s < int(doc.sentences.size()); ++s)
        if (doc.sentenceText(s).contains(text)) {
            found = s;
            ++hits;
        }
    EXPECT_EQ(hits, 1) << doc.id.toStdString() << ": sentences containing \"" << text.toStdString() << "\"";
    return found;
}

int rowWith(const Alignment& a, const std::vector<Document>& docs, int doc, const QString& text) {
    const int column = a.columnOf(doc);
    const int s = sentenceWith(docs[size_t(doc)], text);
    if (column < 0 || s < 0)
        return -1;
    return a.rowOf[size_t(column)][size_t(s)];
}

QStringList invariantViolations(const Alignment& a, const std::vector<Document>& docs) {
    QStringList out;
    const int columns = int(a.documents.size());
    std::vector<std::vector<int>> seen(static_cast<size_t>(columns));
    for (int c = 0; c < columns; ++c)
        seen[size_t(c)].assign(docs[size_t(a.documents[size_t(c)])].sentences.size(), 0);
    std::vector<int> last(static_cast<size_t>(columns), -1);
    for (int r = 0; r < int(a.rows.size()); ++r) {
        const AlignedRow& row = a.rows[size_t(r)];
        if (int(row.cells.size()) != columns) {
            out << QStringLiteral("row %1 has %2 cells").arg(r).arg(row.cells.size());
            continue;
        }
        if (row.textColumns() == 0)
            out << QStringLiteral("row %1 is empty").arg(r);
        for (int c = 0; c < columns; ++c) {
            const Cell& cell = row.cells[size_t(c)];
            if (cell.isGap())
                continue;
            if (cell.first < 0 || cell.first + cell.count > int(seen[size_t(c)].size())) {
                out << QStringLiteral("row %1 column %2 out of range").arg(r).arg(c);
                continue;
            }
            if (cell.first <= last[size_t(c)])
                out << QStringLiteral("column %1 out of order at row %2 (sentence %3 after %4)")
                           .arg(c)
                           .arg(r)
                           .arg(cell.first)
                           .arg(last[size_t(c)]);
            last[size_t(c)] = cell.first + cell.count - 1;
            for (int s = cell.first; s < cell.first + cell.count; ++s) {
                ++seen[size_t(c)][size_t(s)];
                if (a.rowOf[size_t(c)][size_t(s)] != r)
                    out << QStringLiteral("rowOf[%1][%2] is not %3").arg(c).arg(s).arg(r);
            }
            if (cell.moved != (row.counterpart >= 0))
                out << QStringLiteral("row %1 column %2: moved flag without counterpart").arg(r).arg(c);
        }
        if (row.counterpart >= 0) {
            if (row.counterpart >= int(a.rows.size()))
                out << QStringLiteral("row %1: counterpart out of range").arg(r);
            else {
                const auto& back = a.rows[size_t(row.counterpart)].movedRows;
                if (std::find(back.begin(), back.end(), r) == back.end())
                    out << QStringLiteral("row %1: counterpart %2 does not list it")
                               .arg(r)
                               .arg(row.counterpart);
            }
        }
        for (int m : row.movedRows)
            if (m < 0 || m >= int(a.rows.size()) || a.rows[size_t(m)].counterpart != r)
                out << QStringLiteral("row %1: moved row %2 does not point back").arg(r).arg(m);
    }
    for (int c = 0; c < columns; ++c)
        for (size_t s = 0; s < seen[size_t(c)].size(); ++s)
            if (seen[size_t(c)][s] != 1)
                out << QStringLiteral("column %1 sentence %2 in %3 cells")
                           .arg(c)
                           .arg(s)
                           .arg(seen[size_t(c)][s]);
    return out;
}

QString dump(const Alignment& a, const std::vector<Document>& docs, int width) {
    QString out;
    for (int r = 0; r < int(a.rows.size()); ++r) {
        const AlignedRow& row = a.rows[size_t(r)];
        out += QStringLiteral("%1 %2").arg(r, 3).arg(rowKindName(row.kind).left(6), -6);
        if (row.counterpart >= 0)
            out += QStringLiteral(" ->%1").arg(row.counterpart, -3);
        else
            out += QStringLiteral("      ");
        for (int c = 0; c < int(row.cells.size()); ++c) {
            const Cell& cell = row.cells[size_t(c)];
            QString text;
            if (!cell.isGap()) {
                const Document& d = docs[size_t(a.documents[size_t(c)])];
                text = QStringLiteral("%1%2:").arg(cell.moved ? u"*"_qs : QString()).arg(cell.first) +
                       (cell.count > 1 ? QStringLiteral("+%1 ").arg(cell.count) : QString()) +
                       d.sentenceText(cell.first).toString().simplified();
            }
            out += u" | "_qs + text.left(width).leftJustified(width);
        }
        out += u'\n';
    }
    return out;
}

} // namespace parallax::test
