#include "app/views/view_roadmap.h"
#include "app/views/view_reports.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "app/colour.h"
#include "app/theme.h"
#include "app/charts.h"
#include "app/widgets.h"
#include "core/dates.h"
#include "imgui.h"

namespace aims::app {

void DrawRoadmap(App& app) {
  const Lang L = app.settings.lang;
  const Assessment& a = app.ws.assessment(L);
  note_classes_drawn(app, "roadmap", *a.classes);
  title(app, app.tr("road.title"));
  accessible_report_button(app);
  char buf[256];
  std::snprintf(buf, sizeof buf, app.tr("road.summary"), a.roadmap_start.c_str(), a.roadmap_end.c_str());
  paragraph(buf);
  std::vector<TimelineSpan> spans;
  static const unsigned int colours[] = {0x1F5FA8, 0x2A7A8C, 0x6A5ACD, 0xA16207, 0x2E7D32};
  for (std::size_t i = 0; i < a.roadmap.size(); ++i) {
    const auto& ph = a.roadmap[i];
    spans.push_back({ph.start, ph.end, std::to_string(ph.phase->id) + ". " + ph.title, colours[i % 5]});
  }
  std::vector<TimelineMark> marks;
  std::string last = a.roadmap_end;
  for (const auto& ph : a.roadmap) {
    for (const auto& t : ph.tasks) {
      if (!t.obligation.empty()) {
        bool dup = false;
        for (auto& m : marks) dup = dup || (m.date == t.due);
        if (!dup) {
          const CatalogEntry* e = ai_act_catalog() ? ai_act_catalog()->find(t.obligation) : nullptr;
          std::string tip = t.due + "\n" + (e ? e->ref.get(L) + " – " + e->title.get(L) : t.obligation);
          marks.push_back({t.due, app.tr("road.ai_act_deadline"), tip, 0xC2410C});
        }
        last = std::max(last, t.due);
      }
    }
  }
  marks.push_back({a.roadmap_end, app.tr("road.target"), std::string(), 0x2E7D32});
  float w = ImGui::GetContentRegionAvail().x;
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
  timeline("roadmap", a.roadmap_start, add_months(last, 1), spans, marks, a.as_of, app.tr("dash.today"), w, theme_colours(app).danger);
  publish_last_item("road.timeline");
  ImGui::Spacing();
  for (const auto& ph : a.roadmap) {
    ImGui::PushID(ph.phase->id);
    const char* tasks_word = app.tr(ph.tasks.size() == 1 ? "road.task" : "road.tasks");
    std::snprintf(buf, sizeof buf, "%s – %s, %zu %s", ph.start.c_str(), ph.end.c_str(), ph.tasks.size(), tasks_word);
    const std::string detail(buf);
    const std::string title = std::to_string(ph.phase->id) + ". " + ph.title;
    const std::string full = title + "  (" + detail + ")";
    // When the whole header does not fit (large text), the dates and the number of tasks go
    // on a line of their own below it; only a title wider than the window ends in "…".
    const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() - ImGui::GetStyle().FramePadding.x * 4.0f;
    const bool fits = ImGui::CalcTextSize(full.c_str()).x <= room;
    const std::string& head = fits ? full : title;
    const std::string below = fits ? std::string() : detail;
    const std::string shown = ellipsize(head.c_str(), room);
    const bool open = ImGui::CollapsingHeader((shown + "###phase").c_str(), ph.phase->id == 1 ? ImGuiTreeNodeFlags_DefaultOpen : 0);
    if (ImGui::IsItemHovered() && shown != head) ImGui::SetTooltip("%s", full.c_str());
    if (!below.empty()) muted(app, below.c_str());
    if (open) {
      if (ImGui::BeginTable("##tasks", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        // A date never wraps: the column is as wide as a date or its header, whichever is wider
        // (fitted to its content, a wrapped date made it narrower every frame: "2026 / -12-1 / 8").
        // Task and owner share the rest, each at least its header and longest word.
        const float due_w = std::max(ImGui::CalcTextSize("0000-00-00").x, ImGui::CalcTextSize(app.tr("road.col.due")).x) +
                            ImGui::GetFontSize() * 0.5f;
        float task_w = 0.0f, owner_w = 0.0f;
        for (const auto& t : ph.tasks) {
          task_w = std::max(task_w, longest_word(t.title));
          owner_w = std::max(owner_w, longest_word(t.owner));
        }
        setup_fitted_columns({app.tr("road.col.task"), app.tr("road.col.owner"), app.tr("road.col.due")},
                             {task_w, owner_w, due_w}, {4.0f, 1.2f, 0.0f}, ImGui::GetContentRegionAvail().x);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < ph.tasks.size(); ++i) {
          const auto& t = ph.tasks[i];
          ImGui::PushID(static_cast<int>(i));
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::TextWrapped("%s", t.title.c_str());
          if (t.after_target) ImGui::TextDisabled("%s", app.tr("road.after_target"));
          ImGui::TableNextColumn();
          ImGui::TextWrapped("%s", t.owner.empty() ? "–" : t.owner.c_str());
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(t.due.c_str());
          ImGui::PopID();
        }
        ImGui::EndTable();
      }
    }
    ImGui::PopID();
  }
}

}  // namespace aims::app
