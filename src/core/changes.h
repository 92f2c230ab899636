// What changed with the law: a project keeps, per AI system, the classification result the user
// last acknowledged (class, routes, practices, transparency, GPAI, FRIA, registration and the
// obligations with their dates), with the catalog version and legal status date it came from.
// When the catalog is newer, compare() lists what differs and which catalog entry it concerns,
// so the user can see why a result moved and acknowledge it (app; `aims classify --changes`).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/classify.h"
#include "core/json_read.h"

namespace aims {

struct ResultSnapshot {
  std::string acknowledged_on;  // date the user acknowledged it (may be empty in a fresh snapshot)
  int catalog_version = 0;
  std::string legal_status_as_of;
  std::string date_basis;  // "amended" or "enacted"
  std::string risk_class, applies_from, gpai, registration, conformity_assessment;
  bool fria_required = false;
  std::vector<std::string> high_risk_routes, prohibited_practices, transparency;
  struct Duty {
    std::string id, role, applies_from;
    bool operator==(const Duty&) const = default;
  };
  std::vector<Duty> obligations;
};

// The snapshot of a classification as it is now.
ResultSnapshot snapshot(const Classification& c, const Catalog& cat, const std::string& acknowledged_on = "");

OrderedJson to_json(const ResultSnapshot& s);
// Reads a stored snapshot (a system's "acknowledged" object); on a problem says where.
std::optional<ResultSnapshot> snapshot_from_json(const OrderedJson& j, const std::string& file, const std::string& path,
                                                 InputError& err);

struct ResultChange {
  // risk_class, applies_from, gpai, registration, conformity_assessment, fria_required,
  // route_added/removed, practice_added/removed, transparency_added/removed,
  // obligation_added/removed, obligation_date
  std::string what;
  std::string entry;  // the catalog entry it concerns ("" for the class and other whole-result values)
  std::string ref;    // that entry's reference in the language asked for
  std::string role;   // for obligations
  std::string old_value, new_value;
};

// Differences from the acknowledged result to the current one, in a stable order.
std::vector<ResultChange> compare(const ResultSnapshot& acknowledged, const ResultSnapshot& now, const Catalog& cat,
                                  Lang lang);

// A project system's acknowledged result ("acknowledged"), or nothing when it has none (or a
// broken one: the validator reports that).
std::optional<ResultSnapshot> acknowledged_of(const OrderedJson& system);
// "unchanged", "changed" or "not_acknowledged" for a system and its current classification.
const char* acknowledgement_status(const OrderedJson& system, const Classification& now, const Catalog& cat);

// One system's comparison as JSON: status "unchanged", "changed" or "not_acknowledged".
OrderedJson changes_json(const std::string& system, const std::optional<ResultSnapshot>& acknowledged,
                         const ResultSnapshot& now, const Catalog& cat, Lang lang);

}  // namespace aims
