#include "align/AlignmentJson.h"

#include <QJsonArray>

namespace parallax {
namespace {

QJsonArray range(int first, int count) {
    return QJsonArray{first, count};
}

QJsonObject diffToJson(const CellDiff& d) {
    QJsonArray changes;
    for (const WordEdit& e : d.edits)
        if (e.op != EditOp::Equal)
            changes.append(QJsonObject{{u"op"_qs, editOpName(e.op)},
                                       {u"a"_qs, range(e.firstA, e.countA)},
                                       {u"b"_qs, range(e.firstB, e.countB)}});
    QJsonObject out{{u"column"_qs, d.column},
                    {u"base"_qs, QJsonArray{d.baseRow, d.baseColumn}},
                    {u"changes"_qs, changes}};
    if (!d.formatting.empty()) {
        QJsonArray formatting;
        for (const NumberFormatting& f : d.formatting)
            formatting.append(QJsonObject{{u"a"_qs, range(f.firstA, f.countA)},
                                          {u"b"_qs, range(f.firstB, f.countB)},
                                          {u"value"_qs, f.value}});
        out[u"formatting"] = formatting;
    }
    return out;
}

QJsonObject rowInfo(const AlignedRow& row) {
    QJsonObject info{{u"kind"_qs, rowKindName(row.kind)}};
    QJsonArray groups, moved;
    for (int c = 0; c < int(row.cells.size()); ++c) {
        const Cell& cell = row.cells[size_t(c)];
        if (cell.count > 1)
            groups.append(QJsonArray{c, cell.first, cell.count});
        if (cell.moved)
            moved.append(c);
    }
    if (!groups.isEmpty())
        info[u"groups"] = groups;
    if (!moved.isEmpty())
        info[u"moved"] = moved;
    if (row.counterpart >= 0)
        info[u"counterpart"] = row.counterpart;
    if (!row.movedRows.empty()) {
        QJsonArray rows;
        for (int r : row.movedRows)
            rows.append(r);
        info[u"moved_rows"] = rows;
    }
    if (!row.diffs.empty()) {
        QJsonArray diffs;
        for (const CellDiff& d : row.diffs)
            diffs.append(diffToJson(d));
        info[u"diffs"] = diffs;
    }
    return info;
}

} // namespace

QJsonObject alignmentToJson(const Alignment& alignment, const std::vector<Document>& docs) {
    QJsonArray ids;
    for (int d : alignment.documents)
        ids.append(d >= 0 && d < int(docs.size()) ? docs[size_t(d)].id : QString());
    QJsonArray rows, info;
    for (const AlignedRow& row : alignment.rows) {
        QJsonArray cells;
        for (const Cell& cell : row.cells)
            cells.append(cell.isGap() ? QJsonValue(QJsonValue::Null) : QJsonValue(cell.first));
        rows.append(cells);
        info.append(rowInfo(row));
    }
    const int ref = alignment.reference;
    return QJsonObject{
        {u"documents"_qs, ids},
        {u"reference"_qs,
         ref >= 0 && ref < int(docs.size()) ? QJsonValue(docs[size_t(ref)].id) : QJsonValue()},
        {u"rows"_qs, rows},
        {u"row_info"_qs, info},
    };
}

} // namespace parallax
