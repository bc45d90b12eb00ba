#pragma once

#include "ClaimViews.h"
#include "PaneModel.h"

#include "analysis/Analysis.h"

#include <set>

namespace parallax::gui {

struct PaneOptions {
    std::set<int> hiddenDocuments; // document indices the user unticked
    bool showBoilerplate = false;  // captions, credits and metadata as greyed rows of their own
};

// Turns the engine's alignment, word diffs and claims into what the panes draw. Rows whose every
// shown cell is a gap are dropped (they belong to hidden articles). Without an alignment (a single
// article, or a run cancelled before it) each article's sentences are listed top to bottom.
// Numbers of `claims` are marked by their claim's state and carry the claim's index.
PaneModel buildPaneModel(const Analysis& analysis, const std::vector<ClaimView>& claims,
                         const PaneOptions& options);

} // namespace parallax::gui
