// The AI Act catalog (assets/ai-act/catalog.json): every legal fact the engine uses, with its
// reference, status and source, in English and German. Loaded once from the embedded asset.
#pragma once
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/i18n.h"

namespace aims {

// id == x; ids of 8 to 16 bytes (most) as two overlapping words, without a library call.
inline bool same_id(const std::string& x, std::string_view id) {
  const std::size_t n = id.size();
  if (x.size() != n) return false;
  if (n >= 8 && n <= 16) {
    std::uint64_t a, b, c, d;
    std::memcpy(&a, id.data(), 8);
    std::memcpy(&b, x.data(), 8);
    std::memcpy(&c, id.data() + n - 8, 8);
    std::memcpy(&d, x.data() + n - 8, 8);
    return a == b && c == d;
  }
  return std::string_view(x) == id;
}

struct Text {
  std::string en;
  std::string de;
  const std::string& get(Lang l) const { return l == Lang::de && !de.empty() ? de : en; }
  bool empty() const { return en.empty() && de.empty(); }
};

// Which dates the engine uses: the law as enacted, or as amended by Reg. (EU) 2026/1744.
enum class DateBasis { enacted, amended };

struct Milestone {
  std::string id;
  Text title;
  std::string date_enacted;  // may be empty (a milestone that only exists as amended)
  std::string date_amended;
  std::string status;
  std::string source;
  const std::string& date(DateBasis b) const {
    return b == DateBasis::enacted && !date_enacted.empty() ? date_enacted : date_amended;
  }
};

// What an obligation's catalog trigger means, resolved from its string at load.
enum class Trigger : std::uint8_t {
  none,
  gpai,
  gpai_systemic,
  in_scope,
  prohibited,
  high_risk,  // high_risk_provider, high_risk_deployer, importer_, distributor_, authorised_rep_
  high_risk_deployer_annex3,
  fria,
  public_deployer_registration,
  derogation_6_3,
};

// The roles of the AI Act in the order of all_roles() (profile.h); other: any other name.
enum class Role : std::uint8_t {
  provider,
  deployer,
  importer,
  distributor,
  authorised_representative,
  product_manufacturer,
  other,
};

// The name of each Role (all_roles() holds the same names as strings). String literals: views of
// them stay valid for the life of the program.
inline constexpr std::string_view kRoleNames[] = {
    "provider", "deployer", "importer", "distributor", "authorised_representative", "product_manufacturer"};
static_assert(std::size(kRoleNames) == static_cast<std::size_t>(Role::other));

// Which deployers of an Annex III point must assess its impact on fundamental rights (the
// point's "fria": Art. 27(1)).
enum class FriaScope : std::uint8_t { none, all_deployers, public_or_public_service };

// Where the provider registers a system of an Annex III point (the point's "registration").
enum class RegistrationKind : std::uint8_t { none, eu_non_public, eu, national };

// Which date an obligation applies from: its milestone's, or one that depends on the result
// (the catalog's "@route", "@gpai", "@prohibited").
enum class DateOf : std::uint8_t { milestone, route, gpai, prohibited };

// The profile's value-chain answer that triggers a role change (a role change's "profile_field").
enum class ValueChainField : std::uint8_t {
  none,
  own_name_on_high_risk,
  substantial_modification,
  repurposed_to_high_risk,
};

// Index of "no entry" / "no milestone" in the resolved fields below.
inline constexpr std::uint16_t kNoIndex = 0xFFFF;

struct CatalogEntry {
  std::string id;
  std::string kind;
  Text ref, title, summary, note;
  std::string status;
  std::string source;
  // Kind-specific fields (see assets/ai-act/FORMAT.md); empty when not used.
  std::string milestone, binds, section, legislation, moved_to, area, conformity, registration,
      fria, trigger, profile_field, effect, rule, applies_to, definition_ref;
  std::vector<std::string> roles, covers;
  bool has_exception = false;
  bool selectable = false;
  int area_number = 0;
  double amount_eur = 0, percent = 0, threshold_flop = 0;
  Text exception, carve_out, question, examples;

  // Resolved by Catalog::index() for the engine: the strings above as enums and indices.
  Trigger trigger_code = Trigger::none;
  FriaScope fria_scope = FriaScope::none;                        // fria
  RegistrationKind registration_kind = RegistrationKind::none;  // registration
  bool conformity_annex6_or_7 = false;                           // conformity
  bool effect_out_of_scope = false;                              // effect
  bool section_b = false;                                        // section
  DateOf date_of = DateOf::milestone;                            // milestone
  ValueChainField value_chain_field = ValueChainField::none;     // profile_field
  std::uint8_t fine_mask = 0;                // bit i: fine tier i of Catalog::engine.fine_tiers covers it
  std::uint16_t milestone_index = kNoIndex;  // into Catalog::timeline
  std::uint16_t moved_to_index = kNoIndex;   // into Catalog::entries
  std::uint16_t index = kNoIndex;            // its own position in Catalog::entries
  std::vector<Role> role_enums;              // roles
  std::uint32_t role_bits = 0;               // a bit per Role of role_enums (Role::other excluded)
  bool names_other_role = false;             // a role of no Role (matched by name)
  Role binds_role = Role::other;             // binds
};

struct Source {
  std::string id;
  Text title;
  std::string status;
  Text note;
};

class Catalog {
 public:
  int version = 0;
  std::string legal_status_as_of;
  std::vector<Source> sources;
  std::vector<Milestone> timeline;
  std::vector<CatalogEntry> entries;

