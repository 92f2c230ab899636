// Project documents: round trips, migrations, validation, undo/redo and the change log.
#include <random>
#include <set>

#include "core/assets.h"
#include "core/editor.h"
#include "core/project.h"
#include "helpers.h"

namespace {
const char* kNow = "2026-11-27T10:00:00Z";

std::string demo_text() { return test::read_file(std::string(AIMS_SOURCE_DIR) + "/assets/project/demo-de.json"); }

std::vector<aims::InputError> errors_of(const std::string& text) {
  return aims::load_project(text, "p.json", test::cat()).errors;
}
}  // namespace

TEST_CASE("project: the demo project is valid and round-trips byte for byte") {
  std::string text = demo_text();
  REQUIRE_FALSE(text.empty());
  auto l = aims::load_project(text, "demo-de.json", test::cat());
  for (const auto& e : l.errors) FAIL_CHECK(e.to_string());
  REQUIRE(l.doc.has_value());
  CHECK(l.migrations.empty());
  std::string once = aims::project_to_text(*l.doc);
  auto again = aims::load_project(once, "again.json", test::cat());
  REQUIRE(again.doc.has_value());
  CHECK(*again.doc == *l.doc);                        // model -> file -> model identical
  CHECK(aims::project_to_text(*again.doc) == once);   // and the file text is stable
  CHECK((*l.doc)["systems"].size() >= 8);
}

TEST_CASE("project: the demo spans the risk classes") {
  auto l = aims::load_project(demo_text(), "demo-de.json", test::cat());
  REQUIRE(l.doc.has_value());
  std::set<std::string> classes;
  for (const auto& p : aims::project_profiles(*l.doc, test::cat())) classes.emplace(aims::classify(p, test::cat()).risk_class);
  CHECK(classes.count("prohibited") == 1);
  CHECK(classes.count("high_risk") == 1);
  CHECK(classes.count("limited_risk") == 1);
  CHECK(classes.count("minimal_risk") == 1);
}

TEST_CASE("project: unknown fields from a newer version are kept") {
  auto doc = aims::new_project("p1", "Test", aims::Lang::de, kNow);
  doc["future_section"] = {{"x", 1}};
  doc["version"] = 7;
  doc["systems"].push_back({{"id", "s1"}, {"roles", {"deployer"}}, {"future_field", {1, 2, 3}}});
  doc["organisation"]["future_org"] = "kept";
  auto l = aims::load_project(aims::project_to_text(doc), "new.json", test::cat());
  REQUIRE(l.doc.has_value());
  CHECK(l.warnings.size() == 1);
  CHECK((*l.doc)["future_section"]["x"] == 1);
  CHECK((*l.doc)["systems"][0]["future_field"].size() == 3);
  CHECK((*l.doc)["organisation"]["future_org"] == "kept");
  // and they survive an edit
  aims::ProjectEditor ed(*l.doc);
  ed.set("/organisation/name", "Neu GmbH", "rename", kNow);
  CHECK(ed.doc()["future_section"]["x"] == 1);
}

TEST_CASE("project: migrations from version 0 (a profile or a list of profiles)") {
  auto one = aims::load_project(R"({"id":"bot","roles":["provider"],"transparency":["art50.1"]})", "p.json", test::cat());
  REQUIRE(one.doc.has_value());
  CHECK(one.migrations.size() == 1);
  CHECK((*one.doc)["format"] == "aims-project");
  CHECK((*one.doc)["version"] == 1);
  CHECK((*one.doc)["systems"][0]["id"] == "bot");
  auto list = aims::load_project(R"([{"id":"a"},{"id":"b","annex3":["annex3.4.a"]}])", "l.json", test::cat());
  REQUIRE(list.doc.has_value());
  CHECK((*list.doc)["systems"].size() == 2);
  CHECK(list.migrations[0].find("2 system profiles") != std::string::npos);
  // Every shared scenario profile migrates into a valid project.
  auto bad = aims::load_project(R"([{"id":"a"},{"id":"a"}])", "d.json", test::cat());
  CHECK_FALSE(bad.doc.has_value());
}

