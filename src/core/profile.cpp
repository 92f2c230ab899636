#include "core/profile.h"

#include <algorithm>
#include <cmath>

namespace aims {

const std::vector<std::string>& all_roles() {
  static const std::vector<std::string> r(std::begin(kRoleNames), std::end(kRoleNames));
  return r;
}

namespace {

// Small reader that remembers where it is so each error names its JSON path.
struct Reader {
  const Catalog& cat;
  const std::string& file;
  InputError& err;
  bool ok = true;

  bool fail(const std::string& path, const std::string& msg) {
    if (ok) {
      err = InputError{};
      err.file = file;
      err.path = path;
      err.message = msg;
      ok = false;
    }
    return false;
  }

  const Json* field(const Json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return nullptr;
    return &*it;
  }

  void boolean(const Json& obj, const std::string& path, const char* key, bool& out) {
    const Json* v = field(obj, key);
    if (!v) return;
    if (!v->is_boolean()) {
      fail(ptr_join(path, key), std::string("expected true or false, found ") + type_name(*v));
      return;
    }
    out = v->get<bool>();
  }

  void string(const Json& obj, const std::string& path, const char* key, std::string& out) {
    const Json* v = field(obj, key);
    if (!v) return;
    if (!v->is_string()) {
      fail(ptr_join(path, key), std::string("expected text, found ") + type_name(*v));
      return;
    }
    out = v->get<std::string>();
  }

  // A list of IDs, each of which must be a catalog entry of one of the kinds (or, for
  // roles, one of the six role names).
  void id_list(const Json& obj, const std::string& path, const char* key, std::vector<std::string>& out,
               const std::vector<std::string>& kinds, const char* what, Profile::Indices* index = nullptr) {
    const Json* v = field(obj, key);
    if (!v) return;
    std::string p = ptr_join(path, key);
    if (!v->is_array()) {
      fail(p, std::string("expected a list of ") + what + ", found " + type_name(*v));
      return;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
      const Json& x = (*v)[i];
      std::string pi = ptr_join(p, i);
      if (!x.is_string()) {
        fail(pi, std::string("expected an ID (text), found ") + type_name(x));
        return;
      }
      std::string id = x.get<std::string>();
      bool known = false;
      std::uint16_t at = kNoIndex;
      for (const std::string& k : kinds) {
        if (k == "role") {
          known = known || std::count(all_roles().begin(), all_roles().end(), id) > 0;
        } else if (const CatalogEntry* e = known ? nullptr : cat.find(id, k)) {
          known = true;
          at = e->index;
        }
      }
      if (!known) {
        fail(pi, "unknown " + std::string(what) + " '" + id + "'");
        return;
      }
      if (std::find(out.begin(), out.end(), id) == out.end()) {
        out.push_back(id);
        if (index) index->push_back(at);
      }
    }
  }

