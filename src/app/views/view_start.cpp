#include "app/views/view_start.h"

#include <string>

#include "app/widgets.h"
#include "imgui.h"

namespace aims::app {

void DrawStart(App& app) {
  const float max_w = 900.0f * app.fonts.scale;
  float avail = ImGui::GetContentRegionAvail().x;
  float w = avail < max_w ? avail : max_w;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - w) * 0.5f);
  ImGui::Dummy(ImVec2(0, 4.0f * app.fonts.scale));
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - w) * 0.5f);
  begin_panel(app, w);
  title(app, app.tr("start.title"));
  ImGui::Spacing();
  paragraph(app.tr("start.intro"));
  ImGui::Spacing();
  ImGui::PushFont(app.fonts.bold);
  paragraph(app.tr("start.privacy"));
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, 8.0f * app.fonts.scale));
  heading(app, app.tr("start.steps.title"));
  for (const char* k : {"start.step1", "start.step2", "start.step3", "start.step4"}) bullet_paragraph(app.tr(k));
  ImGui::Dummy(ImVec2(0, 8.0f * app.fonts.scale));
  rule(w - 2 * ImGui::GetStyle().WindowPadding.x);
  std::string status = std::string(app.tr("start.legal_status")) + ": " + app.legal_status_as_of;
  muted(app, status.c_str());
  muted(app, app.tr("start.not_advice"));
  end_panel(app);
}

}  // namespace aims::app
