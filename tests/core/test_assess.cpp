// ISO/IEC 42001 assessment: catalog integrity, scoring, SoA suggestion rules, carry-over from
// existing management systems, blockers, readiness and advice for contrasting organisations,
// roadmap dates.
#include <set>

#include "core/assess.h"
#include "core/dates.h"
#include "core/iso.h"
#include "core/project.h"
#include "fixtures.h"
#include "helpers.h"

using test::fixtures::iso;
using test::fixtures::kToday;
using test::fixtures::project;
using test::fixtures::req;
using test::fixtures::run;

namespace {
const aims::SoaRow& soa(const aims::Assessment& a, const std::string& id) {
  for (const auto& r : a.soa) {
    if (r.control->id == id) return r;
  }
  FAIL("no SoA row " << id);
  return a.soa.front();
}

bool driven_by(const aims::SoaRow& r, const std::string& ob) {
  for (const auto& d : r.drivers) {
    if (d.obligation == ob) return true;
  }
  return false;
}

bool has_blocker(const aims::Assessment& a, const std::string& id) {
  for (const auto& b : a.readiness.blockers) {
    if (b.blocker->id == id) return true;
  }
  return false;
}
}  // namespace

TEST_CASE("iso catalog: 32 clauses, 38 controls, mappings resolve, both languages") {
  auto problems = aims::check_iso_catalog(iso(), test::cat());
  for (const auto& p : problems) FAIL_CHECK(p);
  CHECK(iso().clauses().size() == 32);
  CHECK(iso().controls().size() == 38);
  std::set<std::string> groups;
  for (const auto* c : iso().controls()) groups.insert(c->group);
  CHECK(groups.size() == 9);
  CHECK(iso().find("A.6.2.8") != nullptr);
  CHECK(iso().find("6.1.3")->documented_information == "yes");
  CHECK(iso().mapping("map.27001") != nullptr);
  CHECK(iso().mapping("map.9001") != nullptr);
  CHECK(iso().mapping("map.aiact") != nullptr);
  CHECK(iso().phases.size() == 5);
  CHECK(iso().maturity.size() == 6);
  // The German text uses the official terms.
  CHECK(iso().find("5.2")->title.de.find("KI-Politik") != std::string::npos);
}

TEST_CASE("assess: scores follow maturity; not applicable controls do not count") {
  auto p = project();
  auto empty = run(p);
  CHECK(empty.readiness.percent == 0);
  CHECK(empty.clauses.size() == 32);
  CHECK(empty.controls.size() == 38);
  CHECK(empty.soa.size() == 38);
  for (const auto* r : iso().clauses()) p["iso"]["answers"][r->id] = {{"maturity", 5}};
  for (const auto* r : iso().controls()) p["iso"]["answers"][r->id] = {{"maturity", 3}};
  auto full = run(p);
  CHECK(full.readiness.percent == 100);  // readiness counts up to level 3
  CHECK(full.readiness.maturity_percent > 70);
  CHECK(req(full, "4.1").score == 100);
  CHECK(req(full, "A.2.2").score == 60);
  for (const auto& g : full.clause_groups) CHECK(g.score == 100);
  // One control marked not applicable leaves its group score unaffected by it.
  p["iso"]["answers"]["A.7.2"] = {{"maturity", 0}};
  p["iso"]["soa"]["A.7.2"] = {{"applicable", false}, {"justification", "No own training data"}, {"decided", true}};
  auto na = run(p);
  CHECK_FALSE(req(na, "A.7.2").applicable);
  CHECK(req(na, "A.7.2").status == "not_applicable");
  for (const auto& g : na.control_groups) {
    if (g.group->id == "A.7") CHECK(g.score == 60);
  }
  CHECK(soa(na, "A.7.2").source == "decided");
  CHECK(soa(na, "A.7.2").justification == "No own training data");
}

