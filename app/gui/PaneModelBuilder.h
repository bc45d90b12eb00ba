#pragma once

#include "ClaimViews.h"
#include "PaneModel.h"

#include "analysis/Analysis.h"

#include <set>
#include <utility>

namespace parallax::gui {

struct PaneOptions {
    std::set<int> hiddenDocuments; // document indices the user unticked
    bool showBoilerplate = false;  // captions, credits and metadata as greyed rows of their own
    // Runs of at least kFoldedRun rows where one article alone has text (no counterpart, no number
    // another article states) become one strip "Only in Reuters: 6 sentences", so independent
    // reports read as rows of comparable statements, not as stacked articles.
    bool foldLoneRuns = true;
    // Rows where one article alone has text, one after another, share a row where their articles
    // differ (each keeps its own order): the ledes of five independent reports side by side.
    bool packLoneRows = true;
    std::set<std::pair<int, int>> openFolds; // (document, first sentence) of runs the reader opened
};

inline constexpr int kFoldedRun = 3;

// Turns the engine's alignment, word diffs and claims into what the panes draw. Rows whose every
// shown cell is a gap are dropped (they belong to hidden articles). Without an alignment (a single
// article, or a run cancelled before it) each article's sentences are listed top to bottom.
// Numbers of `claims` are marked by their claim's state and carry the claim's index.
PaneModel buildPaneModel(const Analysis& analysis, const std::vector<ClaimView>& claims,
                         const PaneOptions& options);

} // namespace parallax::gui
