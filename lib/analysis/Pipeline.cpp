#include "analysis/Pipeline.h"

#include "align/AlignDocuments.h"
#include "claims/FindClaims.h"
#include "reuse/CandidateSampler.h"
#include "reuse/FindReuse.h"

namespace parallax {

QString stageName(Stage stage) {
    switch (stage) {
    case Stage::Loading:
        return QStringLiteral("reading articles");
    case Stage::Reuse:
        return QStringLiteral("finding reuse");
    case Stage::Alignment:
        return QStringLiteral("aligning");
    case Stage::Claims:
        return QStringLiteral("comparing numbers");
    }
    return {};
}

Analysis analyzeFolder(const QString& folder, const PipelineOptions& options, const std::atomic_bool& cancel,
                       const PipelineProgress& progress, const PartialResult& partial) {
    auto reporter = [&](Stage stage) {
        return [&progress, stage](qsizetype done, qsizetype total) {
            if (progress)
                progress(stage, done, total);
        };
    };
    Analysis analysis;
    LoadOptions load = options.load;
    if (options.threads)
        load.threads = options.threads;
    // A documents-only run lists documents and never reads a token.
    if (options.scope == PipelineScope::Documents)
        load.keepTokens = false;
    // A pairs run may meet tens of thousands of articles and compares only a few closely: documents
    // are loaded without tokens, each leaves its candidate sample as it is built, and reuse restores
    // the tokens of those it compares.
    const bool pairsOnly = options.scope == PipelineScope::Pairs;
    CandidateSampler sampler;
    if (pairsOnly) {
        load.hashFiles = false;
        sampler.attachTo(load);
    }
    analysis.corpus = loadCorpus(folder, load, cancel, reporter(Stage::Loading));
    if (partial)
        partial(Stage::Loading, analysis);
    if (options.scope == PipelineScope::Documents || cancel || analysis.corpus.documents.size() < 2)
        return analysis;

    ReuseOptions reuse;
    reuse.pairsOnly = options.scope == PipelineScope::Pairs;
    reuse.threads = options.threads;
    if (pairsOnly) {
        analysis.reuse = findReuse(analysis.corpus.documents, sampler.samplesFor(analysis.corpus.documents),
                                   reuse, cancel, reporter(Stage::Reuse));
    } else {
        analysis.reuse = findReuse(analysis.corpus.documents, reuse, cancel, reporter(Stage::Reuse));
    }
    if (partial)
        partial(Stage::Reuse, analysis);
    if (options.scope != PipelineScope::Full || cancel)
        return analysis;

    AlignOptions align;
    align.threads = options.threads;
    analysis.alignment =
        alignDocuments(analysis.corpus.documents, analysis.reuse, align, cancel, reporter(Stage::Alignment));
    if (partial && !cancel)
        partial(Stage::Alignment, analysis);
    if (cancel)
        return analysis;
    analysis.claims = findClaims(analysis.corpus.documents, analysis.reuse, cancel, reporter(Stage::Claims));
    return analysis;
}

Analysis realignAnalysis(const Analysis& analysis, int reference, const std::atomic_bool& cancel) {
    Analysis out = analysis;
    AlignOptions align;
    align.reference = reference;
    out.alignment = alignDocuments(out.corpus.documents, out.reuse, align, cancel);
    return out;
}

} // namespace parallax
