// The project document (assets/project/FORMAT.md): one JSON document per organisation.
// The document is the truth: unknown fields from newer versions stay where they are, and
// everything derived (classes, scores) is computed from it, never stored in it.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.h"
#include "core/json_read.h"
#include "core/profile.h"

namespace aims {

constexpr int kProjectFormatVersion = 1;
constexpr const char* kProjectFormat = "aims-project";

struct ProjectLoad {
  std::optional<OrderedJson> doc;        // set when the document is usable
  std::vector<InputError> errors;        // every problem found (empty when valid)
  std::vector<std::string> migrations;   // what was converted on the way in
  std::vector<std::string> warnings;     // usable, but worth saying (newer version, ...)
};

// Parses, migrates and validates a project file. A document with errors is not returned.
ProjectLoad load_project(std::string_view text, const std::string& file, const Catalog& cat);

// Every problem of a (migrated) document, each with its JSON path.
std::vector<InputError> validate_project(const OrderedJson& doc, const Catalog& cat, const std::string& file);

// Converts older inputs to the current version in place; returns what was done. Inputs:
// a bare system profile or a list of profiles (version 0), or an aims-project document.
std::vector<std::string> migrate_project(OrderedJson& doc, const std::string& now);

// A new, empty project.
OrderedJson new_project(const std::string& id, const std::string& name, Lang lang, const std::string& now);

// The file form: pretty-printed UTF-8 with a final newline.
std::string project_to_text(const OrderedJson& doc);

// A file name for an export: "<name>-<date>.aims.json" with unsafe characters replaced.
std::string export_file_name(const OrderedJson& doc, const std::string& date);

// The systems of a project as classification profiles (skipping none: a validated document
// has only valid profiles).
std::vector<Profile> project_profiles(const OrderedJson& doc, const Catalog& cat);

// Convenience accessors with defaults.
std::string project_name(const OrderedJson& doc);
std::string project_id(const OrderedJson& doc);

}  // namespace aims
