#pragma once

#include "analysis/Analysis.h"
#include "verdicts/VerdictSession.h"

#include <QJsonObject>

namespace parallax {

struct JsonOptions {
    // Each document's display text, sentences and boilerplate. Off for corpus-scale runs
    // (`--only pairs`), where only ids, metadata, counts and scores are wanted.
    bool includeText = true;
    // The user's verdicts and notes on this folder (lib/verdicts): when given, a `verdicts` array
    // lists each with the claim or pair it is attached to now. Absent when null.
    const VerdictSession* verdicts = nullptr;
};

// The analysis as the version-1 "parallax-analysis" JSON object documented in docs/cli.md.
// Offsets ("start", "end") are UTF-16 code units into the document's display text ("text").
QJsonObject analysisToJson(const Analysis& analysis, const JsonOptions& options = {});

} // namespace parallax
