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

std::string App::state_json() const {
  Json j = {{"lang", lang_code(settings.lang)},
            {"theme", settings.theme == Theme::dark ? "dark" : "light"},
            {"text_scale", settings.text_scale},
            {"view", views()[static_cast<std::size_t>(ui.view) < view_count() ? ui.view : 0].id}};
  return j.dump();
}

}  // namespace aims::app
