// The registers of a project (risks, documents, trainings, audits, reviews, objectives,
// tasks) described once: each register's member of the project, id prefix and title, and
// each field's key, type, string key and value list. The description is data
// (assets/project/registers.json, embedded); the validator (project.cpp), the app's forms
// (app/form.h), new ids and the expected documents (registers.cpp) read it, a test compares
// it with the JSON schema and scripts/check_strings.py takes its string keys from it.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace aims {

// One enumeration ("document_kind"): its values and the prefix of their string keys
// ("doc.kind" + "." + value).
struct ValueList {
  std::string id;
  std::string labels;
  std::vector<std::string> values;
  std::vector<const char*> value_ptrs;   // the values as C strings (for the app's widgets)
  std::vector<std::string> audit_expects;  // document kinds: those an ISO/IEC 42001 audit expects
};

enum class FieldType {
  text,          // one line
  long_text,     // a few lines (stored the same way)
  date,          // YYYY-MM-DD
  whole_number,  // from min to max
  boolean,
  choice,        // one value of `values`
  rating,        // 1 .. number of `values` (a whole number; the values label the steps)
  system,        // the id of one of the project's AI systems, or null
  list,          // nested items (no ids) with the fields of `items`
};

struct RegisterSpec;

struct RegisterField {
  std::string key;                // the item's member ("title")
  FieldType type = FieldType::text;
  std::string label;              // string key of its label
  const ValueList* values = nullptr;  // choice, rating
  long long min = 0, max = 0;         // whole_number
  std::string none_label;             // system: string key for "none"
  std::shared_ptr<const RegisterSpec> items;  // list: the nested items
};

struct RegisterSpec {
  std::string key;        // member of the project ("risks"), or of the parent item ("findings")
  std::string id_prefix;  // new ids are "<prefix>-<n>"; empty for nested items (no ids)
  std::string title;      // string key of the register's heading
  std::vector<RegisterField> fields;

  const RegisterField* field(std::string_view key) const;
};

// Fields point into value_lists: a description is moved, never copied.
struct RegisterDescription {
  RegisterDescription() = default;
  RegisterDescription(RegisterDescription&&) = default;
  RegisterDescription& operator=(RegisterDescription&&) = default;
  RegisterDescription(const RegisterDescription&) = delete;
  RegisterDescription& operator=(const RegisterDescription&) = delete;

  std::vector<ValueList> value_lists;
  std::vector<RegisterSpec> registers;  // in the order of the project file
};

// The description embedded from assets/project/registers.json (parsed once).
const RegisterDescription& register_description();
// The registers in file order.
const std::vector<RegisterSpec>& register_specs();
// A register by its member of the project ("documents"); nullptr when none.
const RegisterSpec* find_register(std::string_view key);
// A value list by id ("progress"); nullptr when none.
const ValueList* find_value_list(std::string_view id);
// The name of a field type as written in the description ("long_text").
const char* field_type_name(FieldType t);

// Parses a description (used by register_description() and by tests); empty on an error,
// with the reason in *error.
RegisterDescription parse_register_description(std::string_view text, std::string* error = nullptr);

}  // namespace aims
