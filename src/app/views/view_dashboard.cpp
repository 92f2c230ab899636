#include "app/views/view_dashboard.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <map>

#include "app/charts.h"
#include "app/views/view_inventory.h"
#include "app/widgets.h"
#include "core/dates.h"
#include "imgui.h"
#include "platform/platform.h"

namespace aims::app {

namespace {

void big_number(App& app, const char* text) {
  ImGui::PushFont(app.fonts.title);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

void progress(float frac, float width) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  float h = ImGui::GetTextLineHeight() * 0.7f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h), ImGui::GetColorU32(ImGuiCol_FrameBgHovered), h * 0.5f);
  dl->AddRectFilled(p, ImVec2(p.x + width * std::clamp(frac, 0.0f, 1.0f), p.y + h), IM_COL32(31, 95, 168, 255), h * 0.5f);
  ImGui::Dummy(ImVec2(width, h));
}

}  // namespace

void DrawDashboard(App& app) {
  const Lang L = app.settings.lang;
  const Assessment& a = app.ws.assessment(L);
  const auto& classes = app.ws.classifications();
  const float s = app.fonts.scale;
  title(app, app.tr("dash.title"));
  const float avail = ImGui::GetContentRegionAvail().x;
  const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  const bool wide = avail > 900 * s;
  const float col_w = wide ? (avail - gap) / 2.0f : avail;

  // Row 1: readiness | systems per class
  ImGui::BeginGroup();
  begin_panel(app, col_w);
  heading(app, app.tr("dash.readiness"));
  char buf[160];
  std::snprintf(buf, sizeof buf, "%d %%", a.readiness.percent);
  big_number(app, buf);
  publish_last_item("dash.readiness");
  progress(static_cast<float>(a.readiness.percent) / 100.0f, col_w - 2 * ImGui::GetStyle().WindowPadding.x);
  std::snprintf(buf, sizeof buf, app.tr("dash.months"), a.readiness.months_low, a.readiness.months_high);
  paragraph(buf);
  ImGui::PushFont(app.fonts.bold);
  paragraph(app.tr(("dash.approach." + a.advice.approach).c_str()));
  ImGui::PopFont();
  for (std::size_t i = 1; i < a.advice.reasons.size(); ++i) bullet_paragraph(a.advice.reasons[i].c_str());
  end_panel(app);
  ImGui::EndGroup();
  if (wide) ImGui::SameLine(0, gap);
  ImGui::BeginGroup();
  begin_panel(app, col_w);
  heading(app, app.tr("dash.systems"));
  // Systems per class, counted when the project changes.
  static const char* const kClasses[] = {"prohibited", "high_risk", "limited_risk", "minimal_risk", "out_of_scope", "not_ai_system"};
  if (app.ui.dash_count_rev != app.ws.editor().revision()) {
    app.ui.dash_count_rev = app.ws.editor().revision();
    app.ui.dash_counts.assign(std::size(kClasses), 0);
    for (const auto& c : classes) {
      for (std::size_t k = 0; k < std::size(kClasses); ++k) {
        if (c.risk_class == kClasses[k]) ++app.ui.dash_counts[k];
      }
    }
  }
  std::vector<Bar> bars;
  for (std::size_t k = 0; k < std::size(kClasses); ++k) {
    bars.push_back({app.tr((std::string("class.") + kClasses[k]).c_str()), static_cast<float>(app.ui.dash_counts[k]),
                    risk_colour(kClasses[k]), {}});
  }
  bar_chart("classes", bars, col_w - 2 * ImGui::GetStyle().WindowPadding.x);
  std::snprintf(buf, sizeof buf, app.tr("dash.systems_total"), classes.size());
  muted(app, buf);
  end_panel(app);
  ImGui::EndGroup();

  // Row 2: deadlines timeline (full width)
  begin_panel(app, avail);
  heading(app, app.tr("dash.deadlines"));
  // Deadline marks, rebuilt only when the project or the language changes.
  std::vector<TimelineMark>& marks = app.ui.dash_marks;
  if (app.ui.dash_rev != app.ws.editor().revision() || app.ui.dash_lang != static_cast<int>(L)) {
    app.ui.dash_rev = app.ws.editor().revision();
    app.ui.dash_lang = static_cast<int>(L);
    // One pass over the deadlines: the mark's label (the articles, in the UI language) and its
    // tip (each obligation due that day with its article, title, role and number of systems).
    std::map<std::pair<std::string, std::string>, int> dl;  // (date, ref) -> systems
    std::map<std::string, std::map<std::string, int>> tips;  // date -> line -> systems
    const Catalog* cat = ai_act_catalog();
    for (const auto& c : classes) {
      for (const auto& d : c.deadlines) {
        const CatalogEntry* e = cat ? cat->find(d.obligation) : nullptr;
        const std::string ref = e ? e->ref.get(L) : std::string(d.ref);
        dl[{std::string(d.date), ref}]++;
        tips[std::string(d.date)][ref + " – " + (e ? e->title.get(L) : std::string(d.obligation)) + " (" +
                                  app.tr(("role." + std::string(d.role)).c_str()) + ")"]++;
      }
    }
    std::map<std::string, std::string> by_date;
    for (const auto& [k, n] : dl) {
      std::string& t = by_date[k.first];
      if (t.size() < 60) t += (t.empty() ? "" : ", ") + k.second;
      else if (t.back() != '.') t += " …";
    }
    marks.clear();
    for (const auto& [date, text] : by_date) {
      std::string tip = date;
      for (const auto& [line, n] : tips[date]) {
        tip += "\n• " + line + " – " + std::to_string(n) + " " + app.tr(n == 1 ? "dash.system_one" : "dash.system_many");
      }
      marks.push_back({date, text, tip, 0xC2410C});
    }
  }
  std::string last = add_months(a.as_of, 12);
  for (const auto& m : marks) last = std::max(last, m.date);
  if (marks.empty()) muted(app, app.tr("dash.no_deadlines"));
  else {
    ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
    timeline("deadlines", a.as_of, add_months(last, 3), {}, marks, a.as_of, app.tr("dash.today"),
             avail - 2 * ImGui::GetStyle().WindowPadding.x);
  }
  end_panel(app);

  // Row 3: radar | gaps and blockers
  ImGui::BeginGroup();
  begin_panel(app, col_w);
  heading(app, app.tr("dash.maturity"));
  std::vector<RadarAxis> axes;
  for (const auto& g : a.clause_groups) axes.push_back({g.group->number + " " + g.group->title.get(L), static_cast<float>(g.score)});
  float size = std::min(col_w - 2 * ImGui::GetStyle().WindowPadding.x, 460.0f * s);
  radar_chart("radar", axes, size);
  end_panel(app);
  ImGui::EndGroup();
  if (wide) ImGui::SameLine(0, gap);
  ImGui::BeginGroup();
  begin_panel(app, col_w);
  heading(app, app.tr("dash.blockers"));
  if (a.readiness.blockers.empty()) muted(app, app.tr("dash.no_blockers"));
  for (const auto& b : a.readiness.blockers) {
    std::string line = b.title;
    for (const auto& r : b.blocker->requirements) line += (r == b.blocker->requirements.front() ? " (" : ", ") + r;
    line += ")";
    bullet_paragraph(line.c_str());
  }
  publish_last_item("dash.blockers");
  ImGui::Spacing();
  heading(app, app.tr("dash.top_gaps"));
  std::vector<const RequirementResult*> gaps;
  for (const auto* list : {&a.clauses, &a.controls}) {
    for (const auto& r : *list) {
      if (r.applicable && r.maturity < 3) gaps.push_back(&r);
    }
  }
  std::stable_sort(gaps.begin(), gaps.end(), [](const RequirementResult* x, const RequirementResult* y) { return x->maturity < y->maturity; });
  for (std::size_t i = 0; i < gaps.size() && i < 6; ++i) {
    std::snprintf(buf, sizeof buf, "%s %s – %s %d", gaps[i]->req->id.c_str(), gaps[i]->req->title.get(L).c_str(),
                  app.tr("gap.maturity"), gaps[i]->maturity);
    bullet_paragraph(buf);
  }
  end_panel(app);
  ImGui::EndGroup();
}

