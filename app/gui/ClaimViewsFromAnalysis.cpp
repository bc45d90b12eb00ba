#include "ClaimViewsFromAnalysis.h"

namespace parallax::gui {

std::vector<ClaimView> claimViewsFromAnalysis(const Analysis&)
{
    return {}; // the claims stage is wired in when it lands
}

} // namespace parallax::gui
