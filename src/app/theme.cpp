#include "app/theme.h"

#include <cmath>

#include "app/colour.h"
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


void light_style(ImGuiStyle& s) {
  ImGui::StyleColorsLight(&s);
  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = rgb(0x1C2733);
  c[ImGuiCol_TextDisabled] = rgb(0x5B6878);
  c[ImGuiCol_WindowBg] = rgb(0xF4F6F9);
  c[ImGuiCol_ChildBg] = rgb(0xFFFFFF);
  c[ImGuiCol_PopupBg] = rgb(0xFFFFFF);
  c[ImGuiCol_Border] = rgb(0xD5DCE4);
  c[ImGuiCol_FrameBg] = rgb(0xFFFFFF);
  c[ImGuiCol_FrameBgHovered] = rgb(0xEAF1FA);
  c[ImGuiCol_FrameBgActive] = rgb(0xDCE8F6);
  c[ImGuiCol_TitleBg] = rgb(0xE6EBF1);
  c[ImGuiCol_TitleBgActive] = rgb(0xDCE3EB);
  c[ImGuiCol_MenuBarBg] = rgb(0xFFFFFF);
  c[ImGuiCol_Button] = rgb(0xFFFFFF);
  c[ImGuiCol_ButtonHovered] = rgb(0xEAF1FA);
  c[ImGuiCol_ButtonActive] = rgb(0xDCE8F6);
  c[ImGuiCol_Header] = rgb(0xE3ECF7);
  c[ImGuiCol_HeaderHovered] = rgb(0xD3E2F4);
  c[ImGuiCol_HeaderActive] = rgb(0xC3D7F0);
  c[ImGuiCol_CheckMark] = rgb(0x1F5FA8);
  c[ImGuiCol_SliderGrab] = rgb(0x1F5FA8);
  c[ImGuiCol_Separator] = rgb(0xD5DCE4);
  c[ImGuiCol_Tab] = rgb(0xE6EBF1);
  c[ImGuiCol_TabHovered] = rgb(0xD3E2F4);
  c[ImGuiCol_TabActive] = rgb(0xFFFFFF);
  c[ImGuiCol_TableHeaderBg] = rgb(0xEEF2F6);
  c[ImGuiCol_TableRowBgAlt] = rgb(0xF7F9FB);
  c[ImGuiCol_NavHighlight] = rgb(0xE08A00);
}

void dark_style(ImGuiStyle& s) {
  ImGui::StyleColorsDark(&s);
  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = rgb(0xE6EAF0);
  c[ImGuiCol_TextDisabled] = rgb(0x9AA6B4);
  c[ImGuiCol_WindowBg] = rgb(0x161B22);
  c[ImGuiCol_ChildBg] = rgb(0x1E252E);
  c[ImGuiCol_PopupBg] = rgb(0x1E252E);
  c[ImGuiCol_Border] = rgb(0x343E4A);
  c[ImGuiCol_FrameBg] = rgb(0x26303B);
  c[ImGuiCol_Button] = rgb(0x26303B);
  c[ImGuiCol_ButtonHovered] = rgb(0x303C4A);
  c[ImGuiCol_ButtonActive] = rgb(0x3A4858);
  c[ImGuiCol_Header] = rgb(0x2A3645);
  c[ImGuiCol_HeaderHovered] = rgb(0x34445A);
  c[ImGuiCol_HeaderActive] = rgb(0x3D516B);
  c[ImGuiCol_MenuBarBg] = rgb(0x1E252E);
  c[ImGuiCol_NavHighlight] = rgb(0xF0A020);
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
  float scale = std::round(dpr * app.settings.text_scale * 100.0f) / 100.0f;
  bool font_changed = std::fabs(scale - app.fonts.scale) > 0.001f;
  if (!font_changed && app.fonts.theme == static_cast<int>(app.settings.theme)) return false;

  ImGuiStyle style;
  if (app.settings.theme == Theme::dark) dark_style(style);
  else light_style(style);
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
  if (!app.fonts.body) app.fonts.body = io.Fonts->AddFontDefault();
  io.FontDefault = app.fonts.body;
  io.Fonts->Build();
  app.fonts.scale = scale;
  return true;
}

const Palette& palette(const App& app) {
  static const Palette light{0x1F5FA8, 0x5B6878, 0x2E7D32, 0xB26A00, 0xB3261E, 0x1F5FA8, 0xFFFFFF, 0xD5DCE4};
  static const Palette dark{0x5A9BE6, 0x9AA6B4, 0x66BB6A, 0xF0A020, 0xEF5350, 0x5A9BE6, 0x1E252E, 0x343E4A};
  return app.settings.theme == Theme::dark ? dark : light;
}

}  // namespace aims::app
