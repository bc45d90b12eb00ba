#include "report/HeatMapFigure.h"

#include "report/ReportPalette.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace parallax {
namespace {

using namespace reportPalette;

// The articles to draw, in document order: all of them, or those in the most relations.
std::vector<int> shownArticles(const Analysis& analysis, int maxArticles) {
    const int n = int(analysis.corpus.documents.size());
    std::vector<int> shown(static_cast<size_t>(n));
    std::iota(shown.begin(), shown.end(), 0);
    if (n <= maxArticles)
        return shown;
    std::vector<double> weight(size_t(n), 0);
    for (const DocumentPair& p : analysis.reuse.pairs) {
        const double w = p.relation == Relation::SameStory ? 0.1 : 1.0;
        weight[size_t(p.a)] += w;
        weight[size_t(p.b)] += w;
    }
    std::stable_sort(shown.begin(), shown.end(),
                     [&](int x, int y) { return weight[size_t(x)] > weight[size_t(y)]; });
    shown.resize(size_t(maxArticles));
    std::sort(shown.begin(), shown.end());
    return shown;
}

void addLegend(Figure& f, double top) {
    const double swatch = 12;
    double x = 0;
    f.texts.push_back({QRectF(x, top, 70, swatch), QStringLiteral("shared wording:"), 7, false, ink,
                       FigureText::Align::Left});
    x += 70;
    for (int step = 0; step <= 4; ++step) {
        const double share = step / 4.0;
        f.boxes.push_back(
            {QRectF(x, top, swatch * 2, swatch), blend(Qt::white, similarity, share), rule, 0.5});
        f.texts.push_back({QRectF(x, top + swatch, swatch * 2, 10), QStringLiteral("%1%").arg(step * 25), 6,
                           false, ink, FigureText::Align::Centre});
        x += swatch * 2;
    }
    x += 16;
    f.boxes.push_back({QRectF(x, top, swatch, swatch), Qt::white, reprint, 2});
    f.texts.push_back({QRectF(x + swatch + 4, top, 50, swatch), QStringLiteral("reprint"), 7, false, ink,
                       FigureText::Align::Left});
    x += 60;
    f.boxes.push_back({QRectF(x, top, swatch, swatch), Qt::white, sharedSource, 2});
    f.texts.push_back({QRectF(x + swatch + 4, top, 80, swatch), QStringLiteral("shared source"), 7, false,
                       ink, FigureText::Align::Left});
}

} // namespace

Figure heatMapFigure(const Analysis& analysis, const std::vector<QString>& names, int maxArticles) {
    const std::vector<int> shown = shownArticles(analysis, maxArticles);
    const int n = int(shown.size());
    Figure f;
    if (n < 2)
        return f;
    std::map<std::pair<int, int>, const DocumentPair*> pairOf;
    for (const DocumentPair& p : analysis.reuse.pairs)
        pairOf[{p.a, p.b}] = &p;
    const double cell = std::clamp(330.0 / n, 9.0, 36.0), labelWidth = 150, header = 14;
    const double grid = cell * n;
    for (int i = 0; i < n; ++i) {
        const int d = shown[size_t(i)];
        const QString label = QStringLiteral("%1  %2").arg(d + 1).arg(names[size_t(d)]);
        f.texts.push_back({QRectF(0, header + i * cell, labelWidth - 6, cell),
                           fitText(label, labelWidth - 6, 7), 7, false, ink, FigureText::Align::Right});
        f.texts.push_back({QRectF(labelWidth + i * cell, 0, cell, header), QString::number(d + 1),
                           cell < 12 ? 5.5 : 7, false, ink, FigureText::Align::Centre});
    }
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const QRectF r(labelWidth + j * cell, header + i * cell, cell, cell);
            if (i == j) {
                f.boxes.push_back({r, shade, rule, 0.3});
                continue;
            }
            const int a = std::min(shown[size_t(i)], shown[size_t(j)]),
                      b = std::max(shown[size_t(i)], shown[size_t(j)]);
            const auto it = pairOf.find({a, b});
            const DocumentPair* p = it == pairOf.end() ? nullptr : it->second;
            const double share = p ? std::max(p->containmentAInB, p->containmentBInA) : 0;
            f.boxes.push_back({r, blend(Qt::white, similarity, std::min(1.0, share)), rule, 0.3});
            if (p && (p->relation == Relation::Reprint || p->relation == Relation::SharedSource))
                f.boxes.push_back({r.adjusted(1, 1, -1, -1), QColor(),
                                   p->relation == Relation::Reprint ? reprint : sharedSource,
                                   cell < 12 ? 1.0 : 1.8});
            if (cell >= 20 && share >= 0.01)
                f.texts.push_back({r, QStringLiteral("%1%").arg(qRound(share * 100)), 7, false,
                                   share > 0.5 ? QColor(Qt::white) : ink, FigureText::Align::Centre});
        }
    addLegend(f, header + grid + 10);
    f.size = QSizeF(std::max(labelWidth + grid, 360.0), header + grid + 34);
    f.description = n == int(analysis.corpus.documents.size())
                        ? QStringLiteral("Similarity of every pair of the %1 articles").arg(n)
                        : QStringLiteral("Similarity of the %1 articles in the most relations (of %2)")
                              .arg(n)
                              .arg(analysis.corpus.documents.size());
    return f;
}

} // namespace parallax
