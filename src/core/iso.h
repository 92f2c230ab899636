// The ISO/IEC 42001 catalog (assets/iso42001/catalog.json): clause and control numbers with
// our own titles, questions and evidence, the maturity scale, roadmap phases, blockers and
// the mappings to ISO/IEC 27001, ISO 9001, the AI Act, and the GDPR practices and NIS2 measures
// of assets/compliance/catalog.json (map.gdpr, map.nis2).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.h"

namespace aims {

struct IsoLink {
  std::string from, to, relationship;
  Text rationale;
};

struct IsoMapping {
  std::string id, target, status;
  Text note;
  std::vector<IsoLink> links;
};

struct IsoRequirement {
  std::string id, kind, group, parent;  // kind: clause | control
  Text title, question;
  std::vector<std::string> evidence_en, evidence_de;
  std::string documented_information;  // yes | no | likely
  int phase = 4;
  bool provider_only = false;
};

struct IsoGroup {
  std::string id, kind, number, parent;
  Text title, objective;
};

struct IsoLevel {
  int level = 0;
  std::string id;
  Text title, description;
};

struct IsoPhase {
  int id = 0;
  Text title;
  int weight = 0;
};

struct IsoBlocker {
  std::string id;
  std::vector<std::string> requirements;
  std::string evidence;
  Text title;
};

class IsoCatalog {
 public:
  std::vector<IsoLevel> maturity;
  std::vector<IsoGroup> groups;
  std::vector<IsoRequirement> requirements;
  std::vector<IsoMapping> mappings;
  std::vector<IsoPhase> phases;
  std::vector<IsoBlocker> blockers;

  const IsoRequirement* find(std::string_view id) const;
  const IsoGroup* group(std::string_view id) const;
  const IsoMapping* mapping(std::string_view id) const;
  std::vector<const IsoRequirement*> clauses() const;
  std::vector<const IsoRequirement*> controls() const;
  void index();

 private:
  std::map<std::string, std::size_t, std::less<>> by_id_;
};

std::optional<IsoCatalog> load_iso_catalog(std::string_view text, std::string& error);
// Problems in the catalog (counts, dangling references, languages); empty when sound.
std::vector<std::string> check_iso_catalog(const IsoCatalog& c, const Catalog& ai_act);
// The embedded catalog, loaded on first use.
const IsoCatalog* iso_catalog();

}  // namespace aims
