#include "report/ReportSections.h"

#include "report/HtmlText.h"
#include "report/KeyFindings.h"

#include <QDir>
#include <QFileInfo>

namespace parallax {
namespace {

using html::esc;

QString settingsText(const PipelineOptions& options) {
    QStringList parts;
    parts << (options.load.recursive ? QStringLiteral("subfolders read")
                                     : QStringLiteral("subfolders not read"));
    parts << QStringLiteral("files over %1 MB skipped")
                 .arg(double(options.load.maxFileBytes) / (1024 * 1024), 0, 'g', 3);
    parts << (options.scope == PipelineScope::Full
                  ? QStringLiteral("full analysis (reuse, alignment, claims)")
              : options.scope == PipelineScope::Pairs ? QStringLiteral("document pairs only")
                                                      : QStringLiteral("documents only"));
    return parts.join(QStringLiteral("; "));
}

QString row(const QString& label, const QString& valueHtml) {
    return QStringLiteral("<tr><th align=\"left\" width=\"22%\">%1</th><td>%2</td></tr>\n")
        .arg(esc(label), valueHtml);
}

} // namespace

QString titlePageSection(const ReportContext& c) {
    const Corpus& corpus = c.analysis.corpus;
    const QString folderName = QFileInfo(corpus.folder).fileName();
    QString h = QStringLiteral("<p class=\"kicker\">Parallax report</p>\n<h1 class=\"title\">%1</h1>\n")
                    .arg(esc(folderName.isEmpty() ? corpus.folder : folderName));
    h +=
        QStringLiteral("<p class=\"lead\">How %1 about one event relate: which reuse whose text, and where "
                       "their numbers agree or disagree. Every finding quotes the articles' own words.</p>\n")
            .arg(esc(html::plural(qsizetype(corpus.documents.size()), "article")));
    h += QStringLiteral("<table class=\"meta\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n");
    h += row(QStringLiteral("Folder"), esc(QDir::toNativeSeparators(corpus.folder)));
    h += row(QStringLiteral("Analysed"), esc(c.analysedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm t"))));
    h += row(QStringLiteral("Parallax"), esc(QStringLiteral("version " PARALLAX_VERSION)));
    QString articles = esc(html::plural(qsizetype(corpus.documents.size()), "article"));
    if (!corpus.skipped.empty())
        articles += esc(QStringLiteral(" (%1 other files skipped)").arg(corpus.skipped.size()));
    h += row(QStringLiteral("Articles"), articles);
    h += row(QStringLiteral("Settings"), esc(settingsText(c.options.pipeline)));
    h += QStringLiteral("</table>\n");
    h += QStringLiteral("<h2>Key findings</h2>\n<ul class=\"findings\">\n");
    for (const QString& finding : keyFindings(c))
        h += QStringLiteral("<li>%1</li>\n").arg(esc(finding));
    h += QStringLiteral("</ul>\n");
    return h;
}

} // namespace parallax
