// Existing compliance and sector rules (assets/compliance/catalog.json, format in
// assets/compliance/FORMAT.md): the GDPR practices and NIS2 measures an organisation may
// already have, the AI Act's links to the GDPR, incident reporting side by side, and per
// sector typical AI systems, questionnaire hints, other rules and readiness factors. Every
// entry keeps its status and source. Pure data plus look-ups; the assessment applies it.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.h"
#include "core/classify.h"
#include "core/json_read.h"

namespace aims {

struct ComplianceItem {      // a GDPR practice or a NIS2 measure
  std::string id, field, status, source;  // field: under /organisation/gdpr (GDPR) or /organisation
  Text ref, title, help;
  // NIS2 Art. 21 only: what it stands beside in the AI Act.
  std::string beside_obligation, beside_status, beside_source;
  Text beside_ref, beside_text;
};

struct ComplianceLink {      // an AI Act provision that refers to the GDPR
  std::string id, obligation, system_flag, gdpr, status, source;
  Text ref, text;
};

struct IncidentRule {        // one reporting deadline
  std::string id, regime, status, source;  // regime: nis2 | ai_act
  Text ref, deadline, what;
};

struct SectorNote {          // a hint, or another rule of the sector
  std::string id, status, source;
  Text ref, text;
};

struct SectorExample {       // a typical AI system, added to the inventory in one click
  std::string id, status, source;
  Text name, purpose, why;
  Json profile;              // the answers that follow from the example
};

struct SectorFactor {        // how the sector changes the time to readiness
  std::string id, status, source;
  std::vector<std::string> when_ms, when_no_ms;  // any of / none of these management systems
  double months = 0;
  Text text;
};

struct Sector {
  std::string id;
  std::vector<SectorExample> examples;
  std::vector<SectorNote> hints, rules;
  std::vector<std::pair<std::string, std::string>> obligation_notes;  // AI Act obligation -> rule id
  std::vector<SectorFactor> factors;
  const SectorNote* rule(std::string_view rule_id) const;
};

struct ComplianceSource {
  std::string id, status;
  Text title;
};

class ComplianceCatalog {
 public:
  std::string legal_status_as_of;
  std::vector<ComplianceSource> sources;
  std::vector<ComplianceItem> gdpr;
  std::vector<ComplianceLink> links;
  Text nis2_help;
  std::string nis2_help_status, nis2_help_source;
  std::vector<ComplianceItem> nis2;
  std::vector<IncidentRule> incidents;
  std::vector<Sector> sectors;

  const Sector* sector(std::string_view id) const;
  const ComplianceItem* item(std::string_view id) const;  // GDPR or NIS2
  const ComplianceSource* source(std::string_view id) const;
};

std::optional<ComplianceCatalog> load_compliance_catalog(std::string_view text, std::string& error);
// Problems (dangling sources, statuses, obligations unknown to the AI Act catalog, example
// profiles that do not load); empty when sound.
std::vector<std::string> check_compliance_catalog(const ComplianceCatalog& c, const Catalog& ai_act);
// The embedded catalog, loaded on first use.
const ComplianceCatalog* compliance_catalog();

// Notes the sector's rules on the obligations they change (e.g. a financial institution's
// Arts. 17(4), 18(3), 19(2), 26(5)); obligations that already carry a note keep it. The notes
// point into the embedded catalog, which lives as long as the program.
void note_sector_rules(Classification& c, std::string_view sector, Lang lang);

// Whether the organisation has a practice in place (a GDPR or NIS2 item's field).
bool practice_in_place(const OrderedJson& organisation, const ComplianceItem& item);

// A system for the inventory from a sector example: the example's answers plus id, name,
// purpose and an empty rest the questionnaire asks for.
OrderedJson system_from_example(const SectorExample& e, const std::string& id, Lang lang);

}  // namespace aims
