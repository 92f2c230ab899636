// The project's one classification (project_classes.h): made once per key, read by the
// assessment (SoA, roadmap), the reports and the CLI; changing the organisation's turnover
// changes the figure everywhere at once. Also the Cached<Key, Value> helper.
#include <memory>
#include <string>

#include "core/assess.h"
#include "core/cached.h"
#include "core/iso.h"
#include "core/project.h"
#include "core/project_classes.h"
#include "core/report.h"
#include "helpers.h"

namespace {
const char* kAsOf = "2026-11-27";

aims::OrderedJson demo() {
  std::string text = test::read_file(std::string(AIMS_SOURCE_DIR) + "/assets/project/demo-de.json");
  auto l = aims::load_project(text, "demo-de.json", test::cat());
  REQUIRE(l.doc.has_value());
  return *l.doc;
}

const aims::IsoCatalog& iso() {
  const aims::IsoCatalog* i = aims::iso_catalog();
  REQUIRE(i != nullptr);
  return *i;
}

// The highest maximum fine over every system (what the figure is compared on).
double project_max_fine(const std::vector<aims::Classification>& cs) {
  double m = -1;
  for (const auto& c : cs) {
    if (auto f = aims::max_fine_eur(c)) m = std::max(m, *f);
  }
  return m;
}
}  // namespace

TEST_CASE("project classes: the key holds revision, language, date and the organisation's data") {
  aims::OrderedJson doc = demo();
  const aims::ClassesKey k = aims::classes_key(doc, 7, aims::Lang::de, kAsOf);
  CHECK(k.revision == 7);
  CHECK(k.lang == aims::Lang::de);
  CHECK(k.as_of == kAsOf);
  REQUIRE(k.company.has_value());
  CHECK(k.company->turnover_eur == 85000000.0);
  CHECK_FALSE(k.company->sme);
  CHECK(k.company->small_midcap);
  // Each part of the key counts.
  CHECK(k == aims::classes_key(doc, 7, aims::Lang::de, kAsOf));
  CHECK(k != aims::classes_key(doc, 8, aims::Lang::de, kAsOf));
  CHECK(k != aims::classes_key(doc, 7, aims::Lang::en, kAsOf));
  CHECK(k != aims::classes_key(doc, 7, aims::Lang::de, "2027-01-01"));
  doc["organisation"]["sme"] = true;
  CHECK(k != aims::classes_key(doc, 7, aims::Lang::de, kAsOf));
  doc["organisation"]["sme"] = false;
  doc["organisation"]["small_midcap"] = false;
  CHECK(k != aims::classes_key(doc, 7, aims::Lang::de, kAsOf));
  doc["organisation"]["small_midcap"] = true;
  doc["organisation"]["turnover_eur"] = 90000000;
  CHECK(k != aims::classes_key(doc, 7, aims::Lang::de, kAsOf));
  // No turnover: no company (the fines carry no maximum).
  doc["organisation"].erase("turnover_eur");
  CHECK_FALSE(aims::classes_key(doc, 7, aims::Lang::de, kAsOf).company.has_value());
}

TEST_CASE("project classes: every system classified once, by its place in the document") {
  aims::OrderedJson doc = demo();
  // A system whose answers form no valid profile keeps its place, with the reason.
  doc["systems"].push_back({{"id", "broken"}, {"roles", "not-a-list"}});
  auto pc = aims::classify_project(doc, test::cat(), aims::classes_key(doc, 1, aims::Lang::en, kAsOf));
  REQUIRE(pc->index.size() == doc["systems"].size());
  CHECK(pc->classes.size() == doc["systems"].size() - 1);
  CHECK(pc->of_system(doc["systems"].size() - 1) == nullptr);
  CHECK_FALSE(pc->error_of_system(doc["systems"].size() - 1).empty());
  CHECK(pc->of_system(99) == nullptr);
  const aims::ClassifyOptions opt = aims::classify_options(pc->key);
  for (std::size_t i = 0; i + 1 < doc["systems"].size(); ++i) {
    const aims::Classification* c = pc->of_system(i);
    REQUIRE(c != nullptr);
    CHECK(c->system.view() == doc["systems"][i]["id"].get<std::string>());
    // The same as classifying the system alone with the key's options (turnover included).
    CHECK(aims::to_json(*c).dump() == aims::to_json(aims::classify(*pc->profile_of_system(i), test::cat(), opt)).dump());
  }
}

