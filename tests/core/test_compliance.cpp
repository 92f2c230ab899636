// Existing compliance and sectors (#16): the compliance catalog loads and is sound; contrasting
// organisations (GDPR practices or not, NIS2 entity or not, each sector) get different
// carry-over, links, incident rules, sector rules, obligation notes, readiness factors and
// report content; bad organisation input gives an error with its field.
#include <set>

#include "core/assess.h"
#include "core/compliance.h"
#include "core/iso.h"
#include "core/project.h"
#include "core/report.h"
#include "fixtures.h"
#include "helpers.h"

using test::fixtures::iso;
using test::fixtures::project;
using test::fixtures::req;
using test::fixtures::run;

namespace {
const aims::ComplianceCatalog& comp() {
  const aims::ComplianceCatalog* c = aims::compliance_catalog();
  REQUIRE(c != nullptr);
  return *c;
}

aims::OrderedJson system(const char* id, std::initializer_list<const char*> annex3, const char* role = "deployer") {
  aims::OrderedJson s = {{"id", id}, {"name", id}, {"roles", {role}}, {"ai_system", "yes"}, {"eu_nexus", true}};
  s["annex3"] = aims::OrderedJson::array();
  for (const char* a : annex3) s["annex3"].push_back(a);
  return s;
}

const aims::OrderedJson kAllGdpr = {{"records_of_processing", true}, {"dpia_process", true}, {"toms", true},
                                    {"privacy_by_design", true}, {"automated_decisions", true}};

bool has_link(const aims::Assessment& a, const std::string& id) {
  for (const auto& l : a.existing.links) {
    if (l.link->id == id) return true;
  }
  return false;
}

bool has_factor(const aims::Assessment& a, const std::string& id) {
  for (const auto& f : a.readiness.factors) {
    if (f.id == id) return true;
  }
  return false;
}

std::string note_of(const aims::Classification& c, std::string_view id) {
  for (const auto& o : c.obligations) {
    if (o.id == id) return std::string(o.note);
  }
  return "<absent>";
}

std::string report_md(const aims::OrderedJson& p) {
  aims::Assessment a = run(p, aims::Lang::en);
  return aims::render_markdown(aims::build_report(p, a, test::cat(), iso(), aims::Lang::en));
}
}  // namespace

TEST_CASE("compliance catalog: loads, every entry has status and source, ids resolve") {
  auto problems = aims::check_compliance_catalog(comp(), test::cat());
  for (const auto& p : problems) FAIL_CHECK(p);
  CHECK(comp().gdpr.size() == 6);
  CHECK(comp().nis2.size() == 3);
  // Every practice is linked in the ISO catalog, and every link names a practice.
  for (const char* map_id : {"map.gdpr", "map.nis2"}) {
    const aims::IsoMapping* m = iso().mapping(map_id);
    REQUIRE(m != nullptr);
    CHECK(m->status == "own");
    std::set<std::string> linked;
    for (const auto& l : m->links) {
      CHECK_MESSAGE(comp().item(l.to) != nullptr, l.to);
      CHECK_MESSAGE(iso().find(l.from) != nullptr, l.from);
      linked.insert(l.to);
    }
    for (const auto* list : {&comp().gdpr, &comp().nis2}) {
      for (const auto& it : *list) {
        if (it.id.rfind(std::string(map_id).substr(4), 0) == 0) CHECK_MESSAGE(linked.count(it.id) == 1, it.id);
      }
    }
  }
  // The facts the reference tags: Art. 4a as amended, Art. 73 law, NIS2 not in the reference.
  for (const auto& l : comp().links) {
    if (l.id == "link.bias_data") CHECK(l.status == "amended");
    if (l.id == "link.fria_dpia") CHECK(l.ref.en == "Art. 27(4) AI Act");
  }
  for (const auto& r : comp().incidents) CHECK(r.status == (r.regime == "ai_act" ? "law" : "unverified"));
  CHECK(comp().nis2_help_status == "unverified");
  CHECK(comp().nis2_help.de.find("NIS2UmsuCG") != std::string::npos);
}

