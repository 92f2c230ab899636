#include "core/legal_basis.h"

#include <cstdio>

namespace aims {

namespace {

const char* const kStatuses[] = {"law", "amended", "guidance", "proposal", "unverified", "own"};

StatusCount* status_of(LegalBasis& b, const std::string& s) {
  for (StatusCount& c : b.statuses) {
    if (c.status == s) return &c;
  }
  return nullptr;
}

SourceUse* source_of(LegalBasis& b, const std::string& id) {
  for (SourceUse& u : b.sources) {
    if (u.source->id == id) return &u;
  }
  return nullptr;
}

std::string ids_of(const std::vector<const CatalogEntry*>& v) {
  std::string s;
  for (const CatalogEntry* e : v) {
    if (!s.empty()) s += ", ";
    s += e->id;
  }
  return s;
}

std::string ids_of(const std::vector<const Milestone*>& v) {
  std::string s;
  for (const Milestone* m : v) {
    if (!s.empty()) s += ", ";
    s += m->id;
  }
  return s;
}

}  // namespace

LegalBasis legal_basis(const Catalog& cat) {
  LegalBasis b;
  b.legal_status_as_of = cat.legal_status_as_of;
  b.version = cat.version;
  for (const Source& s : cat.sources) b.sources.push_back({&s, 0, 0});
  for (const char* s : kStatuses) b.statuses.push_back({s, 0, 0});
  for (const CatalogEntry& e : cat.entries) {
    if (SourceUse* u = source_of(b, e.source)) ++u->entries;
    if (StatusCount* c = status_of(b, e.status)) ++c->entries;
    if (e.status == "amended") b.secondary.push_back(&e);
    if (e.status == "unverified") b.unverified.push_back(&e);
  }
  for (const Milestone& m : cat.timeline) {
    if (SourceUse* u = source_of(b, m.source)) ++u->milestones;
    if (StatusCount* c = status_of(b, m.status)) ++c->milestones;
    if (m.status == "amended") b.secondary_milestones.push_back(&m);
    if (m.status == "unverified") b.unverified_milestones.push_back(&m);
  }
  std::erase_if(b.statuses, [](const StatusCount& c) { return c.entries == 0 && c.milestones == 0; });
  return b;
}

OrderedJson to_json(const LegalBasis& b, Lang lang) {
  OrderedJson j;
  j["catalog_version"] = b.version;
  j["legal_status_as_of"] = b.legal_status_as_of;
  OrderedJson sources = OrderedJson::array();
  for (const SourceUse& u : b.sources) {
    OrderedJson s;
    s["id"] = u.source->id;
    s["title"] = u.source->title.get(lang);
    s["status"] = u.source->status;
    s["entries"] = u.entries;
    s["milestones"] = u.milestones;
    if (!u.source->note.empty()) s["note"] = u.source->note.get(lang);
    sources.push_back(std::move(s));
  }
  j["sources"] = std::move(sources);
  OrderedJson statuses = OrderedJson::object();
  for (const StatusCount& c : b.statuses) statuses[c.status] = {{"entries", c.entries}, {"milestones", c.milestones}};
  j["statuses"] = std::move(statuses);
  auto ids = [](const auto& v) {
    OrderedJson a = OrderedJson::array();
    for (const auto* x : v) a.push_back(x->id);
    return a;
  };
  j["secondary_sources"] = {{"entries", ids(b.secondary)}, {"milestones", ids(b.secondary_milestones)}};
  j["unverified"] = {{"entries", ids(b.unverified)}, {"milestones", ids(b.unverified_milestones)}};
  return j;
}

std::string to_text(const LegalBasis& b, Lang lang) {
  const bool de = lang == Lang::de;
  std::string s;
  char line[256];
  std::snprintf(line, sizeof line, de ? "KI-VO-Katalog Version %d, Rechtsstand %s\n" : "AI Act catalog version %d, legal status as of %s\n",
                b.version, b.legal_status_as_of.c_str());
  s += line;
  s += de ? "\nQuellen (Einträge und Termine, die sich auf sie stützen):\n" : "\nSources (entries and milestones resting on each):\n";
  for (const SourceUse& u : b.sources) {
    std::snprintf(line, sizeof line, de ? "- %s [%s]: %d Einträge, %d Termine\n" : "- %s [%s]: %d entries, %d milestones\n",
                  u.source->id.c_str(), u.source->status.c_str(), u.entries, u.milestones);
    s += line;
    s += "  " + u.source->title.get(lang) + "\n";
    if (!u.source->note.empty()) s += "  " + u.source->note.get(lang) + "\n";
  }
  s += de ? "\nStatus der Einträge und Termine:" : "\nStatus of the entries and milestones:";
  for (const StatusCount& c : b.statuses) {
    std::snprintf(line, sizeof line, " %s %d%s", c.status.c_str(), c.entries + c.milestones,
                  &c == &b.statuses.back() ? "\n" : ",");
    s += line;
  }
  s += de ? "\nGestützt auf Sekundärquellen (Amtsblatttext der Verordnung (EU) 2026/1744 nicht gelesen):\n  "
          : "\nResting on secondary sources (the OJ text of Reg. (EU) 2026/1744 was not read):\n  ";
  s += ids_of(b.secondary);
  if (!b.secondary_milestones.empty()) s += ", " + ids_of(b.secondary_milestones);
  s += "\n";
  s += de ? "\nNicht verifiziert (eine einzelne oder widersprüchliche Quellen):\n  " : "\nUnverified (a single source, or sources that conflict):\n  ";
  const std::string un = ids_of(b.unverified);
  const std::string unm = ids_of(b.unverified_milestones);
  s += un.empty() && unm.empty() ? (de ? "keine" : "none") : un + (un.empty() || unm.empty() ? "" : ", ") + unm;
  s += "\n";
  return s;
}

}  // namespace aims
