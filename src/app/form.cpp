#include "app/form.h"

#include "app/list_editor.h"
#include "app/widgets.h"
#include "imgui.h"

namespace aims::app::form {

namespace {

Field make(Kind kind, const char* label, const char* key, FieldOpts o) {
  Field f;
  f.kind = kind;
  f.label = label;
  f.key = key;
  f.opts = o;
  return f;
}

void draw_field(App& app, const Field& f, const std::string& item, const std::string& test_id, bool first) {
  const std::string ptr = item + "/" + f.key;
  const std::string tid = test_id + "." + f.key;
  FieldOpts o = f.opts;
  o.test_id = tid.c_str();
  switch (f.kind) {
    case Kind::text:
      field_text(app, f.label, ptr, o);
      break;
    case Kind::multiline:
      o.multiline = true;
      field_text(app, f.label, ptr, o);
      break;
    case Kind::date:
      field_date(app, f.label, ptr, o);
      break;
    case Kind::choice:
      if (f.values) field_enum(app, f.label, ptr, *f.values, f.value_prefix, o);
      break;
    case Kind::whole_number:
      field_int(app, f.label, ptr, f.lo, f.hi, o);
      break;
    case Kind::checkbox:
      if (!first) ImGui::Spacing();  // it has no label line above it
      field_bool(app, f.label, ptr, o);
      break;
    case Kind::overdue:
      if (const OrderedJson* v = at(app, item)) overdue_note(app, *v);
      break;
    case Kind::scale:
      field_scale(app, f.label, ptr, f.value_prefix, o);
      break;
    case Kind::system:
      field_system(app, f.label, ptr, f.value_prefix, o);
      break;
  }
}

}  // namespace

Field text(const char* label, const char* key, FieldOpts o) { return make(Kind::text, label, key, o); }
Field multiline(const char* label, const char* key, FieldOpts o) { return make(Kind::multiline, label, key, o); }
Field date(const char* label, const char* key, FieldOpts o) { return make(Kind::date, label, key, o); }
Field checkbox(const char* label, const char* key, FieldOpts o) { return make(Kind::checkbox, label, key, o); }
Field overdue() { return make(Kind::overdue, "", "", {}); }

Field scale(const char* label, const char* key, const char* value_prefix, FieldOpts o) {
  Field f = make(Kind::scale, label, key, o);
  f.value_prefix = value_prefix;
  return f;
}

Field system(const char* label, const char* key, const char* none_label, FieldOpts o) {
  Field f = make(Kind::system, label, key, o);
  f.value_prefix = none_label;
  return f;
}

Field choice(const char* label, const char* key, const std::vector<const char*>& values, const char* value_prefix,
             FieldOpts o) {
  Field f = make(Kind::choice, label, key, o);
  f.values = &values;
  f.value_prefix = value_prefix;
  return f;
}

Field whole_number(const char* label, const char* key, long long lo, long long hi, FieldOpts o) {
  Field f = make(Kind::whole_number, label, key, o);
  f.lo = lo;
  f.hi = hi;
  return f;
}

const RegisterSpec kNoRegister{};

Field field(const RegisterSpec& reg, const char* key, FieldOpts o) {
  const RegisterField* f = reg.field(key);
  if (!f) return text(key, key, o);
  const char* label = f->label.c_str();
  const char* k = f->key.c_str();
  switch (f->type) {
    case FieldType::text: return text(label, k, o);
    case FieldType::long_text: return multiline(label, k, o);
    case FieldType::date: return date(label, k, o);
    case FieldType::whole_number: return whole_number(label, k, f->min, f->max, o);
    case FieldType::boolean: return checkbox(label, k, o);
    case FieldType::choice: return choice(label, k, f->values->value_ptrs, f->values->labels.c_str(), o);
    case FieldType::rating: return scale(label, k, f->values->labels.c_str(), o);
    case FieldType::system: return system(label, k, f->none_label.c_str(), o);
    case FieldType::list: break;  // a nested list is drawn by nested_list(), not as one field
  }
  return text(label, k, o);
}

const RegisterSpec& reg(std::string_view key) {
  const RegisterSpec* r = find_register(key);
  return r ? *r : kNoRegister;
}

ListColumn choice_column(const App& app, const RegisterSpec& reg, const char* key, float weight) {
  const RegisterField* f = reg.field(key);
  if (!f || !f->values) return text_column(key, weight, key);
  return enum_column(app, app.tr(f->label.c_str()), weight, f->values->labels.c_str(), f->key.c_str());
}

const RegisterSpec& items(const RegisterSpec& reg, std::string_view list_key) {
  const RegisterField* f = reg.field(list_key);
  return f && f->items ? *f->items : kNoRegister;
}

void draw(App& app, const Spec& spec, const std::string& item) {
  if (!ImGui::BeginTable(spec.test_id.c_str(), 2, ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn("##a", 0, spec.left_weight);
  ImGui::TableSetupColumn("##b", 0, spec.right_weight);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  for (std::size_t i = 0; i < spec.left.size(); ++i) draw_field(app, spec.left[i], item, spec.test_id, i == 0);
  next_form_column();
  for (std::size_t i = 0; i < spec.right.size(); ++i) draw_field(app, spec.right[i], item, spec.test_id, i == 0);
  ImGui::EndTable();
}

std::string selected(App& app, const std::string& array_ptr, int index, const Spec& spec) {
  if (index < 0) {
    if (spec.select_hint) muted(app, app.tr(spec.select_hint));
    return std::string();
  }
  const std::string item = array_ptr + "/" + std::to_string(index);
  ImGui::Spacing();
  if (spec.heading) heading(app, app.tr(spec.heading));
  draw(app, spec, item);
  return item;
}

}  // namespace aims::app::form
