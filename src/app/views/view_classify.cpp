#include "app/views/view_classify.h"

#include "app/a11y.h"
#include "app/views/view_reports.h"

#include <algorithm>
#include <cstdio>

#include "app/fields.h"
#include "app/views/view_inventory.h"
#include "app/layout_check.h"
#include "app/widgets.h"
#include "core/classify.h"
#include "core/compliance.h"
#include "core/project_classes.h"
#include "core/questionnaire.h"
#include "imgui.h"

namespace aims::app {

namespace {

const Catalog& cat() { return *ai_act_catalog(); }

void help_marker(const App& app, const Text& help, const Text& ref) {
  ImGui::TextDisabled("(?)");
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ImGui::TextUnformatted(help.get(app.settings.lang).c_str());
    ImGui::TextDisabled("%s", ref.get(app.settings.lang).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void entry_tooltip(const App& app, const CatalogEntry* e) {
  if (!e || !ImGui::IsItemHovered()) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
  ImGui::TextUnformatted(e->ref.get(app.settings.lang).c_str());
  note_tooltip(e->ref.get(app.settings.lang) + " – " + e->title.get(app.settings.lang));
  ImGui::Separator();
  ImGui::TextUnformatted(e->summary.get(app.settings.lang).c_str());
  if (!e->carve_out.empty()) ImGui::TextDisabled("%s", e->carve_out.get(app.settings.lang).c_str());
  if (!e->exception.empty()) ImGui::TextDisabled("%s", e->exception.get(app.settings.lang).c_str());
  if (e->status != "law") ImGui::TextDisabled("[%s]", app.tr(("status." + e->status).c_str()));
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

std::string option_label(const App& app, const Question& q, const std::string& v) {
  if (q.type == "roles") return app.tr(("role." + v).c_str());
  if (q.type == "choice") return app.tr(("q.choice." + v).c_str());
  const CatalogEntry* e = cat().find(v);
  if (!e) return v;
  std::string label = e->title.get(app.settings.lang);
  if (q.type == "exceptions") label = e->ref.get(app.settings.lang) + ": " + e->exception.get(app.settings.lang);
  return label;
}

// One question bound to the system's JSON at base.
void question(App& app, const Question& q, const Profile& p, const std::string& base, int n) {
  const Lang L = app.settings.lang;
  std::string ptr = base + q.pointer();
  ImGui::PushID(q.id.c_str());
  // The help marker first, so the wrapped question never pushes it out of view.
  help_marker(app, q.help, q.ref);
  ImGui::SameLine();
  ImGui::PushFont(app.fonts.bold);
  ImGui::TextWrapped("%d. %s", n, q.text.get(L).c_str());
  ImGui::PopFont();
  const OrderedJson* cur = at(app, ptr);
  const std::string what = q.text.get(L);
  if (q.type == "bool") {
    bool v = cur && cur->is_boolean() ? cur->get<bool>() : (q.field == "eu_nexus");
    if (ImGui::RadioButton(app.tr("common.yes"), v)) app.ws.set(ptr, true, what);
    publish_last_item((q.id + ".yes").c_str());
    same_line_if_fits(toggle_width(app.tr("common.no")));
    if (ImGui::RadioButton(app.tr("common.no"), !v)) app.ws.set(ptr, false, what);
    publish_last_item((q.id + ".no").c_str());
  } else if (q.type == "choice") {
    std::string v = cur && cur->is_string() ? cur->get<std::string>() : std::string("yes");
    bool first = true;
    for (const auto& o : question_options(q, p, cat())) {
      const std::string label = option_label(app, q, o);
      if (!first) same_line_if_fits(toggle_width(label.c_str()));
      first = false;
      if (ImGui::RadioButton(label.c_str(), v == o)) app.ws.set(ptr, o, what);
      a11y::describe_last(label, a11y::Role::radio, v == o ? app.tr("a11y.state.selected") : "");
      publish_last_item((q.id + "." + o).c_str());
    }
  } else if (q.type == "single") {
    std::string v = cur && cur->is_string() ? cur->get<std::string>() : std::string();
    std::string shown = v.empty() ? app.tr("common.unset") : option_label(app, q, v);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    a11y::describe(ImGui::GetID("##single"), what, a11y::Role::combo, shown);
    if (ImGui::BeginCombo("##single", shown.c_str())) {
      if (ImGui::Selectable(app.tr("common.unset"), v.empty())) app.ws.set(ptr, nullptr, what);
      std::string section;
      for (const auto& o : question_options(q, p, cat())) {
        const CatalogEntry* e = cat().find(o);
        if (e && e->section != section) {
          section = e->section;
          ImGui::TextDisabled("%s", app.tr(("q.annex1.section." + section).c_str()));
        }
        std::string label = (e ? e->ref.get(L) + " – " : std::string()) + option_label(app, q, o);
        if (ImGui::Selectable(label.c_str(), v == o)) app.ws.set(ptr, o, what);
        entry_tooltip(app, e);
      }
      ImGui::EndCombo();
    }
    full_value_tooltip(shown.c_str(), combo_value_room());
    publish_last_item((q.id + ".combo").c_str());
  } else if (q.type == "number") {
    field_number(app, "q.number_label", ptr, {.test_id = (q.id + ".input").c_str()});
  } else if (q.type == "date") {
    field_date(app, "q.date_label", ptr);
  } else {  // roles, multi, exceptions: a list of checkboxes
    std::vector<std::string> chosen;
    if (cur && cur->is_array()) {
      for (const auto& x : *cur) {
        if (x.is_string()) chosen.push_back(x.get<std::string>());
      }
    }
    std::string area;
    for (const auto& o : question_options(q, p, cat())) {
      const CatalogEntry* e = cat().find(o);
      if (q.options_kind == "annex3_point" && e && e->area != area) {
        area = e->area;
        const CatalogEntry* a = cat().find(area);
        ImGui::TextDisabled("%s", a ? (a->ref.get(L) + " – " + a->title.get(L)).c_str() : e->title.get(L).c_str());
      }
      bool on = std::find(chosen.begin(), chosen.end(), o) != chosen.end();
      ImGui::PushID(o.c_str());
      std::string label = option_label(app, q, o);
      if (q.type == "multi" && e) label = e->ref.get(L) + " – " + label;
      // Checkbox with a wrapped label (long legal titles must not be cut off).
      bool clicked = ImGui::Checkbox("##cb", &on);
      a11y::describe_last(label, a11y::Role::checkbox);
      publish_last_item((q.id + "." + o).c_str());
      entry_tooltip(app, e);
      ImGui::SameLine();
      ImGui::TextWrapped("%s", label.c_str());
      if (ImGui::IsItemClicked()) {
        on = !on;
        clicked = true;
      }
      entry_tooltip(app, e);
      if (clicked) {
        OrderedJson next = OrderedJson::array();
        for (const auto& x : question_options(q, p, cat())) {
          bool keep = x == o ? on : std::find(chosen.begin(), chosen.end(), x) != chosen.end();
          if (keep) next.push_back(x);
        }
        // keep answers the current options do not show (e.g. an exception whose practice was unticked)
        for (const auto& c : chosen) {
          auto opts = question_options(q, p, cat());
          if (std::find(opts.begin(), opts.end(), c) == opts.end()) next.push_back(c);
        }
        app.ws.set(ptr, next, what);
      }
      ImGui::PopID();
    }
  }
  ImGui::PopID();
  ImGui::Dummy(ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
}

// What a screen reader hears when an answer changes the result: the class and its routes.
std::string result_words(App& app, const Classification& c) {
  std::string s = std::string(app.tr("a11y.classification")) + ": " + app.tr(("class." + std::string(c.risk_class)).c_str());
  for (const auto& r : c.high_risk_routes) {
    const CatalogEntry* e = cat().find(r);
    s += ", " + (e ? e->ref.get(app.settings.lang) : std::string(r));
  }
  return s;
}

// Announces the result when it changed for the same system (not when another system is chosen).
struct ClassifyAnnounce {
  int system = -1;
  std::string said;
};

void announce_result(App& app, const Classification& c) {
  ClassifyAnnounce& st = app.state<ClassifyAnnounce>();
  std::string words = result_words(app, c);
  if (st.system == app.ui.selected_system && st.said != words) a11y::announce(words);
  st.system = app.ui.selected_system;
  st.said = std::move(words);
}

void result_panel(App& app, const Classification& c) {
  const Lang L = app.settings.lang;
  announce_result(app, c);
  heading(app, app.tr("cls.result"));
  ImGui::PushFont(app.fonts.heading);
  risk_tag(app, c.risk_class);
  ImGui::PopFont();
  publish_last_item("cls.class");
  if (!c.applies_from.empty()) ImGui::Text("%s %s", app.tr("cls.applies_from"), std::string(c.applies_from).c_str());
  if (!c.high_risk_routes.empty()) {
    std::string routes;
    for (const auto& r : c.high_risk_routes) {
      const CatalogEntry* e = cat().find(r);
      routes += (routes.empty() ? "" : "; ") + (e ? e->ref.get(L) : std::string(r));
    }
    ImGui::TextWrapped("%s %s", app.tr("cls.routes"), routes.c_str());
  }
  if (c.gpai != "none") ImGui::TextWrapped("%s", app.tr(("cls.gpai." + std::string(c.gpai)).c_str()));
  if (c.fria_required) ImGui::TextWrapped("%s", app.tr("cls.fria"));
  if (c.registration != "none") ImGui::TextWrapped("%s %s", app.tr("cls.registration"), app.tr(("cls.registration." + std::string(c.registration)).c_str()));
  if (c.conformity_assessment != "none") {
    ImGui::TextWrapped("%s %s", app.tr("cls.conformity"), app.tr(("cls.conformity." + std::string(c.conformity_assessment)).c_str()));
  }
  muted(app, (std::string(app.tr("start.legal_status")) + ": " + std::string(c.legal_status_as_of)).c_str());
  if (!c.open_questions.empty()) {
    ImGui::Spacing();
    heading(app, app.tr("cls.open_questions"));
    for (const auto& q : c.open_questions) bullet_paragraph(q.c_str());
  }
  ImGui::Spacing();
  if (ImGui::CollapsingHeader(app.tr("cls.why"), ImGuiTreeNodeFlags_DefaultOpen)) {
    const std::vector<TraceText> trace = render_trace(c);
    for (std::size_t i = 0; i < trace.size(); ++i) {
      const TraceText& t = trace[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::TextDisabled("%s", t.ref.c_str());
      ImGui::Indent();
      ImGui::TextWrapped("%s", t.because.c_str());
      ImGui::Unindent();
      ImGui::PopID();
    }
  }
  if (ImGui::CollapsingHeader(app.tr("cls.obligations"), ImGuiTreeNodeFlags_DefaultOpen)) {
    if (c.obligations.empty()) muted(app, app.tr("cls.no_obligations"));
    const auto from_text = [&](const Obligation& o) {
      const std::string from(o.applies_from);
      return std::string_view(from) > c.as_of.view() ? from : std::string(app.tr("cls.since")) + " " + from;
    };
    const auto title_text = [](const Obligation& o) { return std::string(o.ref) + " – " + std::string(o.title); };
    // Role and date as wide as their longest text, never wrapped (a wrapped cell would make its
    // auto-fitted column narrower each frame: "Betr/eibe/r", "2025-/02-02"); the obligation
    // takes the rest and wraps. When that rest is narrower than its longest word (German
    // compounds in the narrow result panel), role and date go on a line under the obligation.
    float role_w = ImGui::CalcTextSize(app.tr("cls.col.role")).x;
    float from_w = ImGui::CalcTextSize(app.tr("cls.col.from")).x;
    float word_w = 0.0f;
    for (const Obligation& o : c.obligations) {
      role_w = std::max(role_w, ImGui::CalcTextSize(app.tr(("role." + std::string(o.role)).c_str())).x);
      from_w = std::max(from_w, ImGui::CalcTextSize(from_text(o).c_str()).x);
      word_w = std::max({word_w, longest_word(title_text(o)), longest_word(o.note)});
    }
    const float pad = ImGui::GetStyle().CellPadding.x * 2.0f;
    const bool columns = ImGui::GetContentRegionAvail().x - role_w - from_w - 3.0f * pad >= word_w + pad;
    const auto obligation_cell = [&](const Obligation& o) {
      const std::string t = title_text(o);
      layout::words_fit(t.c_str());
      ImGui::TextWrapped("%s", t.c_str());
      if (ImGui::IsItemHovered()) entry_tooltip(app, cat().find(o.id));
    };
    const auto note_cell = [&](const Obligation& o) {  // how it is met (e.g. a bank's Art. 26(5))
      if (o.note.empty()) return;
      const std::string n(o.note);
      layout::words_fit(n.c_str());
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextWrapped("%s", n.c_str());
      ImGui::PopStyleColor();
    };
    if (!c.obligations.empty() && !columns) {
      for (std::size_t i = 0; i < c.obligations.size(); ++i) {
        const Obligation& o = c.obligations[i];
        ImGui::PushID(static_cast<int>(i));
        if (i) ImGui::Separator();
        obligation_cell(o);
        const std::string line = std::string(app.tr(("role." + std::string(o.role)).c_str())) + " · " + from_text(o);
        layout::words_fit(line.c_str());
        muted(app, line.c_str());
        note_cell(o);
        ImGui::PopID();
      }
    } else if (!c.obligations.empty() &&
               ImGui::BeginTable("##obl", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
      ImGui::TableSetupColumn(app.tr("cls.col.obligation"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
      ImGui::TableSetupColumn(app.tr("cls.col.role"), ImGuiTableColumnFlags_WidthFixed, role_w);
      ImGui::TableSetupColumn(app.tr("cls.col.from"), ImGuiTableColumnFlags_WidthFixed, from_w);
      ImGui::TableHeadersRow();
      for (std::size_t i = 0; i < c.obligations.size(); ++i) {
        const Obligation& o = c.obligations[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        obligation_cell(o);
        note_cell(o);
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(-1.0f);  // no wrapping: the column is as wide as the text
        ImGui::TextUnformatted(app.tr(("role." + std::string(o.role)).c_str()));
        ImGui::TableNextColumn();
        const bool ahead = o.applies_from > c.as_of.view();
        if (!ahead) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextUnformatted(from_text(o).c_str());
        if (!ahead) ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
        ImGui::PopID();
      }
      ImGui::EndTable();
    }
  }
  if (!c.fines.empty() && ImGui::CollapsingHeader(app.tr("cls.fines"))) {
    for (const FineTier& f : c.fines) {
      ImGui::PushID(f.id.data(), f.id.data() + f.id.size());
      if (f.max_eur) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.0f", *f.max_eur);
        std::string n = buf;
        for (int k = static_cast<int>(n.size()) - 3; k > 0; k -= 3) n.insert(static_cast<std::size_t>(k), L == Lang::de ? "." : ",");
        ImGui::Text("%s: %s EUR", app.tr("cls.fine_max"), n.c_str());
      }
      ImGui::TextWrapped("%s", fine_because(c, f).c_str());
      ImGui::Spacing();
      ImGui::PopID();
    }
    muted(app, app.tr("cls.fines_note"));
  }
}

}  // namespace

void DrawClassify(App& app) {
  const OrderedJson& doc = app.ws.doc();
  const OrderedJson empty = OrderedJson::array();
  const OrderedJson& systems = doc.contains("systems") && doc["systems"].is_array() ? doc["systems"] : empty;
  title(app, app.tr("cls.title"));
  accessible_report_button(app);
  if (systems.empty()) {
    muted(app, app.tr("cls.no_systems"));
    return;
  }
  int& sel = app.ui.selected_system;
  if (sel < 0 || sel >= static_cast<int>(systems.size())) sel = 0;
  // System chooser
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(app.tr("cls.system"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(420.0f * app.fonts.scale);
  std::string cur_name = systems[static_cast<std::size_t>(sel)].value("name", systems[static_cast<std::size_t>(sel)].value("id", std::string()));
  a11y::describe(ImGui::GetID("##system"), app.tr("cls.system"), a11y::Role::combo, cur_name);
  if (ImGui::BeginCombo("##system", cur_name.c_str())) {
    for (int i = 0; i < static_cast<int>(systems.size()); ++i) {
      ImGui::PushID(i);
      std::string n = systems[static_cast<std::size_t>(i)].value("name", systems[static_cast<std::size_t>(i)].value("id", std::string()));
      if (ImGui::Selectable(n.c_str(), i == sel)) sel = i;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  full_value_tooltip(cur_name.c_str(), combo_value_room());
  publish_last_item("cls.system");
  // Questionnaire hints that only appear for the organisation's sector.
  if (const ComplianceCatalog* comp = compliance_catalog()) {
    const OrderedJson& org = doc.contains("organisation") ? doc["organisation"] : empty;
    const std::string sector = org.is_object() ? org.value("sector", std::string()) : std::string();
    if (const Sector* sec = comp->sector(sector); sec && !sec->hints.empty()) {
      ImGui::Spacing();
      ImGui::PushFont(app.fonts.bold);
      paragraph(app.tr("cls.sector_hints"));
      ImGui::PopFont();
      for (const SectorNote& h : sec->hints) {
        const std::string line = h.text.get(app.settings.lang) + " (" + app.tr(("status." + h.status).c_str()) + ")";
        bullet_paragraph(line.c_str());
      }
      publish_last_item("cls.sector_hints");
    }
  }

  const std::string base = "/systems/" + std::to_string(sel);
  // The system's profile and result: the project's one classification (Workspace::classes),
  // the same every other screen shows.
  const ProjectClasses& classes = app.ws.classes(app.settings.lang);
  note_classes_drawn(app, "classify", classes);
  const Profile* p = classes.profile_of_system(static_cast<std::size_t>(sel));
  const Classification* shown = classes.of_system(static_cast<std::size_t>(sel));
  if (!p || !shown) {
    paragraph(std::string(classes.error_of_system(static_cast<std::size_t>(sel))).c_str());
    return;
  }
  const Classification& c = *shown;
  app.ui.shown_fine_max = max_fine_eur(c);

  // Questions and result side by side; one below the other when the window is narrow (large
  // text on a small screen).
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool narrow = avail < ImGui::GetFontSize() * 46.0f;
  ImGui::BeginChild("##questions", ImVec2(narrow ? 0.0f : avail * 0.56f, 0), false, ImGuiWindowFlags_NavFlattened);
  ImGui::PushTextWrapPos(0.0f);
  int n = 0;
  int skipped = 0;
  for (const Question& q : questionnaire()) {
    if (!question_visible(q, *p, cat())) {
      ++skipped;
      continue;
    }
    question(app, q, *p, base, ++n);
  }
  if (skipped > 0) {
    char buf[128];
    std::snprintf(buf, sizeof buf, app.tr("cls.skipped"), skipped);
    muted(app, buf);
  }
  if (narrow) {
    ImGui::Separator();
    result_panel(app, c);
  }
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
  if (narrow) return;
  ImGui::SameLine();
  ImGui::BeginChild("##result", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened);
  ImGui::PushTextWrapPos(0.0f);
  result_panel(app, c);
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
}

}  // namespace aims::app