TEST_CASE("GDPR practices in place are carried over; without them nothing is") {
  aims::Assessment with = run(project({{"dpo", true}, {"gdpr", kAllGdpr}}));
  aims::Assessment without = run(project({{"dpo", false}}));
  for (const char* id : {"6.1.4", "8.4", "A.5.2", "A.7.2", "A.8.2", "5.3"}) {
    CAPTURE(id);
    CHECK(req(with, id).source == "carried_over");
    CHECK(req(with, id).maturity == 2);
    CHECK(req(with, id).carried_from.find("GDPR") != std::string::npos);
    CHECK(req(without, id).source == "none");
    CHECK(req(without, id).maturity == 0);
  }
  CHECK(with.readiness.percent > without.readiness.percent);
  // Only the practice that exists: a DPIA process alone carries 6.1.4, not A.7.2.
  aims::Assessment dpia = run(project({{"gdpr", {{"dpia_process", true}}}}));
  CHECK(req(dpia, "6.1.4").source == "carried_over");
  CHECK(req(dpia, "A.7.2").source == "none");
  CHECK(req(dpia, "6.1.4").carried_from == "Art. 35 GDPR");
  // German reference in a German assessment.
  CHECK(req(run(project({{"gdpr", {{"dpia_process", true}}}}), aims::Lang::de), "6.1.4").carried_from == "Art. 35 DSGVO");
  // An answer wins over the suggestion.
  auto p = project({{"gdpr", kAllGdpr}});
  p["iso"]["answers"]["6.1.4"] = {{"maturity", 1}};
  CHECK(req(run(p), "6.1.4").source == "answer");
  // ISO 27001's equal links keep their level 3 where GDPR would suggest 2.
  aims::Assessment both = run(project({{"management_systems", {"iso27001"}}, {"gdpr", kAllGdpr}}));
  CHECK(req(both, "7.5.3").carried_from == "ISO/IEC 27001:2022");
}

TEST_CASE("NIS2: an entity with measures in place carries Art. 21 over and sees NIS2 incident reporting") {
  aims::Assessment entity = run(project({{"nis2", "important"}, {"nis2_measures", true}}));
  aims::Assessment none = run(project({{"nis2", "none"}, {"nis2_measures", true}}));
  aims::Assessment no_measures = run(project({{"nis2", "essential"}, {"nis2_measures", false}}));
  CHECK(entity.existing.nis2_in_scope);
  CHECK_FALSE(none.existing.nis2_in_scope);
  CHECK(req(entity, "6.1.2").source == "carried_over");
  CHECK(req(entity, "6.1.2").carried_from == "Art. 21 NIS2");
  CHECK(req(entity, "A.8.4").carried_from == "Art. 23 NIS2");
  CHECK(req(none, "6.1.2").source == "none");
  CHECK(req(no_measures, "6.1.2").source == "none");
  auto regimes = [](const aims::Assessment& a) {
    std::set<std::string> r;
    for (const auto* i : a.existing.incidents) r.insert(i->regime + ":" + i->deadline.en);
    return r;
  };
  CHECK(regimes(entity).count("nis2:24 hours") == 1);
  CHECK(regimes(entity).count("nis2:72 hours") == 1);
  CHECK(regimes(entity).count("nis2:one month") == 1);
  CHECK(regimes(none).count("nis2:24 hours") == 0);
  for (const auto* r : {"ai_act:15 days", "ai_act:10 days", "ai_act:2 days"}) {
    CHECK(regimes(entity).count(r) == 1);
    CHECK(regimes(none).count(r) == 1);
  }
  // Art. 21 stands beside Art. 15 AI Act.
  auto j = aims::to_json(entity, aims::Lang::en);
  REQUIRE(j["existing_compliance"]["nis2"]["beside_ai_act"].size() == 1);
  CHECK(j["existing_compliance"]["nis2"]["beside_ai_act"][0]["obligation"] == "art15");
  CHECK(aims::to_json(none, aims::Lang::en)["existing_compliance"]["nis2"]["measures"].empty());
}

