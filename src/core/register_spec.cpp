#include "core/register_spec.h"

#include "core/assets.h"
#include "core/json_read.h"

namespace aims {

namespace {

struct Parser {
  RegisterDescription d;
  std::string error;

  bool fail(std::string msg) {
    if (error.empty()) error = std::move(msg);
    return false;
  }

  bool type_of(const std::string& name, FieldType& t) {
    for (FieldType f : {FieldType::text, FieldType::long_text, FieldType::date, FieldType::whole_number,
                        FieldType::boolean, FieldType::choice, FieldType::rating, FieldType::system, FieldType::list}) {
      if (name == field_type_name(f)) {
        t = f;
        return true;
      }
    }
    return false;
  }

  bool spec(const Json& j, RegisterSpec& out, const std::string& where) {
    out.key = string_field(j, "key");
    out.id_prefix = string_field(j, "id_prefix");
    out.title = string_field(j, "title");
    const Json& fields = member(j, "fields");
    if (out.key.empty() || !fields.is_array() || fields.empty()) return fail(where + ": needs a key and fields");
    for (const Json& f : fields) {
      RegisterField rf;
      rf.key = string_field(f, "key");
      rf.label = string_field(f, "label");
      const std::string at = where + "/" + rf.key;
      if (rf.key.empty() || rf.label.empty()) return fail(at + ": a field needs a key and a label");
      if (out.field(rf.key)) return fail(at + ": field described twice");
      if (!type_of(string_field(f, "type"), rf.type)) return fail(at + ": unknown type '" + string_field(f, "type") + "'");
      if (rf.type == FieldType::choice || rf.type == FieldType::rating) {
        rf.values = find_in(string_field(f, "values"));
        if (!rf.values) return fail(at + ": no value list '" + string_field(f, "values") + "'");
      }
      if (rf.type == FieldType::whole_number) {
        const Json& lo = member(f, "min");
        const Json& hi = member(f, "max");
        if (!lo.is_number_integer() || !hi.is_number_integer()) return fail(at + ": a whole number needs min and max");
        rf.min = lo.get<long long>();
        rf.max = hi.get<long long>();
      }
      if (rf.type == FieldType::system) rf.none_label = string_field(f, "none_label");
      if (rf.type == FieldType::list) {
        auto items = std::make_shared<RegisterSpec>();
        if (!spec(f, *items, at)) return false;
        rf.items = std::move(items);
      }
      out.fields.push_back(std::move(rf));
    }
    return true;
  }

  const ValueList* find_in(const std::string& id) const {
    for (const auto& v : d.value_lists) {
      if (v.id == id) return &v;
    }
    return nullptr;
  }

  bool parse(std::string_view text) {
    InputError err;
    auto j = parse_json(text, "registers.json", err);
    if (!j) return fail(err.to_string());
    if (string_field(*j, "format") != "aims-registers") return fail("expected format \"aims-registers\"");
    const Json& lists = member(*j, "value_lists");
    if (!lists.is_object()) return fail("value_lists: expected an object");
    // All value lists first: fields point into this vector, so it must not grow afterwards.
    d.value_lists.reserve(lists.size());
    for (auto it = lists.begin(); it != lists.end(); ++it) {
      ValueList v;
      v.id = it.key();
      v.labels = string_field(it.value(), "labels");
      v.values = string_list_field(it.value(), "values");
      v.audit_expects = string_list_field(it.value(), "audit_expects");
      if (v.labels.empty() || v.values.empty()) return fail("value_lists/" + v.id + ": needs labels and values");
      d.value_lists.push_back(std::move(v));
    }
    for (auto& v : d.value_lists) {
      for (const auto& s : v.values) v.value_ptrs.push_back(s.c_str());
    }
    const Json& regs = member(*j, "registers");
    if (!regs.is_array()) return fail("registers: expected a list");
    for (const Json& r : regs) {
      RegisterSpec s;
      if (!spec(r, s, "registers/" + string_field(r, "key"))) return false;
      if (s.id_prefix.empty()) return fail("registers/" + s.key + ": needs an id_prefix");
      d.registers.push_back(std::move(s));
    }
    return true;
  }
};

}  // namespace

const RegisterField* RegisterSpec::field(std::string_view k) const {
  for (const auto& f : fields) {
    if (f.key == k) return &f;
  }
  return nullptr;
}

const char* field_type_name(FieldType t) {
  switch (t) {
    case FieldType::text: return "text";
    case FieldType::long_text: return "long_text";
    case FieldType::date: return "date";
    case FieldType::whole_number: return "whole_number";
    case FieldType::boolean: return "boolean";
    case FieldType::choice: return "choice";
    case FieldType::rating: return "rating";
    case FieldType::system: return "system";
    case FieldType::list: return "list";
  }
  return "text";
}

RegisterDescription parse_register_description(std::string_view text, std::string* error) {
  Parser p;
  if (!p.parse(text)) {
    if (error) *error = p.error;
    return {};
  }
  return std::move(p.d);
}

const RegisterDescription& register_description() {
  static const RegisterDescription d = parse_register_description(assets::find("assets/project/registers.json"));
  return d;
}

const std::vector<RegisterSpec>& register_specs() { return register_description().registers; }

const RegisterSpec* find_register(std::string_view key) {
  for (const auto& r : register_specs()) {
    if (r.key == key) return &r;
  }
  return nullptr;
}

const ValueList* find_value_list(std::string_view id) {
  for (const auto& v : register_description().value_lists) {
    if (v.id == id) return &v;
  }
  return nullptr;
}

}  // namespace aims
