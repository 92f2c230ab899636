#include "app/views/view_legal.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "app/widgets.h"
#include "core/changes.h"
#include "core/legal_basis.h"
#include "imgui.h"
#include "platform/platform.h"

namespace aims::app {

namespace {

const Catalog& cat() { return *ai_act_catalog(); }

std::string status_text(const App& app, const std::string& status) {
  const std::string key = "status." + status;
  return std::string(app.tr(key.c_str()));
}

// One line of a change, in the interface language.
std::string change_line(const App& app, const ResultChange& c) {
  const std::string key = "legal.change." + c.what;
  std::string s = app.tr(key.c_str());
  auto value = [&](const std::string& v) -> std::string {
    if (v.empty()) return app.tr("legal.none");
    if (c.what == "risk_class") return app.tr(("class." + v).c_str());
    if (v == "true") return app.tr("legal.yes");
    if (v == "false") return app.tr("legal.no");
    return v;
  };
  s = fill_placeholders(s, {{"ref", c.ref.empty() ? c.entry : c.ref},
                            {"role", c.role.empty() ? std::string() : std::string(app.tr(("role." + c.role).c_str()))},
                            {"old", value(c.old_value)},
                            {"new", value(c.new_value)}});
  return s;
}

void sources_table(App& app, const LegalBasis& b, float w) {
  const Lang lang = app.strings.lang();
  if (!ImGui::BeginTable("##sources", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp,
                         ImVec2(w, 0.0f))) {
    return;
  }
  ImGui::PushTextWrapPos(0.0f);
  // No column narrower than its header or its longest word.
  std::vector<float> min_w(3, 0.0f);
  char buf[96];
  for (const SourceUse& u : b.sources) {
    min_w[0] = std::max({min_w[0], longest_word(u.source->title.get(lang)), longest_word(u.source->note.get(lang))});
    min_w[1] = std::max(min_w[1], longest_word(status_text(app, u.source->status)));
    std::snprintf(buf, sizeof buf, app.tr("legal.entries_n"), u.entries, u.milestones);
    min_w[2] = std::max(min_w[2], longest_word(buf));
  }
  setup_fitted_columns({app.tr("legal.col.source"), app.tr("legal.col.status"), app.tr("legal.col.entries")}, min_w,
                       {3.0f, 1.6f, 0.9f}, w);
  ImGui::TableHeadersRow();
  for (const SourceUse& u : b.sources) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", u.source->title.get(lang).c_str());
    if (!u.source->note.empty()) muted(app, u.source->note.get(lang).c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", status_text(app, u.source->status).c_str());
    ImGui::TableNextColumn();
    std::snprintf(buf, sizeof buf, app.tr("legal.entries_n"), u.entries, u.milestones);
    ImGui::TextWrapped("%s", buf);
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTable();
  publish_last_item("legal.sources");
}

void entry_list(App& app, const std::vector<const CatalogEntry*>& entries, const char* id, float w) {
  const Lang lang = app.strings.lang();
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp,
                         ImVec2(w, 0.0f))) {
    return;
  }
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TableSetupColumn(app.tr("legal.col.ref"), 0, 1.4f);
  ImGui::TableSetupColumn(app.tr("legal.col.title"), 0, 3.0f);
  ImGui::TableHeadersRow();
  for (const CatalogEntry* e : entries) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", e->ref.get(lang).c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", e->title.get(lang).c_str());
    if (ImGui::IsItemHovered() && !e->note.empty()) note_tooltip(e->note.get(lang));
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTable();
}