TEST_CASE("AI Act links to the GDPR appear for the systems they concern") {
  // Credit scoring (5(b)) deployer: FRIA (27(4)), DPIA (26(9)), explanation (86).
  aims::Assessment credit = run(project({}, {system("score", {"annex3.5.b"})}));
  CHECK(has_link(credit, "link.fria_dpia"));
  CHECK(has_link(credit, "link.deployer_dpia"));
  CHECK(has_link(credit, "link.explanation"));
  CHECK_FALSE(has_link(credit, "link.bias_data"));
  // A minimal-risk system: none of them.
  aims::Assessment minimal = run(project({}, {system("spam", {})}));
  CHECK(minimal.existing.links.empty());
  // Special-category data: the Art. 4a link, whatever the class.
  auto s = system("bias", {});
  s["special_category_data"] = true;
  aims::Assessment bias = run(project({}, {s}));
  CHECK(has_link(bias, "link.bias_data"));
}

TEST_CASE("sectors: finance notes Arts. 17, 18, 19, 26 on the obligations; others do not") {
  auto provider = system("score", {"annex3.5.b"}, "provider");
  auto deployer = system("score2", {"annex3.5.b"});
  auto fin = project({{"sector", "finance"}}, {provider, deployer});
  auto prod = project({{"sector", "production_logistics"}}, {provider, deployer});
  aims::Assessment a_fin = run(fin), a_prod = run(prod);
  const auto& c_fin = a_fin.classifications();
  const auto& c_prod = a_prod.classifications();
  REQUIRE(c_fin.size() == 2);
  CHECK(note_of(c_fin[0], "art17").find("Financial institutions") != std::string::npos);
  CHECK(note_of(c_fin[0], "art18").find("Financial institutions") != std::string::npos);
  CHECK(note_of(c_fin[0], "art19").find("Financial institutions") != std::string::npos);
  CHECK(note_of(c_fin[1], "art26").find("financial institutions") != std::string::npos);
  CHECK(note_of(c_prod[0], "art17").empty());
  CHECK(note_of(c_prod[1], "art26").empty());
  // The assessment names the systems each note concerns.
  bool art26 = false;
  for (const auto& n : a_fin.existing.obligation_notes) {
    if (n.obligation == "art26") art26 = n.systems.size() == 1 && n.systems[0] == "score2";
  }
  CHECK(art26);
  CHECK(a_prod.existing.obligation_notes.empty());
  // Every sector with data differs from the others in its rules or hints.
  std::set<std::string> seen;
  for (const char* sector : {"automotive", "medtech_health", "finance", "insurance", "it_software",
                             "production_logistics", "public_sector", "critical_infrastructure"}) {
    CAPTURE(sector);
    aims::Assessment a = run(project({{"sector", sector}}));
    REQUIRE(a.existing.sector_data != nullptr);
    CHECK_FALSE(a.existing.sector_data->hints.empty());
    CHECK_FALSE(a.existing.sector_data->examples.empty());
    std::string key;
    for (const auto& h : a.existing.sector_data->hints) key += h.id;
    CHECK(seen.insert(key).second);
  }
  CHECK(run(project({{"sector", "other"}})).existing.sector_data == nullptr);
}

