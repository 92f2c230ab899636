#include "app/app.h"

#include "app/views.h"
#include "core/json_read.h"
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
            {"view", views()[static_cast<std::size_t>(ui.view) < view_count() ? ui.view : 0].id}};
  if (ws.is_open()) {
    static const char* kSave[] = {"saved", "pending", "quota_exceeded", "conflict", "unavailable"};
    Json classes = Json::object();
    for (const auto& c : ws.classifications()) classes[c.risk_class] = classes.value(c.risk_class, 0) + 1;
    j["project"] = {{"id", ws.id()},
                    {"name", project_name(ws.doc())},
                    {"systems", ws.doc().contains("systems") ? ws.doc()["systems"].size() : 0},
                    {"classes", classes},
                    {"save", kSave[static_cast<int>(ws.save_state())]},
                    {"save_ms", ws.last_save_duration_ms()},
                    {"open_elsewhere", ws.open_elsewhere()},
                    {"can_undo", ws.editor().can_undo()},
                    {"can_redo", ws.editor().can_redo()},
                    {"selected_system", ui.selected_system}};
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
