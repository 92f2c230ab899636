#include "app/views/view_organisation.h"

#include <algorithm>
#include <string>
#include <vector>

#include "app/fields.h"
#include "app/widgets.h"
#include "core/compliance.h"
#include "imgui.h"

namespace aims::app {

namespace {

// A GDPR practice or NIS2 measure from the compliance catalog: its title as the label, its
// article and help (with the status) as the tooltip.
void practice_checkbox(App& app, const ComplianceItem& it, const std::string& ptr) {
  const Lang L = app.settings.lang;
  ImGui::PushID(ptr.c_str());
  const OrderedJson* v = at(app, ptr);
  bool b = v && v->is_boolean() && v->get<bool>();
  const std::string label = it.title.get(L) + " (" + it.ref.get(L) + ")";
  if (checkbox_wrapped(label.c_str(), &b)) app.ws.set(ptr, b, label);
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    const std::string tip = (it.help.empty() ? it.title.get(L) : it.help.get(L)) + "\n" + app.tr(("status." + it.status).c_str());
    ImGui::TextUnformatted(tip.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  publish_last_item(("org." + it.id).c_str());
  ImGui::PopID();
}

std::string new_system_id(const OrderedJson& systems, const std::string& base) {
  for (int n = 1;; ++n) {
    std::string id = n == 1 ? base : base + "-" + std::to_string(n);
    bool used = false;
    for (const auto& s : systems) used = used || (s.contains("id") && s["id"] == id);
    if (!used) return id;
  }
}

// The sector's typical AI systems (one click adds one to the inventory, pre-answered) and the
// questionnaire hints and rules that matter for it.
void sector_section(App& app, const Sector& sec) {
  const Lang L = app.settings.lang;
  heading(app, app.tr("org.sector_section"));
  muted(app, app.tr("org.sector_examples_intro"));
  const OrderedJson& doc = app.ws.doc();
  const OrderedJson empty = OrderedJson::array();
  const OrderedJson& systems = doc.contains("systems") && doc["systems"].is_array() ? doc["systems"] : empty;
  for (const SectorExample& e : sec.examples) {
    ImGui::PushID(e.id.c_str());
    bool added = false;
    for (const auto& s : systems) added = added || (s.is_object() && s.value("name", std::string()) == e.name.get(L));
    ImGui::BeginDisabled(added);
    if (button(app.tr(added ? "org.example_added" : "org.example_add"), ("org.example." + e.id).c_str())) {
      app.ws.insert("/systems", systems.size(), system_from_example(e, new_system_id(systems, e.id), L),
                    app.tr("org.example_add"));
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::PushFont(app.fonts.bold);
    paragraph(e.name.get(L).c_str());
    ImGui::PopFont();
    const std::string why = e.why.get(L) + " (" + app.tr(("status." + e.status).c_str()) + ")";
    muted(app, why.c_str());
    ImGui::EndGroup();
    ImGui::PopID();
  }
  if (!sec.hints.empty() || !sec.rules.empty()) {
    ImGui::Spacing();
    heading(app, app.tr("org.sector_rules"));
    for (const SectorNote& r : sec.rules) {
      const std::string line = r.ref.get(L) + ": " + r.text.get(L) + " (" + app.tr(("status." + r.status).c_str()) + ")";
      bullet_paragraph(line.c_str());
    }
    for (const SectorNote& h : sec.hints) {
      const std::string line = h.text.get(L) + " (" + app.tr(("status." + h.status).c_str()) + ")";
      bullet_paragraph(line.c_str());
    }
  }
}

// The width a form column needs so that no word of these labels is broken: the widest word,
// after a checkbox's box (the room a checkbox label has).
float column_need(const std::vector<std::string>& labels) {
  float widest = 0.0f;
  for (const std::string& l : labels) widest = std::max(widest, longest_word(l));
  const ImGuiStyle& st = ImGui::GetStyle();
  return widest + ImGui::GetFrameHeight() + st.ItemInnerSpacing.x + st.CellPadding.x * 2.0f;
}

}  // namespace

void DrawOrganisation(App& app) {
  const Lang L = app.settings.lang;
  title(app, app.tr("org.title"));
  muted(app, app.tr("org.intro"));
  ImGui::Spacing();
  // Two columns side by side while every label's longest word fits half the width (large text
  // on a small window stacks them).
  std::vector<std::string> labels;
  for (const char* k : {"org.project_name", "org.name", "org.sector", "org.employees", "org.turnover", "org.sme",
                        "org.small_midcap", "org.legal_entities", "org.sites", "org.management_systems",
                        "org.other_certificates", "org.compliance_team", "org.ai_know_how", "org.certification_goal",
                        "org.certification_target", "org.people_available"}) {
    labels.emplace_back(app.tr(k));
  }
  if (ImGui::BeginTable("##org", fitting_columns(2, column_need(labels)), ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX)) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    field_text(app, "org.project_name", "/project/name", {.test_id = "org.project_name"});
    field_text(app, "org.name", "/organisation/name", {.test_id = "org.name"});
    field_enum(app, "org.sector", "/organisation/sector",
               {"automotive", "medtech_health", "finance", "insurance", "it_software", "production_logistics",
                "public_sector", "critical_infrastructure", "other"},
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
    field_text(app, "org.other_certificates", "/organisation/other_certificates", {.wrap = true});  // often a list
    field_bool(app, "org.compliance_team", "/organisation/compliance_team");
    field_enum(app, "org.ai_know_how", "/organisation/ai_know_how", {"none", "basic", "advanced"}, "org.ai_know_how");
    field_enum(app, "org.certification_goal", "/organisation/certification_goal", {"certify", "readiness", "none"},
               "org.goal");
    field_date(app, "org.certification_target", "/organisation/certification_target");
    field_number(app, "org.people_available", "/organisation/people_available", {.tooltip = "org.people_available_tip"});
    ImGui::EndTable();
  }

  // Existing compliance: GDPR practices and NIS2, carried over into the assessment.
  const ComplianceCatalog* comp = compliance_catalog();
  if (!comp) return;
  ImGui::Spacing();
  heading(app, app.tr("org.existing"));
  muted(app, app.tr("org.existing_intro"));
  labels.clear();
  for (const ComplianceItem& it : comp->gdpr) labels.push_back(it.title.get(L) + " (" + it.ref.get(L) + ")");
  for (const char* k : {"org.nis2", "org.nis2_measures"}) labels.emplace_back(app.tr(k));
  if (ImGui::BeginTable("##org_existing", fitting_columns(2, column_need(labels)), ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX)) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushFont(app.fonts.bold);
    paragraph(app.tr("org.gdpr"));
    ImGui::PopFont();
    for (const ComplianceItem& it : comp->gdpr) {
      practice_checkbox(app, it, it.field == "dpo" ? "/organisation/dpo" : "/organisation/gdpr/" + it.field);
    }
    ImGui::TableNextColumn();
    field_enum(app, "org.nis2", "/organisation/nis2", {"none", "important", "essential", "unsure"}, "org.nis2",
               {.test_id = "org.nis2"});
    const std::string help = comp->nis2_help.get(L) + " (" + app.tr(("status." + comp->nis2_help_status).c_str()) + ")";
    muted(app, help.c_str());
    const std::string entity = str_at(app, "/organisation/nis2");
    if (entity == "important" || entity == "essential" || entity == "unsure") {
      field_bool(app, "org.nis2_measures", "/organisation/nis2_measures",
                 {.tooltip = "org.nis2_measures_tip", .test_id = "org.nis2_measures"});
    }
    ImGui::EndTable();
  }
  if (const Sector* sec = comp->sector(str_at(app, "/organisation/sector"))) {
    ImGui::Spacing();
    sector_section(app, *sec);
  }
}

}  // namespace aims::app