TEST_CASE("sectors: readiness factors follow the sector and its management systems") {
  aims::Assessment med13485 = run(project({{"sector", "medtech_health"}, {"management_systems", {"iso13485"}}}));
  aims::Assessment med = run(project({{"sector", "medtech_health"}}));
  aims::Assessment it = run(project({{"sector", "it_software"}, {"management_systems", {"iso13485"}}}));
  CHECK(has_factor(med13485, "factor.medtech.13485"));
  CHECK_FALSE(has_factor(med13485, "factor.medtech.no13485"));
  CHECK(has_factor(med, "factor.medtech.no13485"));
  CHECK_FALSE(has_factor(it, "factor.medtech.13485"));
  CHECK(med13485.readiness.months_high < med.readiness.months_high);
  aims::Assessment car_tisax = run(project({{"sector", "automotive"}, {"management_systems", {"tisax"}}}));
  aims::Assessment car = run(project({{"sector", "automotive"}}));
  CHECK(has_factor(car_tisax, "factor.automotive.tisax"));
  CHECK_FALSE(has_factor(car, "factor.automotive.tisax"));
}

TEST_CASE("sector examples load as systems with the answers that follow") {
  const aims::Sector* fin = comp().sector("finance");
  REQUIRE(fin != nullptr);
  const aims::SectorExample& credit = fin->examples.front();
  auto p = project({{"sector", "finance"}}, {aims::system_from_example(credit, "s1", aims::Lang::de)});
  aims::Assessment a = run(p);
  REQUIRE(a.classifications().size() == 1);
  CHECK(a.classifications()[0].risk_class == "high_risk");
  CHECK(a.classifications()[0].fria_required);
  const aims::Sector* med = comp().sector("medtech_health");
  REQUIRE(med != nullptr);
  aims::Assessment m = run(project({}, {aims::system_from_example(med->examples.front(), "m1", aims::Lang::en)}));
  CHECK(m.classifications()[0].risk_class == "high_risk");
  CHECK(m.classifications()[0].conformity_assessment != "none");
}

TEST_CASE("organisation input: bad GDPR and NIS2 fields give errors with their paths") {
  auto p = project({{"gdpr", {{"dpia_process", "yes"}}}, {"nis2_measures", 3}});
  auto errs = aims::validate_project(p, test::cat(), "t.json");
  std::set<std::string> paths;
  for (const auto& e : errs) paths.insert(e.path);
  CHECK(paths.count("/organisation/gdpr/dpia_process") == 1);
  CHECK(paths.count("/organisation/nis2_measures") == 1);
  auto q = project({{"gdpr", "all"}});
  errs = aims::validate_project(q, test::cat(), "t.json");
  REQUIRE(errs.size() == 1);
  CHECK(errs[0].path == "/organisation/gdpr");
  CHECK(aims::validate_project(project({{"gdpr", kAllGdpr}, {"nis2_measures", true}}), test::cat(), "t.json").empty());
}

TEST_CASE("report: the chapter 'Existing compliance and sector' differs with the organisation") {
  auto fin = project({{"sector", "finance"}, {"dpo", true}, {"gdpr", kAllGdpr}, {"nis2", "essential"}, {"nis2_measures", true}},
                     {system("score", {"annex3.5.b"})});
  auto bare = project({{"sector", "other"}, {"nis2", "none"}}, {system("spam", {})});
  std::string a = report_md(fin), b = report_md(bare);
  CHECK(a.find("Existing compliance and sector") != std::string::npos);
  CHECK(b.find("Existing compliance and sector") != std::string::npos);
  CHECK(a.find("Art. 35 GDPR") != std::string::npos);
  CHECK(a.find("Art. 27(4) AI Act") != std::string::npos);
  CHECK(b.find("Art. 27(4) AI Act") == std::string::npos);
  CHECK(a.find("72 hours") != std::string::npos);
  CHECK(b.find("72 hours") == std::string::npos);
  CHECK(a.find("Art. 17(4) AI Act") != std::string::npos);
  CHECK(b.find("Art. 17(4) AI Act") == std::string::npos);
  CHECK(a.find("15 days") != std::string::npos);
  CHECK(b.find("15 days") != std::string::npos);
}