TEST_CASE("project classes: a new turnover changes the figure for every consumer alike") {
  aims::OrderedJson doc = demo();
  double previous = 0;
  for (double turnover : {85000000.0, 2000000000.0}) {
    CAPTURE(turnover);
    doc["organisation"]["turnover_eur"] = turnover;
    doc["organisation"]["small_midcap"] = false;
    const aims::ClassesKey key = aims::classes_key(doc, 1, aims::Lang::de, kAsOf);
    auto shared = aims::classify_project(doc, test::cat(), key);
    // The figure itself follows the turnover: per tier the amount or the share of the
    // turnover, the higher one (no SME relief here).
    const double fig = project_max_fine(shared->classes);
    double expected = -1;
    for (const auto& c : shared->classes) {
      for (const auto& f : c.fines) {
        CHECK(f.rule == "higher");
        expected = std::max(expected, std::max(f.amount_eur, f.percent / 100.0 * turnover));
      }
    }
    CHECK(expected > 0);
    CHECK(fig == expected);
    CHECK(fig > previous);  // the bigger turnover gives the bigger figure
    previous = fig;

    // The assessment (its SoA suggestions and roadmap) reads the shared result, not a copy.
    aims::AssessOptions opt;
    opt.as_of = kAsOf;
    opt.lang = aims::Lang::de;
    const aims::Assessment a = aims::assess(doc, test::cat(), iso(), opt, shared);
    CHECK(a.classes.get() == shared.get());
    CHECK(&a.classifications() == &shared->classes);
    CHECK(project_max_fine(a.classifications()) == fig);

    // What the CLI's assess and report run (no shared result given): the same figure, because
    // they classify with the same key, organisation data included.
    const aims::Assessment cli = aims::assess(doc, test::cat(), iso(), opt);
    REQUIRE(cli.classes != nullptr);
    CHECK(cli.classes->key == aims::classes_key(doc, 0, aims::Lang::de, kAsOf));
    CHECK(project_max_fine(cli.classifications()) == fig);
    REQUIRE(cli.classifications().size() == shared->classes.size());
    for (std::size_t i = 0; i < shared->classes.size(); ++i) {
      CHECK(aims::to_json(cli.classifications()[i]).dump() == aims::to_json(shared->classes[i]).dump());
    }
    // The SoA drivers name the systems of the shared result; the reports' inventory shows its classes.
    const std::string inv = aims::report_csv(doc, a, test::cat(), iso(), aims::Lang::de, "inventory");
    for (const auto& c : shared->classes) CHECK(inv.find(c.name.view()) != std::string::npos);
    CHECK(aims::report_csv(doc, cli, test::cat(), iso(), aims::Lang::de, "inventory") == inv);
    CHECK(aims::report_markdown(doc, cli, test::cat(), iso(), aims::Lang::de) ==
          aims::report_markdown(doc, a, test::cat(), iso(), aims::Lang::de));
  }
}

TEST_CASE("Cached: recomputes only when the key changes") {
  aims::Cached<std::pair<int, std::string>, int> c;
  int made = 0;
  auto make = [&] { return ++made * 10; };
  CHECK(c.get({1, "a"}, make) == 10);
  CHECK(c.get({1, "a"}, make) == 10);
  CHECK(made == 1);
  CHECK(c.get({1, "b"}, make) == 20);
  CHECK(c.get({2, "b"}, make) == 30);
  CHECK(made == 3);
  CHECK(c.stale({2, "b"}) == false);
  CHECK(c.stale({3, "b"}) == true);
  CHECK(c.stale({3, "b"}) == false);
  c.reset();
  CHECK_FALSE(c.key().has_value());
  CHECK(c.get({3, "b"}, make) == 40);
}
