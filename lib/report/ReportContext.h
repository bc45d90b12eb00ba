#pragma once

#include "analysis/Analysis.h"
#include "report/Families.h"
#include "report/Figure.h"
#include "report/ReportOptions.h"
#include "verdicts/VerdictBook.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

namespace parallax {

// How a picture gets into the HTML: the PDF adds an image resource and returns an <img> naming
// it; the browser file returns inline SVG. `name` is unique within one report.
using FigureEmbedder = std::function<QString(const Figure& figure, const QString& name)>;

// What every section of the report reads: the analysis and what is derived from it once.
struct ReportContext {
    const Analysis& analysis;
    ReportOptions options;
    QDateTime analysedAt;
    std::vector<QString> names; // displayNames() of the documents
    Families families;
    FigureEmbedder embedFigure;
    VerdictBook verdicts; // options.verdicts attached to this analysis's claims and pairs

    ReportContext(const Analysis& analysis, const ReportOptions& options, FigureEmbedder embedder);
    const Document& doc(int index) const { return analysis.corpus.documents[size_t(index)]; }
    QString name(int index) const { return names[size_t(index)]; }
};

} // namespace parallax
