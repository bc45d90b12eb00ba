#include "report/ReportSections.h"

#include "report/HtmlText.h"

#include <QLocale>

namespace parallax {

using html::esc;

QString sourcesSection(const ReportContext& c) {
    const auto& docs = c.analysis.corpus.documents;
    QString h = html::chapter(QStringLiteral("sources"), QStringLiteral("Sources"));
    h += QStringLiteral(
        "<p>The articles as read from the folder. The numbers in the first column name them in "
        "the pictures below.</p>\n");
    h += html::tableStart({QStringLiteral("#"), QStringLiteral("Outlet"), QStringLiteral("Title"),
                           QStringLiteral("Published"), QStringLiteral("Words"), QStringLiteral("File")},
                          QStringLiteral("sources"), {4, 16, 36, 13, 9, 22});
    const QLocale english(QLocale::English);
    for (size_t d = 0; d < docs.size(); ++d) {
        const Document& doc = docs[d];
        QString outlet = esc(doc.source.isEmpty() ? QStringLiteral("\u2014") : doc.source);
        if (!doc.attribution.isEmpty())
            outlet += QStringLiteral("<br><span class=\"small\">credits %1</span>").arg(esc(doc.attribution));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td align=\"right\">%5</td>"
                            "<td class=\"file\">%6</td></tr>\n")
                 .arg(d + 1)
                 .arg(outlet, esc(doc.title), esc(html::momentText(doc)), english.toString(doc.wordCount()),
                      esc(doc.relativePath));
    }
    h += html::tableEnd();
    h += QStringLiteral(
        "<h2>Fingerprints</h2>\n<p>The SHA-256 of each file's bytes as read, so anyone can check "
        "later that the evidence quoted here comes from these very files "
        "(<span class=\"mono\">sha256sum FILE</span>).</p>\n");
    h += html::tableStart({QStringLiteral("#"), QStringLiteral("File"), QStringLiteral("SHA-256")},
                          QStringLiteral("hashes"), {4, 30, 66});
    for (size_t d = 0; d < docs.size(); ++d)
        h += QStringLiteral("<tr><td>%1</td><td class=\"file\">%2</td><td class=\"mono\">%3</td></tr>\n")
                 .arg(d + 1)
                 .arg(esc(docs[d].relativePath), esc(docs[d].sha256));
    h += html::tableEnd();
    return h;
}

} // namespace parallax
