// The classification of every system of a project, made in one place and read by everyone:
// the app's screens (dashboard, questionnaire result, inventory, assessment, SoA, roadmap,
// reports) and the CLI's assess and report. It is made once per ClassesKey, so no two
// screens can show a system with different options (e.g. one with the turnover, one without).
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.h"
#include "core/classify.h"
#include "core/json_read.h"
#include "core/profile.h"

namespace aims {

// Everything the classifications of a project depend on besides its systems. Two keys that
// compare equal give the same classifications. A new input (another organisation field, a
// date basis) is one member here, one line in operator== and one in classes_key().
struct ClassesKey {
  std::uint64_t revision = 0;      // of the document (the app's editor; 0 for a file read once)
  Lang lang = Lang::en;            // of the texts (trace, open questions, fines' reasons)
  std::string as_of;               // deadlines still ahead of this date (YYYY-MM-DD)
  std::optional<Company> company;  // organisation data: turnover, SME, small mid-cap (Art. 99)
  std::string sector;              // organisation's sector: its rules note obligations (e.g. a
                                   // financial institution's Art. 17(4), 26(5); compliance.h)

  bool operator==(const ClassesKey& o) const;
  bool operator!=(const ClassesKey& o) const { return !(*this == o); }
};

// The key for a document: the organisation data are read from /organisation (turnover_eur,
// sme, small_midcap); a company is set only when the turnover is known.
ClassesKey classes_key(const OrderedJson& doc, std::uint64_t revision, Lang lang, std::string as_of);
// The engine's options for a key.
ClassifyOptions classify_options(const ClassesKey& key);

// The systems of a project with their classifications, in document order.
struct ProjectClasses {
  ClassesKey key;                        // what they were made with
  std::vector<Profile> profiles;         // the systems whose answers form a valid profile
  std::vector<Classification> classes;   // classes[i] is the classification of profiles[i]
  std::vector<int> index;                // by the system's place in /systems: its index in classes, or -1
  std::vector<std::string> errors;       // by the system's place in /systems: why it has no profile

  // By the system's place in /systems (nullptr: no valid profile, or no such system).
  const Classification* of_system(std::size_t i) const;
  const Profile* profile_of_system(std::size_t i) const;
  std::string_view error_of_system(std::size_t i) const;
};

// Notes the sector's rules on the obligations they change (assets/compliance: obligation_notes).
void apply_sector_notes(ProjectClasses& pc, const ClassesKey& key);

// Classifies every system of the document. The one place that calls classify() for a project.
std::shared_ptr<const ProjectClasses> classify_project(const OrderedJson& doc, const Catalog& cat, const ClassesKey& key);

// The highest maximum fine (Art. 99/101, with the turnover) of a classification; empty
// without a turnover or without fines. What the questionnaire's result shows first.
std::optional<double> max_fine_eur(const Classification& c);

}  // namespace aims
