// One test per rule path of the classification engine. Expected values are written here from
// the regulation (shared/reference), independently of the catalog the engine reads.
#include <map>

#include "helpers.h"

using test::has_ob;
using test::ob_date;
using test::run;

TEST_CASE("Art. 3(1): not an AI system, unsure, yes") {
  auto no = run(R"({"id":"x","roles":["deployer"],"ai_system":"no","transparency":["art50.1"]})");
  CHECK(no.risk_class == "not_ai_system");
  CHECK(no.obligations.empty());
  CHECK(no.transparency.empty());
  CHECK(no.applies_from.empty());
  auto unsure = run(R"({"id":"x","roles":["deployer"],"ai_system":"unsure"})");
  CHECK(unsure.risk_class == "minimal_risk");
  REQUIRE(unsure.open_questions.size() == 1);
  CHECK(unsure.open_questions[0].find("Art. 3(1)") != std::string::npos);
  auto yes = run(R"({"id":"x","roles":["deployer"]})");
  CHECK(yes.open_questions.empty());
}

TEST_CASE("Art. 2(1): no EU nexus is out of scope, even for a prohibited practice") {
  auto c = run(R"({"id":"x","roles":["provider"],"eu_nexus":false,"prohibited_practices":["art5.1.c"]})");
  CHECK(c.risk_class == "out_of_scope");
  CHECK(c.prohibited_practices.empty());
  CHECK(c.obligations.empty());
}

TEST_CASE("Art. 2 exclusions: each claimable exclusion puts the system out of scope") {
  for (const char* x : {"excl.2.3.b", "excl.2.4", "excl.2.6", "excl.2.8", "excl.2.10"}) {
    CAPTURE(x);
    auto c = run(std::string(R"({"id":"x","roles":["provider"],"annex3":["annex3.4.a"],"exclusions":[")") + x + "\"]}");
    CHECK(c.risk_class == "out_of_scope");
    CHECK(c.high_risk_routes.empty());
    CHECK_FALSE(has_ob(c, "art4"));
  }
}

TEST_CASE("Art. 2(12): open source is excluded only while not prohibited, high-risk or under Art. 50") {
  CHECK(run(R"({"id":"x","roles":["provider"],"exclusions":["excl.2.12"]})").risk_class == "out_of_scope");
  CHECK(run(R"({"id":"x","roles":["provider"],"exclusions":["excl.2.12"],"annex3":["annex3.4.a"]})").risk_class ==
        "high_risk");
  CHECK(run(R"({"id":"x","roles":["provider"],"exclusions":["excl.2.12"],"prohibited_practices":["art5.1.e"]})")
            .risk_class == "prohibited");
  auto t = run(R"({"id":"x","roles":["provider"],"exclusions":["excl.2.12"],"transparency":["art50.2"]})");
  CHECK(t.risk_class == "limited_risk");
  CHECK(has_ob(t, "art50.2", "provider"));
  // An excepted transparency situation no longer keeps it in scope.
  CHECK(run(R"({"id":"x","roles":["provider"],"exclusions":["excl.2.12"],"transparency":["art50.2"],
               "transparency_exceptions":["art50.2"]})").risk_class == "out_of_scope");
}

TEST_CASE("Art. 5: every practice is prohibited, from its own date") {
  std::map<std::string, std::string> dates{
      {"art5.1.a", "2025-02-02"}, {"art5.1.b", "2025-02-02"}, {"art5.1.c", "2025-02-02"},
      {"art5.1.d", "2025-02-02"}, {"art5.1.e", "2025-02-02"}, {"art5.1.f", "2025-02-02"},
      {"art5.1.g", "2025-02-02"}, {"art5.1.h", "2025-02-02"}, {"art5.1.ba", "2026-12-02"},
      {"art5.1.bb", "2026-12-02"}};
  for (const auto& [id, date] : dates) {
    CAPTURE(id);
    auto c = run(R"({"id":"x","roles":["provider","deployer"],"prohibited_practices":[")" + id + "\"]}");
    CHECK(c.risk_class == "prohibited");
    CHECK(c.prohibited_practices == std::vector<std::string>{id});
    CHECK(c.applies_from == date);
    CHECK(has_ob(c, "art5", "provider"));
    CHECK(has_ob(c, "art5", "deployer"));
    CHECK(ob_date(c, "art5") == date);
    CHECK(c.registration == "none");
  }
}

