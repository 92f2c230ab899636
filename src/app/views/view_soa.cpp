#include "app/views/view_soa.h"
#include "app/views/view_reports.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "app/fields.h"
#include "app/widgets.h"
#include "core/cached.h"
#include "core/iso.h"
#include "imgui.h"

namespace aims::app {

namespace {

struct SoaState {
  RowHeights rows;  // the table's row heights (RowCuller)
  // The widest word of the controls' titles, by font size, language and number of rows.
  Cached<std::tuple<float, Lang, std::size_t>, float> title_word;
};

// Width of the widest word of the controls' titles in the body font, worked out again only
// when the language or the font size changes.
float longest_title_word(const std::vector<SoaRow>& rows, Lang lang) {
  float width = 0.0f;
  for (const SoaRow& row : rows) width = std::max(width, longest_word(row.control->title.get(lang)));
  return width;
}

}  // namespace

void DrawSoa(App& app) {
  const Assessment& a = app.ws.assessment(app.settings.lang);
  note_classes_drawn(app, "soa", *a.classes);
  const Lang L = app.settings.lang;
  title(app, app.tr("soa.title"));
  accessible_report_button(app);
  muted(app, app.tr("soa.intro"));
  // A word never breaks: "applicable" beside its checkbox fits on one line, and so does the
  // longest word of any control's title. When a column's share of the width is too narrow for
  // that (large text, narrow window), the column is given that width instead of a share.
  const float id_w = id_column_width(app, app.tr("gap.col.id"));
  const float pad = ImGui::GetStyle().CellPadding.x * 2.0f;
  const float rest = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize - id_w - 4.0f * pad;
  const float need_applicable =
      std::max(toggle_width(app.tr("soa.applicable")), ImGui::CalcTextSize(app.tr("soa.col.applicable")).x) + 2.0f;
  SoaState& st = app.state<SoaState>();
  const float need_control =
      st.title_word.get({ImGui::GetFontSize(), L, a.soa.size()}, [&] { return longest_title_word(a.soa, L); }) + 2.0f;
  // When the justification would get less than 18 characters' width beside four columns, the
  // control's number goes above its title in one column (large text, small window).
  const bool stacked = rest + id_w + pad - need_applicable - need_control < 18.0f * ImGui::GetFontSize();
  const bool fix_applicable = stacked || rest * 0.9f / 5.2f < need_applicable;
  const float stretch_rest = fix_applicable ? rest - need_applicable : rest;
  const bool fix_control = stacked || stretch_rest * 1.3f / (fix_applicable ? 4.3f : 5.2f) < need_control;
  if (ImGui::BeginTable("##soa", stacked ? 3 : 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    if (!stacked) ImGui::TableSetupColumn(app.tr("gap.col.id"), ImGuiTableColumnFlags_WidthFixed, id_w);
    if (fix_control) ImGui::TableSetupColumn(app.tr("soa.col.control"), ImGuiTableColumnFlags_WidthFixed, std::max(need_control, id_w));
    else ImGui::TableSetupColumn(app.tr("soa.col.control"), 0, 1.3f);
    if (fix_applicable) ImGui::TableSetupColumn(app.tr("soa.col.applicable"), ImGuiTableColumnFlags_WidthFixed, need_applicable);
    else ImGui::TableSetupColumn(app.tr("soa.col.applicable"), 0, 0.9f);
    ImGui::TableSetupColumn(app.tr("soa.col.justification"), 0, 3.0f);
    ImGui::TableHeadersRow();
    RowCuller cull(st.rows, static_cast<int>(L));
    for (const SoaRow& row : a.soa) {
      const std::string& id = row.control->id;
      if (!cull.row(row_key(id))) continue;  // out of view
      const std::string base = "/iso/soa/" + id;
      ImGui::PushID(id.c_str());
      if (stacked) {
        ImGui::TableNextColumn();
        ImGui::PushFont(app.fonts.bold);
        ImGui::TextUnformatted(id.c_str());
        ImGui::PopFont();
        paragraph(row.control->title.get(L).c_str());
      } else {
        id_title_cells(app, id.c_str(), row.control->title.get(L).c_str());
      }
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextDisabled("%s", app.tr(("soa.status." + row.status).c_str()));
      ImGui::PopTextWrapPos();
      ImGui::TableNextColumn();
      bool ap = row.applicable;
      if (checkbox_wrapped(app.tr("soa.applicable"), &ap)) {
        app.ws.begin_group(std::string(app.tr("soa.decide")) + " " + id);
        app.ws.set(base + "/applicable", ap, id);
        app.ws.set(base + "/decided", true, id);
        if (str_at(app, base + "/justification").empty()) {
          app.ws.set(base + "/justification", ap == row.suggested_applicable ? row.suggestion : std::string(), id);
        }
        app.ws.end_group();
      }
      publish_last_item(("soa." + id + ".applicable").c_str());
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextDisabled("%s", app.tr(("soa.source." + row.source).c_str()));
      ImGui::PopTextWrapPos();
      ImGui::TableNextColumn();
      if (row.decided) {
        field_text(app, "soa.justification", base + "/justification", {.test_id = ("soa." + id + ".justification").c_str(), .multiline = true});
        if (row.applicable != row.suggested_applicable || row.justification != row.suggestion) {
          ImGui::TextDisabled("%s", app.tr("soa.suggested"));
          paragraph(row.suggestion.c_str());
        }
        if (ImGui::SmallButton(app.tr("soa.back_to_suggestion"))) app.ws.erase(base, app.tr("soa.back_to_suggestion"));
      } else {
        paragraph(row.justification.c_str());
        if (ImGui::SmallButton(app.tr("soa.accept"))) {
          app.ws.set(base, {{"applicable", row.suggested_applicable}, {"justification", row.suggestion}, {"decided", true}},
                     std::string(app.tr("soa.accept")) + " " + id);
        }
        publish_last_item(("soa." + id + ".accept").c_str());
      }
      ImGui::PopID();
    }
    cull.end();
    ImGui::EndTable();
  }
}

}  // namespace aims::app
