#include "CommandAnalysis.h"

#include <atomic>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

namespace parallax::cli {

const Analysis* analyseForCommand(CliContext& context, const QString& folder, const PipelineOptions& options,
                                  ExitCode& failed) {
    const std::atomic_bool never{false};
    const Analysis* analysis = new Analysis(analyzeFolder(folder, options, never));
#if defined(__SANITIZE_ADDRESS__)
    // Never freed on purpose (CommandAnalysis.h); tell LeakSanitizer so, for this object alone,
    // rather than suppress every leak under this function.
    __lsan_ignore_object(analysis);
#endif
    const Corpus& corpus = analysis->corpus;
    failed = NothingToAnalyse;
    if (!corpus.error.isEmpty()) {
        context.error(corpus.error);
        return nullptr;
    }
    for (const SkippedFile& s : corpus.skipped)
        context.warning(QStringLiteral("%1: skipped: %2").arg(s.path, s.reason));
    for (const Document& d : corpus.documents)
        for (const QString& w : d.warnings)
            context.warning(QStringLiteral("%1: %2").arg(d.relativePath, w));
    if (!analysis->failure.isEmpty()) {
        context.error(analysis->failure);
        failed = InternalError;
        return nullptr;
    }
    if (corpus.documents.empty()) {
        context.error(QStringLiteral("%1: no readable article in this folder").arg(folder));
        return nullptr;
    }
    return analysis;
}

} // namespace parallax::cli
