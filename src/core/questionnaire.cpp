#include "core/questionnaire.h"

#include <algorithm>

#include "core/assets.h"
#include "core/json_read.h"

namespace aims {

std::string Question::pointer() const {
  std::string p = "/" + field;
  std::replace(p.begin(), p.end(), '.', '/');
  return p;
}

std::vector<Question> load_questionnaire(std::string_view text, std::string& error) {
  std::vector<Question> out;
  InputError err;
  auto doc = parse_json(text, "questionnaire.json", err);
  if (!doc || !doc->is_object() || !doc->contains("questions")) {
    error = doc ? "no questions" : err.to_string();
    return out;
  }
  auto txt = [](const Json& j, const char* k) {
    Text t;
    if (j.contains(k) && j[k].is_object()) {
      t.en = j[k].value("en", "");
      t.de = j[k].value("de", "");
    }
    return t;
  };
  for (const Json& q : (*doc)["questions"]) {
    Question x;
    x.id = q.value("id", "");
    x.field = q.value("field", "");
    x.type = q.value("type", "");
    x.when = q.value("when", "always");
    x.options_kind = q.value("options_kind", "");
    if (q.contains("options") && q["options"].is_array()) {
      for (const auto& o : q["options"]) x.options.push_back(o.get<std::string>());
    }
    x.of_field = q.value("of_field", "");
    x.selectable_only = q.value("selectable_only", false);
    x.text = txt(q, "text");
    x.help = txt(q, "help");
    x.ref = txt(q, "ref");
    out.push_back(std::move(x));
  }
  return out;
}

const std::vector<Question>& questionnaire() {
  static const std::vector<Question> q = [] {
    std::string error;
    return load_questionnaire(assets::find("assets/ai-act/questionnaire.json"), error);
  }();
  return q;
}

namespace {
bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

bool in_scope(const Profile& p, const Catalog& cat) {
  if (p.ai_system == "no" || !p.eu_nexus) return false;
  for (const auto& x : p.exclusions) {
    const CatalogEntry* e = cat.find(x);
    if (e && e->effect == "out_of_scope") return false;
  }
  return true;
}
}  // namespace

bool question_visible(const Question& q, const Profile& p, const Catalog& cat) {
  const std::string& w = q.when;
  if (w == "always") return true;
  if (w == "ai_system") return p.ai_system != "no";
  if (w == "ai_system_or_model") return p.eu_nexus;
  if (w == "gpai") return p.gpai.model;
  if (!in_scope(p, cat)) return false;
  if (w == "in_scope") return true;
  if (w == "prohibited_with_exception") {
    for (const auto& x : p.prohibited_practices) {
      const CatalogEntry* e = cat.find(x);
      if (e && e->has_exception) return true;
    }
    return false;
  }
  if (w == "annex1_act") return p.annex1.act.has_value();
  if (w == "annex3") return !p.annex3.empty();
  if (w == "annex3_not_profiling") return !p.annex3.empty() && !p.profiling;
  if (w == "transparency") return !p.transparency.empty();
  if (w == "deployer_annex3") return has(p.roles, "deployer") && !p.annex3.empty();
  if (w == "not_provider") return !p.roles.empty() && !has(p.roles, "provider");
  return true;
}

std::vector<std::string> question_options(const Question& q, const Profile& p, const Catalog& cat) {
  std::vector<std::string> out;
  if (q.type == "roles") return all_roles();
  if (q.type == "choice") return q.options;
  if (q.type == "exceptions") {
    const auto& src = q.of_field == "prohibited_practices" ? p.prohibited_practices : p.transparency;
    for (const auto& x : src) {
      const CatalogEntry* e = cat.find(x);
      if (!e) continue;
      if (q.of_field == "prohibited_practices" && !e->has_exception) continue;
      out.push_back(x);
    }
    return out;
  }
  if (!q.options.empty()) return q.options;
  for (const CatalogEntry* e : cat.of_kind(q.options_kind)) {
    if (q.selectable_only && !e->selectable) continue;
    out.push_back(e->id);
  }
  return out;
}

}  // namespace aims
