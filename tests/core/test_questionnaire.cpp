// The questionnaire: every question loads in both languages, fills a real profile field, and
// questions that cannot matter are skipped.
#include <set>

#include "core/questionnaire.h"
#include "helpers.h"

namespace {
const aims::Question& q(const std::string& id) {
  for (const auto& x : aims::questionnaire()) {
    if (x.id == id) return x;
  }
  FAIL("no question " << id);
  return aims::questionnaire().front();
}
bool visible(const std::string& id, const std::string& profile) {
  return aims::question_visible(q(id), test::profile(profile), test::cat());
}
}  // namespace

TEST_CASE("questionnaire: questions load, both languages, every field exists in the profile") {
  const auto& qs = aims::questionnaire();
  REQUIRE(qs.size() >= 20);
  std::set<std::string> ids;
  const aims::Json full = aims::profile_to_json(test::profile(R"({"id":"x"})"));
  for (const auto& x : qs) {
    CAPTURE(x.id);
    CHECK(ids.insert(x.id).second);
    CHECK_FALSE(x.text.en.empty());
    CHECK_FALSE(x.text.de.empty());
    CHECK_FALSE(x.help.en.empty());
    CHECK_FALSE(x.help.de.empty());
    CHECK_FALSE(x.ref.en.empty());
    CHECK(full.contains(aims::Json::json_pointer(x.pointer())));
    if (!x.options_kind.empty()) CHECK_FALSE(test::cat().of_kind(x.options_kind).empty());
  }
  // Every profile field the engine reads is asked somewhere.
  std::set<std::string> fields;
  for (const auto& x : qs) fields.insert(x.field);
  for (const char* f : {"roles", "ai_system", "eu_nexus", "exclusions", "prohibited_practices", "prohibited_exceptions",
                        "annex1.act", "annex1.safety_component", "annex1.third_party_conformity", "annex3", "profiling",
                        "art6_3.conditions", "art6_3.no_material_influence", "transparency", "transparency_exceptions",
                        "gpai.model", "gpai.training_flop", "gpai.designated_systemic", "gpai.open_source",
                        "deployer_type.public_body", "deployer_type.public_service", "value_chain.own_name_on_high_risk",
                        "value_chain.substantial_modification", "value_chain.repurposed_to_high_risk", "on_market_since"}) {
    CHECK_MESSAGE(fields.count(f) == 1, f);
  }
}

TEST_CASE("questionnaire: questions that cannot matter are skipped") {
  // Not an AI system: nothing after the definition matters.
  CHECK(visible("q.ai_system", R"({"id":"x","ai_system":"no"})"));
  CHECK_FALSE(visible("q.eu_nexus", R"({"id":"x","ai_system":"no"})"));
  CHECK_FALSE(visible("q.annex3", R"({"id":"x","ai_system":"no"})"));
  // Out of scope by an exclusion: the substance is skipped.
  CHECK_FALSE(visible("q.prohibited", R"({"id":"x","exclusions":["excl.2.3.b"]})"));
  CHECK(visible("q.prohibited", R"({"id":"x","exclusions":["excl.2.12"]})"));
  // Exceptions only for practices that have one.
  CHECK_FALSE(visible("q.prohibited_exceptions", R"({"id":"x","prohibited_practices":["art5.1.e"]})"));
  CHECK(visible("q.prohibited_exceptions", R"({"id":"x","prohibited_practices":["art5.1.f"]})"));
  auto opts = aims::question_options(q("q.prohibited_exceptions"),
                                     test::profile(R"({"id":"x","prohibited_practices":["art5.1.e","art5.1.f"]})"), test::cat());
  CHECK(opts == std::vector<std::string>{"art5.1.f"});
  // Annex I details only once an act is named.
  CHECK_FALSE(visible("q.annex1_safety", R"({"id":"x"})"));
  CHECK(visible("q.annex1_safety", R"({"id":"x","annex1":{"act":"annex1.A.11"}})"));
  // Art. 6(3) only for Annex III systems, and not when they profile (the override decides).
  CHECK_FALSE(visible("q.art6_3_conditions", R"({"id":"x"})"));
  CHECK(visible("q.art6_3_conditions", R"({"id":"x","annex3":["annex3.4.a"]})"));
  CHECK_FALSE(visible("q.art6_3_conditions", R"({"id":"x","annex3":["annex3.4.a"],"profiling":true})"));
  CHECK(visible("q.profiling", R"({"id":"x","annex3":["annex3.4.a"]})"));
  // FRIA questions only for deployers of Annex III systems.
  CHECK_FALSE(visible("q.public_body", R"({"id":"x","roles":["provider"],"annex3":["annex3.4.a"]})"));
  CHECK(visible("q.public_body", R"({"id":"x","roles":["deployer"],"annex3":["annex3.4.a"]})"));
  // Art. 25 only for those who are not the provider yet.
  CHECK_FALSE(visible("q.own_name", R"({"id":"x","roles":["provider"]})"));
  CHECK(visible("q.own_name", R"({"id":"x","roles":["distributor"]})"));
  // GPAI details only for model providers.
  CHECK_FALSE(visible("q.gpai_flop", R"({"id":"x"})"));
  CHECK(visible("q.gpai_flop", R"({"id":"x","gpai":{"model":true}})"));
  // Exclusions offer only the ones a profile may claim.
  auto ex = aims::question_options(q("q.exclusions"), test::profile(R"({"id":"x"})"), test::cat());
  CHECK(std::find(ex.begin(), ex.end(), "excl.2.5") == ex.end());
  CHECK(std::find(ex.begin(), ex.end(), "excl.2.12") != ex.end());
}
