#include "report/ReportContext.h"

#include "analysis/DisplayNames.h"

namespace parallax {

ReportContext::ReportContext(const Analysis& a, const ReportOptions& o, FigureEmbedder embedder)
    : analysis(a)
    , options(o)
    , analysedAt(o.analysedAt.isValid() ? o.analysedAt : QDateTime::currentDateTime())
    , names(displayNames(a.corpus.documents))
    , families(syndicationFamilies(a))
    , embedFigure(std::move(embedder)) {
    if (o.verdicts) {
        verdicts = VerdictBook(*o.verdicts);
        verdicts.attach(a.claims, a.reuse.pairs, a.corpus.documents);
    }
}

} // namespace parallax
