#include "report/FigurePainter.h"

#include <QFont>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace parallax {
namespace {

void paintArrowHead(QPainter& painter, const FigureLine& line) {
    const QLineF l(line.from, line.to);
    if (l.length() < 1)
        return;
    const double size = 4 + 1.5 * line.width;
    const QPointF unit = (l.p2() - l.p1()) / l.length();
    const QPointF normal(-unit.y(), unit.x());
    const QPointF base = l.p2() - unit * size;
    QPainterPath head;
    head.moveTo(l.p2());
    head.lineTo(base + normal * size * 0.5);
    head.lineTo(base - normal * size * 0.5);
    head.closeSubpath();
    painter.fillPath(head, line.color);
}

Qt::Alignment alignmentOf(FigureText::Align align) {
    switch (align) {
    case FigureText::Align::Left:
        return Qt::AlignLeft | Qt::AlignVCenter;
    case FigureText::Align::Right:
        return Qt::AlignRight | Qt::AlignVCenter;
    case FigureText::Align::Centre:
        break;
    }
    return Qt::AlignCenter;
}

} // namespace

void paintFigure(QPainter& painter, const Figure& figure) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const FigureBox& box : figure.boxes) {
        painter.setPen(box.stroke.isValid() ? QPen(box.stroke, box.strokeWidth) : QPen(Qt::NoPen));
        painter.setBrush(box.fill.isValid() ? QBrush(box.fill) : QBrush(Qt::NoBrush));
        painter.drawRect(box.rect);
    }
    for (const FigureLine& line : figure.lines) {
        QPen pen(line.color, line.width);
        if (line.dashed)
            pen.setDashPattern({4, 3});
        painter.setPen(pen);
        painter.drawLine(line.from, line.to);
        if (line.arrow)
            paintArrowHead(painter, line);
    }
    // Figure units are points, but a font's point size is turned into pixels by the device's
    // resolution before the painter's scale applies: undo the first so only the scale counts.
    const double fontScale = 72.0 / std::max(1, painter.device()->logicalDpiY());
    for (const FigureText& text : figure.texts) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(text.pointSize * fontScale);
        font.setBold(text.bold);
        painter.setFont(font);
        painter.setPen(text.color);
        painter.drawText(text.box, int(alignmentOf(text.align)) | Qt::TextDontClip, text.text);
    }
    painter.restore();
}

QImage figureImage(const Figure& figure, double dotsPerPoint) {
    const QSize pixels(int(std::ceil(figure.size.width() * dotsPerPoint)),
                       int(std::ceil(figure.size.height() * dotsPerPoint)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // Fonts are sized in points: at 72 dots an inch a point is one pixel before the scale, so the
    // scale enlarges text and shapes alike.
    image.setDotsPerMeterX(qRound(72 / 0.0254));
    image.setDotsPerMeterY(qRound(72 / 0.0254));
    QPainter painter(&image);
    painter.scale(dotsPerPoint, dotsPerPoint);
    paintFigure(painter, figure);
    return image;
}

} // namespace parallax
