// Every colour the app draws text on or with, for the light and the dark theme, as 0xRRGGBB
// (opaque). theme.cpp builds the ImGui style from these, the views take their semantic colours
// from here, and tests/core/test_contrast.cpp checks every text/background pair the app draws
// against WCAG 2.1 AA. No ImGui include: the test links only the core.
#pragma once

namespace aims::app::colours {

struct Theme {
  // ImGui style colours
  unsigned int text, text_muted, window_bg, child_bg, popup_bg, border, frame_border;
  unsigned int frame_bg, frame_hovered, frame_active;
  unsigned int title_bg, title_active, menu_bg;
  unsigned int button, button_hovered, button_active;
  unsigned int header, header_hovered, header_active;
  unsigned int check_mark, slider_grab, separator;
  unsigned int tab, tab_hovered, tab_active;
  unsigned int table_header, row_alt, nav_highlight;
  // semantic colours (used as text and for marks): primary = links and the main button
  unsigned int primary, ok, warn, danger, info, card;
  // the primary button (white text): normal, hovered, pressed
  unsigned int primary_button, primary_button_hovered, primary_button_active;
  // a selected maturity level (0..5): white text on these
  unsigned int maturity[6];
};

inline constexpr Theme kLight{
    0x1C2733, 0x55616F, 0xF4F6F9, 0xFFFFFF, 0xFFFFFF, 0xD5DCE4, 0x7D8997,
    0xFFFFFF, 0xEAF1FA, 0xDCE8F6,
    0xE6EBF1, 0xDCE3EB, 0xFFFFFF,
    0xFFFFFF, 0xEAF1FA, 0xDCE8F6,
    0xE3ECF7, 0xD3E2F4, 0xC3D7F0,
    0x1F5FA8, 0x1F5FA8, 0xD5DCE4,
    0xE6EBF1, 0xD3E2F4, 0xFFFFFF,
    0xEEF2F6, 0xF7F9FB, 0xB86E00,
    0x1F5FA8, 0x2E7D32, 0x9A5B00, 0xB3261E, 0x1F5FA8, 0xFFFFFF,
    0x1F5FA8, 0x1A5291, 0x174A85,
    {0xB3261E, 0xB04708, 0x8A5A00, 0x2E7D32, 0x1F6B4D, 0x1A5E8C}};

inline constexpr Theme kDark{
    0xE6EAF0, 0xA3AEBB, 0x161B22, 0x1E252E, 0x1E252E, 0x343E4A, 0x6B7785,
    0x26303B, 0x303C4A, 0x3A4858,
    0x1E252E, 0x26303B, 0x1E252E,
    0x26303B, 0x303C4A, 0x3A4858,
    0x2A3645, 0x34445A, 0x3D516B,
    0x5A9BE6, 0x5A9BE6, 0x343E4A,
    0x26303B, 0x34445A, 0x1E252E,
    0x2A323D, 0x222A34, 0xF0A020,
    0x6AA8F0, 0x6CC070, 0xF0A020, 0xF47A72, 0x6AA8F0, 0x1E252E,
    0x1F5FA8, 0x1A5291, 0x174A85,
    {0xB3261E, 0xB04708, 0x8A5A00, 0x2E7D32, 0x1F6B4D, 0x1A5E8C}};

inline const Theme& theme(bool dark) { return dark ? kDark : kLight; }

// Dark text on the risk heat map's fills (the same in both themes): green, amber, orange, red,
// and grey for an empty band.
inline constexpr unsigned int kHeatText = 0x1C2733;
inline constexpr unsigned int kHeatFill[5] = {0xA5D6A7, 0xFFE082, 0xFFB74D, 0xEF9A9A, 0xE0E0E0};

// a mixed with b: t = 0 gives a, t = 1 gives b (per channel, rounded).
constexpr unsigned int mix(unsigned int a, unsigned int b, double t) {
  unsigned int out = 0;
  for (int shift = 16; shift >= 0; shift -= 8) {
    const double ca = (a >> shift) & 0xFF, cb = (b >> shift) & 0xFF;
    out |= static_cast<unsigned int>(ca + (cb - ca) * t + 0.5) << shift;
  }
  return out;
}
// A heat-map cell with no risk in it: its band's fill, paler.
constexpr unsigned int heat_fill_empty(unsigned int fill) { return mix(fill, 0xFFFFFF, 0.55); }

}  // namespace aims::app::colours
