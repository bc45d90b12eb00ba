#pragma once

#include <QString>

namespace parallax::gui {

// "system" (the platform's palette), "light" or "dark" (Fusion with a fixed palette, for desktops
// whose theme does not suit long reading). Applies to the whole application.
void applyTheme(const QString& theme);

} // namespace parallax::gui