TEST_CASE("SoA: each suggestion rule") {
  // High-risk provider: Art. 12 logging drives A.6.2.8.
  auto hr = run(project({}, {{{"id", "s"}, {"name", "Proctor"}, {"roles", {"provider"}}, {"annex3", {"annex3.3.d"}}}}));
  CHECK(soa(hr, "A.6.2.8").applicable);
  CHECK(soa(hr, "A.6.2.8").source == "ai_act");
  CHECK(driven_by(soa(hr, "A.6.2.8"), "art12"));
  CHECK(soa(hr, "A.6.2.8").justification.find("Art. 12") != std::string::npos);
  CHECK(soa(hr, "A.6.2.8").justification.find("Proctor") != std::string::npos);
  // Deployer of a high-risk system: Art. 26 drives the use controls.
  auto dep = run(project({}, {{{"id", "s"}, {"name", "CV"}, {"roles", {"deployer"}}, {"annex3", {"annex3.4.a"}}, {"profiling", true}}}));
  CHECK(driven_by(soa(dep, "A.9.2"), "art26"));
  CHECK(driven_by(soa(dep, "A.9.4"), "art26"));
  // ... and a deployer that develops nothing: development controls suggested not applicable.
  CHECK_FALSE(soa(dep, "A.6.2.4").applicable);
  CHECK(soa(dep, "A.6.2.4").source == "role");
  CHECK_FALSE(soa(dep, "A.7.2").applicable);
  // A provider keeps them applicable.
  CHECK(soa(hr, "A.6.2.4").applicable);
  // GPAI model provider: Art. 53 drives technical documentation and data provenance.
  auto gpai = run(project({}, {{{"id", "m"}, {"name", "Model"}, {"roles", {"provider"}}, {"gpai", {{"model", true}, {"training_flop", 1e24}}}}}));
  CHECK(driven_by(soa(gpai, "A.6.2.7"), "art53"));
  CHECK(driven_by(soa(gpai, "A.7.5"), "art53"));
  // Deployer publishing deep fakes: Art. 50(4) drives information to interested parties.
  auto df = run(project({}, {{{"id", "d"}, {"name", "Ads"}, {"roles", {"deployer"}}, {"transparency", {"art50.4.a"}}}}));
  CHECK(driven_by(soa(df, "A.8.5"), "art50.4.a"));
  // Any AI system in scope: Art. 4 drives competence (A.4.6).
  CHECK(driven_by(soa(df, "A.4.6"), "art4"));
  // No drivers, no role rule: applicable by default, to be confirmed.
  CHECK(soa(df, "A.3.3").source == "default");
  CHECK(soa(df, "A.3.3").applicable);
  // A decision by the user overrides a suggestion, and the suggestion stays visible.
  auto p = project({}, {{{"id", "s"}, {"name", "CV"}, {"roles", {"deployer"}}, {"annex3", {"annex3.4.a"}}}});
  p["iso"]["soa"]["A.9.2"] = {{"applicable", false}, {"justification", "Outsourced"}, {"decided", true}};
  auto dec = run(p);
  CHECK_FALSE(soa(dec, "A.9.2").applicable);
  CHECK(soa(dec, "A.9.2").suggested_applicable);
  CHECK(soa(dec, "A.9.2").suggestion.find("Art. 26") != std::string::npos);
  // German justifications use the German citation style.
  auto de = run(project({}, {{{"id", "s"}, {"name", "CV"}, {"roles", {"deployer"}}, {"annex3", {"annex3.4.a"}}}}), aims::Lang::de);
  CHECK(soa(de, "A.9.2").justification.find("Art. 26 KI-VO") != std::string::npos);
}

TEST_CASE("existing management systems: shared clauses carried over, answers win") {
  auto p = project();
  auto none = run(p);
  CHECK(req(none, "7.5.3").source == "none");
  p["organisation"]["management_systems"] = {"iso27001"};
  auto isms = run(p);
  CHECK(req(isms, "7.5.3").source == "carried_over");
  CHECK(req(isms, "7.5.3").maturity == 3);
  CHECK(req(isms, "7.5.3").carried_from.find("27001") != std::string::npos);
  CHECK(req(isms, "6.1.4").maturity == 2);  // only a partial counterpart
  CHECK(isms.readiness.percent > none.readiness.percent);
  p["iso"]["answers"]["7.5.3"] = {{"maturity", 1}};
  CHECK(req(run(p), "7.5.3").maturity == 1);
  CHECK(req(run(p), "7.5.3").source == "answer");
  p["organisation"]["management_systems"] = {"iso9001"};
  CHECK(req(run(p), "9.2.2").source == "carried_over");
}

