#include "app/views/view_inventory.h"

#include "app/a11y.h"

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
#include "core/profile.h"
#include "core/project_classes.h"
#include "imgui.h"
#include "imgui_internal.h"  // ImGuiTable: columns hidden when the width asks for it

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
  ImGui::TextUnformatted(app.tr(("class." + std::string(rc)).c_str()));  // wraps where the caller wraps
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

// Per column: the narrowest it may be (its longest word, its whole header; a date whole) and
// its unwrapped width, over all systems.
struct InventoryWidths {
  std::vector<float> min_w, natural_w;
};

struct InventoryState {
  std::string filter;  // the search text
  // Rebuilt when the classifications (project, language, date, organisation), the search
  // text, the sort column or its direction change.
  Cached<std::tuple<ClassesKey, std::string, int, int>, InventoryRows> rows;
  RowHeights heights;  // rows of wrapped text differ in height (RowCuller)
  Cached<std::tuple<ClassesKey, float>, InventoryWidths> widths;  // by project and font size
  std::vector<char> hidden;  // columns out of the table at the width last drawn
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
  if (app.ui.selected_system >= 0 && escape_closes_panel(app)) {
    refocus_on(app, "inv.row:" + std::to_string(app.ui.selected_system));
    app.ui.selected_system = -1;
  }
  title(app, app.tr("inv.title"));
  muted(app, app.tr("inv.intro"));
  ImGui::Spacing();

