// What changed with the law: a system's acknowledged result against the current one.
#include <doctest/doctest.h>

#include "core/changes.h"
#include "core/project.h"
#include "helpers.h"

namespace {

const aims::ResultChange* find(const std::vector<aims::ResultChange>& v, const std::string& what, const std::string& entry = "") {
  for (const auto& c : v) {
    if (c.what == what && (entry.empty() || c.entry == entry)) return &c;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("changes: a snapshot survives JSON and equals itself") {
  const auto c = test::run(R"({"id":"cv","roles":["deployer"],"annex3":["annex3.4.a"],"profiling":true})");
  const auto s = aims::snapshot(c, test::cat(), "2026-12-02");
  aims::InputError err;
  const auto back = aims::snapshot_from_json(aims::to_json(s), "p.json", "/systems/0/acknowledged", err);
  REQUIRE_MESSAGE(back.has_value(), err.to_string());
  CHECK(back->risk_class == "high_risk");
  CHECK(back->acknowledged_on == "2026-12-02");
  CHECK(back->legal_status_as_of == test::cat().legal_status_as_of);
  CHECK(back->obligations.size() == c.obligations.size());
  CHECK(aims::compare(*back, s, test::cat(), aims::Lang::en).empty());
}

TEST_CASE("changes: class, practices, obligations and dates are named with their catalog entry") {
  const auto now = aims::snapshot(test::run(R"({"id":"cv","roles":["deployer"],"annex3":["annex3.4.a"],"profiling":true})"),
                                  test::cat());
  // As if acknowledged under the dates as enacted, before a practice was dropped and Art. 26 added.
  aims::ResultSnapshot old = now;
  old.legal_status_as_of = "2026-11-27";
  old.risk_class = "prohibited";
  old.prohibited_practices = {"art5.1.f"};
  for (auto& d : old.obligations) {
    if (d.id == "art4") d.applies_from = "2024-08-01";
  }
  std::erase_if(old.obligations, [](const auto& d) { return d.id == "art26"; });
  old.obligations.push_back({"art5", "deployer", "2025-02-02"});
  const auto ch = aims::compare(old, now, test::cat(), aims::Lang::de);
  REQUIRE(find(ch, "risk_class") != nullptr);
  CHECK(find(ch, "risk_class")->old_value == "prohibited");
  CHECK(find(ch, "risk_class")->new_value == "high_risk");
  REQUIRE(find(ch, "practice_removed", "art5.1.f") != nullptr);
  CHECK(find(ch, "practice_removed", "art5.1.f")->ref == "Art. 5 Abs. 1 Buchst. f KI-VO");
  REQUIRE(find(ch, "obligation_added", "art26") != nullptr);
  CHECK(find(ch, "obligation_added", "art26")->role == "deployer");
  REQUIRE(find(ch, "obligation_removed", "art5") != nullptr);
  REQUIRE(find(ch, "obligation_date", "art4") != nullptr);
  CHECK(find(ch, "obligation_date", "art4")->old_value == "2024-08-01");
  CHECK(find(ch, "obligation_date", "art4")->new_value == "2025-02-02");
  const auto j = aims::changes_json("cv", old, now, test::cat(), aims::Lang::en);
  CHECK(j["status"] == "changed");
  CHECK(j["acknowledged"]["legal_status_as_of"] == "2026-11-27");
  CHECK(aims::changes_json("cv", std::nullopt, now, test::cat(), aims::Lang::en)["status"] == "not_acknowledged");
  CHECK(aims::changes_json("cv", now, now, test::cat(), aims::Lang::en)["status"] == "unchanged");
}

TEST_CASE("changes: a broken acknowledged result is named by its path and the project is refused") {
  aims::InputError err;
  aims::OrderedJson bad = aims::OrderedJson::parse(R"({"risk_class":"high_risk","obligations":[{"id":"art26","applies_from":"soon"}]})");
  CHECK_FALSE(aims::snapshot_from_json(bad, "p.json", "/systems/0/acknowledged", err).has_value());
  CHECK(err.path == "/systems/0/acknowledged/obligations/0/applies_from");
  const std::string text = R"({"format":"aims-project","version":1,"systems":[{"id":"a","acknowledged":{"risk_class":7}}]})";
  auto doc = aims::parse_ordered_json(text, "p.json", err);
  REQUIRE(doc.has_value());
  const auto errors = aims::validate_project(*doc, test::cat(), "p.json");
  bool named = false;
  for (const auto& e : errors) named = named || e.path == "/systems/0/acknowledged/risk_class";
  CHECK(named);
}