  const CatalogEntry* find(std::string_view id) const;
  const CatalogEntry* find(std::string_view id, std::string_view kind) const;
  const Milestone* milestone(std::string_view id) const;
  const Source* source(std::string_view id) const;
  // Entries of one kind, in catalog order (cached by index()).
  const std::vector<const CatalogEntry*>& of_kind(std::string_view kind) const;

  // Builds the indexes; call after filling the vectors.
  void index();

  // Position of an entry by id without allocating (open addressing); kNoIndex if absent.
  std::uint16_t index_of(std::string_view id) const;
  std::uint16_t milestone_index_of(std::string_view id) const;

  // Entries and milestones the engine names, and the lists it walks, resolved by index() so
  // that classify() never looks a string up in a map (kNoIndex when the catalog lacks one).
  struct Engine {
    std::uint16_t def_ai_5 = kNoIndex, art2_2 = kNoIndex, art2_12 = kNoIndex, art4 = kNoIndex,
                  art5 = kNoIndex, art6_3_profiling = kNoIndex, art25_3 = kNoIndex, art27 = kNoIndex,
                  art43 = kNoIndex, art49 = kNoIndex, art50_2 = kNoIndex, art51_1_b = kNoIndex,
                  art51_2 = kNoIndex, art53 = kNoIndex, art53_1_a = kNoIndex, art53_2 = kNoIndex,
                  art99_5 = kNoIndex, art101 = kNoIndex, art111_3 = kNoIndex;
    std::uint16_t tl_annex3 = kNoIndex, tl_annex1 = kNoIndex, tl_general = kNoIndex,
                  tl_art50_2_legacy = kNoIndex, tl_gpai_gov = kNoIndex, tl_gpai_legacy = kNoIndex,
                  tl_ch1_2 = kNoIndex;
    std::vector<std::uint16_t> obligations, transparency_duties, role_changes;
    // The obligations by Trigger code: bit i stands for obligations[i] (only with at most 64).
    std::uint64_t obligations_by_trigger[16] = {};
    // The obligations that can bind the organisation, in the same bits: by Role it holds, and
    // whatever its roles (the duties of a general-purpose AI model, which bind its provider, and
    // those naming a role of no Role, matched by name).
    std::uint64_t obligations_by_role[static_cast<std::size_t>(Role::other)] = {};
    std::uint64_t obligations_any_role = 0;
    std::vector<std::uint16_t> fine_tiers;  // without the "lower" rules and art100; at most 8
    std::uint8_t fine_tier_art99_5 = 0;      // the bit of art99.5 in fine_tiers (0: none)
    // The "lower amount" rules of the catalog (rule "lower", applies_to "sme" / "small_midcap":
    // Art. 99(6) and 99(6a)): the entry and the fine tiers it lowers, as bits of fine_tiers.
    struct LowerRule {
      std::uint16_t entry = kNoIndex;
      std::uint8_t tiers = 0;
    } lower_sme, lower_small_midcap;
  } engine;

 private:
  std::unordered_map<std::string, std::size_t> by_id_;
  std::unordered_map<std::string, std::size_t> ms_by_id_;
  std::map<std::string, std::vector<const CatalogEntry*>, std::less<>> by_kind_;
  std::vector<std::uint16_t> slots_;     // open-addressing table of entry indices
  std::vector<std::uint16_t> ms_slots_;  // the same for milestones
};

// Parses and checks a catalog. On failure returns nullopt and says why in error.
std::optional<Catalog> load_catalog(std::string_view text, std::string& error);

// Problems in a loaded catalog: duplicate ids, dangling references, bad dates, missing
// language. Empty when the catalog is sound.
std::vector<std::string> check_catalog(const Catalog& c);

// The embedded catalog, loaded on first use; nullptr if it does not load (never in a
// correct build: a test checks it).
const Catalog* ai_act_catalog();

// The embedded catalog's legal_status_as_of, read from the start of its text without loading
// the rest (the start screen needs only this date; the catalog loads on first use after it).
// Empty if the text has no such top-level string.
std::string ai_act_legal_status_as_of();
// The same for any catalog text: the value of a top-level string member, reading no further
// than that member.
std::string top_level_string(std::string_view json_text, std::string_view key);

// True for "YYYY-MM-DD" naming a real calendar day.
bool valid_iso_date(std::string_view s);

}  // namespace aims
