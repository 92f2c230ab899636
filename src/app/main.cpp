// The browser app: wires the platform seam to the shell (top bar) and the views.
#include <cstdio>

#include "app/app.h"
#include "app/theme.h"
#include "app/views.h"
#include "core/catalog.h"
#include "imgui.h"
#include "platform/platform.h"

namespace aims::app {
namespace {

void top_bar(App& app) {
  ImGuiStyle& s = ImGui::GetStyle();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(s.WindowPadding.x, s.FramePadding.y * 1.6f));
  ImGui::BeginChild("##topbar", ImVec2(0, ImGui::GetFrameHeight() + s.FramePadding.y * 3.2f), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
  ImGui::PushFont(app.fonts.heading);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(app.tr("app.name"));
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", app.tr("app.tagline"));

  // Right-aligned: language switch and settings.
  const char* en = app.tr("menu.lang.en");
  const char* de = app.tr("menu.lang.de");
  float bw = ImGui::CalcTextSize(en).x + ImGui::CalcTextSize(de).x + s.FramePadding.x * 4 + s.ItemSpacing.x;
  const char* settings = app.tr("menu.settings");
  float sw = ImGui::CalcTextSize(settings).x + s.FramePadding.x * 2;
  float x = ImGui::GetWindowContentRegionMax().x - bw - sw - s.ItemSpacing.x;
  ImGui::SameLine(x > ImGui::GetCursorPosX() ? x : 0.0f);
  for (Lang l : {Lang::en, Lang::de}) {
    bool active = app.settings.lang == l;
    if (!active) {
      ImGui::PushStyleColor(ImGuiCol_Button, s.Colors[ImGuiCol_FrameBg]);
      ImGui::PushStyleColor(ImGuiCol_Text, s.Colors[ImGuiCol_Text]);
    }
    ImGui::PushID(static_cast<int>(l));
    if (ImGui::Button(l == Lang::en ? en : de)) app.set_language(l);
    ImGui::PopID();
    if (!active) ImGui::PopStyleColor(2);
    ImGui::SameLine(0, l == Lang::en ? 0.0f : -1.0f);
  }
  ImGui::PushStyleColor(ImGuiCol_Button, s.Colors[ImGuiCol_FrameBg]);
  ImGui::PushStyleColor(ImGuiCol_Text, s.Colors[ImGuiCol_Text]);
  if (ImGui::Button(settings)) ImGui::OpenPopup("##settings");
  ImGui::PopStyleColor(2);
  if (ImGui::BeginPopup("##settings")) {
    ImGui::TextDisabled("%s", app.tr("settings.text_size"));
    struct Size { const char* key; float scale; };
    for (Size sz : {Size{"settings.text_size.normal", 1.0f}, Size{"settings.text_size.large", 1.25f},
                    Size{"settings.text_size.presentation", 1.5f}}) {
      if (ImGui::RadioButton(app.tr(sz.key), app.settings.text_scale == sz.scale)) app.settings.text_scale = sz.scale;
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", app.tr("settings.theme"));
    if (ImGui::RadioButton(app.tr("settings.theme.light"), app.settings.theme == Theme::light)) app.settings.theme = Theme::light;
    if (ImGui::RadioButton(app.tr("settings.theme.dark"), app.settings.theme == Theme::dark)) app.settings.theme = Theme::dark;
    ImGui::EndPopup();
  }
  ImGui::EndChild();
}

void draw(App& app, const platform::FrameInfo& fi) {
  ImGuiIO& io = ImGui::GetIO();
  (void)fi;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleVar();
  top_bar(app);
  ImGui::BeginChild("##content", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  const View* v = views();
  std::size_t idx = static_cast<std::size_t>(app.ui.view) < view_count() ? static_cast<std::size_t>(app.ui.view) : 0;
  ImGui::PushID(v[idx].id);
  v[idx].draw(app);
  ImGui::PopID();
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace
}  // namespace aims::app

int main() {
  using namespace aims;
  static app::App application;  // lives as long as the page
  application.set_language(lang_from_code(platform::preferred_language()));
  if (const auto* cat = ai_act_catalog()) application.legal_status_as_of = cat->legal_status_as_of;
  platform::Callbacks cb;
  cb.setup = [](const platform::FrameInfo& fi) {
    if (app::apply_theme(application, fi.dpr)) platform::reload_font_texture();
    std::printf("aims:ready\n");
  };
  cb.before_new_frame = [](const platform::FrameInfo& fi) {
    if (app::apply_theme(application, fi.dpr)) platform::reload_font_texture();
  };
  cb.frame = [](const platform::FrameInfo& fi) { app::draw(application, fi); };
  return platform::run(std::move(cb));
}
