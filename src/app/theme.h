// Look and feel: the embedded Inter font at the right pixel size and a calm light (or dark)
// style, both scaled by devicePixelRatio x the user's text size.
#pragma once
#include "app/app.h"
#include "app/theme_colours.h"

namespace aims::app {

// Rebuilds fonts and style when the scale or theme changed. Returns true when the font
// atlas was rebuilt (the caller re-uploads the texture).
bool apply_theme(App& app, float dpr);

// All colours of the theme in use (theme_colours.h), the semantic ones (ok, warn, danger, info)
// included.
const colours::Theme& theme_colours(const App& app);

}  // namespace aims::app