TEST_CASE("Art. 5: the law's exceptions for (d), (f) and (h) lift the prohibition; others cannot") {
  for (const char* id : {"art5.1.d", "art5.1.f", "art5.1.h"}) {
    CAPTURE(id);
    auto c = run(std::string(R"({"id":"x","roles":["deployer"],"prohibited_practices":[")") + id +
                 R"("],"prohibited_exceptions":[")" + id + "\"]}");
    CHECK(c.risk_class != "prohibited");
    CHECK(c.prohibited_practices.empty());
  }
  // Emotion recognition for medical reasons: not prohibited, still Annex III 1(c) high-risk.
  auto med = run(R"({"id":"x","roles":["deployer"],"prohibited_practices":["art5.1.f"],
                    "prohibited_exceptions":["art5.1.f"],"annex3":["annex3.1.c"]})");
  CHECK(med.risk_class == "high_risk");
  auto e = run(R"({"id":"x","roles":["provider"],"prohibited_practices":["art5.1.e"],"prohibited_exceptions":["art5.1.e"]})");
  CHECK(e.risk_class == "prohibited");
  CHECK(e.open_questions.size() == 1);
  // Mixed: a new 2026 practice and an old one: the earliest date counts.
  auto mix = run(R"({"id":"x","roles":["provider"],"prohibited_practices":["art5.1.ba","art5.1.a"]})");
  CHECK(mix.applies_from == "2025-02-02");
}

TEST_CASE("Art. 5 with an Annex III match: prohibited, routes still listed, no market route") {
  auto c = run(R"({"id":"x","roles":["provider"],"prohibited_practices":["art5.1.f"],"annex3":["annex3.1.c"]})");
  CHECK(c.risk_class == "prohibited");
  CHECK(c.high_risk_routes == std::vector<std::string>{"annex3.1.c"});
  CHECK(c.registration == "none");
  CHECK(c.conformity_assessment == "none");
  CHECK_FALSE(has_ob(c, "art9"));
}

TEST_CASE("Annex III: every point makes a provider's system high-risk with its registration and route") {
  struct Want {
    const char* reg;
    const char* ca;
  };
  // Art. 49 and Art. 43 as the reference describes them.
  std::map<std::string, Want> points{
      {"annex3.1.a", {"eu", "annex6_or_annex7"}}, {"annex3.1.b", {"eu", "annex6_or_annex7"}},
      {"annex3.1.c", {"eu", "annex6_or_annex7"}}, {"annex3.2", {"national", "annex6"}},
      {"annex3.3.a", {"eu", "annex6"}},           {"annex3.3.b", {"eu", "annex6"}},
      {"annex3.3.c", {"eu", "annex6"}},           {"annex3.3.d", {"eu", "annex6"}},
      {"annex3.4.a", {"eu", "annex6"}},           {"annex3.4.b", {"eu", "annex6"}},
      {"annex3.5.a", {"eu", "annex6"}},           {"annex3.5.b", {"eu", "annex6"}},
      {"annex3.5.c", {"eu", "annex6"}},           {"annex3.5.d", {"eu", "annex6"}},
      {"annex3.6.a", {"eu_non_public", "annex6"}}, {"annex3.6.b", {"eu_non_public", "annex6"}},
      {"annex3.6.c", {"eu_non_public", "annex6"}}, {"annex3.6.d", {"eu_non_public", "annex6"}},
      {"annex3.6.e", {"eu_non_public", "annex6"}}, {"annex3.7.a", {"eu_non_public", "annex6"}},
      {"annex3.7.b", {"eu_non_public", "annex6"}}, {"annex3.7.c", {"eu_non_public", "annex6"}},
      {"annex3.7.d", {"eu_non_public", "annex6"}}, {"annex3.8.a", {"eu", "annex6"}},
      {"annex3.8.b", {"eu", "annex6"}}};
  CHECK(test::cat().of_kind("annex3_point").size() == points.size());
  for (const auto& [id, want] : points) {
    CAPTURE(id);
    auto c = run(R"({"id":"x","roles":["provider"],"annex3":[")" + id + "\"]}");
    CHECK(c.risk_class == "high_risk");
    CHECK(c.high_risk_routes == std::vector<std::string>{id});
    CHECK(c.registration == want.reg);
    CHECK(c.conformity_assessment == want.ca);
    CHECK(c.applies_from == "2027-12-02");
    for (const char* ob : {"art9", "art10", "art11", "art12", "art13", "art14", "art15", "art16", "art17",
                           "art43", "art47", "art48", "art49", "art72", "art73"}) {
      CHECK_MESSAGE(has_ob(c, ob, "provider"), ob);
      CHECK(ob_date(c, ob) == "2027-12-02");
    }
  }
}

