#include "app/widgets.h"

#include "app/theme.h"
#include "imgui.h"

namespace aims::app {

void heading(const App& app, const char* text) {
  ImGui::PushFont(app.fonts.heading);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

void title(const App& app, const char* text) {
  ImGui::PushFont(app.fonts.title);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

void paragraph(const char* text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
}

void muted(const App& app, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  paragraph(text);
  ImGui::PopStyleColor();
  (void)app;
}

void bullet_paragraph(const char* text) {
  ImGui::Bullet();
  ImGui::SameLine();
  paragraph(text);
}

bool begin_card(const char* id, float height) {
  ImGuiStyle& s = ImGui::GetStyle();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(s.WindowPadding.x, s.WindowPadding.y));
  bool open = ImGui::BeginChild(id, ImVec2(0, height), true,
                                height <= 0.0f ? ImGuiWindowFlags_AlwaysUseWindowPadding
                                               : ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar();
  return open;
}

void end_card() { ImGui::EndChild(); }

}  // namespace aims::app
