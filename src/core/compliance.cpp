// Existing compliance and sector rules. Sections: [load], [check], [look-ups].
#include "core/compliance.h"

#include <set>

#include "core/assets.h"
#include "core/profile.h"

namespace aims {

// [load] ---------------------------------------------------------------------------------------
namespace {

ComplianceItem item_from(const Json& j) {
  ComplianceItem it;
  it.id = string_field(j, "id");
  it.field = string_field(j, "field");
  it.status = string_field(j, "status");
  it.source = string_field(j, "source");
  it.ref = text_field(j, "ref");
  it.title = text_field(j, "title");
  it.help = text_field(j, "help");
  const Json& b = member(j, "beside");
  if (b.is_object()) {
    it.beside_obligation = string_field(b, "obligation");
    it.beside_status = string_field(b, "status");
    it.beside_source = string_field(b, "source");
    it.beside_ref = text_field(b, "ref");
    it.beside_text = text_field(b, "text");
  }
  return it;
}

SectorNote note_from(const Json& j) {
  return {string_field(j, "id"), string_field(j, "status"), string_field(j, "source"), text_field(j, "ref"),
          text_field(j, "text")};
}

}  // namespace

std::optional<ComplianceCatalog> load_compliance_catalog(std::string_view text, std::string& error) {
  InputError err;
  auto doc = parse_json(text, "assets/compliance/catalog.json", err);
  if (!doc) {
    error = err.to_string();
    return std::nullopt;
  }
  const Json& d = *doc;
  if (!d.is_object() || string_field(d, "format") != "aims-compliance-catalog") {
    error = "not a compliance catalog";
    return std::nullopt;
  }
  ComplianceCatalog c;
  c.legal_status_as_of = string_field(d, "legal_status_as_of");
  for (const Json& s : d.value("sources", Json::array())) {
    c.sources.push_back({string_field(s, "id"), string_field(s, "status"), text_field(s, "title")});
  }
  for (const Json& g : d.value("gdpr", Json::array())) c.gdpr.push_back(item_from(g));
  for (const Json& l : d.value("ai_act_links", Json::array())) {
    c.links.push_back({string_field(l, "id"), string_field(l, "obligation"), string_field(l, "system_flag"),
                       string_field(l, "gdpr"), string_field(l, "status"), string_field(l, "source"),
                       text_field(l, "ref"), text_field(l, "text")});
  }
  const Json& n = member(d, "nis2");
  const Json& entity = member(n, "entity");
  c.nis2_help = text_field(entity, "help");
  c.nis2_help_status = string_field(entity, "status");
  c.nis2_help_source = string_field(entity, "source");
  for (const Json& i : n.value("items", Json::array())) c.nis2.push_back(item_from(i));
  for (const Json& r : n.value("incident_reporting", Json::array())) {
    c.incidents.push_back({string_field(r, "id"), string_field(r, "regime"), string_field(r, "status"),
                           string_field(r, "source"), text_field(r, "ref"), text_field(r, "deadline"),
                           text_field(r, "what")});
  }
  for (const Json& s : d.value("sectors", Json::array())) {
    Sector sec;
    sec.id = string_field(s, "id");
    for (const Json& e : s.value("examples", Json::array())) {
      sec.examples.push_back({string_field(e, "id"), string_field(e, "status"), string_field(e, "source"),
                              text_field(e, "name"), text_field(e, "purpose"), text_field(e, "why"),
                              e.value("profile", Json::object())});
    }
    for (const Json& h : s.value("hints", Json::array())) sec.hints.push_back(note_from(h));
    for (const Json& r : s.value("rules", Json::array())) sec.rules.push_back(note_from(r));
    for (const Json& o : s.value("obligation_notes", Json::array())) {
      sec.obligation_notes.emplace_back(string_field(o, "obligation"), string_field(o, "rule"));
    }
    for (const Json& f : s.value("factors", Json::array())) {
      SectorFactor x;
      x.id = string_field(f, "id");
      x.status = string_field(f, "status");
      x.source = string_field(f, "source");
      x.when_ms = string_list_field(f, "when_ms");
      x.when_no_ms = string_list_field(f, "when_no_ms");
      x.months = f.value("months", 0.0);
      x.text = text_field(f, "text");
      sec.factors.push_back(std::move(x));
    }
    c.sectors.push_back(std::move(sec));
  }
  return c;
}

// [check] --------------------------------------------------------------------------------------
std::vector<std::string> check_compliance_catalog(const ComplianceCatalog& c, const Catalog& ai_act) {
  std::vector<std::string> p;
  static const std::set<std::string> statuses{"law", "amended", "guidance", "proposal", "unverified", "own"};
  std::set<std::string> ids;
  auto entry = [&](const std::string& where, const std::string& id, const std::string& status,
                   const std::string& source, const Text& text) {
    if (id.empty()) p.push_back(where + ": missing id");
    else if (!ids.insert(id).second) p.push_back(where + ": duplicate id " + id);
    if (!statuses.count(status)) p.push_back(where + " " + id + ": bad status '" + status + "'");
    if (!c.source(source)) p.push_back(where + " " + id + ": unknown source '" + source + "'");
    if (text.en.empty() || text.de.empty()) p.push_back(where + " " + id + ": text missing in en or de");
  };
  auto obligation = [&](const std::string& where, const std::string& id) {
    if (!id.empty() && !ai_act.find(id)) p.push_back(where + ": unknown AI Act id " + id);
  };
  for (const auto& s : c.sources) {
    if (!statuses.count(s.status)) p.push_back("source " + s.id + ": bad status");
  }
  for (const auto& g : c.gdpr) entry("gdpr", g.id, g.status, g.source, g.title);
  for (const auto& n : c.nis2) {
    entry("nis2", n.id, n.status, n.source, n.title);
    if (!n.beside_obligation.empty()) {
      obligation("nis2 " + n.id, n.beside_obligation);
      if (!statuses.count(n.beside_status) || !c.source(n.beside_source)) p.push_back("nis2 " + n.id + ": beside without status or source");
    }
  }
  if (!statuses.count(c.nis2_help_status) || !c.source(c.nis2_help_source)) p.push_back("nis2 entity: status or source");
  for (const auto& l : c.links) {
    entry("ai_act_links", l.id, l.status, l.source, l.text);
    obligation("ai_act_links " + l.id, l.obligation);
    if (!c.item(l.gdpr)) p.push_back("ai_act_links " + l.id + ": unknown GDPR item " + l.gdpr);
  }
  for (const auto& r : c.incidents) {
    entry("incident_reporting", r.id, r.status, r.source, r.what);
    if (r.regime != "nis2" && r.regime != "ai_act") p.push_back("incident_reporting " + r.id + ": bad regime");
  }
  for (const auto& s : c.sectors) {
    for (const auto& e : s.examples) {
      entry("sector " + s.id + " example", e.id, e.status, e.source, e.name);
      const Json sys = system_from_example(e, "x", Lang::en);
      InputError err;
      if (!profile_from_json(sys, ai_act, "catalog", "/sectors/" + s.id + "/" + e.id, err)) {
        p.push_back("sector " + s.id + " example " + e.id + ": " + err.to_string());
      }
    }
    for (const auto& h : s.hints) entry("sector " + s.id + " hint", h.id, h.status, h.source, h.text);
    for (const auto& r : s.rules) entry("sector " + s.id + " rule", r.id, r.status, r.source, r.text);
    for (const auto& [ob, rule] : s.obligation_notes) {
      obligation("sector " + s.id, ob);
      if (!s.rule(rule)) p.push_back("sector " + s.id + ": obligation note to unknown rule " + rule);
    }
    for (const auto& f : s.factors) entry("sector " + s.id + " factor", f.id, f.status, f.source, f.text);
  }
  return p;
}

// [look-ups] -----------------------------------------------------------------------------------
const SectorNote* Sector::rule(std::string_view rule_id) const {
  for (const auto& r : rules) {
    if (r.id == rule_id) return &r;
  }
  return nullptr;
}

const Sector* ComplianceCatalog::sector(std::string_view id) const {
  for (const auto& s : sectors) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

const ComplianceItem* ComplianceCatalog::item(std::string_view id) const {
  for (const auto* list : {&gdpr, &nis2}) {
    for (const auto& i : *list) {
      if (i.id == id) return &i;
    }
  }
  return nullptr;
}

const ComplianceSource* ComplianceCatalog::source(std::string_view id) const {
  for (const auto& s : sources) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

const ComplianceCatalog* compliance_catalog() {
  static const std::optional<ComplianceCatalog> cat = [] {
    std::string error;
    return load_compliance_catalog(assets::find("assets/compliance/catalog.json"), error);
  }();
  return cat ? &*cat : nullptr;
}

void note_sector_rules(Classification& c, std::string_view sector_id, Lang lang) {
  const ComplianceCatalog* comp = compliance_catalog();
  const Sector* sector = comp ? comp->sector(sector_id) : nullptr;
  if (!sector) return;
  for (Obligation& o : c.obligations) {
    for (const auto& [ob, rule] : sector->obligation_notes) {
      const SectorNote* r = sector->rule(rule);
      if (r && o.id == ob && o.note.empty()) o.note = r->text.get(lang);
    }
  }
}

bool practice_in_place(const OrderedJson& org, const ComplianceItem& item) {
  if (!org.is_object()) return false;
  // The DPO and the NIS2 measures are fields of the organisation; the other GDPR practices
  // sit in /organisation/gdpr.
  const OrderedJson* where = &org;
  if (item.id.rfind("gdpr.", 0) == 0 && item.field != "dpo") {
    auto g = org.find("gdpr");
    if (g == org.end() || !g->is_object()) return false;
    where = &*g;
  }
  auto it = where->find(item.field);
  return it != where->end() && it->is_boolean() && it->get<bool>();
}

OrderedJson system_from_example(const SectorExample& e, const std::string& id, Lang lang) {
  OrderedJson s = OrderedJson::object();
  s["id"] = id;
  s["name"] = e.name.get(lang);
  for (auto it = e.profile.begin(); it != e.profile.end(); ++it) s[it.key()] = it.value();
  s["purpose"] = e.purpose.get(lang);
  s["lifecycle"] = "planned";
  return s;
}

}  // namespace aims