TEST_CASE("Art. 27 FRIA: which deployers need one") {
  // Private deployer: only 5(b) and 5(c).
  CHECK(run(R"({"id":"x","roles":["deployer"],"annex3":["annex3.5.b"]})").fria_required);
  CHECK(run(R"({"id":"x","roles":["deployer"],"annex3":["annex3.5.c"]})").fria_required);
  CHECK_FALSE(run(R"({"id":"x","roles":["deployer"],"annex3":["annex3.4.a"]})").fria_required);
  // Public bodies and private providers of public services: every point but 2.
  auto pub = run(R"({"id":"x","roles":["deployer"],"annex3":["annex3.3.a"],"deployer_type":{"public_body":true}})");
  CHECK(pub.fria_required);
  CHECK(has_ob(pub, "art27", "deployer"));
  CHECK(has_ob(pub, "art49.3", "deployer"));
  CHECK(run(R"({"id":"x","roles":["deployer"],"annex3":["annex3.5.d"],"deployer_type":{"public_service":true}})")
            .fria_required);
  CHECK_FALSE(run(R"({"id":"x","roles":["deployer"],"annex3":["annex3.2"],"deployer_type":{"public_body":true}})")
                  .fria_required);
  // A provider is not a deployer: no FRIA.
  CHECK_FALSE(run(R"({"id":"x","roles":["provider"],"annex3":["annex3.5.b"]})").fria_required);
  // Annex I systems are Art. 6(1), not 6(2): no FRIA.
  CHECK_FALSE(run(R"({"id":"x","roles":["deployer"],"deployer_type":{"public_body":true},
      "annex1":{"act":"annex1.A.11","safety_component":true,"third_party_conformity":true}})").fria_required);
}

TEST_CASE("Deployer of a high-risk system: Art. 26 and Art. 86, not the provider's duties") {
  auto c = run(R"({"id":"x","roles":["deployer"],"annex3":["annex3.4.b"]})");
  CHECK(has_ob(c, "art26", "deployer"));
  CHECK(has_ob(c, "art86", "deployer"));
  CHECK(has_ob(c, "art4", "deployer"));
  CHECK_FALSE(has_ob(c, "art16"));
  CHECK(c.registration == "none");
  CHECK(c.conformity_assessment == "none");
  // Art. 86 does not reach Annex III point 2.
  CHECK_FALSE(has_ob(run(R"({"id":"x","roles":["deployer"],"annex3":["annex3.2"]})"), "art86"));
}

TEST_CASE("Importer, distributor and authorised representative of a high-risk system") {
  auto c = run(R"({"id":"x","roles":["importer","distributor","authorised_representative"],"annex3":["annex3.4.a"]})");
  CHECK(has_ob(c, "art23", "importer"));
  CHECK(has_ob(c, "art24", "distributor"));
  CHECK(has_ob(c, "art22", "authorised_representative"));
  CHECK_FALSE(has_ob(c, "art4"));  // Art. 4 binds providers and deployers only
  CHECK_FALSE(has_ob(run(R"({"id":"x","roles":["importer"]})"), "art23"));
}