TEST_CASE("blockers: present while both the clause and its evidence are missing") {
  auto p = project();
  auto a = run(p);
  for (const char* b : {"no_scope", "no_policy", "no_roles", "no_risk_assessment", "no_soa", "no_impact_assessment",
                        "no_objectives", "no_competence", "no_internal_audit", "no_management_review"}) {
    CHECK_MESSAGE(has_blocker(a, b), b);
  }
  p["documents"].push_back({{"id", "d1"}, {"title", "AI policy"}, {"kind", "ai_policy"}, {"status", "approved"}});
  p["governance"]["ai_officer"] = {{"name", "Eva"}};
  p["risks"].push_back({{"id", "r1"}, {"title", "Bias"}});
  p["audits"].push_back({{"id", "a1"}, {"date", "2026-10-01"}});
  p["reviews"].push_back({{"id", "m1"}, {"date", "2027-03-01"}});  // planned, not done yet
  p["iso"]["answers"]["4.3"] = {{"maturity", 2}};
  auto b = run(p);
  CHECK_FALSE(has_blocker(b, "no_policy"));
  CHECK_FALSE(has_blocker(b, "no_roles"));
  CHECK_FALSE(has_blocker(b, "no_risk_assessment"));
  CHECK_FALSE(has_blocker(b, "no_internal_audit"));
  CHECK_FALSE(has_blocker(b, "no_scope"));
  CHECK(has_blocker(b, "no_management_review"));
  // A draft policy is not enough.
  p["documents"][0]["status"] = "draft";
  CHECK(has_blocker(run(p), "no_policy"));
}

TEST_CASE("readiness and advice for contrasting organisations") {
  // Small, capable, simple, no pressure.
  auto small = project({}, {{{"id", "s"}, {"name", "Spam"}, {"roles", {"deployer"}}}});
  small["organisation"] = {{"employees", 30}, {"compliance_team", true}, {"ai_know_how", "advanced"},
                           {"people_available", 2}, {"management_systems", {"iso27001"}}, {"certification_goal", "readiness"}};
  auto s = run(small);
  CHECK(s.advice.approach == "internal");
  CHECK(s.readiness.months_high <= 8);
  // Large, complex, thinly staffed, with a close target date.
  auto big = project({}, {{{"id", "a"}, {"roles", {"provider"}}, {"annex3", {"annex3.4.a"}}},
                          {{"id", "b"}, {"roles", {"provider"}}, {"annex3", {"annex3.5.b"}}},
                          {{"id", "c"}, {"roles", {"deployer"}}, {"annex3", {"annex3.4.b"}}}});
  big["organisation"] = {{"employees", 2500}, {"compliance_team", false}, {"ai_know_how", "none"}, {"people_available", 0.2},
                         {"legal_entities", 5}, {"sites", 8}, {"certification_goal", "certify"},
                         {"certification_target", "2027-05-31"}};
  auto b = run(big);
  CHECK(b.advice.approach == "external");
  CHECK(b.readiness.months_high >= 18);
  CHECK(b.readiness.months_low > s.readiness.months_low);
  // Every factor is shown with its text.
  std::set<std::string> ids;
  for (const auto& f : b.readiness.factors) {
    ids.insert(f.id);
    CHECK_FALSE(f.text.empty());
  }
  for (const char* f : {"size", "gap", "high_risk", "structure", "people", "know_how"}) CHECK_MESSAGE(ids.count(f) == 1, f);
  CHECK(b.advice.reasons.size() >= 5);
  // In between: some resources, moderate complexity.
  auto mid = project({}, {{{"id", "a"}, {"roles", {"deployer"}}, {"annex3", {"annex3.4.a"}}}});
  mid["organisation"] = {{"employees", 420}, {"compliance_team", false}, {"ai_know_how", "basic"}, {"people_available", 1}};
  CHECK(run(mid).advice.approach == "hybrid");
}

