// Where every statement of the AI Act catalog comes from: its sources with their status, how
// many entries and milestones rest on each, the legal status date, and which entries rest on
// secondary sources or are unverified. Shown by the app's "Legal basis" view and printed by
// `aims catalog --sources`, so that a consultant can show a client the basis of each result.
#pragma once
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/json_read.h"

namespace aims {

struct SourceUse {
  const Source* source = nullptr;
  int entries = 0;
  int milestones = 0;
};

struct StatusCount {
  std::string status;  // law, amended, guidance, proposal, unverified, own
  int entries = 0;
  int milestones = 0;
};

struct LegalBasis {
  std::string legal_status_as_of;
  int version = 0;
  std::vector<SourceUse> sources;     // in catalog order
  std::vector<StatusCount> statuses;  // in the order above, only those in use
  // Entries that rest on a source that was not read itself (status "amended": the amending act's
  // OJ text was not read; the facts come from consistent secondary sources).
  std::vector<const CatalogEntry*> secondary;
  std::vector<const CatalogEntry*> unverified;  // status "unverified"
  std::vector<const Milestone*> secondary_milestones, unverified_milestones;
};

LegalBasis legal_basis(const Catalog& cat);

// As JSON (ids, counts, titles and notes in one language) and as plain text for a terminal.
OrderedJson to_json(const LegalBasis& b, Lang lang);
std::string to_text(const LegalBasis& b, Lang lang);

}  // namespace aims
