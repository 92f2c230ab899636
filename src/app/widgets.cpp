#include "app/widgets.h"

#include "app/theme.h"
#include "imgui.h"
#include "platform/platform.h"

namespace aims::app {

// TextWrapped wraps at the innermost PushTextWrapPos, or at the window edge when none is set.
void heading(const App& app, const char* text) {
  ImGui::PushFont(app.fonts.heading);
  ImGui::TextWrapped("%s", text);
  ImGui::PopFont();
}

void title(const App& app, const char* text) {
  ImGui::PushFont(app.fonts.title);
  ImGui::TextWrapped("%s", text);
  ImGui::PopFont();
}

void paragraph(const char* text) { ImGui::TextWrapped("%s", text); }

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

namespace aims::app {

void publish_last_item(const char* test_id) {
  if (!test_id) return;
  ImVec2 a = ImGui::GetItemRectMin();
  ImVec2 b = ImGui::GetItemRectMax();
  platform::publish_widget(test_id, a.x, a.y, b.x, b.y);
}

bool primary_button(const App& app, const char* label, const char* test_id) {
  const Palette& pal = palette(app);
  auto col = [](unsigned int hex, float k) {
    return ImVec4(k * static_cast<float>((hex >> 16) & 0xFF) / 255.0f, k * static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                  k * static_cast<float>(hex & 0xFF) / 255.0f, 1.0f);
  };
  ImGui::PushStyleColor(ImGuiCol_Button, col(pal.primary, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, col(pal.primary, 1.12f));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, col(pal.primary, 0.85f));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  ImGui::PushStyleColor(ImGuiCol_Border, col(pal.primary, 0.9f));
  bool pressed = ImGui::Button(label);
  ImGui::PopStyleColor(5);
  publish_last_item(test_id);
  return pressed;
}

bool button(const char* label, const char* test_id) {
  bool pressed = ImGui::Button(label);
  publish_last_item(test_id);
  return pressed;
}

}  // namespace aims::app

namespace aims::app {

namespace {
struct PanelFrame {
  ImVec2 start;
  float width;
};
ImVector<PanelFrame>& panel_stack() {
  static ImVector<PanelFrame> stack;  // UI nesting only, emptied every frame
  return stack;
}
ImU32 u32(unsigned int hex) {
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 255);
}
}  // namespace

void begin_panel(const App& app, float width) {
  (void)app;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImVec2 start = ImGui::GetCursorScreenPos();
  panel_stack().push_back({start, width});
  const ImGuiStyle& s = ImGui::GetStyle();
  ImGui::SetCursorScreenPos(ImVec2(start.x + s.WindowPadding.x, start.y + s.WindowPadding.y));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * s.WindowPadding.x);
}

void end_panel(const App& app) {
  const ImGuiStyle& s = ImGui::GetStyle();
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  PanelFrame f = panel_stack().back();
  panel_stack().pop_back();
  ImVec2 end = ImGui::GetItemRectMax();
  ImVec2 b(f.start.x + f.width, end.y + s.WindowPadding.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSetCurrent(0);
  const Palette& pal = palette(app);
  dl->AddRectFilled(f.start, b, u32(pal.card), s.ChildRounding);
  dl->AddRect(f.start, b, u32(pal.border), s.ChildRounding);
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(f.start.x, b.y));
  ImGui::Dummy(ImVec2(f.width, s.ItemSpacing.y));
}

void rule(float w) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y), ImVec2(p.x + w, p.y), ImGui::GetColorU32(ImGuiCol_Separator));
  ImGui::Dummy(ImVec2(w, 1));
}

}  // namespace aims::app
