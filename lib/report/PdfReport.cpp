#include "report/PdfReport.h"

#include "report/FigureTextObject.h"
#include "report/ReportContext.h"
#include "report/ReportHtml.h"
#include "report/SealedTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace parallax {
namespace {

constexpr int kDotsPerInch = 300;
constexpr double kBandMillimetres = 9; // the running header's and the footer's height

double pointsToDots(double points) {
    return points * kDotsPerInch / 72.0;
}

void drawBands(QPainter& painter, const QRectF& page, double band, const QString& folder, int page1,
               int pages) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x66, 0x66, 0x66));
    if (page1 > 1) {
        const QRectF header(page.left(), page.top(), page.width(), band * 0.7);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, folder);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Parallax report"));
        painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), pointsToDots(0.5)));
        painter.drawLine(QPointF(page.left(), header.bottom()), QPointF(page.right(), header.bottom()));
        painter.setPen(QColor(0x66, 0x66, 0x66));
    }
    const QRectF footer(page.left(), page.bottom() - band * 0.7, page.width(), band * 0.7);
    painter.drawText(footer, Qt::AlignCenter, QStringLiteral("page %1 of %2").arg(page1).arg(pages));
}

} // namespace

QString writePdfReport(const Analysis& analysis, const ReportOptions& options, QIODevice& device) {
    QPdfWriter writer(&device);
    writer.setResolution(kDotsPerInch);
    writer.setPageSize(
        QPageSize(options.pageSize == ReportPageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
    const QString folder = QFileInfo(analysis.corpus.folder).fileName();
    writer.setTitle(QStringLiteral("Parallax report: %1").arg(folder));
    writer.setCreator(QStringLiteral("Parallax " PARALLAX_VERSION));

    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(kDotsPerInch).size());
    const double band = kBandMillimetres / 25.4 * kDotsPerInch;
    const QSizeF body(page.width(), page.height() - 2 * band);

    SealedTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(printStyleSheet());
    FigureTextObject* figures = new FigureTextObject(doc, body.width()); // owned by doc
    const ReportContext context(analysis, options, [&](const Figure& figure, const QString&) {
        return figures->placeholder(figure);
    });
    doc.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(reportBody(context)));
    figures->replaceImages();
    doc.setPageSize(body);

    QPainter painter;
    if (!painter.begin(&writer))
        return QStringLiteral("cannot start the PDF");
    const int pages = doc.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !writer.newPage())
            return QStringLiteral("cannot add page %1 to the PDF").arg(p + 1);
        drawBands(painter, page, band, folder, p + 1, pages);
        painter.save();
        painter.translate(0, band - p * body.height());
        doc.drawContents(&painter, QRectF(QPointF(0, p * body.height()), body));
        painter.restore();
    }
    if (!painter.end())
        return QStringLiteral("cannot finish the PDF");
    return QString();
}

} // namespace parallax