void DrawRoadmap(App& app) {
  const Lang L = app.settings.lang;
  const Assessment& a = app.ws.assessment(L);
  title(app, app.tr("road.title"));
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
  timeline("roadmap", a.roadmap_start, add_months(last, 1), spans, marks, a.as_of, app.tr("dash.today"), w);
  publish_last_item("road.timeline");
  ImGui::Spacing();
  for (const auto& ph : a.roadmap) {
    ImGui::PushID(ph.phase->id);
    std::snprintf(buf, sizeof buf, "%d. %s  (%s – %s, %zu %s)###phase", ph.phase->id, ph.title.c_str(), ph.start.c_str(), ph.end.c_str(),
                  ph.tasks.size(), app.tr("road.tasks"));
    // The header's label ends in "…" when the window is too narrow; the whole label on hover.
    const std::string full(buf, std::strstr(buf, "###") ? std::strstr(buf, "###") : buf + std::strlen(buf));
    const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() - ImGui::GetStyle().FramePadding.x * 4.0f;
    const std::string label = ellipsize(full.c_str(), room) + "###phase";
    const bool open = ImGui::CollapsingHeader(label.c_str(), ph.phase->id == 1 ? ImGuiTreeNodeFlags_DefaultOpen : 0);
    if (ImGui::IsItemHovered() && label.size() != full.size() + 8) ImGui::SetTooltip("%s", full.c_str());
    if (open) {
      if (ImGui::BeginTable("##tasks", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(app.tr("road.col.task"), ImGuiTableColumnFlags_WidthStretch, 4.0f);
        ImGui::TableSetupColumn(app.tr("road.col.owner"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(app.tr("road.col.due"), ImGuiTableColumnFlags_WidthFixed);
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
