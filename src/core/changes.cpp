#include "core/changes.h"

#include <algorithm>

namespace aims {


namespace {

template <class V>
std::vector<std::string> strings(const V& v) {
  std::vector<std::string> out;
  for (std::string_view x : v) out.emplace_back(x);
  return out;
}

OrderedJson array_of(const std::vector<std::string>& v) {
  OrderedJson a = OrderedJson::array();
  for (const auto& x : v) a.push_back(x);
  return a;
}

std::string ref_of(const Catalog& cat, const std::string& id, Lang lang) {
  const CatalogEntry* e = cat.find(id);
  return e ? e->ref.get(lang) : id;
}

}  // namespace

ResultSnapshot snapshot(const Classification& c, const Catalog& cat, const std::string& acknowledged_on) {
  ResultSnapshot s;
  s.acknowledged_on = acknowledged_on;
  s.catalog_version = cat.version;
  s.legal_status_as_of = cat.legal_status_as_of;
  s.date_basis = std::string(c.date_basis);
  s.risk_class = std::string(c.risk_class);
  s.applies_from = std::string(c.applies_from);
  s.gpai = std::string(c.gpai);
  s.registration = std::string(c.registration);
  s.conformity_assessment = std::string(c.conformity_assessment);
  s.fria_required = c.fria_required;
  s.high_risk_routes = strings(c.high_risk_routes);
  s.prohibited_practices = strings(c.prohibited_practices);
  s.transparency = strings(c.transparency);
  for (const Obligation& o : c.obligations) {
    s.obligations.push_back({std::string(o.id), std::string(o.role), std::string(o.applies_from)});
  }
  return s;
}

OrderedJson to_json(const ResultSnapshot& s) {
  OrderedJson j;
  if (!s.acknowledged_on.empty()) j["on"] = s.acknowledged_on;
  j["catalog_version"] = s.catalog_version;
  j["legal_status_as_of"] = s.legal_status_as_of;
  j["date_basis"] = s.date_basis;
  j["risk_class"] = s.risk_class;
  j["applies_from"] = s.applies_from;
  j["high_risk_routes"] = array_of(s.high_risk_routes);
  j["prohibited_practices"] = array_of(s.prohibited_practices);
  j["transparency"] = array_of(s.transparency);
  j["gpai"] = s.gpai;
  j["fria_required"] = s.fria_required;
  j["registration"] = s.registration;
  j["conformity_assessment"] = s.conformity_assessment;
  OrderedJson ob = OrderedJson::array();
  for (const auto& d : s.obligations) ob.push_back({{"id", d.id}, {"role", d.role}, {"applies_from", d.applies_from}});
  j["obligations"] = std::move(ob);
  return j;
}

std::optional<ResultSnapshot> snapshot_from_json(const OrderedJson& j, const std::string& file, const std::string& path,
                                                 InputError& err) {
  auto fail = [&](const std::string& at, const std::string& msg) {
    err = InputError{file, at, msg};
    return std::nullopt;
  };
  if (!j.is_object()) return fail(path, "expected an object (the acknowledged classification result)");
  ResultSnapshot s;
  auto text = [&](const char* key, std::string& out, bool date) -> bool {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return true;
    if (!it->is_string() || (date && !it->get<std::string>().empty() && !valid_iso_date(it->get<std::string>()))) {
      err = InputError{file, ptr_join(path, key), date ? "expected a date YYYY-MM-DD" : "expected text"};
      return false;
    }
    out = it->get<std::string>();
    return true;
  };
  auto list = [&](const char* key, std::vector<std::string>& out) -> bool {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return true;
    if (!it->is_array()) {
      err = InputError{file, ptr_join(path, key), "expected a list of catalog ids"};
      return false;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
      if (!(*it)[i].is_string()) {
        err = InputError{file, ptr_join(ptr_join(path, key), i), "expected a catalog id"};
        return false;
      }
      out.push_back((*it)[i].get<std::string>());
    }
    return true;
  };
  if (!text("on", s.acknowledged_on, true) || !text("legal_status_as_of", s.legal_status_as_of, true) ||
      !text("date_basis", s.date_basis, false) || !text("risk_class", s.risk_class, false) ||
      !text("applies_from", s.applies_from, true) || !text("gpai", s.gpai, false) ||
      !text("registration", s.registration, false) || !text("conformity_assessment", s.conformity_assessment, false) ||
      !list("high_risk_routes", s.high_risk_routes) || !list("prohibited_practices", s.prohibited_practices) ||
      !list("transparency", s.transparency)) {
    return std::nullopt;
  }
  if (auto it = j.find("catalog_version"); it != j.end() && !it->is_null()) {
    if (!it->is_number_integer()) return fail(ptr_join(path, "catalog_version"), "expected a whole number");
    s.catalog_version = it->get<int>();
  }
  if (auto it = j.find("fria_required"); it != j.end() && !it->is_null()) {
    if (!it->is_boolean()) return fail(ptr_join(path, "fria_required"), "expected true or false");
    s.fria_required = it->get<bool>();
  }
  if (auto it = j.find("obligations"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return fail(ptr_join(path, "obligations"), "expected a list of obligations");
    for (std::size_t i = 0; i < it->size(); ++i) {
      const OrderedJson& o = (*it)[i];
      const std::string at = ptr_join(ptr_join(path, "obligations"), i);
      if (!o.is_object() || !o.contains("id") || !o["id"].is_string()) return fail(at, "expected an obligation with an id");
      ResultSnapshot::Duty d{o["id"].get<std::string>(), "", ""};
      if (o.contains("role")) {
        if (!o["role"].is_string()) return fail(ptr_join(at, "role"), "expected text");
        d.role = o["role"].get<std::string>();
      }
      if (o.contains("applies_from") && !o["applies_from"].is_null()) {
        if (!o["applies_from"].is_string() || !valid_iso_date(o["applies_from"].get<std::string>())) {
          return fail(ptr_join(at, "applies_from"), "expected a date YYYY-MM-DD");
        }
        d.applies_from = o["applies_from"].get<std::string>();
      }
      s.obligations.push_back(std::move(d));
    }
  }
  return s;
}

std::vector<ResultChange> compare(const ResultSnapshot& a, const ResultSnapshot& b, const Catalog& cat, Lang lang) {
  std::vector<ResultChange> out;
  auto value = [&](const char* what, const std::string& x, const std::string& y) {
    if (x != y) out.push_back({what, "", "", "", x, y});
  };
  auto ids = [&](const char* added, const char* removed, const std::vector<std::string>& x,
                 const std::vector<std::string>& y) {
    for (const auto& id : y) {
      if (std::find(x.begin(), x.end(), id) == x.end()) out.push_back({added, id, ref_of(cat, id, lang), "", "", id});
    }
    for (const auto& id : x) {
      if (std::find(y.begin(), y.end(), id) == y.end()) out.push_back({removed, id, ref_of(cat, id, lang), "", id, ""});
    }
  };
  value("risk_class", a.risk_class, b.risk_class);
  value("applies_from", a.applies_from, b.applies_from);
  ids("practice_added", "practice_removed", a.prohibited_practices, b.prohibited_practices);
  ids("route_added", "route_removed", a.high_risk_routes, b.high_risk_routes);
  ids("transparency_added", "transparency_removed", a.transparency, b.transparency);
  value("gpai", a.gpai, b.gpai);
  value("fria_required", a.fria_required ? "true" : "false", b.fria_required ? "true" : "false");
  value("registration", a.registration, b.registration);
  value("conformity_assessment", a.conformity_assessment, b.conformity_assessment);
  auto find = [](const std::vector<ResultSnapshot::Duty>& v, const ResultSnapshot::Duty& d) {
    return std::find_if(v.begin(), v.end(), [&](const auto& x) { return x.id == d.id && x.role == d.role; });
  };
  for (const auto& d : b.obligations) {
    auto it = find(a.obligations, d);
    if (it == a.obligations.end()) {
      out.push_back({"obligation_added", d.id, ref_of(cat, d.id, lang), d.role, "", d.applies_from});
    } else if (it->applies_from != d.applies_from) {
      out.push_back({"obligation_date", d.id, ref_of(cat, d.id, lang), d.role, it->applies_from, d.applies_from});
    }
  }
  for (const auto& d : a.obligations) {
    if (find(b.obligations, d) == b.obligations.end()) {
      out.push_back({"obligation_removed", d.id, ref_of(cat, d.id, lang), d.role, d.applies_from, ""});
    }
  }
  return out;
}

std::optional<ResultSnapshot> acknowledged_of(const OrderedJson& system) {
  if (!system.is_object()) return std::nullopt;
  auto it = system.find("acknowledged");
  if (it == system.end() || !it->is_object()) return std::nullopt;
  InputError err;
  return snapshot_from_json(*it, "", "", err);
}

const char* acknowledgement_status(const OrderedJson& system, const Classification& now, const Catalog& cat) {
  const auto ack = acknowledged_of(system);
  if (!ack) return "not_acknowledged";
  return compare(*ack, snapshot(now, cat), cat, Lang::en).empty() ? "unchanged" : "changed";
}

OrderedJson changes_json(const std::string& system, const std::optional<ResultSnapshot>& acknowledged,
                         const ResultSnapshot& now, const Catalog& cat, Lang lang) {
  OrderedJson j;
  j["system"] = system;
  OrderedJson cur;
  cur["catalog_version"] = now.catalog_version;
  cur["legal_status_as_of"] = now.legal_status_as_of;
  cur["risk_class"] = now.risk_class;
  if (!acknowledged) {
    j["status"] = "not_acknowledged";
    j["acknowledged"] = nullptr;
    j["current"] = std::move(cur);
    j["changes"] = OrderedJson::array();
    return j;
  }
  const auto changes = compare(*acknowledged, now, cat, lang);
  j["status"] = changes.empty() ? "unchanged" : "changed";
  OrderedJson ack;
  if (!acknowledged->acknowledged_on.empty()) ack["on"] = acknowledged->acknowledged_on;
  ack["catalog_version"] = acknowledged->catalog_version;
  ack["legal_status_as_of"] = acknowledged->legal_status_as_of;
  ack["risk_class"] = acknowledged->risk_class;
  j["acknowledged"] = std::move(ack);
  j["current"] = std::move(cur);
  OrderedJson list = OrderedJson::array();
  for (const auto& c : changes) {
    OrderedJson x;
    x["what"] = c.what;
    if (!c.entry.empty()) {
      x["entry"] = c.entry;
      x["ref"] = c.ref;
    }
    if (!c.role.empty()) x["role"] = c.role;
    x["old"] = c.old_value.empty() ? OrderedJson(nullptr) : OrderedJson(c.old_value);
    x["new"] = c.new_value.empty() ? OrderedJson(nullptr) : OrderedJson(c.new_value);
    list.push_back(std::move(x));
  }
  j["changes"] = std::move(list);
  return j;
}

}  // namespace aims