  if (primary_button(app, app.tr("inv.add"), "inv.add")) {
    std::string id = new_system_id(systems);
    app.ws.insert("/systems", systems.size(),
                  {{"id", id}, {"name", app.tr("inv.new_system")}, {"roles", {"deployer"}}, {"lifecycle", "planned"}},
                  app.tr("inv.add"));
    app.ui.selected_system = static_cast<int>(app.ws.doc()["systems"].size()) - 1;
    a11y::announce(app.tr("a11y.system_added"));
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
  // The table fills the screen; with a system selected, its form below gets the lower half.
  const bool form_below = app.ui.selected_system >= 0 && app.ui.selected_system < static_cast<int>(sys.size());
  float table_h = std::max(ImGui::GetTextLineHeightWithSpacing() * 8.0f,
                           ImGui::GetContentRegionAvail().y * (form_below ? 0.45f : 1.0f) - ImGui::GetStyle().ItemSpacing.y);
  // Column widths: text wraps within its column, never inside a word; the date never wraps.
  const float em = ImGui::GetFontSize();
  InventoryWidths& cw = st.widths.value();
  if (st.widths.stale({classes.key, em})) {
    const float arrow = em * 1.25f;  // a header's sort arrow
    const char* headers[] = {"inv.col.name", "inv.col.class", "inv.col.roles", "inv.col.owner", "inv.col.next_review"};
    cw.min_w.assign(5, 0.0f);
    cw.natural_w.assign(5, 0.0f);
    for (std::size_t c = 0; c < 5; ++c) cw.min_w[c] = cw.natural_w[c] = ImGui::CalcTextSize(app.tr(headers[c])).x + arrow;
    const float dot = em * 0.32f * 2.4f + ImGui::GetStyle().ItemInnerSpacing.x;  // risk_tag's dot
    for (const char* rc : {"prohibited", "high_risk", "limited_risk", "minimal_risk", "out_of_scope", "not_ai_system"}) {
      const char* label = app.tr((std::string("class.") + rc).c_str());
      cw.min_w[1] = std::max(cw.min_w[1], longest_word(label) + dot);
      cw.natural_w[1] = std::max(cw.natural_w[1], ImGui::CalcTextSize(label).x + dot);
    }
    cw.min_w[4] = cw.natural_w[4] = std::max(cw.min_w[4], ImGui::CalcTextSize("0000-00-00").x);
    for (const std::string& role : all_roles()) {
      const char* label = app.tr(("role." + role).c_str());
      cw.min_w[2] = std::max(cw.min_w[2], ImGui::CalcTextSize(label).x + ImGui::CalcTextSize(",").x);
      cw.natural_w[2] = std::max(cw.natural_w[2], ImGui::CalcTextSize(label).x * 2.0f);
    }
    for (const auto& s : sys) {
      for (std::size_t c : {std::size_t{0}, std::size_t{3}}) {
        const std::string t = c == 0 ? s.value("name", s.value("id", std::string())) : s.value("owner", "");
        cw.min_w[c] = std::max(cw.min_w[c], longest_word(t));
        cw.natural_w[c] = std::max(cw.natural_w[c], ImGui::CalcTextSize(t.c_str()).x);
      }
    }
  }
  std::vector<float> col_w;
  std::vector<char> hidden(5, 0);
  {
    // Columns that do not fit leave the table (their values are in the system's form): first
    // the next review date, then the roles.
    const ImGuiStyle& stl = ImGui::GetStyle();
    float room = ImGui::GetContentRegionAvail().x - stl.ScrollbarSize;
    for (float m : cw.min_w) room -= m + stl.CellPadding.x * 2.0f;
    for (std::size_t c : {std::size_t{4}, std::size_t{2}}) {
      if (room >= 0.0f) break;
      hidden[c] = 1;
      room += cw.min_w[c] + stl.CellPadding.x * 2.0f;
    }
    std::vector<float> weights = {3.0f, 1.2f, 1.2f, 1.4f, 0.0f};
    for (std::size_t c = 0; c < 5; ++c) weights[c] = hidden[c] ? 0.0f : weights[c];
    col_w = fit_column_widths(cw.min_w, cw.natural_w, weights, room);
  }
  if (ImGui::BeginTable("##systems", 5,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                            ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_Hideable,
                        ImVec2(0, table_h))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    // Fixed widths given every frame (a column that cannot be resized takes its given width).
    ImGui::TableSetupColumn(app.tr("inv.col.name"), ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthFixed, col_w[0]);
    ImGui::TableSetupColumn(app.tr("inv.col.class"), ImGuiTableColumnFlags_WidthFixed, col_w[1]);
    ImGui::TableSetupColumn(app.tr("inv.col.roles"), ImGuiTableColumnFlags_WidthFixed, col_w[2]);
    ImGui::TableSetupColumn(app.tr("inv.col.owner"), ImGuiTableColumnFlags_WidthFixed, col_w[3]);
    ImGui::TableSetupColumn(app.tr("inv.col.next_review"), ImGuiTableColumnFlags_WidthFixed, col_w[4]);
    // Shown or hidden as the width asks when that changes (in between, the header's context
    // menu lets the user show or hide columns).
    for (int c = 0; c < 5; ++c) {
      if (st.hidden.size() != hidden.size() || st.hidden[static_cast<std::size_t>(c)] != hidden[static_cast<std::size_t>(c)]) {
        ImGui::GetCurrentTable()->Columns[c].IsUserEnabledNextFrame = !hidden[static_cast<std::size_t>(c)];
      }
    }
    st.hidden = hidden;
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
    // The rows are a window of their own (ScrollY): text wraps at the edge of each cell there.
    ImGui::PushTextWrapPos(0.0f);
    const float row_h = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2.0f;
    RowCuller cull(st.heights, static_cast<int>(app.settings.lang), !app.ui.refocus.empty());
    for (int r = 0; r < static_cast<int>(order.size()); ++r) {
      int i = order[static_cast<std::size_t>(r)];
      const auto& s = sys[static_cast<std::size_t>(i)];
      const std::string key = s.value("id", std::to_string(i));
      if (!cull.row(row_key(key))) continue;
      ImGui::PushID(i);
      ImGui::TableNextColumn();
      // The row's hit area spans all columns and its height; the cells are drawn over it.
      const ImVec2 at = ImGui::GetCursorPos();
      auto h = st.heights.heights.find(row_key(key));
      const float sel_h = std::max(row_h, h != st.heights.heights.end() ? h->second : row_h) -
                          ImGui::GetStyle().CellPadding.y * 2.0f;
      if (ImGui::Selectable("##row", app.ui.selected_system == i,
                            ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap, ImVec2(0.0f, sel_h))) {
        app.ui.selected_system = i;
      }
      if (!app.ui.refocus.empty()) focus_if_asked(app, "inv.row:" + std::to_string(i));
      {  // a screen reader hears the system's name and its risk class
        std::string said = s.value("name", s.value("id", std::string()));
        if (const Classification* c = classes.of_system(static_cast<std::size_t>(i)))
          said += std::string(", ") + app.tr(("class." + std::string(c->risk_class)).c_str());
        a11y::describe_last(said, a11y::Role::row, app.ui.selected_system == i ? app.tr("a11y.state.selected") : "");
      }
      if (r < 50) publish_last_item(("inv.row." + std::to_string(r)).c_str());
      ImGui::SetCursorPos(at);
      ImGui::TextUnformatted(s.value("name", s.value("id", std::string())).c_str());
      ImGui::TableNextColumn();
      if (const Classification* c = classes.of_system(static_cast<std::size_t>(i))) {
        risk_tag(app, c->risk_class);
        class_tooltip(app, *c);
        if (r < 50) publish_last_item(("inv.class." + std::to_string(r)).c_str());
      }
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(rows.roles[static_cast<std::size_t>(i)].c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(s.value("owner", "").c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(s.contains("next_review") && s["next_review"].is_string() ? s["next_review"].get<std::string>().c_str()
                                                                                       : "–");
      ImGui::PopID();
    }
    cull.end();
    ImGui::PopTextWrapPos();
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
