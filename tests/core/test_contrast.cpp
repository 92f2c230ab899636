// WCAG 2.1 AA contrast of every text/background pair the app draws, in the light and the dark
// theme (src/app/theme_colours.h): 4.5:1 for text, 3:1 for large text (headings) and for the
// focus indicator and the outlines that show where a field is (non-text contrast, 1.4.11).
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "app/theme_colours.h"

namespace {

double channel(unsigned int v) {
  const double c = static_cast<double>(v) / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(unsigned int rgb) {
  return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
}

double contrast(unsigned int a, unsigned int b) {
  double la = luminance(a), lb = luminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

struct Checker {
  const char* theme;
  int failures = 0;
  void need(const char* what, unsigned int fg, unsigned int bg, double min) {
    const double c = contrast(fg, bg);
    if (c + 1e-9 < min) {
      ++failures;
      char buf[160];
      std::snprintf(buf, sizeof buf, "%s theme: %s: #%06X on #%06X is %.2f:1, needs %.1f:1", theme, what, fg, bg, c, min);
      MESSAGE(buf);
    }
  }
};

void check_theme(Checker& k, const aims::app::colours::Theme& t) {
  constexpr double kText = 4.5, kLarge = 3.0, kUi = 3.0;
  const unsigned int text_bgs[] = {t.window_bg, t.child_bg, t.popup_bg, t.card, t.frame_bg, t.frame_hovered,
                                   t.frame_active, t.button, t.button_hovered, t.button_active, t.header,
                                   t.header_hovered, t.header_active, t.tab, t.tab_hovered, t.tab_active,
                                   t.title_bg, t.title_active, t.menu_bg, t.table_header, t.row_alt};
  for (unsigned int bg : text_bgs) k.need("text", t.text, bg, kText);
  // Muted text: hints, captions, table notes, chart axes; on panels, rows, fields and headers.
  const unsigned int muted_bgs[] = {t.window_bg, t.child_bg, t.popup_bg, t.card, t.frame_bg, t.row_alt,
                                    t.table_header, t.header};
  for (unsigned int bg : muted_bgs) k.need("muted text", t.text_muted, bg, kText);
  // Semantic colours written as text (links, notices, banners, errors, "today" in the timeline).
  const unsigned int page_bgs[] = {t.window_bg, t.child_bg, t.card, t.row_alt, t.popup_bg};
  const struct { const char* name; unsigned int c; } semantic[] = {
      {"primary text", t.primary}, {"ok text", t.ok}, {"warning text", t.warn}, {"danger text", t.danger},
      {"info text", t.info}};
  for (const auto& s : semantic)
    for (unsigned int bg : page_bgs) k.need(s.name, s.c, bg, kText);
  // The primary button: white text in all three states.
  k.need("primary button", 0xFFFFFF, t.primary_button, kText);
  k.need("primary button hovered", 0xFFFFFF, t.primary_button_hovered, kText);
  k.need("primary button pressed", 0xFFFFFF, t.primary_button_active, kText);
  // A selected maturity level: white digits on its colour.
  for (unsigned int m : t.maturity) k.need("maturity level", 0xFFFFFF, m, kText);
  // Headings are large text (21 px semibold and up) in the text colour: covered by kText above;
  // the large-text threshold applies to nothing weaker today, kept for completeness.
  k.need("heading", t.text, t.window_bg, kLarge);
  // Non-text: the keyboard focus frame and the outline of a field against the panel.
  for (unsigned int bg : {t.window_bg, t.child_bg, t.frame_bg}) k.need("focus frame", t.nav_highlight, bg, kUi);
  for (unsigned int bg : {t.child_bg, t.window_bg}) k.need("field outline", t.frame_border, bg, kUi);
  k.need("check mark", t.check_mark, t.frame_bg, kUi);
}

}  // namespace

TEST_CASE("contrast: the formula matches WCAG's known values") {
  CHECK(contrast(0x000000, 0xFFFFFF) == doctest::Approx(21.0));
  CHECK(contrast(0xFFFFFF, 0xFFFFFF) == doctest::Approx(1.0));
  CHECK(contrast(0x767676, 0xFFFFFF) == doctest::Approx(4.54).epsilon(0.01));  // the lightest AA grey on white
  CHECK(contrast(0x777777, 0xFFFFFF) < 4.5);
}

TEST_CASE("contrast: every text/background pair of the light theme meets WCAG AA") {
  Checker k{"light"};
  check_theme(k, aims::app::colours::kLight);
  CHECK(k.failures == 0);
}

TEST_CASE("contrast: every text/background pair of the dark theme meets WCAG AA") {
  Checker k{"dark"};
  check_theme(k, aims::app::colours::kDark);
  CHECK(k.failures == 0);
}

TEST_CASE("contrast: dark text on the heat map's fills") {
  using namespace aims::app::colours;
  for (unsigned int fill : kHeatFill) {
    CHECK(contrast(kHeatText, fill) >= 4.5);
    CHECK(contrast(kHeatText, heat_fill_empty(fill)) >= 4.5);
  }
  CHECK(mix(0x000000, 0xFFFFFF, 0.5) == 0x808080);
}
