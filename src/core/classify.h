// The classification engine: a pure function from a system profile to what the EU AI Act
// makes of it, with the trace of every rule evaluated (shared/spec/classification.md).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.h"
#include "core/profile.h"

namespace aims {

// Who the organisation is, for the fine exposure (Art. 99). Optional.
struct Company {
  std::optional<double> turnover_eur;  // total worldwide annual turnover, preceding year
  bool sme = false;                    // SME or start-up (Art. 99(6))
  bool small_midcap = false;           // small mid-cap (reported Omnibus extension of 99(6))
};

struct ClassifyOptions {
  DateBasis basis = DateBasis::amended;
  std::string as_of;  // deadlines still ahead of this date; default: catalog legal status date
  Lang lang = Lang::en;
  std::optional<Company> company;
  // Build the trace (references, inputs, reasons). Off only for bulk runs that need verdicts.
  bool explain = true;
};

struct TraceStep {
  std::string rule;  // e.g. "annex3"
  std::string ref;   // legal reference
  Json inputs;       // the profile fields the rule looked at
  Json result;       // true/false or a value
  std::string because;
};

// Text fields point into the catalog, which lives as long as the program.
struct Obligation {
  std::string id;
  std::string_view ref;
  std::string role;
  std::string applies_from;
  std::string_view title;
  std::string_view status;  // catalog status of the rule (law / amended / ...)
  std::string_view note;    // e.g. open-source relief
};

struct FineTier {
  std::string id;
  std::string ref;
  double amount_eur = 0;
  double percent = 0;
  std::optional<double> max_eur;  // with a known turnover
  std::string rule;               // "higher" or "lower" (SME)
  std::string because;
};

struct Deadline {
  std::string date;
  std::string obligation;
  std::string role;
  std::string_view ref;
};

struct Classification {
  std::string system;
  std::string name;
  std::string risk_class;
  std::vector<std::string> high_risk_routes;
  std::string derogation_6_3 = "n/a";
  std::vector<std::string> prohibited_practices;
  std::vector<std::string> transparency;
  std::string gpai = "none";
  std::vector<std::string> effective_roles;
  bool fria_required = false;
  std::string registration = "none";
  std::string conformity_assessment = "none";
  std::vector<Obligation> obligations;
  std::string applies_from;  // empty = null
  std::vector<std::string> open_questions;
  std::vector<TraceStep> trace;
  // Extensions beyond the contract.
  std::string legal_status_as_of;
  std::string date_basis;
  std::string as_of;
  std::vector<Deadline> deadlines;
  std::vector<FineTier> fines;

  bool has_obligation(const std::string& id) const;
};

Classification classify(const Profile& p, const Catalog& cat, const ClassifyOptions& opt = {});
// The classification as JSON, fields in the contract's order.
OrderedJson to_json(const Classification& c);

// Severity order of risk classes, for sorting and summaries (0 = most severe).
int risk_class_rank(const std::string& risk_class);

}  // namespace aims
