#include "report/CopyGraphFigure.h"

#include "report/ReportPalette.h"

#include <algorithm>
#include <map>
#include <set>

namespace parallax {
namespace {

using namespace reportPalette;

constexpr double kBoxWidth = 130, kBoxHeight = 30, kColumnGap = 44, kRowGap = 14, kMargin = 48;
constexpr int kElbowLanes = 9; // same-column links, each in its own lane left of the boxes
constexpr int kMaxLevel = 4, kRowsPerColumn = 12;

bool reusesText(const DocumentPair& p) {
    return p.relation == Relation::Reprint || p.relation == Relation::SharedSource;
}

// The links to draw: all of them, or, past `maxArticles` articles, whole links taken reprints
// first and the closest copies first until the articles they join fill the picture.
std::vector<const DocumentPair*> linksToDraw(const Analysis& analysis, int maxArticles) {
    std::vector<const DocumentPair*> links;
    for (const DocumentPair& p : analysis.reuse.pairs)
        if (reusesText(p))
            links.push_back(&p);
    std::stable_sort(links.begin(), links.end(), [](const DocumentPair* x, const DocumentPair* y) {
        if (x->relation != y->relation)
            return x->relation == Relation::Reprint;
        return std::max(x->containmentAInB, x->containmentBInA) >
               std::max(y->containmentAInB, y->containmentBInA);
    });
    std::set<int> shown;
    std::vector<const DocumentPair*> kept;
    for (const DocumentPair* p : links) {
        const int added = int(!shown.count(p->a)) + int(!shown.count(p->b));
        if (int(shown.size()) + added > maxArticles)
            continue;
        shown.insert(p->a);
        shown.insert(p->b);
        kept.push_back(p);
    }
    return kept;
}

// Column of each article: 0 for articles no one is shown copying, else one past what it copies.
std::map<int, int> levelsOf(const std::vector<const DocumentPair*>& links) {
    std::map<int, int> level;
    for (const DocumentPair* p : links)
        level[p->a] = level[p->b] = 0;
    for (int round = 0; round < kMaxLevel; ++round)
        for (const DocumentPair* p : links)
            if (p->original >= 0) {
                const int copy = p->original == p->a ? p->b : p->a;
                level[copy] = std::max(level[copy], std::min(kMaxLevel, level[p->original] + 1));
            }
    return level;
}

FigureLine link(QPointF from, QPointF to, const DocumentPair& p, bool arrow) {
    return FigureLine{from,
                      to,
                      p.relation == Relation::Reprint ? reprint : sharedSource,
                      p.relation == Relation::Reprint ? 1.8 : 1.2,
                      p.original < 0,
                      arrow};
}

void addLinks(Figure& f, const std::vector<const DocumentPair*>& links, const std::map<int, QRectF>& boxOf) {
    int elbow = 0;
    for (const DocumentPair* p : links) {
        const int from = p->original >= 0 ? p->original : p->a;
        const int to = from == p->a ? p->b : p->a;
        const QRectF a = boxOf.at(from), b = boxOf.at(to);
        if (std::abs(a.left() - b.left()) > 1) {
            const bool rightward = a.left() < b.left();
            const QPointF start =
                rightward ? QPointF(a.right(), a.center().y()) : QPointF(a.left(), a.center().y());
            const QPointF end =
                rightward ? QPointF(b.left(), b.center().y()) : QPointF(b.right(), b.center().y());
            f.lines.push_back(link(start, end, *p, p->original >= 0));
            continue;
        }
        // Same column: an elbow out to the left, so the line never crosses the boxes between them.
        const double x = a.left() - 6 - 4.5 * (elbow++ % kElbowLanes);
        const QPointF s(a.left(), a.center().y()), e(b.left(), b.center().y());
        f.lines.push_back(link(s, QPointF(x, s.y()), *p, false));
        f.lines.push_back(link(QPointF(x, s.y()), QPointF(x, e.y()), *p, false));
        f.lines.push_back(link(QPointF(x, e.y()), e, *p, p->original >= 0));
    }
}

void addLegend(Figure& f, double top) {
    const std::pair<FigureLine, QString> entries[] = {
        {{{0, 0}, {28, 0}, reprint, 1.8, false, true}, QStringLiteral("reprint (original \u2192 copy)")},
        {{{0, 0}, {28, 0}, sharedSource, 1.2, false, true},
         QStringLiteral("shared source (original \u2192 other)")},
        {{{0, 0}, {28, 0}, sharedSource, 1.2, true, false}, QStringLiteral("dashed: original unknown")},
    };
    double x = 0;
    for (const auto& [line, label] : entries) {
        FigureLine l = line;
        l.from += QPointF(x, top + 6);
        l.to += QPointF(x, top + 6);
        f.lines.push_back(l);
        f.texts.push_back({QRectF(x + 32, top, 150, 12), label, 7, false, ink, FigureText::Align::Left});
        x += 175;
    }
}

} // namespace

Figure copyGraphFigure(const Analysis& analysis, const std::vector<QString>& names, int maxArticles) {
    Figure f;
    const std::vector<const DocumentPair*> links = linksToDraw(analysis, maxArticles);
    if (links.empty())
        return f;
    const std::map<int, int> level = levelsOf(links);
    std::map<int, int> rowsInLevel; // level -> boxes placed so far
    std::map<int, QRectF> boxOf;
    int columns = 0;
    double height = 0;
    std::map<int, int> firstColumnOfLevel;
    for (int l = 0, column = 0; l <= kMaxLevel; ++l) {
        firstColumnOfLevel[l] = column;
        const auto count =
            std::count_if(level.begin(), level.end(), [&](const auto& e) { return e.second == l; });
        column += int((count + kRowsPerColumn - 1) / kRowsPerColumn);
    }
    // Articles in the order their links come, so the two ends of a link usually sit side by side.
    std::vector<int> order;
    for (const DocumentPair* p : links)
        for (const int doc : {p->a, p->b})
            if (std::find(order.begin(), order.end(), doc) == order.end())
                order.push_back(doc);
    for (const int doc : order) {
        const int l = level.at(doc);
        const int row = rowsInLevel[l]++;
        const int column = firstColumnOfLevel[l] + row / kRowsPerColumn;
        const QRectF box(kMargin + column * (kBoxWidth + kColumnGap),
                         (row % kRowsPerColumn) * (kBoxHeight + kRowGap), kBoxWidth, kBoxHeight);
        boxOf[doc] = box;
        columns = std::max(columns, column + 1);
        height = std::max(height, box.bottom());
        const Document& d = analysis.corpus.documents[size_t(doc)];
        f.boxes.push_back({box, l == 0 ? shade : QColor(Qt::white), ink, 0.8});
        const QString title = QStringLiteral("%1  %2").arg(doc + 1).arg(names[size_t(doc)]);
        f.texts.push_back({box.adjusted(5, 2, -4, -kBoxHeight / 2), fitText(title, kBoxWidth - 9, 7.5), 7.5,
                           true, ink, FigureText::Align::Left});
        const QString when = !d.published.isEmpty() ? d.published : !d.date.isEmpty() ? d.date : d.id;
        f.texts.push_back({box.adjusted(5, kBoxHeight / 2, -4, -2), fitText(when, kBoxWidth - 9, 6.5), 6.5,
                           false, muted, FigureText::Align::Left});
    }
    addLinks(f, links, boxOf);
    addLegend(f, height + 14);
    f.size =
        QSizeF(std::max(kMargin + columns * (kBoxWidth + kColumnGap) - kColumnGap + 4, 530.0), height + 30);
    std::set<int> reusing;
    for (const DocumentPair& p : analysis.reuse.pairs)
        if (reusesText(p)) {
            reusing.insert(p.a);
            reusing.insert(p.b);
        }
    f.description =
        level.size() == reusing.size()
            ? QStringLiteral("Who copied whom: %1 articles, %2 links").arg(level.size()).arg(links.size())
            : QStringLiteral("Who copied whom: %1 of the %2 articles that reuse text (reprints and the "
                             "closest copies first), %3 links")
                  .arg(level.size())
                  .arg(reusing.size())
                  .arg(links.size());
    return f;
}

} // namespace parallax
