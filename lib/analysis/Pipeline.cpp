#include "analysis/Pipeline.h"

#include "reuse/FindReuse.h"

namespace parallax {

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Loading: return QStringLiteral("reading articles");
    case Stage::Reuse: return QStringLiteral("finding reuse");
    }
    return {};
}

Analysis analyzeFolder(const QString& folder, const PipelineOptions& options, const std::atomic_bool& cancel,
                       const PipelineProgress& progress, const PartialResult& partial)
{
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
    analysis.corpus = loadCorpus(folder, load, cancel, reporter(Stage::Loading));
    if (partial)
        partial(Stage::Loading, analysis);
    if (options.scope == PipelineScope::Documents || cancel || analysis.corpus.documents.size() < 2)
        return analysis;

    ReuseOptions reuse;
    reuse.pairsOnly = options.scope == PipelineScope::Pairs;
    reuse.threads = options.threads;
    analysis.reuse = findReuse(analysis.corpus.documents, reuse, cancel, reporter(Stage::Reuse));
    if (partial)
        partial(Stage::Reuse, analysis);
    return analysis;
}

Analysis realignAnalysis(const Analysis& analysis, int reference, const std::atomic_bool& cancel)
{
    Analysis out = analysis;
    Q_UNUSED(reference);
    Q_UNUSED(cancel); // the alignment stage is wired in when it lands
    return out;
}

} // namespace parallax