TEST_CASE("project: every validation error names its JSON path") {
  struct Case {
    const char* json;
    const char* path;
    const char* words;
  };
  const Case cases[] = {
      {R"({"format":"other","version":1})", "/format", "aims-project"},
      {R"({"format":"aims-project"})", "/version", "whole number"},
      {R"({"format":"aims-project","version":"1"})", "/version", "whole number"},
      {R"({"format":"aims-project","version":1,"project":[]})", "/project", "expected an object"},
      {R"({"format":"aims-project","version":1,"project":{"lang":"fr"}})", "/project/lang", "one of en, de"},
      {R"({"format":"aims-project","version":1,"project":{"created":"yesterday"}})", "/project/created", "timestamp"},
      {R"({"format":"aims-project","version":1,"organisation":{"sector":"mining"}})", "/organisation/sector", "one of"},
      {R"({"format":"aims-project","version":1,"organisation":{"employees":-3}})", "/organisation/employees", "from 0"},
      {R"({"format":"aims-project","version":1,"organisation":{"employees":12.5}})", "/organisation/employees", "whole number"},
      {R"({"format":"aims-project","version":1,"organisation":{"management_systems":["iso99"]}})", "/organisation/management_systems/0", "one of"},
      {R"({"format":"aims-project","version":1,"organisation":{"certification_target":"2027-02-30"}})", "/organisation/certification_target", "date"},
      {R"({"format":"aims-project","version":1,"systems":{}})", "/systems", "list"},
      {R"({"format":"aims-project","version":1,"systems":[{"name":"x"}]})", "/systems/0/id", "missing required field 'id'"},
      {R"({"format":"aims-project","version":1,"systems":[{"id":"a"},{"id":"a"}]})", "/systems/1/id", "duplicate"},
      {R"({"format":"aims-project","version":1,"systems":[{"id":"a","annex3":["annex3.0"]}]})", "/systems/0/annex3/0", "unknown Annex III"},
      {R"({"format":"aims-project","version":1,"systems":[{"id":"a","lifecycle":"dead"}]})", "/systems/0/lifecycle", "one of"},
      {R"({"format":"aims-project","version":1,"systems":[{"id":"a","next_review":"soon"}]})", "/systems/0/next_review", "date"},
      {R"({"format":"aims-project","version":1,"iso":{"answers":{"4.1":{"maturity":6}}}})", "/iso/answers/4.1/maturity", "from 0 to 5"},
      {R"({"format":"aims-project","version":1,"iso":{"answers":{"four":{}}}})", "/iso/answers/four", "not a clause"},
      {R"({"format":"aims-project","version":1,"iso":{"answers":{"4.1":{"evidence":[{"kind":"upload","value":"x"}]}}}})", "/iso/answers/4.1/evidence/0/kind", "one of"},
      {R"({"format":"aims-project","version":1,"iso":{"soa":{"4.1":{}}}})", "/iso/soa/4.1", "not an Annex A control"},
      {R"({"format":"aims-project","version":1,"iso":{"soa":{"A.6.2.8":{"applicable":"yes"}}}})", "/iso/soa/A.6.2.8/applicable", "true or false"},
      {R"({"format":"aims-project","version":1,"governance":{"raci":{"ghost":{}}}})", "/governance/raci/ghost", "no AI system"},
      {R"({"format":"aims-project","version":1,"risks":[{"id":"r","likelihood":0}]})", "/risks/0/likelihood", "from 1 to 5"},
      {R"({"format":"aims-project","version":1,"risks":[{"id":"r","system":"ghost"}]})", "/risks/0/system", "no AI system"},
      {R"({"format":"aims-project","version":1,"risks":[{"id":"r","category":"luck"}]})", "/risks/0/category", "one of"},
      {R"({"format":"aims-project","version":1,"risks":[{"title":"no id"}]})", "/risks/0/id", "missing"},
      {R"({"format":"aims-project","version":1,"documents":[{"id":"d","status":"lost"}]})", "/documents/0/status", "one of"},
      {R"({"format":"aims-project","version":1,"trainings":[{"id":"t","participants":"many"}]})", "/trainings/0/participants", "whole number"},
      {R"({"format":"aims-project","version":1,"audits":[{"id":"a","findings":[{"severity":"huge"}]}]})", "/audits/0/findings/0/severity", "one of"},
      {R"({"format":"aims-project","version":1,"reviews":[{"id":"m","actions":[{"status":"later"}]}]})", "/reviews/0/actions/0/status", "one of"},
      {R"({"format":"aims-project","version":1,"tasks":[{"id":"k","due":"2027/01/01"}]})", "/tasks/0/due", "date"},
      {R"({"format":"aims-project","version":1,"history":[{"at":"now"}]})", "/history/0/at", "timestamp"},
  };
  for (const Case& k : cases) {
    CAPTURE(k.json);
    auto errs = errors_of(k.json);
    REQUIRE_FALSE(errs.empty());
    bool found = false;
    for (const auto& e : errs) found = found || (e.path == k.path && e.message.find(k.words) != std::string::npos);
    CHECK_MESSAGE(found, errs.front().to_string());
  }
  // All problems are reported, not only the first.
  auto many = errors_of(R"({"format":"aims-project","version":1,"risks":[{"id":"r","likelihood":9,"impact":0}],"tasks":[{"id":"k","status":"x"}]})");
  CHECK(many.size() == 3);
  // Syntax errors carry line and column.
  auto syn = errors_of("{\n \"format\": \"aims-project\",\n \"version\": 1,,\n}");
  REQUIRE(syn.size() == 1);
  CHECK(syn[0].line == 3);
}

