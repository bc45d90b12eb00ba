#pragma once

#include "ClaimViews.h"

#include "analysis/Analysis.h"

namespace parallax::gui {

// The engine's claims in the window's shape, in the engine's order (conflicts first).
std::vector<ClaimView> claimViewsFromAnalysis(const Analysis& analysis);

} // namespace parallax::gui
