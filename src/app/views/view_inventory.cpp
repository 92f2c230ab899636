#include "app/views/view_inventory.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <tuple>
#include <vector>

#include "app/colour.h"
#include "app/fields.h"
#include "app/views.h"
#include "app/widgets.h"
#include "core/catalog.h"
#include "core/cached.h"
#include "core/classify.h"
#include "core/project_classes.h"
#include "imgui.h"

namespace aims::app {

unsigned int risk_colour(std::string_view rc) {
  if (rc == "prohibited") return 0x8E1B1B;
  if (rc == "high_risk") return 0xC2410C;
  if (rc == "limited_risk") return 0xA16207;
  if (rc == "minimal_risk") return 0x2E7D32;
  return 0x5B6878;
}

void risk_tag(App& app, std::string_view rc) {
  // A coloured dot plus the words: colour is never the only signal.
  unsigned int c = risk_colour(rc);
  ImVec2 p = ImGui::GetCursorScreenPos();
  float r = ImGui::GetFontSize() * 0.32f;
  ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + r, p.y + ImGui::GetTextLineHeight() * 0.5f), r,
                                              rgb_u32(c));
  ImGui::Dummy(ImVec2(r * 2.4f, ImGui::GetTextLineHeight()));
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  fitted_text(app.tr(("class." + std::string(rc)).c_str()));
}

