#include "report/ReportHtml.h"

#include "report/FigureSvg.h"
#include "report/HtmlText.h"
#include "report/ReportSections.h"

#include <QFileInfo>

namespace parallax {

QString reportBody(const ReportContext& c) {
    return titlePageSection(c) + sourcesSection(c) + claimsMatrixSection(c) + disagreementSections(c) +
           verdictsSection(c) + reprintSection(c) + reuseFiguresSection(c) + sharingSection(c) +
           methodAppendix(c);
}

QString printStyleSheet() {
    return QStringLiteral(
        "body { color: #222222; }\n"
        "h1 { font-size: 15pt; font-weight: bold; color: #1f4e79; margin-top: 0px; margin-bottom: 6px; }\n"
        "h1.title { font-size: 22pt; color: #222222; margin-top: 4px; margin-bottom: 10px; }\n"
        "h2 { font-size: 11.5pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }\n"
        "h3 { font-size: 10pt; font-weight: bold; margin-top: 10px; margin-bottom: 3px; }\n"
        "p { margin-top: 3px; margin-bottom: 5px; }\n"
        "p.kicker { font-size: 10pt; color: #777777; margin-top: 40px; }\n"
        "p.lead { font-size: 11pt; margin-bottom: 14px; }\n"
        "p.figure { margin-top: 8px; margin-bottom: 8px; }\n"
        "li { margin-bottom: 3px; }\n"
        "table.grid { border-color: #bbbbbb; border-style: solid; margin-top: 4px; margin-bottom: 0px; }\n"
        "th { background-color: #eef2f6; font-weight: bold; text-align: left; }\n"
        "table.meta th { background-color: #ffffff; color: #555555; font-weight: normal; }\n"
        "td.file { font-size: 7.5pt; }\n"
        ".mono { font-family: 'DejaVu Sans Mono'; font-size: 7pt; }\n"
        ".small { font-size: 7pt; color: #666666; }\n"
        ".hl { background-color: #fde59a; font-weight: bold; }\n"
        ".del { color: #a93226; text-decoration: line-through; }\n"
        ".ins { color: #1e6b30; text-decoration: underline; background-color: #e4f3e4; }\n"
        ".conflict { color: #b03a2e; font-weight: bold; }\n"
        ".updated { color: #6c3d91; font-weight: bold; }\n"
        ".possible { color: #777777; font-style: italic; }\n"
        ".minor { color: #8a6d00; }\n"
        ".agree { color: #2e7d32; }\n"
        "table.matrix td { font-size: 7.5pt; }\n"
        "table.matrix th { font-size: 7.5pt; }\n"
        "table.variants td { font-size: 8pt; }\n"
        "table.diff td { font-size: 8pt; }\n");
}

QString browserStyleSheet() {
    return printStyleSheet() +
           QStringLiteral(
               "body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 10pt; max-width: 60em; "
               "margin: 2em auto; padding: 0 1em; line-height: 1.4; }\n"
               "table.grid { border-collapse: collapse; }\n"
               "table.grid th, table.grid td { border: 1px solid #bbbbbb; vertical-align: top; }\n"
               "h1.chapter { border-top: 2px solid #1f4e79; padding-top: 0.6em; margin-top: 2em; }\n"
               "svg { max-width: 100%; height: auto; }\n"
               "@media print { h1.chapter { border-top: none; } }\n");
}

QString browserReportHtml(const Analysis& analysis, const ReportOptions& options) {
    const ReportContext context(analysis, options,
                                [](const Figure& figure, const QString&) { return figureSvg(figure); });
    const QString folder = QFileInfo(analysis.corpus.folder).fileName();
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'; img-src data:\">\n"
                          "<meta name=\"generator\" content=\"Parallax " PARALLAX_VERSION "\">\n"
                          "<title>Parallax report: "
                          "%1</title>\n<style>\n%2</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(html::esc(folder), browserStyleSheet(), reportBody(context));
}

} // namespace parallax
