#pragma once

#include "analysis/Analysis.h"
#include "corpus/CorpusLoader.h"

#include <QString>

#include <atomic>
#include <functional>

namespace parallax {

// The stages in the order they run, for progress messages.
// In the order they run: the claims come before the rows because they anchor them (FactAnchors.h).
enum class Stage { Loading, Reuse, Claims, Alignment };

QString stageName(Stage stage); // "reading articles", "finding reuse": shown in the status bar

// How far to go. Documents: load only. Pairs: load and decide document pairs, without sentence
// matches or word diffs (corpus-scale runs). Full: everything: reuse with sentence matches, the
// N-way alignment and the claims.
enum class PipelineScope { Documents, Pairs, Full };

struct PipelineOptions {
    LoadOptions load;
    PipelineScope scope = PipelineScope::Full;
    unsigned threads = 0; // 0: one per core
};

// Called with the stage and (done, total) of its work, from any thread.
using PipelineProgress = std::function<void(Stage stage, qsizetype done, qsizetype total)>;

// Called on the calling thread after each stage with the analysis so far, so a window can show
// documents before reuse is known. Optional.
using PartialResult = std::function<void(Stage finished, const Analysis& soFar)>;

// Runs the stages on `folder`. Blocking; call it from a worker thread in an interactive program.
// Cancelling returns early with what was finished. A stage that throws (in any of its threads) never
// ends the program: the analysis comes back with `failure` set, the stages before it kept and the
// failed one and those after it empty. In the Documents and Pairs scopes documents come
// back with their tokens released (corpus/DocumentTokens.h) unless reuse compared them.
Analysis analyzeFolder(const QString& folder, const PipelineOptions& options, const std::atomic_bool& cancel,
                       const PipelineProgress& progress = {}, const PartialResult& partial = {});

// The same analysis with its alignment redone so that `reference` (a document index) leads the
// row order. Cheap next to analyzeFolder: reuse is not recomputed. When the alignment fails, the
// analysis comes back with `failure` set and its previous alignment.
Analysis realignAnalysis(const Analysis& analysis, int reference, const std::atomic_bool& cancel);

} // namespace parallax
