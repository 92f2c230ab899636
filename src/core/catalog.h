// The AI Act catalog (assets/ai-act/catalog.json): every legal fact the engine uses, with its
// reference, status and source, in English and German. Loaded once from the embedded asset.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/i18n.h"

namespace aims {

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

struct CatalogEntry {
  std::string id;
  std::string kind;
  Text ref, title, summary, note;
  std::string status;
  std::string source;
  // Kind-specific fields (see assets/ai-act/FORMAT.md); empty when not used.
  std::string milestone, binds, section, legislation, moved_to, area, conformity, registration,
      fria, trigger, profile_field, effect, rule, definition_ref;
  std::vector<std::string> roles, covers;
  bool has_exception = false;
  bool selectable = false;
  int area_number = 0;
  double amount_eur = 0, percent = 0, threshold_flop = 0;
  Text exception, carve_out, question, examples;
};

struct Source {
  std::string id;
  Text title;
  std::string status;
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

 private:
  std::unordered_map<std::string, std::size_t> by_id_;
  std::unordered_map<std::string, std::size_t> ms_by_id_;
  std::map<std::string, std::vector<const CatalogEntry*>, std::less<>> by_kind_;
};

// Parses and checks a catalog. On failure returns nullopt and says why in error.
std::optional<Catalog> load_catalog(std::string_view text, std::string& error);

// Problems in a loaded catalog: duplicate ids, dangling references, bad dates, missing
// language. Empty when the catalog is sound.
std::vector<std::string> check_catalog(const Catalog& c);

// The embedded catalog, loaded on first use; nullptr if it does not load (never in a
// correct build: a test checks it).
const Catalog* ai_act_catalog();

// True for "YYYY-MM-DD" naming a real calendar day.
bool valid_iso_date(std::string_view s);

}  // namespace aims
