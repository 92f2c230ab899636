#include "app/views/view_organisation.h"

#include "app/fields.h"
#include "app/widgets.h"
#include "imgui.h"

namespace aims::app {

void DrawOrganisation(App& app) {
  const float s = app.fonts.scale;
  title(app, app.tr("org.title"));
  muted(app, app.tr("org.intro"));
  ImGui::Spacing();
  float w = ImGui::GetContentRegionAvail().x;
  float col = (w - ImGui::GetStyle().ItemSpacing.x * 2) / 2.0f;
  if (ImGui::BeginTable("##org", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX)) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    field_text(app, "org.project_name", "/project/name", {.test_id = "org.project_name"});
    field_text(app, "org.name", "/organisation/name", {.test_id = "org.name"});
    field_enum(app, "org.sector", "/organisation/sector",
               {"automotive", "medtech_health", "finance", "insurance", "it_software", "production_logistics",
                "public_sector", "other"},
               "org.sector", {.test_id = "org.sector"});
    field_int(app, "org.employees", "/organisation/employees", 0, 10000000, {.test_id = "org.employees"});
    field_number(app, "org.turnover", "/organisation/turnover_eur", {.tooltip = "org.turnover_tip", .test_id = "org.turnover"});
    field_bool(app, "org.sme", "/organisation/sme", {.tooltip = "org.sme_tip", .test_id = "org.sme"});
    field_bool(app, "org.small_midcap", "/organisation/small_midcap", {.tooltip = "org.small_midcap_tip"});
    field_int(app, "org.legal_entities", "/organisation/legal_entities", 0, 100000);
    field_int(app, "org.sites", "/organisation/sites", 0, 100000);
    ImGui::TableNextColumn();
    field_multi(app, "org.management_systems", "/organisation/management_systems",
                {"iso27001", "iso9001", "tisax", "iso13485", "iso14001", "iso45001"}, "org.ms");
    field_text(app, "org.other_certificates", "/organisation/other_certificates");
    field_bool(app, "org.dpo", "/organisation/dpo");
    field_enum(app, "org.nis2", "/organisation/nis2", {"none", "important", "essential", "unsure"}, "org.nis2");
    field_bool(app, "org.compliance_team", "/organisation/compliance_team");
    field_enum(app, "org.ai_know_how", "/organisation/ai_know_how", {"none", "basic", "advanced"}, "org.ai_know_how");
    field_enum(app, "org.certification_goal", "/organisation/certification_goal", {"certify", "readiness", "none"},
               "org.goal");
    field_date(app, "org.certification_target", "/organisation/certification_target");
    field_number(app, "org.people_available", "/organisation/people_available", {.tooltip = "org.people_available_tip"});
    ImGui::EndTable();
  }
  (void)col;
  (void)s;
}

}  // namespace aims::app
