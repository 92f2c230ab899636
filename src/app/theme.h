// Look and feel: the embedded Inter font at the right pixel size and a calm light (or dark)
// style, both scaled by devicePixelRatio x the user's text size.
#pragma once
#include "app/app.h"
#include "app/theme_colours.h"

namespace aims::app {

// Rebuilds fonts and style when the scale or theme changed. Returns true when the font
// atlas was rebuilt (the caller re-uploads the texture).
bool apply_theme(App& app, float dpr);

// Semantic colours (risk classes, maturity) that keep their meaning in both themes.
struct Palette {
  unsigned int primary, text_muted, ok, warn, danger, info, card, border;
};
const Palette& palette(const App& app);
// All colours of the theme in use (theme_colours.h).
const colours::Theme& theme_colours(const App& app);

}  // namespace aims::app