TEST_CASE("Art. 6(1) Annex I: both conditions needed; Section A and B; dates") {
  auto a = run(R"({"id":"x","roles":["provider"],
      "annex1":{"act":"annex1.A.2","safety_component":true,"third_party_conformity":true}})");
  CHECK(a.risk_class == "high_risk");
  CHECK(a.conformity_assessment == "sectoral");
  CHECK(a.applies_from == "2028-08-02");
  CHECK(has_ob(a, "art9"));
  CHECK(a.registration == "none");
  auto no_tp = run(R"({"id":"x","roles":["provider"],
      "annex1":{"act":"annex1.A.2","safety_component":true,"third_party_conformity":false}})");
  CHECK(no_tp.risk_class == "minimal_risk");
  CHECK(no_tp.high_risk_routes.empty());
  auto no_sc = run(R"({"id":"x","roles":["provider"],
      "annex1":{"act":"annex1.A.2","safety_component":false,"third_party_conformity":true}})");
  CHECK(no_sc.risk_class == "minimal_risk");
  auto b = run(R"({"id":"x","roles":["provider"],
      "annex1":{"act":"annex1.B.18","safety_component":true,"third_party_conformity":true}})");
  CHECK(b.risk_class == "high_risk");
  CHECK(has_ob(b, "annex1.B.18", "provider"));
  CHECK_FALSE(has_ob(b, "art9"));
  CHECK_FALSE(has_ob(b, "art43"));
  CHECK(ob_date(b, "annex1.B.18") == "2028-08-02");
  // Section B plus an Annex III use: Art. 6(2) duties apply in full.
  auto both = run(R"({"id":"x","roles":["provider"],"annex3":["annex3.4.a"],
      "annex1":{"act":"annex1.B.18","safety_component":true,"third_party_conformity":true}})");
  CHECK(has_ob(both, "art9"));
  CHECK(both.applies_from == "2027-12-02");
}

TEST_CASE("Annex I machinery: moved from Section A to B by Reg. (EU) 2026/1744") {
  const char* p = R"({"id":"x","roles":["provider"],
      "annex1":{"act":"annex1.A.1","safety_component":true,"third_party_conformity":true}})";
  auto amended = run(p);
  CHECK(amended.high_risk_routes == std::vector<std::string>{"annex1.B.21"});
  CHECK_FALSE(has_ob(amended, "art9"));
  aims::ClassifyOptions enacted;
  enacted.basis = aims::DateBasis::enacted;
  auto e = run(p, enacted);
  CHECK(e.high_risk_routes == std::vector<std::string>{"annex1.A.1"});
  CHECK(has_ob(e, "art9"));
  CHECK(e.applies_from == "2027-08-02");
}

TEST_CASE("Art. 25(3): the manufacturer of an Annex I Section A product becomes the provider") {
  auto c = run(R"({"id":"x","roles":["product_manufacturer"],
      "annex1":{"act":"annex1.A.4","safety_component":true,"third_party_conformity":true}})");
  CHECK(c.effective_roles == std::vector<std::string>{"product_manufacturer", "provider"});
  CHECK(has_ob(c, "art16", "provider"));
}

TEST_CASE("Art. 6(3): every outcome") {
  auto applies = run(R"({"id":"x","roles":["provider"],"annex3":["annex3.4.a"],
      "art6_3":{"conditions":["art6.3.d"],"no_material_influence":true}})");
  CHECK(applies.derogation_6_3 == "applies");
  CHECK(applies.risk_class == "minimal_risk");
  CHECK(applies.registration == "art49.2");
  CHECK(has_ob(applies, "art6.4", "provider"));
  CHECK(has_ob(applies, "art49.2", "provider"));
  auto blocked = run(R"({"id":"x","roles":["provider"],"annex3":["annex3.4.a"],"profiling":true,
      "art6_3":{"conditions":["art6.3.a"],"no_material_influence":true}})");
  CHECK(blocked.derogation_6_3 == "blocked_by_profiling");
  CHECK(blocked.risk_class == "high_risk");
  auto influence = run(R"({"id":"x","roles":["provider"],"annex3":["annex3.4.a"],
      "art6_3":{"conditions":["art6.3.b"],"no_material_influence":false}})");
  CHECK(influence.derogation_6_3 == "conditions_not_met");
  CHECK(influence.risk_class == "high_risk");
  auto no_cond = run(R"({"id":"x","roles":["provider"],"annex3":["annex3.4.a"],
      "art6_3":{"conditions":[],"no_material_influence":true}})");
  CHECK(no_cond.derogation_6_3 == "conditions_not_met");
  CHECK(run(R"({"id":"x","roles":["provider"],"annex3":["annex3.4.a"]})").derogation_6_3 == "not_claimed");
  CHECK(run(R"({"id":"x","roles":["provider"]})").derogation_6_3 == "n/a");
  // A deployer of a derogated system: no registration duty of its own.
  auto dep = run(R"({"id":"x","roles":["deployer"],"annex3":["annex3.4.a"],
      "art6_3":{"conditions":["art6.3.c"],"no_material_influence":true}})");
  CHECK(dep.registration == "none");
  CHECK_FALSE(has_ob(dep, "art26"));
}