TEST_CASE("roadmap: five steps from today to the target date, tasks inside their step") {
  auto p = project({}, {{{"id", "cv"}, {"name", "CV"}, {"roles", {"deployer"}}, {"annex3", {"annex3.4.a"}}}});
  p["organisation"]["certification_target"] = "2028-06-30";
  auto a = run(p);
  REQUIRE(a.roadmap.size() == 5);
  CHECK(a.roadmap_start == kToday);
  CHECK(a.roadmap_end == "2028-06-30");
  CHECK(a.roadmap.front().start == kToday);
  CHECK(a.roadmap.back().end == "2028-06-30");
  for (std::size_t i = 1; i < a.roadmap.size(); ++i) CHECK(a.roadmap[i].start == a.roadmap[i - 1].end);
  // The longest step is policies, processes and documentation (weight 30 %).
  long longest = 0;
  std::size_t idx = 0;
  for (std::size_t i = 0; i < a.roadmap.size(); ++i) {
    long d = aims::days_between(a.roadmap[i].start, a.roadmap[i].end);
    if (d > longest) longest = d, idx = i;
  }
  CHECK(idx == 3);
  bool art26 = false;
  for (const auto& ph : a.roadmap) {
    for (const auto& t : ph.tasks) {
      CHECK(t.due <= ph.end);
      if (t.obligation == "art26") {
        art26 = true;
        CHECK(t.due == "2027-12-02");
        CHECK(t.due >= ph.start);
      }
    }
  }
  CHECK(art26);
  // Without a target date the roadmap ends after the high estimate.
  p["organisation"].erase("certification_target");
  auto b = run(p);
  CHECK(b.roadmap_end == aims::add_months(kToday, b.readiness.months_high));
  // A deadline after the target date is flagged.
  p["organisation"]["certification_target"] = "2027-06-30";
  bool flagged = false;
  for (const auto& ph : run(p).roadmap) {
    for (const auto& t : ph.tasks) flagged = flagged || (t.obligation == "art26" && t.after_target);
  }
  CHECK(flagged);
}

TEST_CASE("dates: calendar arithmetic") {
  CHECK(aims::add_months("2026-01-31", 1) == "2026-02-28");
  CHECK(aims::add_months("2028-01-31", 1) == "2028-02-29");
  CHECK(aims::add_months("2026-11-27", 14) == "2028-01-27");
  CHECK(aims::add_months("2026-03-15", -3) == "2025-12-15");
  CHECK(aims::add_days("2026-12-31", 1) == "2027-01-01");
  CHECK(aims::days_between("2026-11-27", "2027-12-02") == 370);
  CHECK(aims::civil_from_days(aims::days_from_civil("2024-02-29")) == "2024-02-29");
}

TEST_CASE("assess: the demo project gives a plausible, complete result") {
  std::string text = test::read_file(std::string(AIMS_SOURCE_DIR) + "/assets/project/demo-de.json");
  auto l = aims::load_project(text, "demo", test::cat());
  REQUIRE(l.doc.has_value());
  auto a = run(*l.doc, aims::Lang::de);
  CHECK(a.readiness.percent > 0);
  CHECK(a.readiness.percent < 100);
  CHECK(a.readiness.months_low >= 1);
  CHECK(a.readiness.months_high > a.readiness.months_low);
  CHECK(a.roadmap_end == "2028-06-30");
  auto j = aims::to_json(a, aims::Lang::de);
  CHECK(j["soa"].size() == 38);
  CHECK(j["clauses"].size() == 32);
  CHECK(j["controls"].size() == 38);
  for (const char* k : {"percent", "months_low", "months_high", "blockers"}) CHECK(j["readiness"].contains(k));
  CHECK(j["advice"]["reasons"].size() >= 3);
}
