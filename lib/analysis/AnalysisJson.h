#pragma once

#include "analysis/Analysis.h"

#include <QJsonObject>

namespace parallax {

struct JsonOptions {
    // Each document's display text, sentences and boilerplate. Off for corpus-scale runs
    // (`--only pairs`), where only ids, metadata, counts and scores are wanted.
    bool includeText = true;
};

// The analysis as the version-1 "parallax-analysis" JSON object documented in docs/cli.md.
// Offsets ("start", "end") are UTF-16 code units into the document's display text ("text").
QJsonObject analysisToJson(const Analysis& analysis, const JsonOptions& options = {});

} // namespace parallax
