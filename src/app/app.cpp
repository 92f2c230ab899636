#include "app/app.h"

#include "app/views.h"
#include "core/json_read.h"
#include "core/registers.h"
#include "platform/platform.h"

namespace aims::app {

namespace {
constexpr const char* kSettingsKey = "aims.settings";
}

void App::set_language(Lang l) {
  if (strings.load(l)) settings.lang = l;
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
            {"tooltip", ui.tooltip}};
  if (ws.is_open()) {
    static const char* kSave[] = {"saved", "pending", "quota_exceeded", "conflict", "unavailable"};
    const OrderedJson& d = ws.doc();
    // What follows from the document alone is counted again only when it (or the day) changes.
    const std::string today = platform::today();
    if (ui.state_rev != ws.editor().revision() || ui.state_today != today) {
      ui.state_rev = ws.editor().revision();
      ui.state_today = today;
      Json classes = Json::object();
      for (const auto& c : ws.classifications()) classes[c.risk_class] = classes.value(c.risk_class, 0) + 1;
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
      reg["overdue"] = overdue;
      ui.state_doc = {{"classes", classes}, {"registers", reg}, {"name", project_name(d)},
                      {"systems", d.contains("systems") ? d["systems"].size() : 0}};
    }
    j["project"] = {{"id", ws.id()},
                    {"name", ui.state_doc["name"]},
                    {"systems", ui.state_doc["systems"]},
                    {"classes", ui.state_doc["classes"]},
                    {"save", kSave[static_cast<int>(ws.save_state())]},
                    {"save_ms", ws.last_save_duration_ms()},
                    {"open_elsewhere", ws.open_elsewhere()},
                    {"can_undo", ws.editor().can_undo()},
                    {"can_redo", ws.editor().can_redo()},
                    {"selected_system", ui.selected_system},
                    {"selected_class", ui.selected_system >= 0 && static_cast<std::size_t>(ui.selected_system) < ws.classifications().size()
                                           ? ws.classifications()[static_cast<std::size_t>(ui.selected_system)].risk_class
                                           : std::string()},
                    {"readiness", ws.assessment(settings.lang).readiness.percent}};
    Json reg = ui.state_doc["registers"];
    reg["residual"] = ui.risk_residual;
    reg["risk_filter"] = ui.risk_filter_l > 0 ? std::to_string(ui.risk_filter_l) + "." + std::to_string(ui.risk_filter_i) : "";
    reg["risks_shown"] = ui.risk_rows_shown;
    reg["selected_risk"] = ui.sel_risk;
    j["registers"] = reg;
  } else {
    j["project"] = nullptr;
    j["projects"] = ws.library().list().size();
    j["set_aside"] = ws.library().set_aside().size();
    j["message"] = ui.message;
    j["import_errors"] = ui.import_errors.size();
  }
  return j.dump();
}

}  // namespace aims::app
