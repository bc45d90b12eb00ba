#include "report/FigureSvg.h"

#include <QLineF>

namespace parallax {
namespace {

QString num(double v) {
    return QString::number(v, 'f', 1);
}

QString colour(const QColor& c) {
    return c.isValid() ? c.name(QColor::HexRgb) : QStringLiteral("none");
}

QString arrowHead(const FigureLine& line) {
    const QLineF l(line.from, line.to);
    if (l.length() < 1)
        return {};
    const double size = 4 + 1.5 * line.width;
    const QPointF unit = (l.p2() - l.p1()) / l.length();
    const QPointF normal(-unit.y(), unit.x());
    const QPointF base = l.p2() - unit * size;
    const QPointF left = base + normal * size * 0.5, right = base - normal * size * 0.5;
    return QStringLiteral("<polygon points=\"%1,%2 %3,%4 %5,%6\" fill=\"%7\"/>")
        .arg(num(l.p2().x()), num(l.p2().y()), num(left.x()), num(left.y()), num(right.x()), num(right.y()),
             colour(line.color));
}

QString textElement(const FigureText& t) {
    const char* anchor = t.align == FigureText::Align::Left    ? "start"
                         : t.align == FigureText::Align::Right ? "end"
                                                               : "middle";
    const double x = t.align == FigureText::Align::Left    ? t.box.left()
                     : t.align == FigureText::Align::Right ? t.box.right()
                                                           : t.box.center().x();
    // A central baseline a third of the size below the middle: dominant-baseline is not
    // honoured by every viewer.
    const double y = t.box.center().y() + t.pointSize * 0.35;
    return QStringLiteral(
               "<text x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"%4\" fill=\"%5\"%6>%7</text>")
        .arg(num(x), num(y), num(t.pointSize), QLatin1String(anchor), colour(t.color),
             t.bold ? QStringLiteral(" font-weight=\"bold\"") : QString(), t.text.toHtmlEscaped());
}

} // namespace

QString figureSvg(const Figure& figure) {
    QString svg =
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                       "viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\" "
                       "font-family=\"DejaVu Sans, Verdana, sans-serif\">")
            .arg(num(figure.size.width()), num(figure.size.height()), figure.description.toHtmlEscaped());
    svg += QStringLiteral("<title>%1</title>").arg(figure.description.toHtmlEscaped());
    for (const FigureBox& b : figure.boxes)
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\" stroke=\"%6\" "
                              "stroke-width=\"%7\"/>")
                   .arg(num(b.rect.x()), num(b.rect.y()), num(b.rect.width()), num(b.rect.height()),
                        colour(b.fill), colour(b.stroke), num(b.strokeWidth));
    for (const FigureLine& l : figure.lines) {
        svg += QStringLiteral(
                   "<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"%6\"%7/>")
                   .arg(num(l.from.x()), num(l.from.y()), num(l.to.x()), num(l.to.y()), colour(l.color),
                        num(l.width), l.dashed ? QStringLiteral(" stroke-dasharray=\"4 3\"") : QString());
        if (l.arrow)
            svg += arrowHead(l);
    }
    for (const FigureText& t : figure.texts)
        svg += textElement(t);
    svg += QStringLiteral("</svg>");
    return svg;
}

} // namespace parallax
