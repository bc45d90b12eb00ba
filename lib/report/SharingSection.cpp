#include "report/ReportSections.h"

#include "report/ArticleSharing.h"
#include "report/HtmlText.h"

#include <QLocale>

namespace parallax {

namespace {
constexpr size_t kPartnersNamed = 4; // the rest are summed: a wire story may share with a hundred others
}

QString sharingSection(const ReportContext& c) {
    using html::esc;
    const std::vector<ArticleSharing> sharing = articleSharing(c.analysis);
    QString h = html::chapter(QStringLiteral("sharing"), QStringLiteral("What each article shares"), false);
    h += QStringLiteral("<p>For each article, the share of its words in sentences another article also has "
                        "(copied, edited or paraphrased), and the share that is its own.</p>\n");
    h += html::tableStart({QStringLiteral("#"), QStringLiteral("Article"), QStringLiteral("Words"),
                           QStringLiteral("Own"), QStringLiteral("Shared with")},
                          QStringLiteral("sharing"), {4, 26, 8, 8, 54});
    const QLocale english(QLocale::English);
    for (size_t d = 0; d < sharing.size(); ++d) {
        const ArticleSharing& s = sharing[d];
        const double words = std::max(1, s.words);
        QStringList partners;
        int otherWords = 0;
        for (size_t i = 0; i < s.shared.size(); ++i) {
            if (i < kPartnersNamed)
                partners << QStringLiteral("%1 (%2)").arg(esc(c.name(s.shared[i].other)),
                                                          html::percent(s.shared[i].words / words));
            else
                otherWords += s.shared[i].words;
        }
        if (s.shared.size() > kPartnersNamed)
            partners << QStringLiteral("%1 more (up to %2 together)")
                            .arg(s.shared.size() - kPartnersNamed)
                            .arg(html::percent(std::min(1.0, otherWords / words)));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
                            "<td>%5</td></tr>\n")
                 .arg(d + 1)
                 .arg(esc(c.name(int(d))), english.toString(s.words), html::percent(s.ownWords / words),
                      partners.isEmpty() ? QStringLiteral("\u2014") : partners.join(QStringLiteral(", ")));
    }
    return h + html::tableEnd();
}

} // namespace parallax
