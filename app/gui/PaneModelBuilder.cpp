#include "PaneModelBuilder.h"

#include "ArticleListModel.h"

#include "analysis/DisplayNames.h"
#include "analysis/Families.h"

#include <QObject>

#include <algorithm>
#include <map>

namespace parallax::gui {

int PaneModel::rowOfSentence(int document, int sentence) const {
    const auto column = std::find(documents.begin(), documents.end(), document);
    if (column == documents.end())
        return -1;
    const size_t c = size_t(column - documents.begin());
    for (size_t row = 0; row < rows.size(); ++row) {
        const PaneCell& cell = rows[row].cells[c];
        if (sentence >= cell.firstSentence && sentence < cell.firstSentence + cell.sentenceCount)
            return int(row);
    }
    return -1;
}

namespace {

Span sentencesSpan(const Document& doc, int first, int count) {
    return {doc.sentences[size_t(first)].span.start, doc.sentences[size_t(first + count - 1)].span.end};
}

Span tokensSpan(const Document& doc, int first, int count) {
    if (count <= 0 || first < 0 || first + count > int(doc.tokens.size()))
        return {};
    return {doc.tokens[size_t(first)].span.start, doc.tokens[size_t(first + count - 1)].span.end};
}

void addWordChanges(const Analysis& analysis, const Alignment& alignment, const AlignedRow& row,
                    const std::vector<int>& shownColumnOf, std::vector<PaneCell>& cells) {
    const auto& docs = analysis.corpus.documents;
    for (const CellDiff& diff : row.diffs) {
        const int columnB = shownColumnOf[size_t(diff.column)];
        if (columnB < 0)
            continue;
        const Document& docB = docs[size_t(alignment.documents[size_t(diff.column)])];
        for (const WordEdit& edit : diff.edits) {
            if (edit.op == EditOp::Equal || edit.op == EditOp::Delete)
                continue;
            const Span span = tokensSpan(docB, edit.firstB, edit.countB);
            if (!span.isEmpty())
                cells[size_t(columnB)].marks.push_back({span, MarkKind::WordChange, -1, {}});
        }
        for (const NumberFormatting& f : diff.formatting) {
            const Span span = tokensSpan(docB, f.firstB, f.countB);
            if (!span.isEmpty())
                cells[size_t(columnB)].marks.push_back(
                    {span, MarkKind::NumberFormatting, -1,
                     QObject::tr("Same value written differently: %1").arg(f.value)});
        }
    }
}

void listWithoutAlignment(const Analysis& analysis, const std::vector<int>& shown, PaneModel& model) {
    size_t longest = 0;
    for (int doc : shown)
        longest = std::max(longest, analysis.corpus.documents[size_t(doc)].sentences.size());
    for (size_t i = 0; i < longest; ++i) {
        PaneRow row;
        row.cells.resize(shown.size());
        for (size_t c = 0; c < shown.size(); ++c) {
            const Document& d = analysis.corpus.documents[size_t(shown[c])];
            if (i < d.sentences.size()) {
                row.cells[c].document = shown[c];
                row.cells[c].span = d.sentences[i].span;
                row.cells[c].firstSentence = int(i);
                row.cells[c].sentenceCount = 1;
            }
        }
        model.rows.push_back(std::move(row));
    }
}

// Boilerplate spans of a shown article as greyed rows, each placed just above the row holding the
// article's next sentence, so a caption sits where the reader met it in the article.
void insertBoilerplateRows(const Analysis& analysis, PaneModel& model) {
    std::map<size_t, std::vector<PaneRow>> before; // row index -> rows to insert above it
    for (size_t c = 0; c < model.documents.size(); ++c) {
        const int docIndex = model.documents[c];
        const Document& doc = analysis.corpus.documents[size_t(docIndex)];
        for (const Boilerplate& b : doc.boilerplate) {
            size_t at = model.rows.size();
            for (size_t r = 0; r < model.rows.size(); ++r) {
                const PaneCell& cell = model.rows[r].cells[c];
                if (!cell.isGap() && !cell.moved && cell.span.start >= b.span.end) {
                    at = r;
                    break;
                }
            }
            PaneRow row;
            row.boilerplate = true;
            row.cells.resize(model.documents.size());
            row.cells[c].document = docIndex;
            row.cells[c].span = b.span;
            before[at].push_back(std::move(row));
        }
    }
    std::vector<PaneRow> rows;
    for (size_t r = 0; r <= model.rows.size(); ++r) {
        if (auto it = before.find(r); it != before.end())
            for (PaneRow& extra : it->second)
                rows.push_back(std::move(extra));
        if (r < model.rows.size())
            rows.push_back(std::move(model.rows[r]));
    }
    // Counterpart links point at rows by index: shift them past the inserted rows.
    std::vector<int> newIndex(model.rows.size(), -1);
    for (size_t r = 0, n = 0; r < rows.size(); ++r)
        if (!rows[r].boilerplate)
            newIndex[n++] = int(r);
    for (PaneRow& row : rows)
        for (PaneCell& cell : row.cells)
            if (cell.counterpartRow >= 0)
                cell.counterpartRow = newIndex[size_t(cell.counterpartRow)];
    model.rows = std::move(rows);
}

MarkKind markKindFor(ClaimState state) {
    switch (state) {
    case ClaimState::Conflict:
        return MarkKind::NumberConflict;
    case ClaimState::Updated:
        return MarkKind::NumberUpdated;
    case ClaimState::Possible:
        return MarkKind::NumberPossible;
    case ClaimState::Rounding:
    case ClaimState::Qualifier:
        return MarkKind::NumberQualifier;
    case ClaimState::Formatting:
        return MarkKind::NumberFormatting;
    case ClaimState::Consistent:
        return MarkKind::NumberAgrees;
    case ClaimState::Single:
        return MarkKind::NumberSingle;
    }
    return MarkKind::NumberSingle;
}

QString claimTooltip(const Analysis& analysis, const ClaimView& claim) {
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2").arg(claim.label.toHtmlEscaped(), claimStateLabel(claim.state));
    if (!claim.evidence.isEmpty())
        lines << QStringLiteral("<small>%1</small>")
                     .arg(claim.evidence.join(QStringLiteral("; ")).toHtmlEscaped());
    for (const ClaimVariantView& v : claim.variants) {
        const Document& doc = analysis.corpus.documents[size_t(v.document)];
        const QString who = displayName(doc);
        lines << QStringLiteral("%1: %2").arg(
            who.toHtmlEscaped(),
            (v.qualifier.isEmpty() ? v.text : v.qualifier + u' ' + v.text).toHtmlEscaped());
    }
    lines << QObject::tr("<i>Click to show every variant.</i>");
    return lines.join(QStringLiteral("<br>"));
}

void addNumberMarks(const Analysis& analysis, const std::vector<ClaimView>& claims, PaneModel& model) {
    std::map<std::pair<int, int>, std::pair<int, int>> cellOf; // (document, sentence) -> (row, column)
    for (size_t r = 0; r < model.rows.size(); ++r)
        for (size_t c = 0; c < model.rows[r].cells.size(); ++c) {
            const PaneCell& cell = model.rows[r].cells[c];
            for (int s = cell.firstSentence; s >= 0 && s < cell.firstSentence + cell.sentenceCount; ++s)
                cellOf[{cell.document, s}] = {int(r), int(c)};
        }
    for (size_t i = 0; i < claims.size(); ++i) {
        const QString tooltip = claimTooltip(analysis, claims[i]);
        const MarkKind kind = markKindFor(claims[i].state);
        for (const ClaimVariantView& v : claims[i].variants) {
            const auto it = cellOf.find({v.document, v.sentence});
            if (it == cellOf.end())
                continue;
            PaneCell& cell = model.rows[size_t(it->second.first)].cells[size_t(it->second.second)];
            cell.marks.push_back({v.span, kind, int(i), tooltip});
            if (!v.qualifierSpan.isEmpty())
                cell.marks.push_back({v.qualifierSpan, kind, int(i), tooltip});
        }
    }
}

// The column of a row that only one shown article has text on, found nowhere else (no moved
// counterpart), or -1: a candidate for packing side by side, which hides nothing.
int packableColumn(const PaneRow& row) {
    if (row.boilerplate || row.kind != RowKind::Unique)
        return -1;
    int column = -1;
    for (size_t c = 0; c < row.cells.size(); ++c) {
        const PaneCell& cell = row.cells[c];
        if (cell.isGap())
            continue;
        if (column >= 0 || cell.moved || cell.firstSentence < 0)
            return -1;
        column = int(c);
    }
    return column;
}

// Such a row with nothing another article states (no marked number): a candidate for folding,
// which hides the text.
int loneColumn(const PaneRow& row) {
    const int column = packableColumn(row);
    if (column < 0)
        return -1;
    for (const CellMark& mark : row.cells[size_t(column)].marks)
        if (mark.kind != MarkKind::NumberSingle)
            return -1;
    return column;
}

void foldLoneRuns(const Analysis& analysis, const PaneOptions& options, PaneModel& model) {
    std::vector<PaneRow> rows;
    rows.reserve(model.rows.size());
    std::vector<int> newIndex(model.rows.size(), -1);
    for (size_t r = 0; r < model.rows.size();) {
        const int column = loneColumn(model.rows[r]);
        size_t end = r + 1;
        while (column >= 0 && end < model.rows.size() && loneColumn(model.rows[end]) == column)
            ++end;
        const PaneCell& first = column >= 0 ? model.rows[r].cells[size_t(column)] : PaneCell{};
        if (column < 0 || int(end - r) < kFoldedRun ||
            options.openFolds.count({first.document, first.firstSentence})) {
            for (; r < end; ++r) {
                newIndex[r] = int(rows.size());
                rows.push_back(std::move(model.rows[r]));
            }
            continue;
        }
        const PaneCell& last = model.rows[end - 1].cells[size_t(column)];
        PaneRow strip;
        strip.cells.resize(model.rows[r].cells.size());
        PaneCell& cell = strip.cells[size_t(column)];
        cell.document = first.document;
        cell.span = {first.span.start, last.span.end};
        cell.firstSentence = first.firstSentence;
        cell.sentenceCount = last.firstSentence + last.sentenceCount - first.firstSentence;
        cell.foldSummary = QObject::tr("Only in %1: %2 sentences (click to show)")
                               .arg(displayName(analysis.corpus.documents[size_t(first.document)]))
                               .arg(cell.sentenceCount);
        for (size_t k = r; k < end; ++k)
            newIndex[k] = int(rows.size());
        rows.push_back(std::move(strip));
        r = end;
    }
    for (PaneRow& row : rows)
        for (PaneCell& cell : row.cells)
            if (cell.counterpartRow >= 0)
                cell.counterpartRow = newIndex[size_t(cell.counterpartRow)];
    model.rows = std::move(rows);
}

// Between two rows that line up, the sentences no other article matches say nothing about each
// other's order across articles, only within their own. Stacked one row each, five independent
// reports' ledes fill five screens of one text beside hatched gaps; laid side by side, as a diff
// tool shows a changed hunk, they read as one row. So each run of such rows becomes as many rows as
// its longest column has sentences, every column's lone cells stacked from the run's top in their
// own order.
void packLoneRows(PaneModel& model) {
    std::vector<PaneRow> rows;
    rows.reserve(model.rows.size());
    std::vector<int> newIndex(model.rows.size(), -1);
    for (size_t r = 0; r < model.rows.size();) {
        if (packableColumn(model.rows[r]) < 0) {
            newIndex[r] = int(rows.size());
            rows.push_back(std::move(model.rows[r++]));
            continue;
        }
        const size_t top = rows.size();
        std::vector<size_t> depth(model.rows[r].cells.size(), 0); // cells placed so far per column
        for (; r < model.rows.size(); ++r) {
            const int column = packableColumn(model.rows[r]);
            if (column < 0)
                break;
            const size_t at = top + depth[size_t(column)]++;
            if (at == rows.size()) {
                PaneRow row;
                row.kind = RowKind::Unique;
                row.cells.resize(model.rows[r].cells.size());
                rows.push_back(std::move(row));
            }
            rows[at].cells[size_t(column)] = std::move(model.rows[r].cells[size_t(column)]);
            newIndex[r] = int(at);
        }
    }
    for (PaneRow& row : rows)
        for (PaneCell& cell : row.cells)
            if (cell.counterpartRow >= 0)
                cell.counterpartRow = newIndex[size_t(cell.counterpartRow)];
    model.rows = std::move(rows);
}

} // namespace

PaneModel buildPaneModel(const Analysis& analysis, const std::vector<ClaimView>& claims,
                         const PaneOptions& options) {
    PaneModel model;
    const auto& docs = analysis.corpus.documents;
    const Alignment& alignment = analysis.alignment;

    if (alignment.rows.empty()) {
        for (int d = 0; d < int(docs.size()); ++d)
            if (!options.hiddenDocuments.contains(d))
                model.documents.push_back(d);
        listWithoutAlignment(analysis, model.documents, model);
    } else {
        std::vector<int> shownColumnOf(alignment.documents.size(), -1);
        for (size_t c = 0; c < alignment.documents.size(); ++c)
            if (!options.hiddenDocuments.contains(alignment.documents[c])) {
                shownColumnOf[c] = int(model.documents.size());
                model.documents.push_back(alignment.documents[c]);
            }
        std::vector<int> rowIndex(alignment.rows.size(), -1); // alignment row -> shown row
        for (size_t r = 0; r < alignment.rows.size(); ++r) {
            const AlignedRow& aligned = alignment.rows[r];
            PaneRow row;
            row.kind = aligned.kind;
            row.cells.resize(model.documents.size());
            int textCells = 0;
            for (size_t c = 0; c < aligned.cells.size(); ++c) {
                const Cell& cell = aligned.cells[c];
                if (shownColumnOf[c] < 0 || cell.isGap())
                    continue;
                PaneCell& out = row.cells[size_t(shownColumnOf[c])];
                out.document = alignment.documents[c];
                out.span = sentencesSpan(docs[size_t(out.document)], cell.first, cell.count);
                out.firstSentence = cell.first;
                out.sentenceCount = cell.count;
                out.moved = cell.moved;
                out.counterpartRow = cell.moved ? aligned.counterpart : -1;
                ++textCells;
            }
            if (textCells == 0)
                continue;
            if (textCells == 1 && row.kind != RowKind::Unique && aligned.counterpart < 0)
                row.kind = RowKind::Unique; // its partners are hidden
            // In a paraphrase nearly every word differs: marking them all would hide the numbers.
            if (row.kind == RowKind::Identical || row.kind == RowKind::NearIdentical)
                addWordChanges(analysis, alignment, aligned, shownColumnOf, row.cells);
            rowIndex[r] = int(model.rows.size());
            model.rows.push_back(std::move(row));
        }
        for (PaneRow& row : model.rows)
            for (PaneCell& cell : row.cells)
                if (cell.counterpartRow >= 0)
                    cell.counterpartRow = rowIndex[size_t(cell.counterpartRow)];
    }
    // A pane standing for a family of reprints says how many copies it stands for, when they
    // have no pane of their own.
    std::map<int, int> hiddenCopies;
    for (const ReprintFamily& f : findFamilies(docs, analysis.reuse))
        for (int m : f.members)
            if (m != f.representative && options.hiddenDocuments.count(m))
                ++hiddenCopies[f.representative];
    for (int doc : model.documents) {
        const Document& d = docs[size_t(doc)];
        QStringList detail;
        detail << (d.source.isEmpty()
                       ? (d.attribution.isEmpty() ? d.id : QObject::tr("via %1").arg(d.attribution))
                       : d.source);
        if (const QString moment = publishedMoment(d); !moment.isEmpty())
            detail << moment;
        if (const auto copies = hiddenCopies.find(doc); copies != hiddenCopies.end())
            detail << (copies->second == 1 ? QObject::tr("and 1 near-identical copy")
                                           : QObject::tr("and %1 near-identical copies").arg(copies->second));
        model.columns.push_back(
            {d.title, detail.join(QStringLiteral(" · ")),
             QStringLiteral("<b>%1</b><br>%2").arg(d.title.toHtmlEscaped(), d.id.toHtmlEscaped()), d.text});
    }
    addNumberMarks(analysis, claims, model);
    if (options.showBoilerplate)
        insertBoilerplateRows(analysis, model);
    if (options.foldLoneRuns && !analysis.alignment.rows.empty())
        foldLoneRuns(analysis, options, model);
    if (options.packLoneRows && !analysis.alignment.rows.empty())
        packLoneRows(model);
    for (PaneRow& row : model.rows)
        for (const PaneCell& cell : row.cells)
            for (const CellMark& mark : cell.marks) {
                row.hasConflict = row.hasConflict || mark.kind == MarkKind::NumberConflict;
                row.hasDifference = row.hasDifference || (mark.kind != MarkKind::NumberAgrees &&
                                                          mark.kind != MarkKind::NumberSingle);
            }
    return model;
}

} // namespace parallax::gui
