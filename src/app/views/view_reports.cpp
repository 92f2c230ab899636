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

}  // namespace

std::pair<std::string, std::string> accessible_report(App& app) {
  if (!app.ws.is_open()) return {};
  const Lang L = app.settings.lang;
  const Assessment& a = app.ws.assessment(L);
  const ReportInput in{app.ws.doc(), a, *ai_act_catalog(), *iso_catalog(), L};
  const ReportFormat* f = find_report_format("html");
  return f ? std::pair{base_name(app) + "-report" + f->extension, f->render(in, "")} : std::pair<std::string, std::string>{};
}

void accessible_report_button(App& app) {
  if (button(app.tr("a11y.report_link"), "a11y.report")) {
    auto [name, html] = accessible_report(app);
    if (!html.empty()) platform::open_html(name, html);
  }
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(app.tr("a11y.report_hint"));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

// The download buttons come from the table of formats (core/report.h): the whole report in
// each document format, then one button per table of each per-table format.
void DrawReports(App& app) {
  const Lang L = app.settings.lang;
  title(app, app.tr("rep.title"));
  // The reports are made from the assessment and its classifications (the ones every screen shows).
  note_classes_drawn(app, "reports", *app.ws.assessment(L).classes);
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
    if (f.per_table || f.is_export) continue;
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
    if (!f.per_table || f.is_export) continue;
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
  // Exports for other tools (a spreadsheet program, a GRC server): one button each.
  begin_panel(app, w);
  report_row(app, "rep.export", "rep.export_desc");
  bool first_export = true;
  for (const ReportFormat& f : report_formats()) {
    if (!f.is_export) continue;
    const std::string id = std::string("rep.") + f.id;
    ImGui::PushID(id.c_str());
    const char* label = app.tr(id.c_str());
    if (!first_export) same_line_if_fits(ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f);
    first_export = false;
    if (button(label, id.c_str())) download(f, "", "");
    ImGui::PopID();
  }
  end_panel(app);
  begin_panel(app, w);
  report_row(app, "rep.json", "rep.json_desc");
  if (button(app.tr("nav.export"), "rep.json")) platform::download(app.ws.export_name(), "application/json", app.ws.export_text());
  end_panel(app);
}

}  // namespace aims::app