TEST_CASE("Art. 50: each duty binds its role; exceptions lift it") {
  struct Case {
    const char* id;
    const char* role;
  };
  for (Case k : {Case{"art50.1", "provider"}, Case{"art50.2", "provider"}, Case{"art50.3", "deployer"},
                 Case{"art50.4.a", "deployer"}, Case{"art50.4.b", "deployer"}}) {
    CAPTURE(k.id);
    std::string id = k.id;
    auto both = run(R"({"id":"x","roles":["provider","deployer"],"transparency":[")" + id + "\"]}");
    CHECK(both.risk_class == "limited_risk");
    CHECK(both.transparency == std::vector<std::string>{id});
    CHECK(has_ob(both, id, k.role));
    CHECK(ob_date(both, id) == "2026-08-02");
    CHECK(both.applies_from == "2026-08-02");
    std::string other = std::string(k.role) == "provider" ? "deployer" : "provider";
    auto wrong_role = run(R"({"id":"x","roles":[")" + other + R"("],"transparency":[")" + id + "\"]}");
    CHECK(wrong_role.transparency == std::vector<std::string>{id});  // a property of the system
    CHECK_FALSE(has_ob(wrong_role, id));                               // but not this role's duty
    auto lifted = run(R"({"id":"x","roles":["provider","deployer"],"transparency":[")" + id +
                      R"("],"transparency_exceptions":[")" + id + "\"]}");
    CHECK(lifted.risk_class == "minimal_risk");
    CHECK(lifted.transparency.empty());
  }
  // High-risk systems keep their Art. 50 duties too.
  auto hr = run(R"({"id":"x","roles":["provider"],"annex3":["annex3.4.a"],"transparency":["art50.1"]})");
  CHECK(hr.risk_class == "high_risk");
  CHECK(has_ob(hr, "art50.1", "provider"));
}

TEST_CASE("Art. 50(2) legacy generative systems: until 2 December 2026 (Art. 111(4) as amended)") {
  auto c = run(R"({"id":"x","roles":["provider"],"transparency":["art50.2"],"on_market_since":"2025-05-01"})");
  CHECK(ob_date(c, "art50.2") == "2026-12-02");
  aims::ClassifyOptions enacted;
  enacted.basis = aims::DateBasis::enacted;
  CHECK(ob_date(run(R"({"id":"x","roles":["provider"],"transparency":["art50.2"],"on_market_since":"2025-05-01"})",
                    enacted),
                "art50.2") == "2026-08-02");
}

