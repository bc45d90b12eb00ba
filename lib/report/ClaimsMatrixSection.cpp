#include "report/ReportSections.h"

#include "report/ClaimText.h"
#include "report/HtmlText.h"

#include <algorithm>
#include <map>

namespace parallax {
namespace {

using html::esc;

// A page holds about this many value columns beside the claim's label; wider matrices are split
// into several tables of this many columns each, each repeating the labels.
constexpr int kColumnsPerTable = 7;
// Past this many tables the matrix would be a book: the values are listed grouped instead.
constexpr int kMaxTables = 4;
// A column heading is cut to about two lines of a narrow column (points at 7.5 pt); the sources
// table has the full names.
constexpr double kHeadingWidth = 100;

struct Column {
    QString heading;
    std::vector<int> docs;
};

std::vector<Column> matrixColumns(const ReportContext& c) {
    std::vector<Column> columns;
    const int n = int(c.analysis.corpus.documents.size());
    if (n <= kColumnsPerTable) {
        for (int d = 0; d < n; ++d)
            columns.push_back(
                {QStringLiteral("%1 %2").arg(d + 1).arg(fitText(c.name(d), kHeadingWidth, 7.5)), {d}});
        return columns;
    }
    for (const Family& f : c.families.families) {
        QString heading =
            QStringLiteral("%1 %2").arg(f.lead + 1).arg(fitText(c.name(f.lead), kHeadingWidth, 7.5));
        if (f.members.size() > 1)
            heading += QStringLiteral(" +%1").arg(f.members.size() - 1);
        columns.push_back({heading, f.members});
    }
    return columns;
}

// The values the column's articles give for the claim, each once, with how many give it when a
// family has several.
QString cellText(const Claim& claim, const Column& column) {
    std::vector<std::pair<QString, std::vector<int>>> values;
    for (const ClaimVariant& v : claim.variants) {
        if (std::find(column.docs.begin(), column.docs.end(), v.doc) == column.docs.end())
            continue;
        const QString text = variantValueText(v);
        auto it = std::find_if(values.begin(), values.end(), [&](const auto& e) { return e.first == text; });
        if (it == values.end())
            values.push_back({text, {v.doc}});
        else if (std::find(it->second.begin(), it->second.end(), v.doc) == it->second.end())
            it->second.push_back(v.doc);
    }
    QStringList parts;
    for (const auto& [text, docs] : values)
        parts << (column.docs.size() > 1 && docs.size() > 1
                      ? QStringLiteral("%1 \u00d7%2").arg(text).arg(docs.size())
                      : text);
    return parts.join(QStringLiteral("; "));
}

QString labelCells(const Claim& claim) {
    return QStringLiteral("<td><b>%1</b></td><td class=\"%2\">%3<br><span class=\"small\">%4</span></td>")
        .arg(esc(claim.label), claimStatusClass(claim), esc(claimStatusText(claim)),
             esc(QStringLiteral("confidence %1").arg(claim.confidence, 0, 'f', 2)));
}

QString matrixTable(const std::vector<const Claim*>& claims, const std::vector<Column>& columns, size_t from,
                    size_t to) {
    QStringList headers{QStringLiteral("Claim"), QStringLiteral("Status")};
    QList<int> widths{22, 12};
    for (size_t i = from; i < to; ++i) {
        headers << columns[i].heading;
        widths << int(66 / (to - from));
    }
    QString h = html::tableStart(headers, QStringLiteral("matrix"), widths);
    for (const Claim* claim : claims) {
        h += QStringLiteral("<tr>") + labelCells(*claim);
        for (size_t i = from; i < to; ++i)
            h += QStringLiteral("<td>%1</td>").arg(esc(cellText(*claim, columns[i])));
        h += QStringLiteral("</tr>\n");
    }
    return h + html::tableEnd();
}

QString groupedTable(const ReportContext& c, const std::vector<const Claim*>& claims) {
    QString h =
        html::tableStart({QStringLiteral("Claim"), QStringLiteral("Status"), QStringLiteral("Values given")},
                         QStringLiteral("matrix"), {22, 12, 66});
    for (const Claim* claim : claims) {
        QStringList values;
        for (const ValueGroup& g : valueGroups(*claim)) {
            QStringList who;
            for (size_t i = 0; i < g.docs.size() && i < 4; ++i)
                who << c.name(g.docs[i]);
            if (g.docs.size() > 4)
                who << QStringLiteral("%1 more").arg(g.docs.size() - 4);
            values << QStringLiteral("<b>%1</b>: %2").arg(esc(g.text), esc(who.join(QStringLiteral(", "))));
        }
        h += QStringLiteral("<tr>%1<td>%2</td></tr>\n")
                 .arg(labelCells(*claim), values.join(QStringLiteral("<br>")));
    }
    return h + html::tableEnd();
}

} // namespace

QString claimsMatrixSection(const ReportContext& c) {
    std::vector<const Claim*> claims;
    for (const Claim& claim : c.analysis.claims)
        if (claim.articles >= 2)
            claims.push_back(&claim);
    const qsizetype singles = qsizetype(c.analysis.claims.size() - claims.size());
    QString h = html::chapter(QStringLiteral("matrix"), QStringLiteral("Claims matrix"));
    if (claims.empty())
        return h + QStringLiteral(
                       "<p>No number is reported by two articles, so there is nothing to compare.</p>\n");
    const std::vector<Column> columns = matrixColumns(c);
    const bool byFamily = columns.size() < c.analysis.corpus.documents.size();
    h += QStringLiteral(
             "<p>Each row is one fact stated with a number by two or more articles; each cell is what "
             "%1 says, with its hedge. Conflicts and updates come first. %2</p>\n")
             .arg(byFamily ? QStringLiteral(
                                 "a syndication family (an article and those reusing its text, \u00d7N: "
                                 "how many of them give that value)")
                           : QStringLiteral("an article"),
                  esc(singles > 0 ? QStringLiteral("%1 more numbers appear in one article only and are not "
                                                   "compared.")
                                        .arg(singles)
                                  : QString()));
    const size_t tables = (columns.size() + kColumnsPerTable - 1) / kColumnsPerTable;
    if (tables > size_t(kMaxTables))
        return h + groupedTable(c, claims);
    // Tables of equal width: nine columns as five and four, not seven and two.
    const size_t perTable = (columns.size() + tables - 1) / tables;
    for (size_t t = 0; t < tables; ++t) {
        const size_t from = t * perTable, to = std::min(columns.size(), from + perTable);
        if (tables > 1)
            h +=
                QStringLiteral("<h3>Columns %1 to %2 of %3</h3>\n").arg(from + 1).arg(to).arg(columns.size());
        h += matrixTable(claims, columns, from, to);
    }
    return h;
}

} // namespace parallax
