#include "analysis/Pipeline.h"

#include "align/AlignDocuments.h"
#include "analysis/FactAnchors.h"
#include "claims/FindClaims.h"
#include "reuse/CandidateSampler.h"
#include "reuse/FindReuse.h"

#include <exception>
#include <new>

namespace parallax {
namespace {

// Runs one stage; an exception from it (parallelFor carries those of its workers back here) becomes
// the analysis's failure instead of leaving the program. False when the stage failed.
template <typename Run> bool runStage(Analysis& analysis, Stage stage, Run&& run) {
    QString reason;
    try {
        run();
        return true;
    } catch (const std::bad_alloc&) {
        reason = QStringLiteral("out of memory");
    } catch (const std::exception& e) {
        reason = QString::fromLocal8Bit(e.what());
    } catch (...) {
        reason = QStringLiteral("unknown error");
    }
    analysis.failure = QStringLiteral("the analysis failed while %1: %2").arg(stageName(stage), reason);
    return false;
}

} // namespace

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
    if (!runStage(analysis, Stage::Loading,
                  [&] { analysis.corpus = loadCorpus(folder, load, cancel, reporter(Stage::Loading)); }))
        return analysis;
    if (partial)
        partial(Stage::Loading, analysis);
    if (options.scope == PipelineScope::Documents || cancel || analysis.corpus.documents.size() < 2)
        return analysis;

    ReuseOptions reuse;
    reuse.pairsOnly = options.scope == PipelineScope::Pairs;
    reuse.threads = options.threads;
    const bool reused = runStage(analysis, Stage::Reuse, [&] {
        if (pairsOnly) {
            analysis.reuse =
                findReuse(analysis.corpus.documents, sampler.samplesFor(analysis.corpus.documents), reuse,
                          cancel, reporter(Stage::Reuse));
        } else {
            analysis.reuse = findReuse(analysis.corpus.documents, reuse, cancel, reporter(Stage::Reuse));
        }
    });
    if (!reused)
        return analysis;
    if (partial)
        partial(Stage::Reuse, analysis);
    if (options.scope != PipelineScope::Full || cancel)
        return analysis;

    // Claims before the rows: the sentences of one claim are anchors of the alignment, so that
    // independently written articles line up their facts (FactAnchors.h).
    if (!runStage(analysis, Stage::Claims, [&] {
            analysis.claims = findClaims(analysis.corpus.documents, analysis.reuse, cancel,
                                         reporter(Stage::Claims), &analysis.comparedSentences);
        }))
        return analysis;
    if (cancel)
        return analysis;
    if (partial)
        partial(Stage::Claims, analysis);
    AlignOptions align;
    align.threads = options.threads;
    align.factAnchors = factAnchors(analysis.claims, analysis.comparedSentences);
    // The last stage: the caller's final result follows at once, so no partial one (a window would
    // lay out the same rows twice).
    runStage(analysis, Stage::Alignment, [&] {
        analysis.alignment = alignDocuments(analysis.corpus.documents, analysis.reuse, align, cancel,
                                            reporter(Stage::Alignment));
    });
    return analysis;
}

Analysis realignAnalysis(const Analysis& analysis, int reference, const std::atomic_bool& cancel) {
    Analysis out = analysis;
    out.failure.clear();
    AlignOptions align;
    align.reference = reference;
    align.factAnchors = factAnchors(out.claims, out.comparedSentences);
    // On failure the previous alignment stays: the window keeps showing it, with the message.
    runStage(out, Stage::Alignment,
             [&] { out.alignment = alignDocuments(out.corpus.documents, out.reuse, align, cancel); });
    return out;
}

} // namespace parallax