TEST_CASE("GPAI: none, plain, systemic by compute or designation, open source, legacy") {
  CHECK(run(R"({"id":"x","roles":["provider"]})").gpai == "none");
  auto plain = run(R"({"id":"x","roles":["provider"],"gpai":{"model":true,"training_flop":5e23}})");
  CHECK(plain.gpai == "gpai");
  CHECK(has_ob(plain, "art53", "provider"));
  CHECK_FALSE(has_ob(plain, "art55"));
  CHECK(ob_date(plain, "art53") == "2025-08-02");
  CHECK(plain.applies_from == "2025-08-02");
  CHECK(plain.open_questions.empty());
  // Exactly 10^25 is not "greater than" the threshold.
  CHECK(run(R"({"id":"x","roles":["provider"],"gpai":{"model":true,"training_flop":1e25}})").gpai == "gpai");
  auto big = run(R"({"id":"x","roles":["provider"],"gpai":{"model":true,"training_flop":2e25}})");
  CHECK(big.gpai == "gpai_systemic");
  CHECK(has_ob(big, "art52"));
  CHECK(has_ob(big, "art55"));
  auto designated = run(R"({"id":"x","roles":["provider"],"gpai":{"model":true,"designated_systemic":true}})");
  CHECK(designated.gpai == "gpai_systemic");
  CHECK(designated.open_questions.empty());
  auto unknown = run(R"({"id":"x","roles":["provider"],"gpai":{"model":true}})");
  CHECK(unknown.gpai == "gpai");
  CHECK(unknown.open_questions.size() == 1);
  auto oss = run(R"({"id":"x","roles":["provider"],"gpai":{"model":true,"training_flop":1e23,"open_source":true}})");
  REQUIRE(has_ob(oss, "art53"));
  bool noted = false;
  for (const auto& o : oss.obligations) noted = noted || (o.id == "art53" && !o.note.empty());
  CHECK(noted);
  auto oss_systemic = run(R"({"id":"x","roles":["provider"],"gpai":{"model":true,"training_flop":3e25,"open_source":true}})");
  for (const auto& o : oss_systemic.obligations) CHECK(o.note.empty());
  auto legacy = run(R"({"id":"x","roles":["provider"],"gpai":{"model":true,"training_flop":1e24},
      "on_market_since":"2024-06-01"})");
  CHECK(ob_date(legacy, "art53") == "2027-08-02");
  CHECK(legacy.applies_from == "2027-08-02");
}

TEST_CASE("Art. 25(1): each trigger makes a deployer, importer or distributor the provider") {
  for (const char* flag : {"own_name_on_high_risk", "substantial_modification", "repurposed_to_high_risk"}) {
    CAPTURE(flag);
    auto c = run(std::string(R"({"id":"x","roles":["deployer"],"annex3":["annex3.4.a"],"value_chain":{")") + flag +
                 "\":true}}");
    CHECK(c.effective_roles == std::vector<std::string>{"deployer", "provider"});
    CHECK(has_ob(c, "art16", "provider"));
    CHECK(has_ob(c, "art26", "deployer"));
    CHECK(c.registration == "eu");
    auto not_hr = run(std::string(R"({"id":"x","roles":["distributor"],"value_chain":{")") + flag + "\":true}}");
    CHECK(not_hr.effective_roles == std::vector<std::string>{"distributor"});
  }
  auto repurposed = run(R"({"id":"x","roles":["deployer"],"value_chain":{"repurposed_to_high_risk":true}})");
  CHECK(repurposed.open_questions.size() == 1);
}

TEST_CASE("Dates as enacted and as amended") {
  aims::ClassifyOptions enacted;
  enacted.basis = aims::DateBasis::enacted;
  const char* hr3 = R"({"id":"x","roles":["provider"],"annex3":["annex3.4.a"]})";
  CHECK(run(hr3).applies_from == "2027-12-02");
  CHECK(run(hr3, enacted).applies_from == "2026-08-02");
  const char* hr1 = R"({"id":"x","roles":["provider"],"annex1":{"act":"annex1.A.11","safety_component":true,"third_party_conformity":true}})";
  CHECK(run(hr1).applies_from == "2028-08-02");
  CHECK(run(hr1, enacted).applies_from == "2027-08-02");
  CHECK(run(R"({"id":"x","roles":["deployer"]})").applies_from == "2025-02-02");
  CHECK(run(R"({"id":"x","roles":["deployer"]})", enacted).applies_from == "2025-02-02");
  // Each milestone the engine uses exists with valid dates in both bases.
  for (const char* m : {"tl.ch1_2", "tl.art5_new", "tl.gpai_gov", "tl.general", "tl.annex3", "tl.annex1",
                        "tl.gpai_legacy", "tl.art50_2_legacy"}) {
    CAPTURE(m);
    const aims::Milestone* ms = test::cat().milestone(m);
    REQUIRE(ms != nullptr);
    CHECK(aims::valid_iso_date(ms->date(aims::DateBasis::amended)));
    CHECK(aims::valid_iso_date(ms->date(aims::DateBasis::enacted)));
  }
}

