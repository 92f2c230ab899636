// Project documents. Sections: [migrate] older inputs, [validate] every field of the
// format with its JSON path (the registers' fields as core/register_spec.h describes them),
// [io] new, load, text, names.
#include "core/changes.h"
#include "core/project.h"

#include <algorithm>
#include <set>

#include "core/register_spec.h"

namespace aims {

// [migrate] ---------------------------------------------------------------------------------
std::vector<std::string> migrate_project(OrderedJson& doc, const std::string& now) {
  std::vector<std::string> done;
  auto wrap = [&](OrderedJson systems) {
    OrderedJson p = new_project("imported", "Imported systems", Lang::en, now);
    p["systems"] = std::move(systems);
    doc = std::move(p);
  };
  if (doc.is_array()) {
    std::size_t n = doc.size();
    wrap(std::move(doc));
    done.push_back("a list of " + std::to_string(n) + " system profiles became a project (version 0 -> 1)");
    return done;
  }
  if (doc.is_object() && !doc.contains("format") && doc.contains("id")) {
    OrderedJson arr = OrderedJson::array();
    arr.push_back(std::move(doc));
    wrap(std::move(arr));
    done.push_back("a single system profile became a project (version 0 -> 1)");
    return done;
  }
  // Future versions add their steps here: if (version == 1) { ...; doc["version"] = 2; }
  return done;
}

// [validate] --------------------------------------------------------------------------------
namespace {

struct Validator {
  const Catalog& cat;
  const std::string& file;
  std::vector<InputError> errors;

  void add(const std::string& path, std::string msg) { errors.push_back({file, path, std::move(msg)}); }

