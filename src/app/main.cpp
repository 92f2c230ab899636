// The browser app: wires the platform seam to the shell (top bar) and the views.
#include <cstdio>

#include "app/app.h"
#include "app/theme.h"
#include "app/views.h"
#include "app/widgets.h"
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
  // Right-aligned: language switch and settings; the tagline only where it fits.
  const char* en = app.tr("menu.lang.en");
  const char* de = app.tr("menu.lang.de");
  const char* settings = app.tr("menu.settings");
  float right_w = ImGui::CalcTextSize(en).x + ImGui::CalcTextSize(de).x + ImGui::CalcTextSize(settings).x +
                  s.FramePadding.x * 6 + s.ItemSpacing.x * 2 + 2.0f;
  float x = ImGui::GetWindowContentRegionMax().x - right_w;
  ImGui::SameLine();
  const char* tagline = app.tr("app.tagline");
  if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(tagline).x + s.ItemSpacing.x * 2 < x) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tagline);
  }
  ImGui::SameLine(x > ImGui::GetCursorPosX() ? x : 0.0f);
  for (Lang l : {Lang::en, Lang::de}) {
    const bool active = app.settings.lang == l;
    const char* label = l == Lang::en ? en : de;
    const char* id = l == Lang::en ? "lang.en" : "lang.de";
    ImGui::PushID(static_cast<int>(l));
    if (active ? primary_button(app, label, id) : button(label, id)) {
      app.set_language(l);
      app.save_settings();
    }
    ImGui::PopID();
    ImGui::SameLine(0, l == Lang::en ? 2.0f : -1.0f);
  }
  if (button(settings, "settings")) ImGui::OpenPopup("##settings");
  if (ImGui::BeginPopup("##settings")) {
    ImGui::TextDisabled("%s", app.tr("settings.text_size"));
    struct Size { const char* key; float scale; };
    for (Size sz : {Size{"settings.text_size.normal", 1.0f}, Size{"settings.text_size.large", 1.25f},
                    Size{"settings.text_size.presentation", 1.5f}}) {
      if (ImGui::RadioButton(app.tr(sz.key), app.settings.text_scale == sz.scale)) {
        app.settings.text_scale = sz.scale;
        app.save_settings();
      }
      publish_last_item(sz.key);
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", app.tr("settings.theme"));
    if (ImGui::RadioButton(app.tr("settings.theme.light"), app.settings.theme == Theme::light)) {
      app.settings.theme = Theme::light;
      app.save_settings();
    }
    publish_last_item("settings.theme.light");
    if (ImGui::RadioButton(app.tr("settings.theme.dark"), app.settings.theme == Theme::dark)) {
      app.settings.theme = Theme::dark;
      app.save_settings();
    }
    publish_last_item("settings.theme.dark");
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
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
  ImGui::BeginChild("##content", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleColor();
  const View* v = views();
  std::size_t idx = static_cast<std::size_t>(app.ui.view) < view_count() ? static_cast<std::size_t>(app.ui.view) : 0;
  ImGui::PushID(v[idx].id);
  v[idx].draw(app);
  ImGui::PopID();
  ImGui::EndChild();
  ImGui::End();
  // Publish the state for the browser tests only when it changed.
  std::string state = app.state_json();
  if (state != app.ui.published_state) {
    platform::publish_state(state);
    app.ui.published_state = std::move(state);
  }
}

}  // namespace
}  // namespace aims::app

int main() {
  using namespace aims;
  static app::App application;  // lives as long as the page
  application.load_settings(lang_from_code(platform::preferred_language()));
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
