#include "app/views/view_reports.h"

#include <algorithm>
#include <cstdio>

#include "app/widgets.h"
#include "core/report.h"
#include "imgui.h"
#include "platform/platform.h"

namespace aims::app {

namespace {

std::string base_name(App& app) {
  std::string n = app.ws.export_name();  // "<name>-<date>.aims.json"
  const std::string ext = ".aims.json";
  if (n.size() > ext.size()) n = n.substr(0, n.size() - ext.size());
  return n;
}

void report_row(App& app, const char* title_key, const char* desc_key) {
  ImGui::PushFont(app.fonts.bold);
  paragraph(app.tr(title_key));
  ImGui::PopFont();
  muted(app, app.tr(desc_key));
}

std::string human(std::size_t b) {
  char buf[32];
  if (b >= 1024 * 1024) std::snprintf(buf, sizeof buf, "%.2f MB", static_cast<double>(b) / (1024.0 * 1024.0));
  else std::snprintf(buf, sizeof buf, "%.1f KB", static_cast<double>(b) / 1024.0);
  return buf;
}

}  // namespace

// The download buttons come from the table of formats (core/report.h): the whole report in
// each document format, then one button per table of each per-table format.
void DrawReports(App& app) {
  const Lang L = app.settings.lang;
  title(app, app.tr("rep.title"));
  muted(app, app.tr("rep.intro"));
  const float w = ImGui::GetContentRegionAvail().x;
  auto download = [&](const ReportFormat& f, const std::string& table, const std::string& suffix) {
    const Assessment& a = app.ws.assessment(L);
    const ReportInput in{app.ws.doc(), a, *ai_act_catalog(), *iso_catalog(), L};
    platform::download(base_name(app) + suffix + f.extension, f.mime, f.render(in, table));
  };
  begin_panel(app, w);
  report_row(app, "rep.full", "rep.full_desc");
  bool first = true;
  for (const ReportFormat& f : report_formats()) {
    if (f.per_table) continue;
    const std::string id = std::string("rep.") + f.id;
    if (!first) ImGui::SameLine();
    ImGui::PushID(id.c_str());
    const bool clicked = first ? primary_button(app, app.tr(id.c_str()), id.c_str()) : button(app.tr(id.c_str()), id.c_str());
    ImGui::PopID();
    first = false;
    if (clicked) download(f, "", "-report");
  }
  end_panel(app);
  begin_panel(app, w);
  report_row(app, "rep.tables", "rep.tables_desc");
  bool first_table = true;
  for (const ReportFormat& f : report_formats()) {
    if (!f.per_table) continue;
    for (const std::string& t : report_csv_tables()) {
      const std::string id = std::string("rep.") + f.id + "." + t;
      ImGui::PushID(id.c_str());
      const char* label = app.tr(id.c_str());
      if (!first_table) same_line_if_fits(ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f);
      first_table = false;
      if (button(label, id.c_str())) download(f, t, "-" + t);
      ImGui::PopID();
    }
  }
  end_panel(app);
  begin_panel(app, w);
  report_row(app, "rep.json", "rep.json_desc");
  if (button(app.tr("nav.export"), "rep.json")) platform::download(app.ws.export_name(), "application/json", app.ws.export_text());
  end_panel(app);
}

void DrawPrivacy(App& app) {
  if (!app.ws.is_open() && button(app.tr("priv.back"), "priv.back")) app.ui.view = 0;
  const float w = std::min(ImGui::GetContentRegionAvail().x, 1000.0f * app.fonts.scale);
  title(app, app.tr("priv.title"));
  begin_panel(app, w);
  paragraph(app.tr("priv.intro"));
  ImGui::Spacing();
  std::size_t projects = platform::storage_bytes("aims.project.") + platform::storage_bytes("aims.meta.");
  std::size_t trash = platform::storage_bytes("aims.trash.");
  std::size_t aside = platform::storage_bytes("aims.quarantine.");
  std::size_t other = platform::storage_bytes("aims.") - projects - trash - aside;
  auto list = app.ws.library().list();
  // Inside the panel: as wide as the panel, cells wrap at their own edge.
  if (ImGui::BeginTable("##where", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp,
                        ImVec2(w - 2.0f * ImGui::GetStyle().WindowPadding.x, 0.0f))) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TableSetupColumn(app.tr("priv.col.what"), 0, 2.5f);
    ImGui::TableSetupColumn(app.tr("priv.col.where"), 0, 2.0f);
    ImGui::TableSetupColumn(app.tr("priv.col.size"), 0, 0.8f);
    ImGui::TableHeadersRow();
    auto row = [&](const std::string& what, const char* where_key, std::size_t bytes) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", what.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", app.tr(where_key));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(human(bytes).c_str());
    };
    char buf[128];
    std::snprintf(buf, sizeof buf, app.tr("priv.projects"), list.size());
    row(buf, "priv.local_storage", projects);
    row(app.tr("priv.trash"), "priv.local_storage", trash);
    row(app.tr("priv.set_aside"), "priv.local_storage", aside);
    row(app.tr("priv.settings"), "priv.local_storage", other);
    row(app.tr("priv.app_files"), "priv.cache", 0);
    ImGui::PopTextWrapPos();
    ImGui::EndTable();
  }
  publish_last_item("priv.table");
  ImGui::Spacing();
  paragraph(app.tr("priv.nothing_sent"));
  muted(app, app.tr("priv.how_to_check"));
  ImGui::Spacing();
  if (primary_button(app, app.tr("priv.export_all"), "priv.export_all")) {
    // One JSON file with every stored project (each as it is stored).
    OrderedJson all = {{"format", "aims-backup"}, {"version", 1}, {"exported", platform::now_iso()}, {"projects", OrderedJson::array()}};
    for (const auto& p : list) {
      if (auto d = app.ws.library().open(p.id)) all["projects"].push_back(*d);
    }
    platform::download("aims-all-projects-" + platform::today() + ".json", "application/json", all.dump(2) + "\n");
  }
  ImGui::SameLine();
  if (button(app.tr("priv.delete_all"), "priv.delete_all")) ImGui::OpenPopup("##confirm_wipe");
  if (ImGui::BeginPopupModal("##confirm_wipe", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    heading(app, app.tr("priv.confirm_title"));
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
    paragraph(app.tr("priv.confirm_text"));
    ImGui::PopTextWrapPos();
    if (primary_button(app, app.tr("priv.confirm_yes"), "priv.confirm_yes")) {
      app.ws.close();
      for (const auto& k : platform::storage_keys("aims.")) platform::storage_remove(k);
      app.save_settings();  // keep the language and theme the user just used
      app.ui.message = app.tr("priv.deleted");
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button(app.tr("common.cancel"), "priv.confirm_no")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  end_panel(app);
}

}  // namespace aims::app
