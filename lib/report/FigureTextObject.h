#pragma once

#include "report/Figure.h"

#include <QObject>
#include <QTextObjectInterface>

#include <vector>

class QTextDocument;

namespace parallax {

// Draws the report's pictures inside a QTextDocument as vector graphics (so the PDF keeps crisp
// lines and real text at any zoom), in place of the <img src="parallax-figure:N"> the HTML holds.
class FigureTextObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;

    // Registers itself with doc's layout; `maxWidth` is the page's text width in the layout's units.
    FigureTextObject(QTextDocument& doc, double maxWidth);

    // The <img> to put in the HTML for `figure`; replaceImages() turns it into the drawing.
    QString placeholder(const Figure& figure);
    // After setHtml(): swaps each placeholder image for the figure object.
    void replaceImages();

    QSizeF intrinsicSize(QTextDocument* doc, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int position,
                    const QTextFormat& format) override;

private:
    const Figure* figureOf(const QTextFormat& format) const;

    QTextDocument& doc_;
    double maxWidth_;
    std::vector<Figure> figures_;
};

} // namespace parallax
