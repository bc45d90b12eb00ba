#pragma once

#include "analysis/Analysis.h"
#include "corpus/CorpusLoader.h"

#include <QString>

#include <atomic>
#include <functional>

namespace parallax {

// The stages in the order they run, for progress messages.
enum class Stage { Loading };

QString stageName(Stage stage); // "loading", shown in the status bar and in CLI progress

struct PipelineOptions {
    LoadOptions load;
};

using PipelineProgress = std::function<void(Stage stage, qsizetype done, qsizetype total)>;

// Runs every stage on `folder`. Blocking; call it from a worker thread in an interactive program.
// `progress` may be called from any thread. Cancelling returns early with what was finished.
Analysis analyzeFolder(const QString& folder, const PipelineOptions& options, const std::atomic_bool& cancel,
                       const PipelineProgress& progress = {});

} // namespace parallax
