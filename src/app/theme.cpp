#include "app/theme.h"

#include <algorithm>
#include <cmath>

#include "app/colour.h"
#include "app/theme_colours.h"
#include "core/assets.h"
#include "imgui.h"

namespace aims::assets {
extern const Entry aims_app_assets_table[];
}

namespace aims::app {
namespace {

// Glyphs the app draws: Latin-1, German quotes, dashes, euro, arrows, check marks.
const ImWchar kRanges[] = {
    0x0020, 0x017F,  // Basic Latin, Latin-1 and Latin Extended-A (Polish, Czech, Turkish names)
    0x2013, 0x2014, 0x2018, 0x201E, 0x2022, 0x2022, 0x2026, 0x2026, 0x2030, 0x2030,
    0x2039, 0x203A, 0x20AC, 0x20AC, 0x2122, 0x2122, 0x2190, 0x2193, 0x2212, 0x2212,
    0x2264, 0x2265, 0x2713, 0x2713, 0x2715, 0x2715, 0x25B2, 0x25B2, 0x25B6, 0x25B6,
    0x25BC, 0x25BC, 0x25CB, 0x25CB, 0x25CF, 0x25CF, 0,
};

ImFont* add_font(const char* path, float px) {
  std::string_view data = assets::find_in(assets::aims_app_assets_table, path);
  if (data.empty()) return nullptr;
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // embedded, static storage
  // Horizontal oversampling keeps small text crisp at fractional positions; from about 20
  // pixels on (headings, or any text at devicePixelRatio 2) glyphs are large enough without
  // it, and the atlas is half the size and built in half the time (first frame, #18).
  cfg.OversampleH = px < 20.0f ? 2 : 1;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = false;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(data.data()),
                                                     static_cast<int>(data.size()), px, &cfg,
                                                     kRanges);
}


void apply_colours(ImGuiStyle& s, const colours::Theme& t) {
  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = rgb(t.text);
  c[ImGuiCol_TextDisabled] = rgb(t.text_muted);
  c[ImGuiCol_WindowBg] = rgb(t.window_bg);
  c[ImGuiCol_ChildBg] = rgb(t.child_bg);
  c[ImGuiCol_PopupBg] = rgb(t.popup_bg);
  c[ImGuiCol_Border] = rgb(t.frame_border);  // fields and buttons: 3:1 against the panel
  c[ImGuiCol_FrameBg] = rgb(t.frame_bg);
  c[ImGuiCol_FrameBgHovered] = rgb(t.frame_hovered);
  c[ImGuiCol_FrameBgActive] = rgb(t.frame_active);
  c[ImGuiCol_TitleBg] = rgb(t.title_bg);
  c[ImGuiCol_TitleBgActive] = rgb(t.title_active);
  c[ImGuiCol_MenuBarBg] = rgb(t.menu_bg);
  c[ImGuiCol_Button] = rgb(t.button);
  c[ImGuiCol_ButtonHovered] = rgb(t.button_hovered);
  c[ImGuiCol_ButtonActive] = rgb(t.button_active);
  c[ImGuiCol_Header] = rgb(t.header);
  c[ImGuiCol_HeaderHovered] = rgb(t.header_hovered);
  c[ImGuiCol_HeaderActive] = rgb(t.header_active);
  c[ImGuiCol_CheckMark] = rgb(t.check_mark);
  c[ImGuiCol_SliderGrab] = rgb(t.slider_grab);
  c[ImGuiCol_SliderGrabActive] = rgb(t.slider_grab);
  c[ImGuiCol_Separator] = rgb(t.separator);
  c[ImGuiCol_Tab] = rgb(t.tab);
  c[ImGuiCol_TabHovered] = rgb(t.tab_hovered);
  c[ImGuiCol_TabActive] = rgb(t.tab_active);
  c[ImGuiCol_TableHeaderBg] = rgb(t.table_header);
  c[ImGuiCol_TableRowBgAlt] = rgb(t.row_alt);
  c[ImGuiCol_NavHighlight] = rgb(t.nav_highlight);
}

void base_metrics(ImGuiStyle& s) {
  s.WindowPadding = ImVec2(24, 20);
  s.FramePadding = ImVec2(10, 7);
  s.CellPadding = ImVec2(10, 6);
  s.ItemSpacing = ImVec2(12, 10);
  s.ItemInnerSpacing = ImVec2(8, 6);
  s.IndentSpacing = 22;
  s.ScrollbarSize = 16;
  s.GrabMinSize = 12;
  s.WindowRounding = 0;
  s.ChildRounding = 8;
  s.FrameRounding = 6;
  s.PopupRounding = 6;
  s.ScrollbarRounding = 8;
  s.GrabRounding = 6;
  s.TabRounding = 6;
  s.WindowBorderSize = 0;
  s.ChildBorderSize = 1;
  s.FrameBorderSize = 1;
  s.PopupBorderSize = 1;
  s.SelectableTextAlign = ImVec2(0.0f, 0.5f);
}

}  // namespace

bool apply_theme(App& app, float dpr) {
  // The chosen text size, up to 200 % at any window size (narrow windows fold the navigation).
  app.fonts.dpr = dpr;
  float scale = std::round(dpr * app.settings.text_scale * 100.0f) / 100.0f;
  bool font_changed = std::fabs(scale - app.fonts.scale) > 0.001f;
  if (!font_changed && app.fonts.theme == static_cast<int>(app.settings.theme)) return false;

  ImGuiStyle style;
  if (app.settings.theme == Theme::dark) ImGui::StyleColorsDark(&style);
  else ImGui::StyleColorsLight(&style);
  apply_colours(style, colours::theme(app.settings.theme == Theme::dark));
  base_metrics(style);
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
  app.fonts.theme = static_cast<int>(app.settings.theme);
  if (!font_changed) return false;

  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  app.fonts.body = add_font("fonts/Inter-Regular.ttf", 16.0f * scale);
  app.fonts.bold = add_font("fonts/Inter-SemiBold.ttf", 16.0f * scale);
  app.fonts.heading = add_font("fonts/Inter-SemiBold.ttf", 21.0f * scale);
  app.fonts.title = add_font("fonts/Inter-SemiBold.ttf", 30.0f * scale);
  // The fonts are compiled in (cmake/web.cmake); ImGui's own fallback font is not linked.
  IM_ASSERT(app.fonts.body && app.fonts.bold && app.fonts.heading && app.fonts.title);
  io.FontDefault = app.fonts.body;
  io.Fonts->Build();
  app.fonts.scale = scale;
  return true;
}

const colours::Theme& theme_colours(const App& app) { return colours::theme(app.settings.theme == Theme::dark); }

}  // namespace aims::app
