#include "report/ReportSections.h"

#include "report/CopyGraphFigure.h"
#include "report/HeatMapFigure.h"
#include "report/HtmlText.h"

namespace parallax {

QString reuseFiguresSection(const ReportContext& c) {
    QString h = html::chapter(QStringLiteral("pictures"), QStringLiteral("Who copied whom"));
    const Figure graph = copyGraphFigure(c.analysis, c.names);
    if (graph.isEmpty()) {
        h += QStringLiteral("<p>No article reprints another or shares a source's text with it.</p>\n");
    } else {
        h += QStringLiteral(
                 "<p>%1. Originals on the left (shaded), each copy to the right of what it copies. The "
                 "numbers are those of the sources table.</p>\n")
                 .arg(html::esc(graph.description));
        h += QStringLiteral("<p class=\"figure\">%1</p>\n")
                 .arg(c.embedFigure(graph, QStringLiteral("copy-graph")));
    }
    const Figure heatMap = heatMapFigure(c.analysis, c.names);
    if (!heatMap.isEmpty()) {
        h += QStringLiteral(
                 "<h2>Similarity</h2>\n<p>%1. Each cell: how much of the more contained article's "
                 "wording (three-word runs) is found in the other; blank where the two share nothing "
                 "worth reporting.</p>\n")
                 .arg(html::esc(heatMap.description));
        h += QStringLiteral("<p class=\"figure\">%1</p>\n")
                 .arg(c.embedFigure(heatMap, QStringLiteral("heat-map")));
    }
    return h;
}

} // namespace parallax
