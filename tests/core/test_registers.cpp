// Derived results of the registers: risk scores and bands, heat map, expected documents,
// overdue items and new ids; the registers' description against the schema and the validator.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/project.h"
#include "core/register_spec.h"
#include "core/registers.h"
#include "helpers.h"

using aims::OrderedJson;

TEST_CASE("registers: risk score, level and heat map") {
  OrderedJson r = {{"likelihood", 4}, {"impact", 3}, {"residual_likelihood", 2}};
  CHECK(aims::risk_score(r, false) == 12);
  CHECK(aims::risk_score(r, true) == 0);  // residual impact missing: unrated
  CHECK(aims::risk_level(12) == aims::RiskLevel::high);
  CHECK(aims::risk_level(4) == aims::RiskLevel::low);
  CHECK(aims::risk_level(5) == aims::RiskLevel::medium);
  CHECK(aims::risk_level(20) == aims::RiskLevel::critical);
  CHECK(aims::risk_level(0) == aims::RiskLevel::none);
  OrderedJson bad = {{"likelihood", 7}, {"impact", 3}};
  CHECK(aims::risk_score(bad, false) == 0);
  OrderedJson list = OrderedJson::array({r, r, bad, {{"likelihood", 1}, {"impact", 5}}});
  auto h = aims::risk_heat(list, false);
  CHECK(h[static_cast<std::size_t>(aims::heat_index(4, 3))] == 2);
  CHECK(h[static_cast<std::size_t>(aims::heat_index(1, 5))] == 1);
  int total = 0;
  for (int n : h) total += n;
  CHECK(total == 3);
}

TEST_CASE("registers: a document kind counts only when approved") {
  OrderedJson docs = OrderedJson::array({{{"id", "d-1"}, {"kind", "ai_policy"}, {"status", "draft"}},
                                         {{"id", "d-2"}, {"kind", "aims_scope"}, {"status", "approved"}}});
  auto missing = aims::missing_document_kinds(docs);
  CHECK(missing.size() == aims::expected_document_kinds().size() - 1);
  CHECK(missing.front() == "ai_policy");
}

TEST_CASE("registers: overdue and new ids") {
  CHECK(aims::is_overdue({{"due", "2026-01-31"}, {"status", "open"}}, "2026-02-01"));
  CHECK_FALSE(aims::is_overdue({{"due", "2026-01-31"}, {"status", "done"}}, "2026-02-01"));
  CHECK_FALSE(aims::is_overdue({{"due", "2026-02-01"}}, "2026-02-01"));
  CHECK_FALSE(aims::is_overdue({{"due", nullptr}}, "2026-02-01"));
  OrderedJson list = OrderedJson::array({{{"id", "r-1"}}, {{"id", "r-6"}}, {{"id", "x"}}});
  CHECK(aims::next_item_id(list, "r") == "r-7");
  CHECK(aims::next_item_id(OrderedJson::array(), "k") == "k-1");
}

// [description] The registers described once (assets/project/registers.json) -------------------

namespace {

using aims::FieldType;
using aims::Json;
using aims::RegisterField;
using aims::RegisterSpec;

const Json& schema() {
  static const Json s = Json::parse(test::read_file(AIMS_SOURCE_DIR "/assets/schema/project.schema.json"));
  return s;
}

// Follows a "$ref" into the schema's $defs.
const Json& resolve(const Json& j) {
  if (j.is_object() && j.contains("$ref")) {
    const std::string ref = j["$ref"].get<std::string>();
    REQUIRE(ref.rfind("#/$defs/", 0) == 0);
    return resolve(schema()["$defs"][ref.substr(8)]);
  }
  return j;
}

std::string ref_of(const Json& j) { return j.is_object() && j.contains("$ref") ? j["$ref"].get<std::string>() : ""; }

// The schema of one item (its "properties") against the fields of the description.
void compare_item(const Json& item, const RegisterSpec& spec, bool with_id) {
  const Json& props = resolve(item)["properties"];
  std::set<std::string> in_schema, described;
  for (auto it = props.begin(); it != props.end(); ++it) in_schema.insert(it.key());
  for (const auto& f : spec.fields) described.insert(f.key);
  if (with_id) described.insert("id");
  CHECK(in_schema == described);
  for (const RegisterField& f : spec.fields) {
    CAPTURE(spec.key);
    CAPTURE(f.key);
    if (!props.contains(f.key)) continue;
    const Json& p = props[f.key];
    const Json& r = resolve(p);
    switch (f.type) {
      case FieldType::text:
      case FieldType::long_text: CHECK(ref_of(p) == "#/$defs/str"); break;
      case FieldType::date: CHECK(ref_of(p) == "#/$defs/dateOrNull"); break;
      case FieldType::boolean: CHECK(ref_of(p) == "#/$defs/boolOrNull"); break;
      case FieldType::whole_number:
      case FieldType::rating: {
        REQUIRE(r.contains("anyOf"));
        const Json& n = r["anyOf"][0];
        CHECK(n["type"] == "integer");
        CHECK(r["anyOf"][1]["type"] == "null");
        const long long lo = f.type == FieldType::rating ? 1 : f.min;
        const long long hi = f.type == FieldType::rating ? static_cast<long long>(f.values->values.size()) : f.max;
        CHECK(n["minimum"].get<long long>() == lo);
        if (n.contains("maximum") || f.type == FieldType::rating) CHECK(n["maximum"].get<long long>() == hi);
        break;
      }
      case FieldType::choice: {
        Json expected = Json::array();
        for (const auto& v : f.values->values) expected.push_back(v);
        expected.push_back(nullptr);
        CHECK(r["enum"] == expected);
        break;
      }
      case FieldType::system:
        REQUIRE(r.contains("anyOf"));
        CHECK(ref_of(r["anyOf"][0]) == "#/$defs/id");
        CHECK(r["anyOf"][1]["type"] == "null");
        break;
      case FieldType::list:
        REQUIRE(r.contains("anyOf"));
        CHECK(r["anyOf"][0]["type"] == "array");
        REQUIRE(f.items);
        compare_item(r["anyOf"][0]["items"], *f.items, false);
        break;
    }
  }
}

// A value the validator must refuse for a field of this type, and one it must accept.
std::pair<OrderedJson, OrderedJson> bad_and_good(const RegisterField& f) {
  switch (f.type) {
    case FieldType::text:
    case FieldType::long_text: return {5, "text"};
    case FieldType::date: return {"2027-02-30", "2027-02-28"};
    case FieldType::whole_number: return {f.max + 1, f.min};
    case FieldType::boolean: return {"yes", true};
    case FieldType::choice: return {"no such value", f.values->values.back()};
    case FieldType::rating: return {static_cast<long long>(f.values->values.size()) + 1, 1};
    case FieldType::system: return {"ghost", "s-1"};
    case FieldType::list: return {OrderedJson::object(), OrderedJson::array()};
  }
  return {};
}

}  // namespace

