// Form widgets bound to a JSON pointer in the open project: they read the document, and
// every change becomes an edit (with undo) that is saved at once. Labels come from the
// string tables; test ids publish the widget for the browser tests.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "app/app.h"

namespace aims::app {

struct FieldOpts {
  const char* hint = nullptr;      // string key of a placeholder
  const char* tooltip = nullptr;   // string key of a tooltip (e.g. quoting an article)
  const char* test_id = nullptr;
  float width = -1.0f;             // <0: fill the column
  bool multiline = false;
  bool wrap = false;               // one paragraph that wraps within the field (Enter ends editing)
  bool hide_label = false;         // no label line (e.g. a table cell under a column header)
};

// Text field; typing into it is one undo step.
bool field_text(App& app, const char* label_key, const std::string& ptr, FieldOpts o = {});
// Whole number within [lo, hi]; empty input stores null.
bool field_int(App& app, const char* label_key, const std::string& ptr, long long lo, long long hi, FieldOpts o = {});
// Decimal number (>= 0); empty input stores null.
bool field_number(App& app, const char* label_key, const std::string& ptr, FieldOpts o = {});
bool field_bool(App& app, const char* label_key, const std::string& ptr, FieldOpts o = {});
// A date as YYYY-MM-DD; an invalid one is shown in red and not stored.
bool field_date(App& app, const char* label_key, const std::string& ptr, FieldOpts o = {});
// One value of an enumeration; option labels are string keys "<prefix>.<value>".
bool field_enum(App& app, const char* label_key, const std::string& ptr, const std::vector<const char*>& values,
                const char* label_prefix, FieldOpts o = {});
// A rating 1–5 (unset: null) as a list of numbered words, string keys "<prefix>.<n>"; each
// option publishes "<test id>.<n>" while the list is open.
bool field_scale(App& app, const char* label_key, const std::string& ptr, const char* label_prefix, FieldOpts o = {});
// One of the project's AI systems by id (unset: null), listed by name; `none_key` labels null.
bool field_system(App& app, const char* label_key, const std::string& ptr, const char* none_key, FieldOpts o = {});
// A set of values (JSON list of strings) as checkboxes.
bool field_multi(App& app, const char* label_key, const std::string& ptr, const std::vector<const char*>& values,
                 const char* label_prefix, FieldOpts o = {});

// InputText on a std::string (grows as the user types).
// A value longer than the room its field gives it: the whole value in a tooltip while the
// pointer rests on the field (call right after the field; closed drop-downs, text fields not
// being edited).
void full_value_tooltip(const char* value, float room);
// The room a drop-down (the last item) gives its value: its width less arrow and padding.
float combo_value_room();
// `multiline`: the text wraps within the field, which grows with it; `compact`: no spare half
// row below the text, and Enter ends editing (Ctrl+Enter starts a new line).
bool input_string(const char* id, std::string& s, const char* hint = nullptr, bool multiline = false,
                  float width = -1.0f, float height = 0.0f, bool compact = false);

// Value helpers on the open document.
const OrderedJson* at(const App& app, const std::string& ptr);
std::string str_at(const App& app, const std::string& ptr);

}  // namespace aims::app