TEST_CASE("editor: set, insert, erase with undo, redo and a change log") {
  aims::ProjectEditor ed(aims::new_project("p1", "Test", aims::Lang::en, "2026-11-01T00:00:00Z"));
  const aims::OrderedJson original = ed.doc();
  auto r0 = ed.revision();
  CHECK(ed.set("/organisation/name", "Brenner GmbH", "organisation name", kNow));
  CHECK(ed.revision() > r0);
  CHECK_FALSE(ed.set("/organisation/name", "Brenner GmbH", "same again", kNow));  // no-op
  CHECK(ed.insert("/systems", 0, {{"id", "s1"}, {"roles", {"deployer"}}}, "add system", kNow));
  CHECK(ed.set("/iso/answers/4.1/maturity", 3, "maturity 4.1", kNow));  // creates /iso/answers/4.1
  CHECK(ed.doc()["iso"]["answers"]["4.1"]["maturity"] == 3);
  CHECK(ed.erase("/systems/0", "delete system", kNow));
  CHECK(ed.doc()["systems"].empty());
  CHECK(ed.doc()["history"].size() == 4);
  CHECK(ed.doc()["history"][3]["what"] == "delete system");
  CHECK(ed.doc()["project"]["modified"] == kNow);
  CHECK(ed.undo_label() == "delete system");
  REQUIRE(ed.undo(kNow));
  CHECK(ed.doc()["systems"][0]["id"] == "s1");
  REQUIRE(ed.undo(kNow));
  CHECK_FALSE(ed.doc()["iso"]["answers"].contains("4.1"));  // the created parent is gone too
  REQUIRE(ed.undo(kNow));
  REQUIRE(ed.undo(kNow));
  CHECK_FALSE(ed.can_undo());
  // Everything but the change log and the modified time is back as it was.
  aims::OrderedJson a = ed.doc(), b = original;
  a.erase("history");
  b.erase("history");
  a["project"].erase("modified");
  b["project"].erase("modified");
  CHECK(a == b);
  REQUIRE(ed.redo(kNow));
  CHECK(ed.doc()["organisation"]["name"] == "Brenner GmbH");
  // A new edit clears redo.
  CHECK(ed.set("/organisation/sites", 3, "sites", kNow));
  CHECK_FALSE(ed.can_redo());
  // Groups undo as one.
  ed.begin_group("duplicate");
  ed.insert("/systems", 0, {{"id", "x"}}, "x", kNow);
  ed.insert("/systems", 1, {{"id", "y"}}, "y", kNow);
  ed.end_group(kNow);
  CHECK(ed.doc()["systems"].size() == 2);
  REQUIRE(ed.undo(kNow));
  CHECK(ed.doc()["systems"].empty());
  // Bad pointers are refused, not crashed on.
  CHECK_FALSE(ed.set("no-slash", 1, "bad", kNow));
  CHECK_FALSE(ed.erase("/nothing/here", "bad", kNow));
  CHECK_FALSE(ed.insert("/organisation", 0, 1, "not an array", kNow));
}

TEST_CASE("editor: the change log is capped") {
  aims::ProjectEditor ed(aims::new_project("p1", "Test", aims::Lang::en, kNow));
  for (int i = 0; i < 1100; ++i) ed.set("/organisation/employees", i + 1, "employees", kNow);
  CHECK(ed.doc()["history"].size() == aims::ProjectEditor::kMaxHistory);
}

TEST_CASE("project: export file names are safe") {
  auto doc = aims::new_project("p1", "Brenner Antriebstechnik GmbH / Test", aims::Lang::de, kNow);
  CHECK(aims::export_file_name(doc, "2026-11-27") == "Brenner-Antriebstechnik-GmbH-Test-2026-11-27.aims.json");
  doc["project"]["name"] = "../../etc";
  CHECK(aims::export_file_name(doc, "2026-11-27") == "etc-2026-11-27.aims.json");
}

TEST_CASE("editor: typing into one field is one undo step") {
  aims::ProjectEditor ed(aims::new_project("p1", "Test", aims::Lang::en, kNow));
  for (const char* v : {"B", "Br", "Bre", "Bren"}) ed.set("/organisation/name", v, "name", kNow, true);
  ed.close_merge();
  ed.set("/organisation/name", "Brenner", "name", kNow, true);
  CHECK(ed.doc()["organisation"]["name"] == "Brenner");
  REQUIRE(ed.undo(kNow));
  CHECK(ed.doc()["organisation"]["name"] == "Bren");
  REQUIRE(ed.undo(kNow));
  CHECK_FALSE(ed.doc()["organisation"].contains("name"));
}