  const OrderedJson* get(const OrderedJson& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return nullptr;
    return &*it;
  }
  bool object(const OrderedJson& v, const std::string& path) {
    if (v.is_object()) return true;
    add(path, std::string("expected an object, found ") + type_name(Json(v.type())));
    return false;
  }
  void text(const OrderedJson& obj, const std::string& path, const char* key, bool required = false) {
    const OrderedJson* v = get(obj, key);
    if (!v) {
      if (required) add(ptr_join(path, key), std::string("missing required field '") + key + "'");
      return;
    }
    if (!v->is_string()) add(ptr_join(path, key), "expected text");
  }
  void id(const OrderedJson& obj, const std::string& path) {
    const OrderedJson* v = get(obj, "id");
    if (!v) return add(ptr_join(path, "id"), "missing required field 'id'");
    if (!v->is_string() || v->get<std::string>().empty()) add(ptr_join(path, "id"), "expected a non-empty text id");
  }
  void boolean(const OrderedJson& obj, const std::string& path, const char* key) {
    const OrderedJson* v = get(obj, key);
    if (v && !v->is_boolean()) add(ptr_join(path, key), "expected true or false");
  }
  void number(const OrderedJson& obj, const std::string& path, const char* key, double lo, double hi, bool integer) {
    const OrderedJson* v = get(obj, key);
    if (!v) return;
    if (!v->is_number() || (integer && !v->is_number_integer() && !(v->is_number_float() && v->get<double>() == static_cast<double>(static_cast<long long>(v->get<double>()))))) {
      return add(ptr_join(path, key), integer ? "expected a whole number" : "expected a number");
    }
    double d = v->get<double>();
    if (d < lo || d > hi) {
      add(ptr_join(path, key), "expected a number from " + fmt(lo) + " to " + fmt(hi) + ", found " + fmt(d));
    }
  }
  static std::string fmt(double d) {
    std::string s = std::to_string(d);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }
  void one_of(const OrderedJson& obj, const std::string& path, const char* key, std::initializer_list<const char*> allowed) {
    one_of(obj, path, key, std::vector<std::string>(allowed.begin(), allowed.end()));
  }
  void one_of(const OrderedJson& obj, const std::string& path, const char* key, const std::vector<std::string>& allowed) {
    const OrderedJson* v = get(obj, key);
    if (!v) return;
    if (v->is_string()) {
      for (const auto& a : allowed) {
        if (v->get<std::string>() == a) return;
      }
    }
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    add(ptr_join(path, key), "expected one of " + list);
  }
  void date(const OrderedJson& obj, const std::string& path, const char* key) {
    const OrderedJson* v = get(obj, key);
    if (v && (!v->is_string() || !valid_iso_date(v->get<std::string>()))) {
      add(ptr_join(path, key), "expected a date as YYYY-MM-DD");
    }
  }
  void timestamp(const OrderedJson& obj, const std::string& path, const char* key) {
    const OrderedJson* v = get(obj, key);
    if (!v) return;
    const std::string s = v->is_string() ? v->get<std::string>() : std::string();
    bool ok = s.size() >= 20 && valid_iso_date(std::string_view(s).substr(0, 10)) && s[10] == 'T' && s.back() == 'Z';
    if (!ok) add(ptr_join(path, key), "expected a timestamp as YYYY-MM-DDTHH:MM:SSZ");
  }
  // A list of objects with unique ids; calls each(item, path) for every valid item.
  template <class F>
  void list(const OrderedJson& doc, const std::string& path, const char* key, F each) {
    const OrderedJson* v = get(doc, key);
    if (!v) return;
    std::string p = ptr_join(path, key);
    if (!v->is_array()) return add(p, "expected a list");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < v->size(); ++i) {
      const OrderedJson& item = (*v)[i];
      std::string pi = ptr_join(p, i);
      if (!object(item, pi)) continue;
      id(item, pi);
      if (item.contains("id") && item["id"].is_string() && !ids.insert(item["id"].get<std::string>()).second) {
        add(ptr_join(pi, "id"), "duplicate id '" + item["id"].get<std::string>() + "'");
      }
      each(item, pi);
    }
  }
  // The fields of a register's item as its description (core/register_spec.h) says.
  void fields(const RegisterSpec& reg, const OrderedJson& item, const std::string& p, const std::set<std::string>& systems) {
    for (const RegisterField& f : reg.fields) {
      const char* k = f.key.c_str();
      switch (f.type) {
        case FieldType::text:
        case FieldType::long_text: text(item, p, k); break;
        case FieldType::date: date(item, p, k); break;
        case FieldType::boolean: boolean(item, p, k); break;
        case FieldType::whole_number: number(item, p, k, static_cast<double>(f.min), static_cast<double>(f.max), true); break;
        case FieldType::rating: number(item, p, k, 1, static_cast<double>(f.values->values.size()), true); break;
        case FieldType::choice: one_of(item, p, k, f.values->values); break;
        case FieldType::system:
          if (const OrderedJson* s = get(item, k); s && (!s->is_string() || !systems.count(s->get<std::string>()))) {
            add(ptr_join(p, f.key), "no AI system with this id");
          }
          break;
        case FieldType::list:
          if (const OrderedJson* l = get(item, k)) {
            const std::string pl = ptr_join(p, f.key);
            if (!l->is_array()) {
              add(pl, "expected a list");
              break;
            }
            for (std::size_t i = 0; i < l->size(); ++i) {
              const std::string pi = ptr_join(pl, i);
              if (object((*l)[i], pi)) fields(*f.items, (*l)[i], pi, systems);
            }
          }
          break;
      }
    }
  }
};

bool is_requirement_id(const std::string& s) {
  // "4.1", "6.1.2", "A.6.2.8": digits separated by dots, optionally prefixed by "A."
  std::string_view v = s;
  if (v.rfind("A.", 0) == 0) v.remove_prefix(2);
  if (v.empty()) return false;
  bool digit = false;
  for (char c : v) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c == '.' && digit) digit = false;
    else return false;
  }
  return digit;
}

}  // namespace

