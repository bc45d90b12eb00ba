#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace parallax {

// A picture of the report as a few primitives, in points (1/72 inch), so that one drawing gives
// both the PDF's image (FigurePainter.h) and the HTML's inline SVG (FigureSvg.h).
struct FigureBox {
    QRectF rect;
    QColor fill;
    QColor stroke; // invalid: no outline
    double strokeWidth = 1;
};

struct FigureLine {
    QPointF from;
    QPointF to;
    QColor color;
    double width = 1;
    bool dashed = false;
    bool arrow = false; // a head at `to`
};

struct FigureText {
    QRectF box; // the text is centred in it vertically, aligned horizontally as below
    QString text;
    double pointSize = 8;
    bool bold = false;
    QColor color = Qt::black;
    enum class Align { Left, Centre, Right } align = Align::Centre;
};

struct Figure {
    QSizeF size;
    QString description;          // what the picture shows, in words (alt text)
    std::vector<FigureBox> boxes; // drawn first
    std::vector<FigureLine> lines;
    std::vector<FigureText> texts; // drawn last
    bool isEmpty() const { return boxes.empty() && lines.empty() && texts.empty(); }
};

// `text` shortened with an ellipsis to fit about `width` points at `pointSize`. An estimate from
// an average glyph width, not a font measurement: both renderers must cut at the same place and
// the HTML's reader may have another font.
QString fitText(const QString& text, double width, double pointSize);

} // namespace parallax