TEST_CASE("Legacy high-risk systems get an Art. 111(2) open question") {
  auto c = run(R"({"id":"x","roles":["provider"],"annex3":["annex3.4.a"],"on_market_since":"2024-01-10"})");
  REQUIRE(c.open_questions.size() == 1);
  CHECK(c.open_questions[0].find("111(2)") != std::string::npos);
}

TEST_CASE("Deadlines still ahead of a date") {
  aims::ClassifyOptions opt;
  opt.as_of = "2026-11-27";
  auto c = run(R"({"id":"x","roles":["provider","deployer"],"annex3":["annex3.4.a"],"transparency":["art50.1"]})", opt);
  REQUIRE_FALSE(c.deadlines.empty());
  for (const auto& d : c.deadlines) CHECK(d.date > "2026-11-27");
  CHECK(c.deadlines.front().date == "2027-12-02");
  bool art4 = false;
  for (const auto& d : c.deadlines) art4 = art4 || d.obligation == "art4";
  CHECK_FALSE(art4);  // already applies
  opt.as_of = "2030-01-01";
  CHECK(run(R"({"id":"x","roles":["provider"],"annex3":["annex3.4.a"]})", opt).deadlines.empty());
}

TEST_CASE("Fine exposure per tier, with turnover and the SME rule") {
  aims::ClassifyOptions big;
  big.company = aims::Company{2e9, false, false};
  auto p = run(R"({"id":"x","roles":["deployer"],"prohibited_practices":["art5.1.c"]})", big);
  REQUIRE_FALSE(p.fines.empty());
  CHECK(p.fines[0].id == "art99.3");
  REQUIRE(p.fines[0].max_eur.has_value());
  CHECK(*p.fines[0].max_eur == doctest::Approx(140e6));  // 7 % of 2 bn > 35 m
  aims::ClassifyOptions sme;
  sme.company = aims::Company{10e6, true, false};
  auto s = run(R"({"id":"x","roles":["deployer"],"prohibited_practices":["art5.1.c"]})", sme);
  CHECK(*s.fines[0].max_eur == doctest::Approx(0.7e6));  // the lower: 7 % of 10 m
  CHECK(s.fines[0].rule == "lower");
  auto hr = run(R"({"id":"x","roles":["deployer"],"annex3":["annex3.4.a"]})", big);
  bool tier4 = false;
  for (const auto& f : hr.fines) tier4 = tier4 || (f.id == "art99.4" && f.max_eur && *f.max_eur == doctest::Approx(60e6));
  CHECK(tier4);  // 3 % of 2 bn > 15 m
  auto minimal = run(R"({"id":"x","roles":["deployer"]})", big);
  CHECK(minimal.fines.empty());  // Art. 4 is not in Art. 99(4)
  auto gp = run(R"({"id":"x","roles":["provider"],"gpai":{"model":true,"training_flop":1e23}})", big);
  bool t101 = false;
  for (const auto& f : gp.fines) t101 = t101 || f.id == "art101";
  CHECK(t101);
}

TEST_CASE("The trace names every rule with its reference and a reason, in both languages") {
  const char* p = R"({"id":"x","roles":["deployer"],"annex3":["annex3.4.a"],"profiling":true,
      "art6_3":{"conditions":["art6.3.a"],"no_material_influence":true}})";
  auto en = run(p);
  std::vector<std::string> rules;
  for (const auto& t : aims::render_trace(en)) {
    rules.push_back(t.rule);
    CHECK_FALSE(t.ref.empty());
    CHECK_FALSE(t.because.empty());
  }
  for (const char* r : {"ai_system", "scope.eu_nexus", "art5", "annex1", "annex3", "art6_3", "art50", "gpai",
                        "art25", "risk_class", "fria", "applies_from"}) {
    CHECK_MESSAGE(std::find(rules.begin(), rules.end(), r) != rules.end(), r);
  }
  aims::ClassifyOptions de;
  de.lang = aims::Lang::de;
  auto g = run(p, de);
  bool german = false;
  const auto g_text = aims::render_trace(g);
  for (const auto& t : g_text) german = german || t.because.find("Profil") != std::string::npos;
  CHECK(german);
  bool anhang = false;
  for (const auto& t : g_text) anhang = anhang || t.ref.find("Anhang III") != std::string::npos;
  CHECK(anhang);
}
