// A form over one item of a register (a document, a task, an audit finding, …) described by
// its fields instead of drawn widget by widget: each field names its label (a string key), the
// item's member it edits and its kind. A register's field is taken from its description in
// core (core/register_spec.h) with field(): kind, label and values come from there, the view
// adds only the layout, hints and tooltips. The form is a table of two columns, the fields of
// `left` one below the other, then those of `right`; every field is one of fields.h, so
// typing is one undo step and every change is saved at once.
#pragma once
#include <string>
#include <vector>

#include "app/app.h"
#include "app/fields.h"
#include "app/list_editor.h"
#include "core/register_spec.h"

namespace aims::app::form {

enum class Kind {
  text,          // one line of text (field_text)
  multiline,     // a few lines of text
  date,          // YYYY-MM-DD (field_date)
  choice,        // one value of an enumeration (field_enum)
  whole_number,  // within [lo, hi] (field_int)
  checkbox,      // yes / no (field_bool), a little apart from the field above it
  overdue,       // no field: the word "overdue" when the item is past its due date and not done
  scale,         // a rating 1–5 as numbered words "<value_prefix>.<n>" (field_scale)
  system,        // one of the project's AI systems, or none labelled `value_prefix` (field_system)
};

struct Field {
  Kind kind = Kind::text;
  const char* label = "";  // string key of the label (it also names the undo step)
  const char* key = "";    // the item's member ("title")
  FieldOpts opts = {};     // hint, tooltip, width (the test id comes from the form)
  const std::vector<const char*>* values = nullptr;  // choice: the values
  const char* value_prefix = "";                     // choice, scale: option labels "<prefix>.<value>";
                                                     // system: string key of the label for none
  long long lo = 0, hi = 0;                          // whole number: the range
};

Field text(const char* label, const char* key, FieldOpts o = {});
Field multiline(const char* label, const char* key, FieldOpts o = {});
Field date(const char* label, const char* key, FieldOpts o = {});
Field choice(const char* label, const char* key, const std::vector<const char*>& values, const char* value_prefix,
             FieldOpts o = {});
Field whole_number(const char* label, const char* key, long long lo, long long hi, FieldOpts o = {});
Field checkbox(const char* label, const char* key, FieldOpts o = {});
Field overdue();
Field scale(const char* label, const char* key, const char* value_prefix, FieldOpts o = {});
Field system(const char* label, const char* key, const char* none_label, FieldOpts o = {});

// The field `key` of a described register (or of a nested list's items): text → text,
// long_text → multiline, date, whole_number, boolean → checkbox, choice, rating → scale,
// system. A key the description lacks gives a text field labelled with the key.
Field field(const RegisterSpec& reg, const char* key, FieldOpts o = {});
// A register of the description by its member of the project ("documents"); an empty one
// (no fields, no id prefix) when the description has none.
const RegisterSpec& reg(std::string_view key);
// The items of a register's nested list ("findings"); empty when there is none.
const RegisterSpec& items(const RegisterSpec& reg, std::string_view list_key);
// A list column (list_editor.h) showing the label of a choice field's value, headed by the
// field's label.
ListColumn choice_column(const App& app, const RegisterSpec& reg, const char* key, float weight);

struct Spec {
  // Only for selected(): string keys of a heading above the form (or none) and of the hint
  // shown instead of the form when no item is selected.
  const char* heading = nullptr;
  const char* select_hint = nullptr;
  std::string test_id = "form";  // the table's ImGui id; each field publishes "<test_id>.<key>"
  float left_weight = 1.0f;  // the columns' shares of the width
  float right_weight = 1.0f;
  std::vector<Field> left, right;
};

// Draws the form over the item at the JSON pointer `item`.
void draw(App& app, const Spec& spec, const std::string& item);

// Below a list (list_editor): the form of the item at `index` of the array at `array_ptr`,
// after a little space and the heading, or the hint when none is selected (index < 0).
// Returns the item's pointer, or "" when none is selected.
std::string selected(App& app, const std::string& array_ptr, int index, const Spec& spec);

}  // namespace aims::app::form
