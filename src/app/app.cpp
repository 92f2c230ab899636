#include "app/app.h"

#include "app/a11y.h"
#include "app/text_wrap.h"

#include "app/views.h"
#include "app/views/view_risks.h"
#include "app/views/view_start.h"
#include "core/changes.h"
#include "core/json_read.h"
#include "core/registers.h"
#include "platform/platform.h"
#include "imgui_internal.h"

namespace aims::app {

namespace {
constexpr const char* kSettingsKey = "aims.settings";

Json key_json(const ClassesKey& k) {
  Json j = {{"revision", k.revision}, {"lang", lang_code(k.lang)}, {"as_of", k.as_of}, {"turnover", nullptr}};
  if (k.company) {
    j["turnover"] = k.company->turnover_eur ? Json(*k.company->turnover_eur) : Json();
    j["sme"] = k.company->sme;
    j["small_midcap"] = k.company->small_midcap;
  }
  return j;
}
}

void note_classes_drawn(App& app, std::string_view view, const ProjectClasses& classes) {
  auto it = app.ui.classes_drawn.find(view);
  if (it == app.ui.classes_drawn.end()) app.ui.classes_drawn.emplace(std::string(view), classes.key);
  else if (it->second != classes.key) it->second = classes.key;
}

void App::set_language(Lang l) {
  if (strings.load(l)) settings.lang = l;
  // The page speaks the app's language (screen readers pick their voice from it).
  platform::set_document_language(lang_code(settings.lang));
}

void App::load_settings(Lang fallback) {
  Lang lang = fallback;
  if (auto text = platform::storage_get(kSettingsKey)) {
    InputError err;
    if (auto j = parse_json(*text, kSettingsKey, err); j && j->is_object()) {
      if (j->contains("lang") && (*j)["lang"].is_string()) lang = lang_from_code((*j)["lang"].get<std::string>());
      if (j->contains("theme") && (*j)["theme"] == "dark") settings.theme = Theme::dark;
      if (j->contains("text_scale") && (*j)["text_scale"].is_number()) {
        float t = (*j)["text_scale"].get<float>();
        if (t >= 0.75f && t <= 2.0f) settings.text_scale = t;
      }
    }
  }
  set_language(lang);
}

void App::save_settings() const {
  Json j = {{"lang", lang_code(settings.lang)},
            {"theme", settings.theme == Theme::dark ? "dark" : "light"},
            {"text_scale", settings.text_scale}};
  platform::storage_set(kSettingsKey, j.dump());
}

std::string App::state_json() {
  Json j = {{"lang", lang_code(settings.lang)},
            {"theme", settings.theme == Theme::dark ? "dark" : "light"},
            {"text_scale", settings.text_scale},
            {"view", views()[static_cast<std::size_t>(ui.view) < view_count() ? ui.view : 0].id},
            {"clipped", ui.clipped},
            {"focus", a11y::focused_text()},
            {"focusable", a11y::focusable_count()},
            {"focus_id", a11y::focused_id()},
            {"unlabelled", a11y::unlabelled()},
            {"tooltip", ui.tooltip}};
  if (ui.sweep.run > 0) {
    j["sweep"] = {{"run", ui.sweep.run}, {"done", !ui.sweep.active}, {"found", ui.sweep.found}};
  }
  // The text field being edited: caret and selection (in characters), and for a word-wrapped
  // field the caret's row and the number of rows.
  if (const ImGuiContext* g = ImGui::GetCurrentContext(); g && g->ActiveId != 0 && g->InputTextState.ID == g->ActiveId) {
    const ImGuiInputTextState& t = g->InputTextState;
    const wrap::Caret c = wrap::last_caret();
    j["edit"] = {{"cursor", t.Stb.cursor}, {"sel", {std::min(t.Stb.select_start, t.Stb.select_end), std::max(t.Stb.select_start, t.Stb.select_end)}},
                 {"length", t.CurLenW}};
    if (!t.Stb.single_line) j["edit"].update({{"row", c.row}, {"rows", c.rows}});
  }
  if (ws.is_open()) {
    static const char* kSave[] = {"saved", "pending", "quota_exceeded", "conflict", "unavailable"};
    const OrderedJson& d = ws.doc();
    // What follows from the document alone is counted again only when it (or the day) changes.
    const std::string today = platform::today();
    if (ui.state_doc.stale({ws.editor().revision(), today})) {
      Json classes = Json::object();
      for (const auto& c : ws.classes(settings.lang).classes) classes[c.risk_class] = classes.value(c.risk_class, 0) + 1;
      // registers: counts per section, the heat map (inherent, "l.i": count)
      Json reg = Json::object();
      for (const char* k : {"risks", "documents", "trainings", "audits", "reviews", "objectives", "tasks"}) {
        reg[k] = d.contains(k) && d[k].is_array() ? d[k].size() : 0;
      }
      const OrderedJson none = OrderedJson::array();
      const RiskHeat heat = risk_heat(d.contains("risks") ? d["risks"] : none, false);
      Json cells = Json::object();
      for (int l = 1; l <= 5; ++l) {
        for (int i = 1; i <= 5; ++i) {
          if (int n = heat[static_cast<std::size_t>(heat_index(l, i))]) cells[std::to_string(l) + "." + std::to_string(i)] = n;
        }
      }
      int overdue = 0;
      for (const char* k : {"tasks", "objectives"}) {
        if (d.contains(k) && d[k].is_array()) {
          for (const auto& t : d[k]) overdue += is_overdue(t, today) ? 1 : 0;
        }
      }
      reg["heat"] = cells;
      reg["missing_documents"] = missing_document_kinds(d.contains("documents") ? d["documents"] : none).size();
      reg["documents"] = d.contains("documents") && d["documents"].is_array() ? d["documents"].size() : 0;
      reg["overdue"] = overdue;
      // Results against the ones acknowledged (what changed with the law: the legal basis view).
      Json ack = {{"changed", 0}, {"unchanged", 0}, {"not_acknowledged", 0}};
      const ProjectClasses& pc = ws.classes(settings.lang);
      for (std::size_t i = 0; d.contains("systems") && i < d["systems"].size(); ++i) {
        if (const Classification* c = pc.of_system(i)) {
          const char* s = acknowledgement_status(d["systems"][i], *c, *ai_act_catalog());
          ack[s] = ack[s].get<int>() + 1;
        }
      }
      ui.state_doc.value() = {{"classes", classes}, {"registers", reg}, {"name", project_name(d)},
                      {"systems", d.contains("systems") ? d["systems"].size() : 0}, {"acknowledgement", ack}};
    }
    // The project's one classification, and the key each screen last drew from (they agree).
    const ProjectClasses& shared = ws.classes(settings.lang);
    const Classification* selected = ui.selected_system >= 0 ? shared.of_system(static_cast<std::size_t>(ui.selected_system)) : nullptr;
    Json drawn = Json::object();
    for (const auto& [view, key] : ui.classes_drawn) drawn[view] = key_json(key);
    j["project"] = {{"id", ws.id()},
                    {"name", ui.state_doc.value()["name"]},
                    {"systems", ui.state_doc.value()["systems"]},
                    {"classes", ui.state_doc.value()["classes"]},
                    {"acknowledgement", ui.state_doc.value()["acknowledgement"]},
                    {"save", kSave[static_cast<int>(ws.save_state())]},
                    {"save_ms", ws.last_save_duration_ms()},
                    {"open_elsewhere", ws.open_elsewhere()},
                    {"can_undo", ws.editor().can_undo()},
                    {"can_redo", ws.editor().can_redo()},
                    {"selected_system", ui.selected_system},
                    {"selected_class", selected ? std::string(selected->risk_class) : std::string()},
                    {"classified", key_json(shared.key)},
                    {"fine_max", selected && max_fine_eur(*selected) ? Json(*max_fine_eur(*selected)) : Json()},
                    {"shown_fine_max", ui.shown_fine_max ? Json(*ui.shown_fine_max) : Json()},
                    {"drawn_from", drawn},
                    {"readiness", ws.assessment(settings.lang).readiness.percent}};
    Json reg = ui.state_doc.value()["registers"];
    const RiskState& risks = state<RiskState>();
    reg["residual"] = risks.residual;
    reg["risk_filter"] = risks.filter_l > 0 ? std::to_string(risks.filter_l) + "." + std::to_string(risks.filter_i) : "";
    reg["risks_shown"] = risks.rows_shown;
    reg["selected_risk"] = risks.selected;
    j["registers"] = reg;
  } else {
    j["project"] = nullptr;
    j["projects"] = ws.library().list().size();
    j["set_aside"] = ws.library().set_aside().size();
    j["message"] = ui.message;
    j["import_errors"] = state<StartState>().import_errors.size();
  }
  return j.dump();
}

}  // namespace aims::app