TEST_CASE("registers: the description loads with every register of the project file") {
  std::vector<std::string> keys, prefixes;
  for (const auto& r : aims::register_specs()) {
    keys.push_back(r.key);
    prefixes.push_back(r.id_prefix);
    for (const auto& f : r.fields) {
      CAPTURE(f.key);
      if (f.type == FieldType::choice || f.type == FieldType::rating) CHECK((f.values && !f.values->values.empty()));
      if (f.type == FieldType::list) CHECK((f.items && !f.items->fields.empty()));
    }
  }
  CHECK(keys == std::vector<std::string>{"risks", "documents", "trainings", "audits", "reviews", "objectives", "tasks"});
  CHECK(prefixes == std::vector<std::string>{"r", "d", "t", "a", "m", "o", "k"});
  // The kinds an audit expects are document kinds.
  const aims::ValueList* kinds = aims::find_value_list("document_kind");
  REQUIRE(kinds);
  CHECK(aims::expected_document_kinds().size() == 10);
  for (const char* k : aims::expected_document_kinds()) {
    CHECK(std::find(kinds->values.begin(), kinds->values.end(), k) != kinds->values.end());
  }
  // A broken description is refused with a reason, not half read.
  std::string why;
  auto bad = aims::parse_register_description(
      R"({"format":"aims-registers","value_lists":{},"registers":[{"key":"x","id_prefix":"x","fields":[{"key":"a","type":"choice","values":"none","label":"l"}]}]})",
      &why);
  CHECK(bad.registers.empty());
  CHECK(why.find("no value list 'none'") != std::string::npos);
}

TEST_CASE("registers: the JSON schema says what the description says") {
  const Json& props = schema()["properties"];
  for (const auto& r : aims::register_specs()) {
    CAPTURE(r.key);
    REQUIRE(props.contains(r.key));
    const Json& list = props[r.key]["anyOf"][0];
    CHECK(list["type"] == "array");
    compare_item(list["items"], r, true);
  }
}

TEST_CASE("registers: the validator checks every described field at its JSON path") {
  for (const auto& r : aims::register_specs()) {
    for (const auto& f : r.fields) {
      CAPTURE(r.key);
      CAPTURE(f.key);
      auto [bad, good] = bad_and_good(f);
      auto doc = [&](const OrderedJson& value) {
        OrderedJson d = aims::new_project("p", "P", aims::Lang::en, "2026-01-01T00:00:00Z");
        d["systems"].push_back({{"id", "s-1"}});
        d[r.key].push_back({{"id", r.id_prefix + "-1"}, {f.key, value}});
        return d;
      };
      auto errs = aims::validate_project(doc(bad), test::cat(), "p.json");
      REQUIRE(errs.size() == 1);
      CHECK(errs[0].path == "/" + r.key + "/0/" + f.key);
      CHECK(aims::validate_project(doc(good), test::cat(), "p.json").empty());
      if (f.type == FieldType::list) {  // and each field of its items
        for (const auto& sub : f.items->fields) {
          CAPTURE(sub.key);
          auto [sbad, sgood] = bad_and_good(sub);
          auto nested = doc(OrderedJson::array({{{sub.key, sbad}}}));
          auto e = aims::validate_project(nested, test::cat(), "p.json");
          REQUIRE(e.size() == 1);
          CHECK(e[0].path == "/" + r.key + "/0/" + f.key + "/0/" + sub.key);
          CHECK(aims::validate_project(doc(OrderedJson::array({{{sub.key, sgood}}})), test::cat(), "p.json").empty());
        }
      }
    }
  }
}

TEST_CASE("registers: FORMAT.md lists the value lists of the description") {
  std::string doc = test::read_file(AIMS_SOURCE_DIR "/assets/project/FORMAT.md");
  std::size_t i = 0;
  while ((i = doc.find("\n  ", i)) != std::string::npos) doc.replace(i, 3, " ");  // wrapped lines
  for (const auto& l : aims::register_description().value_lists) {
    if (l.values.front() == "1") continue;  // ratings are written "1–5"
    std::string joined;
    for (const auto& v : l.values) joined += (joined.empty() ? "" : ", ") + v;
    CAPTURE(l.id);
    CHECK(doc.find(joined) != std::string::npos);
  }
}