// With a project open: each system's result against the one acknowledged.
void changes_section(App& app, float w) {
  const OrderedJson& doc = app.ws.doc();
  if (!doc.contains("systems") || !doc["systems"].is_array() || doc["systems"].empty()) return;
  const ProjectClasses& pc = app.ws.classes(app.strings.lang());
  note_classes_drawn(app, "legal", pc);
  const Lang lang = app.strings.lang();
  heading(app, app.tr("legal.changes_title"));
  paragraph(app.tr("legal.changes_intro"));
  struct Row {
    std::size_t i;
    std::string name, status;
    std::vector<ResultChange> changes;
    std::string since;
  };
  std::vector<Row> rows;
  int changed = 0, open = 0;
  const auto& systems = doc["systems"];
  for (std::size_t i = 0; i < systems.size(); ++i) {
    const Classification* c = pc.of_system(i);
    if (!c) continue;
    Row r{i, systems[i].value("name", std::string()), "", {}, ""};
    if (r.name.empty()) r.name = systems[i].value("id", std::string());
    const ResultSnapshot now = snapshot(*c, cat());
    const std::optional<ResultSnapshot> ack = acknowledged_of(systems[i]);
    if (!ack) {
      r.status = "not_acknowledged";
      ++open;
    } else {
      r.changes = compare(*ack, now, cat(), lang);
      r.status = r.changes.empty() ? "unchanged" : "changed";
      r.since = ack->legal_status_as_of;
      changed += !r.changes.empty();
    }
    rows.push_back(std::move(r));
  }
  char buf[256];
  std::snprintf(buf, sizeof buf, app.tr("legal.changes_summary"), changed, open, static_cast<int>(rows.size()));
  paragraph(buf);
  if ((changed > 0 || open > 0) && primary_button(app, app.tr("legal.ack_all"), "legal.ack_all")) {
    app.ws.begin_group(app.tr("legal.ack_all"));
    for (const Row& r : rows) {
      if (r.status == "unchanged") continue;
      const Classification* c = pc.of_system(r.i);
      app.ws.set("/systems/" + std::to_string(r.i) + "/acknowledged", to_json(snapshot(*c, cat(), platform::today())),
                 app.tr("legal.ack_all"));
    }
    app.ws.end_group();
    return;  // the document changed: draw again next frame
  }
  std::vector<float> min_w(3, 0.0f);
  for (const Row& r : rows) min_w[0] = std::max(min_w[0], longest_word(r.name));
  min_w[1] = ImGui::CalcTextSize(app.tr("legal.col.what_changed")).x;
  min_w[2] = ImGui::CalcTextSize(app.tr("legal.ack")).x + ImGui::GetStyle().FramePadding.x * 2.0f;  // its button
  // The acknowledge button has a column of its own while all three fit; otherwise it goes
  // under what changed (large text).
  const bool own_column = min_w[0] + min_w[1] + min_w[2] + ImGui::GetStyle().CellPadding.x * 6.0f + 6.0f <= w;
  ImGui::Spacing();
  if (!ImGui::BeginTable("##changes", own_column ? 3 : 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp,
                         ImVec2(w, 0.0f))) {
    return;
  }
  ImGui::PushTextWrapPos(0.0f);
  if (own_column) {
    setup_fitted_columns({app.tr("legal.col.system"), app.tr("legal.col.what_changed"), ""}, min_w, {1.5f, 3.5f, 1.0f}, w);
  } else {
    setup_fitted_columns({app.tr("legal.col.system"), app.tr("legal.col.what_changed")}, {min_w[0], std::max(min_w[1], min_w[2])},
                         {1.5f, 3.5f}, w);
  }
  ImGui::TableHeadersRow();
  for (const Row& r : rows) {
    ImGui::PushID(static_cast<int>(r.i));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", r.name.c_str());
    ImGui::TableNextColumn();
    const std::string status_key = "legal.status." + r.status;
    if (r.status == "changed") {
      std::snprintf(buf, sizeof buf, app.tr(status_key.c_str()), r.since.c_str());
      ImGui::TextWrapped("%s", buf);
      for (const ResultChange& ch : r.changes) bullet_paragraph(change_line(app, ch).c_str());
    } else if (r.status == "unchanged") {
      std::snprintf(buf, sizeof buf, app.tr(status_key.c_str()), r.since.c_str());
      muted(app, buf);
    } else {
      muted(app, app.tr(status_key.c_str()));
    }
    if (own_column) ImGui::TableNextColumn();
    if (r.status != "unchanged") {
      const std::string tid = "legal.ack." + std::to_string(r.i);
      if (button(app.tr("legal.ack"), tid.c_str())) {
        const Classification* c = pc.of_system(r.i);
        app.ws.set("/systems/" + std::to_string(r.i) + "/acknowledged", to_json(snapshot(*c, cat(), platform::today())),
                   app.tr("legal.ack"));
      }
    }
    ImGui::PopID();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTable();
  publish_last_item("legal.changes");
}

}  // namespace

void DrawLegal(App& app) {
  const float w = std::min(ImGui::GetContentRegionAvail().x, 1100.0f * app.fonts.scale);
  title(app, app.tr("legal.title"));
  begin_panel(app, w);
  const float inner = w - 2.0f * ImGui::GetStyle().WindowPadding.x;
  const LegalBasis b = legal_basis(cat());
  char buf[256];
  std::snprintf(buf, sizeof buf, app.tr("legal.status_date"), b.legal_status_as_of.c_str());
  heading(app, buf);
  paragraph(app.tr("legal.intro"));
  ImGui::Spacing();
  sources_table(app, b, inner);
  ImGui::Spacing();
  heading(app, app.tr("legal.secondary_title"));
  paragraph(app.tr("legal.secondary_intro"));
  entry_list(app, b.secondary, "##secondary", inner);
  ImGui::Spacing();
  heading(app, app.tr("legal.unverified_title"));
  if (b.unverified.empty()) paragraph(app.tr("legal.unverified_none"));
  else entry_list(app, b.unverified, "##unverified", inner);
  end_panel(app);
  if (app.ws.is_open()) {
    ImGui::Spacing();
    begin_panel(app, w);
    changes_section(app, inner);
    end_panel(app);
  }
}

}  // namespace aims::app
