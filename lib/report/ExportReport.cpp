#include "report/ExportReport.h"

#include "analysis/AnalysisJson.h"
#include "report/PdfReport.h"
#include "report/ReportHtml.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace parallax {
namespace {

bool isAnArticle(const Analysis& analysis, const QString& path) {
    const QString target = QFileInfo(path).canonicalFilePath();
    if (target.isEmpty())
        return false;
    for (const Document& d : analysis.corpus.documents)
        if (QFileInfo(d.path).canonicalFilePath() == target)
            return true;
    return false;
}

} // namespace

QByteArray reportBytes(const Analysis& analysis, ReportFormat format, const ReportOptions& options,
                       QString* error) {
    switch (format) {
    case ReportFormat::Json: {
        JsonOptions json;
        json.verdicts = options.verdicts.get();
        return QJsonDocument(analysisToJson(analysis, json)).toJson(QJsonDocument::Indented);
    }
    case ReportFormat::Html:
        return browserReportHtml(analysis, options).toUtf8();
    case ReportFormat::Pdf:
        break;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString failure = writePdfReport(analysis, options, buffer);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return {};
    }
    return bytes;
}

QString exportReport(const Analysis& analysis, const QString& path, const ReportOptions& options) {
    const QFileInfo info(path);
    if (info.isDir())
        return QStringLiteral("%1 is a folder: give a file name ending in .pdf, .html or .json").arg(path);
    const std::optional<ReportFormat> format = reportFormatForPath(path);
    if (!format)
        return QStringLiteral("%1: the name must end in .pdf, .html or .json").arg(path);
    if (isAnArticle(analysis, path))
        return QStringLiteral("%1 is one of the analysed articles: refusing to overwrite it").arg(path);
    // Built before the file is opened: a report that cannot be made never touches the disk.
    QString error;
    const QByteArray bytes = reportBytes(analysis, *format, options, &error);
    if (!error.isEmpty())
        return QStringLiteral("%1: %2").arg(path, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QStringLiteral("cannot write %1: %2").arg(path, reason);
    }
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return QString();
}

} // namespace parallax
