// The system profile: what a user knows about one AI system (shared/spec/classification.md).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/json_read.h"
#include "core/small_vec.h"

namespace aims {

struct Profile {
  std::string id;
  std::string name;
  std::vector<std::string> roles;
  std::string ai_system = "yes";  // yes | no | unsure
  bool eu_nexus = true;
  std::vector<std::string> exclusions;
  std::vector<std::string> prohibited_practices;
  std::vector<std::string> prohibited_exceptions;
  struct Annex1 {
    std::optional<std::string> act;
    bool safety_component = false;
    bool third_party_conformity = false;
  } annex1;
  std::vector<std::string> annex3;
  struct Art63 {
    std::vector<std::string> conditions;
    bool no_material_influence = false;
  } art6_3;
  bool profiling = false;
  std::vector<std::string> transparency;
  std::vector<std::string> transparency_exceptions;
  struct Gpai {
    bool model = false;
    std::optional<double> training_flop;
    bool designated_systemic = false;
    bool open_source = false;
  } gpai;
  struct DeployerType {
    bool public_body = false;
    bool public_service = false;
  } deployer_type;
  struct ValueChain {
    bool own_name_on_high_risk = false;
    bool substantial_modification = false;
    bool repurposed_to_high_risk = false;
  } value_chain;
  std::optional<std::string> on_market_since;

  // Where the reader found each id of the lists above in the catalog (Catalog::entries), in
  // list order; empty for a profile built in code. Only a hint: classify() checks each index
  // against its id and looks the id up when they differ or the sizes do not match.
  using Indices = SmallVec<std::uint16_t, 4>;
  struct CatalogIndices {
    Indices exclusions, prohibited_practices, prohibited_exceptions, annex3, conditions, transparency,
        transparency_exceptions;
  } catalog_index;
};

// The six roles of the AI Act, in their canonical order.
const std::vector<std::string>& all_roles();

// Reads a profile from JSON, checking every field against the contract and every ID against
// the catalog. On the first problem returns nullopt and fills err (file, JSON path, message).
std::optional<Profile> profile_from_json(const Json& j, const Catalog& cat, const std::string& file,
                                         const std::string& path, InputError& err);

// Writes a profile with every field present (the canonical form).
Json profile_to_json(const Profile& p);

}  // namespace aims
