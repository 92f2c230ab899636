#include "app/views/view_governance.h"

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <utility>
#include <vector>

#include "app/fields.h"
#include "app/list_editor.h"
#include "app/widgets.h"
#include "core/cached.h"
#include "imgui.h"

namespace aims::app {

namespace {

// The systems that get a RACI row, by the project's revision.
struct GovernanceState {
  Cached<std::uint64_t, std::vector<int>> raci_rows;
  RowHeights raci_heights;  // RACI rows differ in height (wrapped system names)
  // The RACI columns' minimum and unwrapped widths, by revision, language and font size.
  Cached<std::tuple<std::uint64_t, int, float>, std::pair<std::vector<float>, std::vector<float>>> raci_widths;
};


constexpr const char* kRoles[] = {"responsible", "accountable", "consulted", "informed"};

// What the board's columns need to show the longest name and function whole.
struct BoardWidths {
  float name, function, total;
};
BoardWidths board_widths(const App& app) {
  const ImGuiStyle& st = ImGui::GetStyle();
  const float pad = (st.FramePadding.x + st.CellPadding.x) * 2.0f;
  float name = ImGui::CalcTextSize(app.tr("gov.board.name")).x;
  float function = ImGui::CalcTextSize(app.tr("gov.board.function")).x;
  for (const OrderedJson& m : array_at(app, "/governance/board")) {
    if (!m.is_object()) continue;
    name = std::max(name, ImGui::CalcTextSize(item_str(m, "name").c_str()).x);
    function = std::max(function, ImGui::CalcTextSize(item_str(m, "function").c_str()).x);
  }
  const float remove = ImGui::CalcTextSize(app.tr("reg.remove")).x + pad;
  return {name + pad, function + pad, name + function + 2.0f * pad + remove};
}

// The board: one row per member (name, function) with a remove button; members have no ids.
// Name and function columns share the width in proportion to their longest entries.
void board(App& app) {
  heading(app, app.tr("gov.board"));
  muted(app, app.tr("gov.board_intro"));
  const OrderedJson& members = array_at(app, "/governance/board");
  int remove = -1;
  if (!members.empty() &&
      ImGui::BeginTable("##board", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH)) {
    const BoardWidths w = board_widths(app);
    ImGui::TableSetupColumn(app.tr("gov.board.name"), 0, w.name);
    ImGui::TableSetupColumn(app.tr("gov.board.function"), 0, w.function);
    ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    for (int i = 0; i < static_cast<int>(members.size()); ++i) {
      const std::string base = "/governance/board/" + std::to_string(i);
      const std::string tid = "gov.board." + std::to_string(i);
      ImGui::PushID(i);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      // Like the RACI cells, a name or function wider than its column wraps (large text).
      field_text(app, "gov.board.name", base + "/name", {.test_id = (tid + ".name").c_str(), .wrap = true, .hide_label = true});
      ImGui::TableNextColumn();
      field_text(app, "gov.board.function", base + "/function", {.test_id = (tid + ".function").c_str(), .wrap = true, .hide_label = true});
      ImGui::TableNextColumn();
      if (button(app.tr("reg.remove"), (tid + ".remove").c_str())) remove = i;
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (remove >= 0) app.ws.erase("/governance/board/" + std::to_string(remove), app.tr("reg.remove"));
  if (button(app.tr("gov.board.add"), "gov.board.add")) {
    app.ws.insert("/governance/board", array_at(app, "/governance/board").size(), {{"name", ""}, {"function", ""}},
                  app.tr("gov.board.add"));
  }
}

void officer(App& app) {
  heading(app, app.tr("gov.officer"));
  muted(app, app.tr("gov.officer_intro"));
  field_text(app, "gov.officer.name", "/governance/ai_officer/name", {.test_id = "gov.officer.name"});
  field_text(app, "gov.officer.email", "/governance/ai_officer/email", {.hint = "gov.officer.email_hint"});
  ImGui::Spacing();
  field_text(app, "gov.escalation", "/governance/escalation",
             {.hint = "gov.escalation_hint", .tooltip = "gov.escalation_tip", .multiline = true});
}

// One row per AI system; the cells edit /governance/raci/<system id>/<role>.
void raci(App& app) {
  heading(app, app.tr("gov.raci"));
  muted(app, app.tr("gov.raci_intro"));
  const OrderedJson& systems = array_at(app, "/systems");
  if (systems.empty()) {
    paragraph(app.tr("gov.raci_none"));
    return;
  }
  const char* headers[] = {app.tr("gov.raci.responsible"), app.tr("gov.raci.accountable"), app.tr("gov.raci.consulted"),
                           app.tr("gov.raci.informed")};
  // Column widths: no header word and no word of a system name is broken; the room left is
  // shared by weight (the entry fields get at least 8 em).
  auto& cached_w = app.state<GovernanceState>().raci_widths;
  const float em = ImGui::GetFontSize();
  auto& [min_w, natural_w] = cached_w.value();
  if (cached_w.stale({app.ws.editor().revision(), static_cast<int>(app.settings.lang), em})) {
    min_w.assign(5, 0.0f);
    natural_w.assign(5, 0.0f);
    ImGui::PushFont(app.fonts.bold);
    for (int c = 0; c < 5; ++c) {
      const char* h = c == 0 ? app.tr("gov.raci.system") : headers[c - 1];
      min_w[static_cast<std::size_t>(c)] = std::max(longest_word(h), c == 0 ? 0.0f : em * 8.0f);
      natural_w[static_cast<std::size_t>(c)] = std::max(ImGui::CalcTextSize(h).x, c == 0 ? 0.0f : em * 14.0f);
    }
    ImGui::PopFont();
    // An entry field wraps its names: it is at least as wide as the longest word in it (with
    // the field's padding and the room its text keeps for a scrollbar).
    const ImGuiStyle& st = ImGui::GetStyle();
    const float field_extra = st.FramePadding.x * 2.0f + st.ScrollbarSize + 2.0f;
    for (const auto& s : systems) {
      const std::string name = item_str(s, "name", item_str(s, "id").c_str());
      min_w[0] = std::max(min_w[0], longest_word(name));
      natural_w[0] = std::max(natural_w[0], ImGui::CalcTextSize(name.c_str()).x);
      const OrderedJson* raci = at(app, ptr_join("/governance/raci", item_str(s, "id")));
      if (!raci || !raci->is_object()) continue;
      for (int q = 0; q < 4; ++q) {
        const std::string v = item_str(*raci, kRoles[q]);
        const std::size_t c = static_cast<std::size_t>(q + 1);
        min_w[c] = std::max(min_w[c], longest_word(v) + field_extra);
        natural_w[c] = std::max(natural_w[c], ImGui::CalcTextSize(v.c_str()).x + field_extra);
      }
    }
  }
  float room = ImGui::GetContentRegionAvail().x;
  for (float m : min_w) room -= m + ImGui::GetStyle().CellPadding.x * 2.0f;
  const std::vector<float> col_w = fit_column_widths(min_w, natural_w, {1.1f, 1.0f, 1.0f, 1.0f, 1.0f}, room);
  if (ImGui::BeginTable("##raci", 5,
                        ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                            ImGuiTableFlags_BordersOuter)) {
    ImGui::TableSetupColumn(app.tr("gov.raci.system"), ImGuiTableColumnFlags_WidthFixed, col_w[0]);
    for (int c = 1; c < 5; ++c) ImGui::TableSetupColumn(headers[c - 1], ImGuiTableColumnFlags_WidthFixed, col_w[static_cast<std::size_t>(c)]);
    // Headers wrap (the German terms are long); the table is not sortable, so plain text will do.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < 5; ++c) {
      ImGui::TableSetColumnIndex(c);
      ImGui::PushFont(app.fonts.bold);
      ImGui::TextWrapped("%s", c == 0 ? app.tr("gov.raci.system") : headers[c - 1]);
      ImGui::PopFont();
    }
    // Only the rows in view are drawn (RowCuller: a wrapped system name makes a row higher).
    const std::vector<int>& rows = app.state<GovernanceState>().raci_rows.get(app.ws.editor().revision(), [&] {
      std::vector<int> out;  // systems with an id, in file order
      for (std::size_t r = 0; r < systems.size(); ++r) {
        if (!item_str(systems[r], "id").empty()) out.push_back(static_cast<int>(r));
      }
      return out;
    });
    RowCuller cull(app.state<GovernanceState>().raci_heights, static_cast<int>(app.settings.lang));
    for (int k = 0; k < static_cast<int>(rows.size()); ++k) {
      const std::size_t r = static_cast<std::size_t>(rows[static_cast<std::size_t>(k)]);
      const OrderedJson& s = systems[r];
      const std::string id = item_str(s, "id");
      if (!cull.row(row_key(id))) continue;
      ImGui::PushID(id.c_str());
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      ImGui::TextWrapped("%s", item_str(s, "name", id.c_str()).c_str());
      const std::string base = ptr_join("/governance/raci", id);
      for (int q = 0; q < 4; ++q) {
        ImGui::TableNextColumn();
        const std::string tid = "gov.raci." + std::to_string(r) + "." + kRoles[q];
        // Names and lists of names wrap within the cell: the row grows to show them whole.
        field_text(app, (std::string("gov.raci.") + kRoles[q]).c_str(), base + "/" + kRoles[q],
                   {.test_id = tid.c_str(), .wrap = true, .hide_label = true});
      }
      ImGui::PopID();
    }
    cull.end();
    ImGui::EndTable();
  }
}

// Incident reporting side by side (NIS2 when the organisation is an entity, AI Act Art. 73),
// next to the escalation path: which clock runs for which incident.
void incident_deadlines(App& app) {
  const Lang L = app.settings.lang;
  const Assessment& a = app.ws.assessment(L);
  heading(app, app.tr("gov.incidents"));
  muted(app, app.tr(a.existing.nis2_in_scope ? "gov.incidents_intro_nis2" : "gov.incidents_intro"));
  if (a.existing.incidents.empty()) return;
  if (ImGui::BeginTable("##incidents", 4, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    // Each column at least as wide as its header and its longest word (deadlines are bold).
    std::vector<float> min_w(4, 0.0f);
    for (const IncidentRule* r : a.existing.incidents) {
      min_w[0] = std::max(min_w[0], longest_word(r->ref.get(L)));
      min_w[2] = std::max(min_w[2], longest_word(r->what.get(L)));
      min_w[3] = std::max(min_w[3], longest_word(app.tr(("status." + r->status).c_str())));
    }
    ImGui::PushFont(app.fonts.bold);
    for (const IncidentRule* r : a.existing.incidents) min_w[1] = std::max(min_w[1], longest_word(r->deadline.get(L)));
    ImGui::PopFont();
    setup_fitted_columns({app.tr("rep.ex.provision"), app.tr("rep.ex.deadline"), app.tr("rep.ex.what"), app.tr("rep.ex.status")},
                         min_w, {1.2f, 0.8f, 3.0f, 1.4f}, ImGui::GetContentRegionAvail().x);
    ImGui::TableHeadersRow();
    for (const IncidentRule* r : a.existing.incidents) {
      ImGui::PushID(r->id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", r->ref.get(L).c_str());
      ImGui::TableNextColumn();
      ImGui::PushFont(app.fonts.bold);
      ImGui::TextWrapped("%s", r->deadline.get(L).c_str());
      ImGui::PopFont();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", r->what.get(L).c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", app.tr(("status." + r->status).c_str()));
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  publish_last_item("gov.incidents");
}

}  // namespace

void DrawGovernance(App& app) {
  title(app, app.tr("gov.title"));
  muted(app, app.tr("gov.intro"));
  ImGui::Spacing();
  // Board and officer side by side, or one below the other when the text is large or half the
  // width would cut the board's names and functions ("Dr. Johannes Wiedem…" at 1280x800).
  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail < ImGui::GetFontSize() * 50.0f ||
      avail * 0.5f - ImGui::GetStyle().ItemSpacing.x < board_widths(app).total) {
    board(app);
    ImGui::Spacing();
    officer(app);
  } else if (ImGui::BeginTable("##gov", 2, ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    board(app);
    next_form_column();
    officer(app);
    ImGui::EndTable();
  }
  ImGui::Spacing();
  incident_deadlines(app);
  ImGui::Spacing();
  raci(app);
}

}  // namespace aims::app
