// Look and feel: the embedded Inter font at the right pixel size and a calm light (or dark)
// style, both scaled by devicePixelRatio x the user's text size.
#pragma once
#include "app/app.h"
#include "app/theme_colours.h"

namespace aims::app {

// Rebuilds fonts and style when the scale or theme changed. Returns true when the font
// atlas was rebuilt (the caller re-uploads the texture).
// The largest text size (1 = normal) a window this wide (CSS pixels) shows without cut text:
// 150 % below 1600 px, 200 % from there (the layout check tests both, tests/e2e/layout.test.js).
float text_scale_limit(float css_width);
bool apply_theme(App& app, float dpr);

// All colours of the theme in use (theme_colours.h), the semantic ones (ok, warn, danger, info)
// included.
const colours::Theme& theme_colours(const App& app);

}  // namespace aims::app
