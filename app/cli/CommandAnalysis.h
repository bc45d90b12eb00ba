#pragma once

// The analysis a command works on, with what went wrong said the same way by every command.

#include "CliContext.h"

#include "analysis/Pipeline.h"

namespace parallax::cli {

// Runs the pipeline on `folder`. Says the folder's error, warns of each skipped file and each
// article's decoding warnings, and says when no article could be read; returns null in those error
// cases with `failed` set to NothingToAnalyse. A stage that failed inside the engine (an exception in
// any of its threads, Analysis::failure) is said too and returns null with InternalError. The analysis is
// deliberately never freed: the process ends right after the command, the system reclaims it at once, and
// tearing down twenty thousand documents word by word costs a user almost half a second.
const Analysis* analyseForCommand(CliContext& context, const QString& folder, const PipelineOptions& options,
                                  ExitCode& failed);

} // namespace parallax::cli
