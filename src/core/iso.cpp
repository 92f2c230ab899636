#include "core/iso.h"

#include <set>

#include "core/assets.h"
#include "core/json_read.h"

namespace aims {

const IsoRequirement* IsoCatalog::find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &requirements[it->second];
}

const IsoGroup* IsoCatalog::group(std::string_view id) const {
  for (const auto& g : groups) {
    if (g.id == id) return &g;
  }
  return nullptr;
}

const IsoMapping* IsoCatalog::mapping(std::string_view id) const {
  for (const auto& m : mappings) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

std::vector<const IsoRequirement*> IsoCatalog::clauses() const {
  std::vector<const IsoRequirement*> v;
  for (const auto& r : requirements) {
    if (r.kind == "clause") v.push_back(&r);
  }
  return v;
}

std::vector<const IsoRequirement*> IsoCatalog::controls() const {
  std::vector<const IsoRequirement*> v;
  for (const auto& r : requirements) {
    if (r.kind == "control") v.push_back(&r);
  }
  return v;
}

void IsoCatalog::index() {
  by_id_.clear();
  for (std::size_t i = 0; i < requirements.size(); ++i) by_id_.emplace(requirements[i].id, i);
}

std::optional<IsoCatalog> load_iso_catalog(std::string_view text, std::string& error) {
  InputError err;
  auto doc = parse_json(text, "assets/iso42001/catalog.json", err);
  if (!doc) {
    error = err.to_string();
    return std::nullopt;
  }
  const Json& d = *doc;
  if (!d.is_object() || string_field(d, "format") != "aims-iso42001-catalog") {
    error = "not an ISO/IEC 42001 catalog";
    return std::nullopt;
  }
  IsoCatalog c;
  for (const Json& m : d.value("maturity_scale", Json::array())) {
    c.maturity.push_back(
        {m.value("level", 0), string_field(m, "id"), text_field(m, "title"), text_field(m, "description")});
  }
  for (const Json& g : d.value("groups", Json::array())) {
    c.groups.push_back({string_field(g, "id"), string_field(g, "kind"), string_field(g, "number"),
                        string_field(g, "parent"), text_field(g, "title"), text_field(g, "objective")});
  }
  for (const Json& r : d.value("requirements", Json::array())) {
    IsoRequirement q;
    q.id = string_field(r, "id");
    q.kind = string_field(r, "kind");
    q.group = string_field(r, "group");
    q.parent = string_field(r, "parent");
    q.title = text_field(r, "title");
    q.question = text_field(r, "question");
    q.evidence_en = string_list_field(member(r, "evidence"), "en");
    q.evidence_de = string_list_field(member(r, "evidence"), "de");
    q.documented_information = string_field(r, "documented_information");
    q.phase = r.value("phase", 4);
    q.provider_only = string_field(r, "applies_to") == "provider";
    c.requirements.push_back(std::move(q));
  }
  for (const Json& m : d.value("mappings", Json::array())) {
    IsoMapping map;
    map.id = string_field(m, "id");
    map.target = string_field(m, "target");
    map.status = string_field(m, "status");
    map.note = text_field(m, "note");
    for (const Json& l : m.value("links", Json::array())) {
      map.links.push_back({string_field(l, "from"), string_field(l, "to"), string_field(l, "relationship"),
                           text_field(l, "rationale")});
    }
    c.mappings.push_back(std::move(map));
  }
  for (const Json& p : d.value("phases", Json::array())) {
    c.phases.push_back({p.value("id", 0), text_field(p, "title"), p.value("weight", 0)});
  }
  for (const Json& b : d.value("blockers", Json::array())) {
    c.blockers.push_back({string_field(b, "id"), string_list_field(b, "requirements"), string_field(b, "evidence"),
                          text_field(b, "title")});
  }
  c.index();
  return c;
}

std::vector<std::string> check_iso_catalog(const IsoCatalog& c, const Catalog& ai_act) {
  std::vector<std::string> p;
  if (c.clauses().size() != 32) p.push_back("expected 32 clauses, found " + std::to_string(c.clauses().size()));
  if (c.controls().size() != 38) p.push_back("expected 38 Annex A controls, found " + std::to_string(c.controls().size()));
  std::set<std::string> ids;
  for (const auto& r : c.requirements) {
    if (!ids.insert(r.id).second) p.push_back("duplicate requirement " + r.id);
    if (r.title.en.empty() || r.title.de.empty()) p.push_back(r.id + ": title missing in a language");
    if (r.question.en.empty() || r.question.de.empty()) p.push_back(r.id + ": question missing in a language");
    if (r.evidence_en.empty() || r.evidence_en.size() != r.evidence_de.size()) p.push_back(r.id + ": evidence lists differ");
    if (!c.group(r.group)) p.push_back(r.id + ": unknown group " + r.group);
    if (r.phase < 1 || r.phase > 5) p.push_back(r.id + ": phase out of range");
  }
  static const std::set<std::string> rel{"equal", "subset", "superset", "intersect"};
  for (const auto& m : c.mappings) {
    for (const auto& l : m.links) {
      if (!c.find(l.from)) p.push_back(m.id + ": link from unknown " + l.from);
      if (!rel.count(l.relationship)) p.push_back(m.id + ": bad relationship " + l.relationship);
      if (m.id == "map.aiact" && !ai_act.find(l.to)) p.push_back(m.id + ": link to unknown AI Act id " + l.to);
      if (l.rationale.en.empty() || l.rationale.de.empty()) p.push_back(m.id + ": rationale missing for " + l.from);
    }
  }
  if (c.maturity.size() != 6) p.push_back("maturity scale must have levels 0-5");
  if (c.phases.size() != 5) p.push_back("expected five roadmap phases");
  for (const auto& b : c.blockers) {
    for (const auto& r : b.requirements) {
      if (!c.find(r)) p.push_back("blocker " + b.id + ": unknown requirement " + r);
    }
  }
  return p;
}

const IsoCatalog* iso_catalog() {
  static const std::optional<IsoCatalog> cat = [] {
    std::string error;
    return load_iso_catalog(assets::find("assets/iso42001/catalog.json"), error);
  }();
  return cat ? &*cat : nullptr;
}

}  // namespace aims