  const Json* object(const Json& obj, const std::string& path, const char* key) {
    const Json* v = field(obj, key);
    if (!v) return nullptr;
    if (!v->is_object()) {
      fail(ptr_join(path, key), std::string("expected an object, found ") + type_name(*v));
      return nullptr;
    }
    return v;
  }
};

}  // namespace

std::optional<Profile> profile_from_json(const Json& j, const Catalog& cat, const std::string& file,
                                         const std::string& path, InputError& err) {
  Reader r{cat, file, err};
  if (!j.is_object()) {
    r.fail(path, std::string("expected a system profile (object), found ") + type_name(j));
    return std::nullopt;
  }
  Profile p;
  const Json* id = r.field(j, "id");
  if (!id) {
    r.fail(ptr_join(path, "id"), "missing required field 'id'");
    return std::nullopt;
  }
  if (!id->is_string() || id->get<std::string>().empty()) {
    r.fail(ptr_join(path, "id"), "expected a non-empty text id");
    return std::nullopt;
  }
  p.id = id->get<std::string>();
  r.string(j, path, "name", p.name);
  r.id_list(j, path, "roles", p.roles, {"role"}, "role");
  if (const Json* v = r.field(j, "ai_system")) {
    if (!v->is_string() || (v->get<std::string>() != "yes" && v->get<std::string>() != "no" &&
                            v->get<std::string>() != "unsure")) {
      r.fail(ptr_join(path, "ai_system"), "expected \"yes\", \"no\" or \"unsure\"");
    } else {
      p.ai_system = v->get<std::string>();
    }
  }
  r.boolean(j, path, "eu_nexus", p.eu_nexus);
  r.id_list(j, path, "exclusions", p.exclusions, {"exclusion"}, "Art. 2 exclusion", &p.catalog_index.exclusions);
  for (std::size_t i = 0; r.ok && i < p.exclusions.size(); ++i) {
    const CatalogEntry* e = cat.find(p.exclusions[i]);
    if (e && !e->selectable) {
      r.fail(ptr_join(ptr_join(path, "exclusions"), i),
             "'" + p.exclusions[i] + "' is not an exclusion a profile can claim");
    }
  }
  r.id_list(j, path, "prohibited_practices", p.prohibited_practices, {"prohibited_practice"},
            "Art. 5 practice", &p.catalog_index.prohibited_practices);
  r.id_list(j, path, "prohibited_exceptions", p.prohibited_exceptions, {"prohibited_practice"},
            "Art. 5 practice", &p.catalog_index.prohibited_exceptions);
  if (const Json* a1 = r.object(j, path, "annex1")) {
    std::string p1 = ptr_join(path, "annex1");
    if (const Json* act = r.field(*a1, "act")) {
      if (!act->is_string()) {
        r.fail(ptr_join(p1, "act"), std::string("expected an Annex I act ID or null, found ") + type_name(*act));
      } else if (!cat.find(act->get<std::string>(), "annex1_act")) {
        r.fail(ptr_join(p1, "act"), "unknown Annex I act '" + act->get<std::string>() + "'");
      } else {
        p.annex1.act = act->get<std::string>();
      }
    }
    r.boolean(*a1, p1, "safety_component", p.annex1.safety_component);
    r.boolean(*a1, p1, "third_party_conformity", p.annex1.third_party_conformity);
  }
  r.id_list(j, path, "annex3", p.annex3, {"annex3_point"}, "Annex III point", &p.catalog_index.annex3);
  if (const Json* d = r.object(j, path, "art6_3")) {
    std::string pd = ptr_join(path, "art6_3");
    r.id_list(*d, pd, "conditions", p.art6_3.conditions, {"art6_3_condition"}, "Art. 6(3) condition",
              &p.catalog_index.conditions);
    for (std::size_t i = 0; r.ok && i < p.art6_3.conditions.size(); ++i) {
      const std::string& c = p.art6_3.conditions[i];
      if (c != "art6.3.a" && c != "art6.3.b" && c != "art6.3.c" && c != "art6.3.d") {
        r.fail(ptr_join(ptr_join(pd, "conditions"), i), "'" + c + "' is not one of art6.3.a … art6.3.d");
      }
    }
    r.boolean(*d, pd, "no_material_influence", p.art6_3.no_material_influence);
  }
  r.boolean(j, path, "profiling", p.profiling);
  r.id_list(j, path, "transparency", p.transparency, {"transparency_duty"}, "Art. 50 situation",
            &p.catalog_index.transparency);
  r.id_list(j, path, "transparency_exceptions", p.transparency_exceptions, {"transparency_duty"},
            "Art. 50 situation", &p.catalog_index.transparency_exceptions);
  if (const Json* g = r.object(j, path, "gpai")) {
    std::string pg = ptr_join(path, "gpai");
    r.boolean(*g, pg, "model", p.gpai.model);
    if (const Json* f = r.field(*g, "training_flop")) {
      if (!f->is_number() || f->get<double>() < 0 || !std::isfinite(f->get<double>())) {
        r.fail(ptr_join(pg, "training_flop"), "expected a non-negative number of FLOP or null");
      } else {
        p.gpai.training_flop = f->get<double>();
      }
    }
    r.boolean(*g, pg, "designated_systemic", p.gpai.designated_systemic);
    r.boolean(*g, pg, "open_source", p.gpai.open_source);
  }
  if (const Json* d = r.object(j, path, "deployer_type")) {
    std::string pd = ptr_join(path, "deployer_type");
    r.boolean(*d, pd, "public_body", p.deployer_type.public_body);
    r.boolean(*d, pd, "public_service", p.deployer_type.public_service);
  }
  if (const Json* v = r.object(j, path, "value_chain")) {
    std::string pv = ptr_join(path, "value_chain");
    r.boolean(*v, pv, "own_name_on_high_risk", p.value_chain.own_name_on_high_risk);
    r.boolean(*v, pv, "substantial_modification", p.value_chain.substantial_modification);
    r.boolean(*v, pv, "repurposed_to_high_risk", p.value_chain.repurposed_to_high_risk);
  }
  if (const Json* d = r.field(j, "on_market_since")) {
    if (!d->is_string() || !valid_iso_date(d->get<std::string>())) {
      r.fail(ptr_join(path, "on_market_since"), "expected a date as YYYY-MM-DD or null");
    } else {
      p.on_market_since = d->get<std::string>();
    }
  }
  if (!r.ok) return std::nullopt;
  return p;
}

Json profile_to_json(const Profile& p) {
  Json j;
  j["id"] = p.id;
  j["name"] = p.name;
  j["roles"] = p.roles;
  j["ai_system"] = p.ai_system;
  j["eu_nexus"] = p.eu_nexus;
  j["exclusions"] = p.exclusions;
  j["prohibited_practices"] = p.prohibited_practices;
  j["prohibited_exceptions"] = p.prohibited_exceptions;
  j["annex1"] = {{"act", p.annex1.act ? Json(*p.annex1.act) : Json(nullptr)},
                 {"safety_component", p.annex1.safety_component},
                 {"third_party_conformity", p.annex1.third_party_conformity}};
  j["annex3"] = p.annex3;
  j["art6_3"] = {{"conditions", p.art6_3.conditions}, {"no_material_influence", p.art6_3.no_material_influence}};
  j["profiling"] = p.profiling;
  j["transparency"] = p.transparency;
  j["transparency_exceptions"] = p.transparency_exceptions;
  j["gpai"] = {{"model", p.gpai.model},
               {"training_flop", p.gpai.training_flop ? Json(*p.gpai.training_flop) : Json(nullptr)},
               {"designated_systemic", p.gpai.designated_systemic},
               {"open_source", p.gpai.open_source}};
  j["deployer_type"] = {{"public_body", p.deployer_type.public_body}, {"public_service", p.deployer_type.public_service}};
  j["value_chain"] = {{"own_name_on_high_risk", p.value_chain.own_name_on_high_risk},
                      {"substantial_modification", p.value_chain.substantial_modification},
                      {"repurposed_to_high_risk", p.value_chain.repurposed_to_high_risk}};
  j["on_market_since"] = p.on_market_since ? Json(*p.on_market_since) : Json(nullptr);
  return j;
}

}  // namespace aims
