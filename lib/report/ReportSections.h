#pragma once

#include "report/ReportContext.h"

#include <QString>

namespace parallax {

// The report's sections, each an HTML fragment, in the order the report prints them. Each lives in
// its own file (named after it). Every piece of article text in them is escaped (HtmlText.h).
QString titlePageSection(const ReportContext& context); // folder, time, version, settings; key findings
QString
sourcesSection(const ReportContext& context); // every article: outlet, title, time, words, file, SHA-256
QString
claimsMatrixSection(const ReportContext& context); // one row per claim, one column per article or family
QString disagreementSections(const ReportContext& context); // every conflict and update with its variants
QString verdictsSection(const ReportContext& context);      // the user's verdicts and notes, if any
QString reprintSection(const ReportContext& context);       // each reprint as an aligned word diff
QString reuseFiguresSection(const ReportContext& context);  // heat map and who copied whom
QString sharingSection(const ReportContext& context);       // per article: shared with whom, own
QString methodAppendix(const ReportContext& context);       // how relations, matches and claims are decided

} // namespace parallax
