// The ISO/IEC 42001 gap assessment of a project: maturity and scores per clause, control
// and group, the Statement of Applicability (suggested from the AI Act classification and
// the organisation's roles, decided by the user), blockers, time to readiness, the advice
// (internal, hybrid, external), a five-step roadmap, and what exists already (GDPR, NIS2) and the
// sector changes (ExistingCompliance). A pure function of the project
// document, the two catalogs (plus the embedded compliance catalog) and a date; nothing here is
// stored in the project.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <memory>

#include "core/classify.h"
#include "core/compliance.h"
#include "core/iso.h"
#include "core/json_read.h"
#include "core/project_classes.h"

namespace aims {

struct AssessOptions {
  std::string as_of;  // today, YYYY-MM-DD (required for dates)
  Lang lang = Lang::en;
};

struct RequirementResult {
  const IsoRequirement* req = nullptr;
  int maturity = 0;              // effective maturity 0–5
  std::string status;            // not_started | in_progress | implemented | not_applicable
  std::string source;            // answer | carried_over | none
  std::string carried_from;      // "ISO/IEC 27001:2022" when suggested from an existing system
  bool applicable = true;        // controls: from the SoA; clauses: always
  int score = 0;                 // 0–100 (maturity x 20)
  std::string owner, due, notes;
  std::size_t evidence = 0;      // number of evidence references
};

struct SoaDriver {
  std::string obligation;  // AI Act id, e.g. "art12"
  std::string ref;         // "Art. 12 AI Act"
  std::vector<std::string> systems;  // names of the systems that trigger it
};

struct SoaRow {
  const IsoRequirement* control = nullptr;
  bool applicable = true;
  std::string justification;
  std::string status;   // implementation status of the control
  std::string source;   // decided | ai_act | role | default
  bool decided = false;
  bool suggested_applicable = true;
  std::string suggestion;  // the suggested justification (also when decided)
  std::vector<SoaDriver> drivers;
};

struct GroupScore {
  const IsoGroup* group = nullptr;
  int score = 0;       // mean of the applicable members, 0–100
  int applicable = 0;  // members counted
};

struct Blocker {
  const IsoBlocker* blocker = nullptr;
  std::string title;
};

struct Factor {
  std::string id;
  std::string text;      // what it is and its effect, in the chosen language
  double months = 0;     // added to the estimate (negative: shortens)
};

struct Readiness {
  int percent = 0;           // share of certification-ready practice (maturity capped at 3)
  int maturity_percent = 0;  // mean score of all applicable requirements
  int months_low = 0, months_high = 0;
  std::vector<Factor> factors;
  std::vector<Blocker> blockers;
};

struct Advice {
  std::string approach;  // internal | hybrid | external
  std::vector<std::string> reasons;
};

struct RoadmapTask {
  std::string title;
  std::string requirement;  // ISO id, or empty
  std::string obligation;   // AI Act id, or empty
  std::string owner;
  std::string due;
  bool after_target = false;  // an AI Act deadline later than the target date
};

struct RoadmapPhase {
  const IsoPhase* phase = nullptr;
  std::string title;
  std::string start, end;
  std::vector<RoadmapTask> tasks;
};

// What the organisation already has (GDPR practices, NIS2 measures) and what its sector adds:
// carried over into the requirements above as "carried over, please confirm".
struct PracticeResult {
  const ComplianceItem* item = nullptr;
  bool in_place = false;
  std::vector<std::string> carried;  // requirement ids it suggests a maturity for (when in place)
};

struct LinkResult {                  // an AI Act provision referring to the GDPR, where it matters
  const ComplianceLink* link = nullptr;
  std::vector<std::string> systems;  // the systems it applies to
};

struct ObligationNoteResult {        // a sector rule that changes how an obligation is met
  std::string obligation;            // AI Act id, e.g. "art17"
  const SectorNote* rule = nullptr;
  std::vector<std::string> systems;
};

struct ExistingCompliance {
  std::vector<PracticeResult> gdpr;
  std::string nis2_entity;           // none | important | essential | unsure | "" (not answered)
  bool nis2_in_scope = false;        // important, essential or unsure
  std::vector<PracticeResult> nis2;
  std::vector<LinkResult> links;
  std::vector<const IncidentRule*> incidents;  // the AI Act's; NIS2's when in scope
  std::string sector;                // the organisation's sector ("" when not answered)
  const Sector* sector_data = nullptr;
  std::vector<ObligationNoteResult> obligation_notes;
  std::vector<const SectorFactor*> factors;  // the sector factors that applied
};

struct Assessment {
  std::string as_of;
  std::vector<RequirementResult> clauses;
  std::vector<RequirementResult> controls;
  std::vector<GroupScore> clause_groups;
  std::vector<GroupScore> control_groups;
  std::vector<SoaRow> soa;
  Readiness readiness;
  Advice advice;
  std::vector<RoadmapPhase> roadmap;
  std::string roadmap_start, roadmap_end;
  ExistingCompliance existing;
  // The classifications it was made from: the project's one result (project_classes.h),
  // shared, not copied.
  std::shared_ptr<const ProjectClasses> classes;
  const std::vector<Classification>& classifications() const;
};

// From the project's classifications (the ones every screen shows; made with the same
// language and date as opt).
Assessment assess(const OrderedJson& project, const Catalog& ai_act, const IsoCatalog& iso, const AssessOptions& opt,
                  std::shared_ptr<const ProjectClasses> classes);
// The same, classifying the project first (classify_project with the organisation's data).
Assessment assess(const OrderedJson& project, const Catalog& ai_act, const IsoCatalog& iso, const AssessOptions& opt);
OrderedJson to_json(const Assessment& a, Lang lang);

}  // namespace aims
