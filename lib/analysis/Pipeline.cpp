#include "analysis/Pipeline.h"

namespace parallax {

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Loading: return QStringLiteral("loading");
    }
    return {};
}

Analysis analyzeFolder(const QString& folder, const PipelineOptions& options, const std::atomic_bool& cancel,
                       const PipelineProgress& progress)
{
    Analysis analysis;
    analysis.corpus = loadCorpus(folder, options.load, cancel, [&](qsizetype done, qsizetype total) {
        if (progress)
            progress(Stage::Loading, done, total);
    });
    return analysis;
}

} // namespace parallax
