#include "core/i18n.h"

#include "core/assets.h"
#include "core/json_read.h"

namespace aims {

const char* lang_code(Lang l) { return l == Lang::de ? "de" : "en"; }

Lang lang_from_code(std::string_view code) {
  if (code.size() >= 2 && (code[0] == 'd' || code[0] == 'D') && (code[1] == 'e' || code[1] == 'E') &&
      (code.size() == 2 || code[2] == '-' || code[2] == '_')) {
    return Lang::de;
  }
  return Lang::en;
}

std::string fill_placeholders(std::string text,
                              std::initializer_list<std::pair<const char*, std::string>> vars) {
  for (const auto& [name, value] : vars) {
    const std::string ph = std::string("{") + name + "}";
    for (std::size_t pos = text.find(ph); pos != std::string::npos; pos = text.find(ph, pos + value.size())) {
      text.replace(pos, ph.size(), value);
    }
  }
  return text;
}

bool Strings::load(Lang lang) {
  // assets/i18n/<lang>.json plus any assets/i18n/<lang>.<part>.json (one file per area).
  const std::string main = std::string("assets/i18n/") + lang_code(lang) + ".json";
  const std::string part = std::string("assets/i18n/") + lang_code(lang) + ".";
  if (!load_text(assets::find(main))) return false;
  for (const assets::Entry* e = assets::aims_core_assets_table; e->path != nullptr; ++e) {
    std::string_view p = e->path;
    if (p != main && p.rfind(part, 0) == 0 && p.size() > 5 && p.substr(p.size() - 5) == ".json") {
      Strings extra;
      if (!extra.load_text(std::string_view(e->data, e->size))) return false;
      for (auto& [k, v] : extra.map_) map_[k] = v;
    }
  }
  lang_ = lang;
  return true;
}

bool Strings::load_text(std::string_view text, std::string* error) {
  InputError err;
  auto doc = parse_json(text, "strings", err);
  if (!doc || !doc->is_object() || !doc->contains("strings") || !(*doc)["strings"].is_object()) {
    if (error) *error = doc ? "missing object 'strings'" : err.to_string();
    return false;
  }
  std::unordered_map<std::string, std::string> m;
  for (auto& [k, v] : (*doc)["strings"].items()) {
    if (!v.is_string()) {
      if (error) *error = "string " + k + " is not text";
      return false;
    }
    m.emplace(k, v.get<std::string>());
  }
  if (doc->contains("lang") && (*doc)["lang"].is_string()) {
    lang_ = lang_from_code((*doc)["lang"].get<std::string>());
  }
  map_ = std::move(m);
  missing_.clear();
  return true;
}

const char* Strings::tr(std::string_view key) const {
  auto it = map_.find(std::string(key));
  if (it != map_.end()) return it->second.c_str();
  auto [m, _] = missing_.emplace(std::string(key), std::string(key));
  return m->second.c_str();
}

bool Strings::has(std::string_view key) const { return map_.count(std::string(key)) != 0; }

std::vector<std::string> Strings::keys() const {
  std::vector<std::string> k;
  k.reserve(map_.size());
  for (auto& [key, _] : map_) k.push_back(key);
  return k;
}

}  // namespace aims
