#include "report/ReportOptions.h"

#include <QFileInfo>

namespace parallax {

std::optional<ReportFormat> reportFormatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return ReportFormat::Pdf;
    if (suffix == u"html" || suffix == u"htm")
        return ReportFormat::Html;
    if (suffix == u"json")
        return ReportFormat::Json;
    return std::nullopt;
}

ReportPageSize pageSizeForLocale(const QLocale& locale) {
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico:
        return ReportPageSize::Letter;
    default:
        return ReportPageSize::A4;
    }
}

std::optional<ReportPageSize> pageSizeFromName(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == u"a4")
        return ReportPageSize::A4;
    if (n == u"letter")
        return ReportPageSize::Letter;
    return std::nullopt;
}

} // namespace parallax
