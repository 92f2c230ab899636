#include "app/views/view_assessment.h"

#include "app/a11y.h"
#include "app/views/view_reports.h"

#include <algorithm>
#include <cstdio>
#include <functional>

#include "app/colour.h"
#include "app/theme.h"
#include "app/fields.h"
#include "app/widgets.h"
#include "core/iso.h"
#include "imgui.h"

namespace aims::app {

namespace {

struct AssessmentState {
  int group = 0;   // 0 all, 1 clauses, 2 controls
  int status = 0;  // 0 any, 1 not started, 2 in progress, 3 implemented
  bool only_gaps = false;
  std::string open;      // requirement whose details are open
  bool compact = false;  // maturity under the title (narrow window)
  RowHeights rows;       // the table's row heights (RowCuller)
};

ImVec4 maturity_colour(const App& app, int m) {
  return rgb(theme_colours(app).maturity[m < 0 ? 0 : m > 5 ? 5 : m]);
}

void maturity_picker(App& app, const std::string& id, int current, const std::string& source) {
  const IsoCatalog& iso = *iso_catalog();
  std::string ptr = "/iso/answers/" + id + "/maturity";
  for (int lvl = 0; lvl <= 5; ++lvl) {
    if (lvl) ImGui::SameLine(0, 2);
    bool on = current == lvl;
    ImGui::PushID(lvl);
    if (on) {
      ImVec4 col = maturity_colour(app, lvl);
      ImGui::PushStyleColor(ImGuiCol_Button, col);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, col);
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    char label[8];
    std::snprintf(label, sizeof label, "%d", lvl);
    if (ImGui::Button(label, ImVec2(ImGui::GetFrameHeight() * 1.1f, 0))) {
      app.ws.set(ptr, lvl, std::string(app.tr("gap.maturity")) + " " + id);
    }
    if (on) ImGui::PopStyleColor(3);
    publish_last_item(("gap." + id + ".m" + std::to_string(lvl)).c_str());
    if (ImGui::IsItemHovered() && static_cast<std::size_t>(lvl) < iso.maturity.size()) {
      ImGui::SetTooltip("%d – %s: %s", lvl, iso.maturity[static_cast<std::size_t>(lvl)].title.get(app.settings.lang).c_str(),
                        iso.maturity[static_cast<std::size_t>(lvl)].description.get(app.settings.lang).c_str());
    }
    ImGui::PopID();
  }
  if (source == "carried_over") {
    same_line_if_fits(ImGui::CalcTextSize(app.tr("gap.carried_over")).x);
    ImGui::TextDisabled("%s", app.tr("gap.carried_over"));
  }
}

bool passes_filter(const AssessmentState& st, const RequirementResult& r) {
  if (st.group != 0) {
    bool clause = r.req->kind == "clause";
    if (st.group == 1 && !clause) return false;
    if (st.group == 2 && clause) return false;
  }
  if (st.only_gaps && r.maturity >= 3) return false;
  if (st.status == 1 && r.status != "not_started") return false;
  if (st.status == 2 && r.status != "in_progress") return false;
  if (st.status == 3 && r.status != "implemented") return false;
  return true;
}

// One requirement: its row, and below it the details when opened. Rows out of view are left
// empty (RowCuller).
void requirement_row(App& app, RowCuller& cull, const RequirementResult& r) {
  AssessmentState& st = app.state<AssessmentState>();
  const Lang L = app.settings.lang;
  const std::string& id = r.req->id;
  const bool open = st.open == id;
  if (!cull.row(row_key(id))) {
    if (open) cull.row(row_key(id + "#details"));
    return;
  }
  const std::string base = "/iso/answers/" + id;
  ImGui::PushID(id.c_str());
  id_title_cells(app, id.c_str(), r.req->title.get(L).c_str());
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ImGui::TextUnformatted(r.req->question.get(L).c_str());
    ImGui::TextDisabled("%s", app.tr("gap.evidence_examples"));
    for (const auto& e : L == Lang::de ? r.req->evidence_de : r.req->evidence_en) ImGui::BulletText("%s", e.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  if (!r.applicable) ImGui::TextDisabled("%s", app.tr("gap.not_applicable"));
  // Narrow window: maturity and the details button under the title (columns 2 and 3 hidden).
  if (!st.compact) ImGui::TableNextColumn();
  maturity_picker(app, id, r.maturity, r.source);
  const char* more = open ? app.tr("gap.less") : app.tr("gap.more");
  if (st.compact) same_line_if_fits(ImGui::CalcTextSize(more).x + ImGui::GetStyle().FramePadding.x * 2.0f);
  else ImGui::TableNextColumn();
  if (ImGui::SmallButton(more)) st.open = open ? std::string() : id;
  publish_last_item(("gap." + id + ".more").c_str());
  if (!app.ui.refocus.empty()) focus_if_asked(app, "gap.more:" + id);
  if (st.compact) {
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
  }
  if (open && cull.row(row_key(id + "#details"))) {
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", r.req->question.get(L).c_str());
    field_enum(app, "gap.status", base + "/status", {"not_started", "in_progress", "implemented"}, "gap.status");
    field_text(app, "gap.notes", base + "/notes", {.test_id = ("gap." + id + ".notes").c_str(), .multiline = true});
    field_text(app, "gap.owner", base + "/owner");
    field_date(app, "gap.due", base + "/due");
    // Evidence references: text, links or paths (nothing is uploaded).
    ImGui::TextWrapped("%s", app.tr("gap.evidence"));  // long in German: wraps within the column
    const OrderedJson* ev = at(app, base + "/evidence");
    std::size_t n = ev && ev->is_array() ? ev->size() : 0;
    for (std::size_t i = 0; i < n; ++i) {
      ImGui::PushID(static_cast<int>(i));
      std::string pe = base + "/evidence/" + std::to_string(i);
      ImGui::SetNextItemWidth(110.0f * app.fonts.scale);
      field_enum(app, "gap.evidence_kind", pe + "/kind", {"text", "link", "path"}, "gap.evidence_kind",
                 {.width = 140.0f * app.fonts.scale});
      field_text(app, "gap.evidence_value", pe + "/value");
      if (ImGui::SmallButton(app.tr("common.delete"))) app.ws.erase(pe, app.tr("gap.evidence"));
      ImGui::PopID();
    }
    if (ImGui::SmallButton(app.tr("gap.add_evidence"))) {
      if (!ev) app.ws.set(base + "/evidence", OrderedJson::array({{{"kind", "link"}, {"value", ""}}}), app.tr("gap.evidence"));
      else app.ws.insert(base + "/evidence", n, {{"kind", "link"}, {"value", ""}}, app.tr("gap.evidence"));
    }
    publish_last_item(("gap." + id + ".add_evidence").c_str());
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
  }
  ImGui::PopID();
}

}  // namespace

void DrawAssessment(App& app) {
  AssessmentState& st = app.state<AssessmentState>();
  if (!st.open.empty() && escape_closes_panel(app)) {
    refocus_on(app, "gap.more:" + st.open);
    st.open.clear();
  }
  const Assessment& a = app.ws.assessment(app.settings.lang);
  note_classes_drawn(app, "assessment", *a.classes);
  title(app, app.tr("gap.title"));
  accessible_report_button(app);
  char buf[256];
  std::snprintf(buf, sizeof buf, app.tr("gap.summary"), a.readiness.percent, a.readiness.months_low, a.readiness.months_high);
  paragraph(buf);
  muted(app, app.tr("gap.intro"));
  // Filters
  // Each filter is wide enough for its longest option (the preview is not cut off).
  const auto combo_w = [&app](const char* const* options, int n) {
    float w = 0.0f;
    for (int i = 0; i < n; ++i) w = std::max(w, ImGui::CalcTextSize(options[i]).x);
    return std::max(200.0f * app.fonts.scale, w + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2.0f);
  };
  const char* groups[] = {app.tr("gap.filter.all"), app.tr("gap.filter.clauses"), app.tr("gap.filter.controls")};
  ImGui::SetNextItemWidth(combo_w(groups, 3));
  a11y::describe(ImGui::GetID("##group"), app.tr("a11y.filter"), a11y::Role::combo, groups[st.group]);
  ImGui::Combo("##group", &st.group, groups, 3);
  publish_last_item("gap.filter.group");
  const char* statuses[] = {app.tr("gap.filter.any_status"), app.tr("gap.status.not_started"), app.tr("gap.status.in_progress"),
                            app.tr("gap.status.implemented")};
  same_line_if_fits(combo_w(statuses, 4));
  ImGui::SetNextItemWidth(combo_w(statuses, 4));
  a11y::describe(ImGui::GetID("##status"), app.tr("a11y.filter"), a11y::Role::combo, statuses[st.status]);
  ImGui::Combo("##status", &st.status, statuses, 4);
  same_line_if_fits(toggle_width(app.tr("gap.filter.only_gaps")));
  ImGui::Checkbox(app.tr("gap.filter.only_gaps"), &st.only_gaps);
  publish_last_item("gap.filter.only_gaps");

  // Compact when the requirement column would get less than about 22 characters.
  const float id_w = id_column_width(app, app.tr("gap.col.id"));
  st.compact = ImGui::GetContentRegionAvail().x <
                       id_w + ImGui::GetFrameHeight() * 6.6f + ImGui::CalcTextSize(app.tr("gap.carried_over")).x +
                           ImGui::GetFontSize() * 18.0f;
  if (ImGui::BeginTable("##gap", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(app.tr("gap.col.id"), ImGuiTableColumnFlags_WidthFixed, id_w);
    ImGui::TableSetupColumn(app.tr("gap.col.requirement"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    const float maturity_w = ImGui::GetFrameHeight() * 1.1f * 6 + 12 + ImGui::CalcTextSize(app.tr("gap.carried_over")).x + 10;
    const float more_w = std::max(90.0f * app.fonts.scale,
                                  std::max(ImGui::CalcTextSize(app.tr("gap.more")).x, ImGui::CalcTextSize(app.tr("gap.less")).x) +
                                      ImGui::GetStyle().FramePadding.x * 2.0f + 4.0f);
    const ImGuiTableColumnFlags wide_only = st.compact ? ImGuiTableColumnFlags_Disabled : 0;
    ImGui::TableSetupColumn(app.tr("gap.col.maturity"), ImGuiTableColumnFlags_WidthFixed | wide_only, maturity_w);
    ImGui::TableSetupColumn("##more", ImGuiTableColumnFlags_WidthFixed | wide_only, more_w);
    ImGui::TableHeadersRow();
    std::string group;
    const IsoCatalog& iso = *iso_catalog();
    RowCuller cull(st.rows, static_cast<int>(app.settings.lang), !app.ui.refocus.empty());
    for (const auto* list : {&a.clauses, &a.controls}) {
      for (const auto& r : *list) {
        if (!passes_filter(st, r)) continue;
        if (r.req->group != group) {
          group = r.req->group;
          const IsoGroup* g = iso.group(group);
          int score = 0;
          for (const auto* gl : {&a.clause_groups, &a.control_groups}) {
            for (const auto& gs : *gl) {
              if (gs.group->id == group) score = gs.score;
            }
          }
          if (cull.row(row_key("group:" + group), ImGuiTableRowFlags_Headers)) {
            ImGui::TableNextColumn();
            ImGui::TableNextColumn();
            ImGui::PushFont(app.fonts.bold);
            ImGui::Text("%s %s – %d %%", g ? g->number.c_str() : "", g ? g->title.get(app.settings.lang).c_str() : group.c_str(), score);
            ImGui::PopFont();
            ImGui::TableNextColumn();
            ImGui::TableNextColumn();
          }
        }
        requirement_row(app, cull, r);
      }
    }
    cull.end();
    ImGui::EndTable();
  }
}

}  // namespace aims::app