// On hover over a class: the provisions behind it (article and title) and the date.
static void class_tooltip(App& app, const Classification& c) {
  if (!ImGui::IsItemHovered()) return;
  const Catalog* cat = ai_act_catalog();
  const Lang L = app.settings.lang;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
  ImGui::TextUnformatted(app.tr(("class." + std::string(c.risk_class)).c_str()));
  for (const auto* list : {&c.prohibited_practices, &c.high_risk_routes, &c.transparency}) {
    for (std::string_view id : *list) {
      const CatalogEntry* e = cat ? cat->find(id) : nullptr;
      if (e) {
        ImGui::BulletText("%s – %s", e->ref.get(L).c_str(), e->title.get(L).c_str());
        note_tooltip(e->ref.get(L) + " – " + e->title.get(L));
      }
    }
  }
  if (!c.applies_from.empty()) ImGui::TextDisabled("%s %s", app.tr("cls.applies_from"), std::string(c.applies_from).c_str());
  ImGui::TextDisabled("%s %s", app.tr("inv.legal_status"), std::string(c.legal_status_as_of).c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

namespace {

// The table's rows in display order and their roles as text.
struct InventoryRows {
  std::vector<int> order;
  std::vector<std::string> roles;  // by the system's place in /systems
};

struct InventoryState {
  std::string filter;  // the search text
  // Rebuilt when the classifications (project, language, date, organisation), the search
  // text, the sort column or its direction change.
  Cached<std::tuple<ClassesKey, std::string, int, int>, InventoryRows> rows;
};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return s;
}

std::string new_system_id(const OrderedJson& systems) {
  for (int n = static_cast<int>(systems.size()) + 1;; ++n) {
    std::string id = "system-" + std::to_string(n);
    bool used = false;
    for (const auto& s : systems) used = used || (s.contains("id") && s["id"] == id);
    if (!used) return id;
  }
}

}  // namespace

void DrawInventory(App& app) {
  const OrderedJson& doc = app.ws.doc();
  const OrderedJson empty = OrderedJson::array();
  const OrderedJson& systems = doc.contains("systems") && doc["systems"].is_array() ? doc["systems"] : empty;
  InventoryState& st = app.state<InventoryState>();
  title(app, app.tr("inv.title"));
  muted(app, app.tr("inv.intro"));
  ImGui::Spacing();

  if (primary_button(app, app.tr("inv.add"), "inv.add")) {
    std::string id = new_system_id(systems);
    app.ws.insert("/systems", systems.size(),
                  {{"id", id}, {"name", app.tr("inv.new_system")}, {"roles", {"deployer"}}, {"lifecycle", "planned"}},
                  app.tr("inv.add"));
    app.ui.selected_system = static_cast<int>(app.ws.doc()["systems"].size()) - 1;
  }
  ImGui::SameLine();
  const bool has_sel = app.ui.selected_system >= 0 && app.ui.selected_system < static_cast<int>(systems.size());
  ImGui::BeginDisabled(!has_sel);
  if (button(app.tr("common.duplicate"), "inv.duplicate") && has_sel) {
    OrderedJson copy = systems[static_cast<std::size_t>(app.ui.selected_system)];
    copy["id"] = new_system_id(systems);
    copy["name"] = copy.value("name", std::string()) + app.tr("common.copy_suffix");
    app.ws.insert("/systems", systems.size(), copy, app.tr("common.duplicate"));
    app.ui.selected_system = static_cast<int>(app.ws.doc()["systems"].size()) - 1;
  }
  ImGui::SameLine();
  if (button(app.tr("common.delete"), "inv.delete") && has_sel) {
    // One undo step: the system, its RACI row, and the risks' links to it (they become
    // organisation-wide), so no reference to a missing system is left behind.
    const OrderedJson& victim = systems[static_cast<std::size_t>(app.ui.selected_system)];
    const std::string id = victim.value("id", std::string());
    app.ws.begin_group(app.tr("common.delete"));
    const OrderedJson& d = app.ws.doc();
    if (d.contains("governance") && d["governance"].contains("raci") && d["governance"]["raci"].contains(id)) {
      app.ws.erase(ptr_join("/governance/raci", id), app.tr("common.delete"));
    }
    if (d.contains("risks") && d["risks"].is_array()) {
      for (std::size_t r = 0; r < d["risks"].size(); ++r) {
        const OrderedJson& risk = d["risks"][r];
        if (risk.contains("system") && risk["system"].is_string() && risk["system"] == id) {
          app.ws.set("/risks/" + std::to_string(r) + "/system", nullptr, app.tr("common.delete"));
        }
      }
    }
    app.ws.erase("/systems/" + std::to_string(app.ui.selected_system), app.tr("common.delete"));
    app.ws.end_group();
    app.ui.selected_system = -1;
  }
  ImGui::EndDisabled();
  same_line_if_fits(280.0f * app.fonts.scale);
  input_string("##filter", st.filter, app.tr("inv.search_hint"), false, 280.0f * app.fonts.scale);
  publish_last_item("inv.search");
  // Read after the buttons above: an add, duplicate or delete in this frame makes a new
  // revision, and the rows below must be built from its classification, not the one before.
  const ProjectClasses& classes = app.ws.classes(app.settings.lang);
  note_classes_drawn(app, "inventory", classes);

  const OrderedJson& sys = app.ws.doc().contains("systems") ? app.ws.doc()["systems"] : empty;
  const std::string needle = lower(st.filter);
  float table_h = std::max(ImGui::GetTextLineHeightWithSpacing() * 8.0f, ImGui::GetContentRegionAvail().y * 0.45f);
  if (ImGui::BeginTable("##systems", 5,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                            ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingStretchProp,
                        ImVec2(0, table_h))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(app.tr("inv.col.name"), ImGuiTableColumnFlags_DefaultSort, 3.0f);
    ImGui::TableSetupColumn(app.tr("inv.col.class"), 0, 1.6f);
    ImGui::TableSetupColumn(app.tr("inv.col.roles"), 0, 1.6f);
    ImGui::TableSetupColumn(app.tr("inv.col.owner"), 0, 1.4f);
    ImGui::TableSetupColumn(app.tr("inv.col.next_review"), 0, 1.1f);
    ImGui::TableHeadersRow();
    // Rows in display order (sorted by the clicked column), cached until something changes.
    ImGuiTableSortSpecs* spec = ImGui::TableGetSortSpecs();
    int col = spec && spec->SpecsCount > 0 ? spec->Specs[0].ColumnIndex : -1;
    int dir = spec && spec->SpecsCount > 0 ? static_cast<int>(spec->Specs[0].SortDirection) : 0;
    InventoryRows& rows = st.rows.value();
    if (st.rows.stale({classes.key, st.filter, col, dir}) || (spec && spec->SpecsDirty)) {
      if (spec) spec->SpecsDirty = false;
      std::vector<int>& order = rows.order;
      order.clear();
      rows.roles.assign(sys.size(), std::string());
      std::vector<std::string> keys(sys.size());
      for (int i = 0; i < static_cast<int>(sys.size()); ++i) {
        const auto& s = sys[static_cast<std::size_t>(i)];
        std::string roles;
        if (s.contains("roles") && s["roles"].is_array()) {
          for (const auto& role : s["roles"]) {
            if (!role.is_string()) continue;
            if (!roles.empty()) roles += ", ";
            roles += app.tr(("role." + role.get<std::string>()).c_str());
          }
        }
        rows.roles[static_cast<std::size_t>(i)] = roles;
        if (!needle.empty() && lower(s.value("name", "") + " " + s.value("owner", "") + " " + s.value("id", "")).find(needle) == std::string::npos) {
          continue;
        }
        switch (col) {
          case 1: {
            const Classification* c = classes.of_system(static_cast<std::size_t>(i));
            keys[static_cast<std::size_t>(i)] = std::to_string(c ? risk_class_rank(c->risk_class) : 9);
            break;
          }
          case 2: keys[static_cast<std::size_t>(i)] = roles; break;
          case 3: keys[static_cast<std::size_t>(i)] = lower(s.value("owner", "")); break;
          case 4: keys[static_cast<std::size_t>(i)] = s.contains("next_review") && s["next_review"].is_string() ? s["next_review"].get<std::string>() : "9999"; break;
          default: keys[static_cast<std::size_t>(i)] = lower(s.value("name", "")); break;
        }
        order.push_back(i);
      }
      if (col >= 0) {
        const bool desc = dir == static_cast<int>(ImGuiSortDirection_Descending);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
          return desc ? keys[static_cast<std::size_t>(b)] < keys[static_cast<std::size_t>(a)] : keys[static_cast<std::size_t>(a)] < keys[static_cast<std::size_t>(b)];
        });
      }
    }
    const std::vector<int>& order = rows.order;
    ImGuiListClipper clip;
    clip.Begin(static_cast<int>(order.size()));
    while (clip.Step()) {
      for (int r = clip.DisplayStart; r < clip.DisplayEnd; ++r) {
        int i = order[static_cast<std::size_t>(r)];
        const auto& s = sys[static_cast<std::size_t>(i)];
        ImGui::PushID(i);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        // The row's hit area spans all columns; the cells are drawn over it, one line each.
        const ImVec2 at = ImGui::GetCursorPos();
        if (ImGui::Selectable("##row", app.ui.selected_system == i,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap)) {
          app.ui.selected_system = i;
        }
        if (r < 50) publish_last_item(("inv.row." + std::to_string(r)).c_str());
        ImGui::SetCursorPos(at);
        fitted_text(s.value("name", s.value("id", std::string())));
        ImGui::TableNextColumn();
        if (const Classification* c = classes.of_system(static_cast<std::size_t>(i))) {
          risk_tag(app, c->risk_class);
          class_tooltip(app, *c);
        }
        ImGui::TableNextColumn();
        fitted_text(rows.roles[static_cast<std::size_t>(i)]);
        ImGui::TableNextColumn();
        fitted_text(s.value("owner", ""));
        ImGui::TableNextColumn();
        fitted_text(s.contains("next_review") && s["next_review"].is_string() ? s["next_review"].get<std::string>().c_str()
                                                                               : "–");
        ImGui::PopID();
      }
    }
    ImGui::EndTable();
  }

  if (app.ui.selected_system >= 0 && app.ui.selected_system < static_cast<int>(sys.size())) {
    const std::string base = "/systems/" + std::to_string(app.ui.selected_system);
    ImGui::Spacing();
    heading(app, app.tr("inv.details"));
    if (primary_button(app, app.tr("inv.classify"), "inv.classify")) app.ui.view = view_index("classify");
    if (ImGui::BeginTable("##sysform", 2, ImGuiTableFlags_SizingStretchSame)) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      field_text(app, "inv.col.name", base + "/name", {.test_id = "inv.name"});
      field_text(app, "inv.purpose", base + "/purpose", {.multiline = true});
      field_text(app, "inv.col.owner", base + "/owner", {.test_id = "inv.owner"});
      field_text(app, "inv.vendor", base + "/vendor");
      ImGui::TableNextColumn();
      field_multi(app, "inv.col.roles", base + "/roles",
                  {"provider", "deployer", "importer", "distributor", "authorised_representative", "product_manufacturer"},
                  "role");
      field_enum(app, "inv.lifecycle", base + "/lifecycle", {"planned", "development", "production", "retired"},
                 "inv.lifecycle");
      field_bool(app, "inv.personal_data", base + "/personal_data");
      field_bool(app, "inv.special_data", base + "/special_category_data");
      field_date(app, "inv.last_review", base + "/last_review");
      field_date(app, "inv.col.next_review", base + "/next_review");
      field_text(app, "inv.review_trigger", base + "/review_trigger");
      ImGui::EndTable();
    }
  }
}

}  // namespace aims::app
