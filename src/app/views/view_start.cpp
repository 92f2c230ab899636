#include "app/views/view_start.h"

#include <string>

#include "app/widgets.h"
#include "imgui.h"

namespace aims::app {

void DrawStart(App& app) {
  const float max_w = 880.0f * app.fonts.scale;
  float avail = ImGui::GetContentRegionAvail().x;
  float w = avail < max_w ? avail : max_w;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - w) * 0.5f);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
  ImGui::Dummy(ImVec2(w, 8.0f * app.fonts.scale));
  title(app, app.tr("start.title"));
  ImGui::Spacing();
  ImGui::TextWrapped("%s", app.tr("start.intro"));
  ImGui::Spacing();
  ImGui::PushFont(app.fonts.bold);
  ImGui::TextWrapped("%s", app.tr("start.privacy"));
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, 12.0f * app.fonts.scale));
  heading(app, app.tr("start.steps.title"));
  for (const char* k : {"start.step1", "start.step2", "start.step3", "start.step4"}) {
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::TextWrapped("%s", app.tr(k));
  }
  ImGui::Dummy(ImVec2(0, 12.0f * app.fonts.scale));
  ImGui::Separator();
  std::string status = std::string(app.tr("start.legal_status")) + ": " + app.legal_status_as_of;
  ImGui::TextDisabled("%s", status.c_str());
  ImGui::TextDisabled("%s", app.tr("start.not_advice"));
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

}  // namespace aims::app
