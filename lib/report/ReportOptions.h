#pragma once

#include "analysis/Pipeline.h"
#include "verdicts/VerdictSession.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <memory>
#include <optional>

namespace parallax {

// The three things a report can be saved as, chosen by the file's suffix.
enum class ReportFormat { Pdf, Html, Json };

// .pdf, .html/.htm, .json (any case); nothing for any other name.
std::optional<ReportFormat> reportFormatForPath(const QString& path);

enum class ReportPageSize { A4, Letter };

// Letter where Letter is the paper in the shops (the United States, Canada, Mexico, the
// Philippines and a few more), A4 everywhere else.
ReportPageSize pageSizeForLocale(const QLocale& locale = QLocale());
std::optional<ReportPageSize> pageSizeFromName(const QString& name); // "A4", "letter" ...

struct ReportOptions {
    ReportPageSize pageSize = pageSizeForLocale();
    QDateTime analysedAt;     // when the analysis ran; the time of writing when not set
    PipelineOptions pipeline; // the settings the analysis ran with, listed on the title page
    // The user's verdicts and notes on this folder (lib/verdicts), printed with their claims and in
    // a section of their own; null or empty: the report has neither.
    std::shared_ptr<const VerdictSession> verdicts;
};

} // namespace parallax
