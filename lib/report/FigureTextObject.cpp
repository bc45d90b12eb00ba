#include "report/FigureTextObject.h"

#include "report/FigurePainter.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace parallax {
namespace {

const QString kScheme = QStringLiteral("parallax-figure:");
constexpr int kFigureProperty = QTextFormat::UserProperty + 1;

} // namespace

FigureTextObject::FigureTextObject(QTextDocument& doc, double maxWidth)
    : QObject(&doc)
    , doc_(doc)
    , maxWidth_(maxWidth) {
    doc.documentLayout()->registerHandler(kObjectType, this);
}

QString FigureTextObject::placeholder(const Figure& figure) {
    figures_.push_back(figure);
    return QStringLiteral("<img src=\"%1%2\">").arg(kScheme).arg(figures_.size() - 1);
}

void FigureTextObject::replaceImages() {
    std::vector<std::pair<int, int>> found; // (position, figure)
    for (QTextBlock block = doc_.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            const QString name = format.isImageFormat() ? format.toImageFormat().name() : QString();
            if (name.startsWith(kScheme))
                found.push_back({it.fragment().position(), name.mid(kScheme.size()).toInt()});
        }
    QTextCursor cursor(&doc_);
    for (const auto& [position, figure] : found) {
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat object;
        object.setObjectType(kObjectType);
        object.setProperty(kFigureProperty, figure);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
}

const Figure* FigureTextObject::figureOf(const QTextFormat& format) const {
    const int index = format.property(kFigureProperty).toInt();
    return index >= 0 && index < int(figures_.size()) ? &figures_[size_t(index)] : nullptr;
}

QSizeF FigureTextObject::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) {
    const Figure* figure = figureOf(format);
    if (!figure || figure->size.isEmpty())
        return {};
    const QPaintDevice* device = doc->documentLayout()->paintDevice();
    const double unitsPerPoint = (device ? device->logicalDpiY() : 72) / 72.0;
    const double scale = std::min(unitsPerPoint, maxWidth_ / figure->size.width());
    return figure->size * scale;
}

void FigureTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                  const QTextFormat& format) {
    const Figure* figure = figureOf(format);
    if (!figure || figure->size.isEmpty())
        return;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / figure->size.width(), rect.height() / figure->size.height());
    paintFigure(*painter, *figure);
    painter->restore();
}

} // namespace parallax