std::vector<InputError> validate_project(const OrderedJson& doc, const Catalog& cat, const std::string& file) {
  Validator v{cat, file, {}};
  if (!doc.is_object()) {
    v.add("", "expected a project (object)");
    return v.errors;
  }
  if (!doc.contains("format") || doc["format"] != kProjectFormat) {
    v.add("/format", std::string("expected \"") + kProjectFormat + "\"");
  }
  if (!doc.contains("version") || !doc["version"].is_number_integer() || doc["version"].get<long long>() < 1) {
    v.add("/version", "expected a whole number from 1");
  }
  if (const OrderedJson* p = v.get(doc, "project"); p && v.object(*p, "/project")) {
    v.text(*p, "/project", "id");
    v.text(*p, "/project", "name");
    v.timestamp(*p, "/project", "created");
    v.timestamp(*p, "/project", "modified");
    v.one_of(*p, "/project", "lang", {"en", "de"});
  }
  if (const OrderedJson* o = v.get(doc, "organisation"); o && v.object(*o, "/organisation")) {
    const std::string p = "/organisation";
    v.text(*o, p, "name");
    v.one_of(*o, p, "sector", {"automotive", "medtech_health", "finance", "insurance", "it_software",
                               "production_logistics", "public_sector", "critical_infrastructure", "other"});
    v.number(*o, p, "employees", 0, 1e7, true);
    v.number(*o, p, "turnover_eur", 0, 1e13, false);
    v.boolean(*o, p, "sme");
    v.boolean(*o, p, "small_midcap");
    v.number(*o, p, "legal_entities", 0, 1e5, true);
    v.number(*o, p, "sites", 0, 1e5, true);
    if (const OrderedJson* ms = v.get(*o, "management_systems")) {
      if (!ms->is_array()) v.add(p + "/management_systems", "expected a list");
      else {
        for (std::size_t i = 0; i < ms->size(); ++i) {
          static const std::set<std::string> known{"iso27001", "iso9001", "tisax", "iso13485", "iso14001", "iso45001", "other"};
          if (!(*ms)[i].is_string() || !known.count((*ms)[i].get<std::string>())) {
            v.add(ptr_join(p + "/management_systems", i),
                  "expected one of iso27001, iso9001, tisax, iso13485, iso14001, iso45001, other");
          }
        }
      }
    }
    v.text(*o, p, "other_certificates");
    v.boolean(*o, p, "dpo");
    v.one_of(*o, p, "nis2", {"none", "important", "essential", "unsure"});
    v.boolean(*o, p, "nis2_measures");
    // GDPR practices already in place (the DPO is /organisation/dpo above).
    if (const OrderedJson* g = v.get(*o, "gdpr"); g && v.object(*g, p + "/gdpr")) {
      for (const char* k : {"records_of_processing", "dpia_process", "toms", "privacy_by_design", "automated_decisions"}) {
        v.boolean(*g, p + "/gdpr", k);
      }
    }
    v.boolean(*o, p, "compliance_team");
    v.one_of(*o, p, "ai_know_how", {"none", "basic", "advanced"});
    v.one_of(*o, p, "certification_goal", {"certify", "readiness", "none"});
    v.date(*o, p, "certification_target");
    v.number(*o, p, "people_available", 0, 1000, false);
  }
  std::set<std::string> system_ids;
  if (const OrderedJson* s = v.get(doc, "systems")) {
    if (!s->is_array()) v.add("/systems", "expected a list of AI systems");
    else {
      for (std::size_t i = 0; i < s->size(); ++i) {
        std::string pi = ptr_join("/systems", i);
        const OrderedJson& sys = (*s)[i];
        if (!v.object(sys, pi)) continue;
        InputError err;
        if (!profile_from_json(sys, cat, file, pi, err)) v.errors.push_back(err);
        if (sys.contains("id") && sys["id"].is_string() && !system_ids.insert(sys["id"].get<std::string>()).second) {
          v.add(pi + "/id", "duplicate system id '" + sys["id"].get<std::string>() + "'");
        }
        for (const char* k : {"owner", "purpose", "vendor", "review_trigger"}) v.text(sys, pi, k);
        v.one_of(sys, pi, "lifecycle", {"planned", "development", "production", "retired"});
        v.boolean(sys, pi, "personal_data");
        v.boolean(sys, pi, "special_category_data");
        v.date(sys, pi, "last_review");
        v.date(sys, pi, "next_review");
        if (const OrderedJson* ack = v.get(sys, "acknowledged")) {
          InputError e;
          if (!snapshot_from_json(*ack, file, ptr_join(pi, "acknowledged"), e)) v.errors.push_back(e);
        }
      }
    }
  }
  if (const OrderedJson* iso = v.get(doc, "iso"); iso && v.object(*iso, "/iso")) {
    if (const OrderedJson* a = v.get(*iso, "answers"); a && v.object(*a, "/iso/answers")) {
      for (auto it = a->begin(); it != a->end(); ++it) {
        std::string pk = ptr_join("/iso/answers", it.key());
        if (!is_requirement_id(it.key())) v.add(pk, "'" + it.key() + "' is not a clause or control number");
        if (!v.object(it.value(), pk)) continue;
        v.number(it.value(), pk, "maturity", 0, 5, true);
        v.one_of(it.value(), pk, "status", {"not_started", "in_progress", "implemented", "not_applicable"});
        v.text(it.value(), pk, "notes");
        v.text(it.value(), pk, "owner");
        v.date(it.value(), pk, "due");
        v.boolean(it.value(), pk, "carried_over");
        if (const OrderedJson* ev = v.get(it.value(), "evidence")) {
          if (!ev->is_array()) v.add(pk + "/evidence", "expected a list");
          else {
            for (std::size_t i = 0; i < ev->size(); ++i) {
              std::string pe = ptr_join(pk + "/evidence", i);
              if (!v.object((*ev)[i], pe)) continue;
              v.one_of((*ev)[i], pe, "kind", {"text", "link", "path"});
              v.text((*ev)[i], pe, "value", true);
            }
          }
        }
      }
    }
    if (const OrderedJson* soa = v.get(*iso, "soa"); soa && v.object(*soa, "/iso/soa")) {
      for (auto it = soa->begin(); it != soa->end(); ++it) {
        std::string pk = ptr_join("/iso/soa", it.key());
        if (it.key().rfind("A.", 0) != 0 || !is_requirement_id(it.key())) v.add(pk, "'" + it.key() + "' is not an Annex A control");
        if (!v.object(it.value(), pk)) continue;
        v.boolean(it.value(), pk, "applicable");
        v.text(it.value(), pk, "justification");
        v.boolean(it.value(), pk, "decided");
      }
    }
  }
  if (const OrderedJson* g = v.get(doc, "governance"); g && v.object(*g, "/governance")) {
    v.list(*g, "/governance", "board", [&](const OrderedJson&, const std::string&) {});
    if (const OrderedJson* b = v.get(*g, "board"); b && b->is_array()) {
      // board members need no id; the list helper reports missing ids, so re-check here
      v.errors.erase(std::remove_if(v.errors.begin(), v.errors.end(),
                                    [](const InputError& e) { return e.path.rfind("/governance/board/", 0) == 0 && e.path.size() > 4 && e.path.substr(e.path.size() - 3) == "/id"; }),
                     v.errors.end());
    }
    if (const OrderedJson* ao = v.get(*g, "ai_officer"); ao && v.object(*ao, "/governance/ai_officer")) {
      v.text(*ao, "/governance/ai_officer", "name");
      v.text(*ao, "/governance/ai_officer", "email");
    }
    v.text(*g, "/governance", "escalation");
    if (const OrderedJson* r = v.get(*g, "raci"); r && v.object(*r, "/governance/raci")) {
      for (auto it = r->begin(); it != r->end(); ++it) {
        std::string pk = ptr_join("/governance/raci", it.key());
        if (!system_ids.count(it.key())) v.add(pk, "no AI system with id '" + it.key() + "'");
        if (!v.object(it.value(), pk)) continue;
        for (const char* k : {"responsible", "accountable", "consulted", "informed"}) v.text(it.value(), pk, k);
      }
    }
  }
  for (const RegisterSpec& reg : register_specs()) {
    v.list(doc, "", reg.key.c_str(), [&](const OrderedJson& item, const std::string& p) { v.fields(reg, item, p, system_ids); });
  }
  if (const OrderedJson* h = v.get(doc, "history")) {
    if (!h->is_array()) v.add("/history", "expected a list");
    else {
      for (std::size_t i = 0; i < h->size(); ++i) {
        std::string ph = ptr_join("/history", i);
        if (!v.object((*h)[i], ph)) continue;
        v.timestamp((*h)[i], ph, "at");
        v.text((*h)[i], ph, "path");
        v.text((*h)[i], ph, "what");
      }
    }
  }
  return v.errors;
}

