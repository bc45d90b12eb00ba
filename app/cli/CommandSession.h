#pragma once

// The user's verdicts and notes on a folder, for the commands that print them (analyze --json,
// report): the session the window saved for that folder, or the file given with --verdicts.

#include "CliContext.h"

#include "verdicts/VerdictSession.h"

#include <memory>

namespace parallax::cli {

// `explicitFile` empty: the folder's own session (verdicts/SessionLocation.h), or null when the
// folder has none. A session file that cannot be read is a warning and null (the analysis is still
// worth having); one given explicitly that cannot be read is an error and sets `failed`.
std::shared_ptr<const VerdictSession> sessionForCommand(CliContext& context, const QString& folder,
                                                        const QString& explicitFile, bool& failed);

} // namespace parallax::cli
