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

void DrawReports(App& app) {
  const Lang L = app.settings.lang;
  title(app, app.tr("rep.title"));
  // The reports are made from the assessment and its classifications (the ones every screen shows).
  note_classes_drawn(app, "reports", *app.ws.assessment(L).classes);
  muted(app, app.tr("rep.intro"));
  const float w = ImGui::GetContentRegionAvail().x;
  begin_panel(app, w);
  report_row(app, "rep.full", "rep.full_desc");
  if (primary_button(app, app.tr("rep.html"), "rep.html")) {
    const Assessment& a = app.ws.assessment(L);
    platform::download(base_name(app) + "-report.html", "text/html;charset=utf-8",
                       report_html(app.ws.doc(), a, *ai_act_catalog(), *iso_catalog(), L));
  }
  ImGui::SameLine();
  if (button(app.tr("rep.md"), "rep.md")) {
    const Assessment& a = app.ws.assessment(L);
    platform::download(base_name(app) + "-report.md", "text/markdown;charset=utf-8",
                       report_markdown(app.ws.doc(), a, *ai_act_catalog(), *iso_catalog(), L));
  }
  end_panel(app);
  begin_panel(app, w);
  report_row(app, "rep.tables", "rep.tables_desc");
  bool first_csv = true;
  for (const std::string& t : report_csv_tables()) {
    ImGui::PushID(t.c_str());
    const char* csv_label = app.tr(("rep.csv." + t).c_str());
    if (!first_csv) same_line_if_fits(ImGui::CalcTextSize(csv_label).x + ImGui::GetStyle().FramePadding.x * 2.0f);
    first_csv = false;
    if (button(app.tr(("rep.csv." + t).c_str()), ("rep.csv." + t).c_str())) {
      const Assessment& a = app.ws.assessment(L);
      platform::download(base_name(app) + "-" + t + ".csv", "text/csv;charset=utf-8",
                         report_csv(app.ws.doc(), a, *ai_act_catalog(), *iso_catalog(), L, t));
    }
    ImGui::PopID();
  }
  end_panel(app);
  begin_panel(app, w);
  report_row(app, "rep.json", "rep.json_desc");
  if (button(app.tr("nav.export"), "rep.json")) platform::download(app.ws.export_name(), "application/json", app.ws.export_text());
  end_panel(app);
}

}  // namespace aims::app