// [io] --------------------------------------------------------------------------------------
OrderedJson new_project(const std::string& id, const std::string& name, Lang lang, const std::string& now) {
  OrderedJson p;
  p["format"] = kProjectFormat;
  p["version"] = kProjectFormatVersion;
  p["project"] = {{"id", id}, {"name", name}, {"created", now}, {"modified", now}, {"lang", lang_code(lang)}};
  p["organisation"] = OrderedJson::object();
  p["systems"] = OrderedJson::array();
  p["iso"] = {{"answers", OrderedJson::object()}, {"soa", OrderedJson::object()}};
  p["governance"] = OrderedJson::object();
  for (const RegisterSpec& reg : register_specs()) p[reg.key] = OrderedJson::array();
  p["history"] = OrderedJson::array();
  return p;
}

ProjectLoad load_project(std::string_view text, const std::string& file, const Catalog& cat) {
  ProjectLoad out;
  InputError err;
  auto doc = parse_ordered_json(text, file, err, 128);
  if (!doc) {
    out.errors.push_back(err);
    return out;
  }
  out.migrations = migrate_project(*doc, "1970-01-01T00:00:00Z");
  if (doc->is_object() && doc->contains("version") && (*doc)["version"].is_number_integer() &&
      (*doc)["version"].get<long long>() > kProjectFormatVersion) {
    out.warnings.push_back("written by a newer version (" + std::to_string((*doc)["version"].get<long long>()) +
                           "): fields this version does not know are kept unchanged");
  }
  out.errors = validate_project(*doc, cat, file);
  if (out.errors.empty()) out.doc = std::move(*doc);
  return out;
}

std::string project_to_text(const OrderedJson& doc) {
  return doc.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

std::string project_name(const OrderedJson& doc) {
  if (doc.contains("project") && doc["project"].is_object() && doc["project"].contains("name") &&
      doc["project"]["name"].is_string()) {
    return doc["project"]["name"].get<std::string>();
  }
  return {};
}

std::string project_id(const OrderedJson& doc) {
  if (doc.contains("project") && doc["project"].is_object() && doc["project"].contains("id") &&
      doc["project"]["id"].is_string()) {
    return doc["project"]["id"].get<std::string>();
  }
  return {};
}

std::string export_file_name(const OrderedJson& doc, const std::string& date) {
  std::string name = project_name(doc);
  if (name.empty()) name = "project";
  std::string safe;
  for (unsigned char c : name) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c >= 0x80) {
      safe += static_cast<char>(c);
    } else if (!safe.empty() && safe.back() != '-') {
      safe += '-';
    }
  }
  while (!safe.empty() && safe.back() == '-') safe.pop_back();
  if (safe.empty()) safe = "project";
  return safe + "-" + date + ".aims.json";
}

std::vector<Profile> project_profiles(const OrderedJson& doc, const Catalog& cat) {
  std::vector<Profile> out;
  if (!doc.contains("systems") || !doc["systems"].is_array()) return out;
  out.reserve(doc["systems"].size());
  for (std::size_t i = 0; i < doc["systems"].size(); ++i) {
    InputError err;
    if (auto p = profile_from_json(doc["systems"][i], cat, "", ptr_join("/systems", i), err)) out.push_back(std::move(*p));
  }
  return out;
}

}  // namespace aims
