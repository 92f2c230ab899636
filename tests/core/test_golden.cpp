// The classification output, byte for byte: classifications written by the engine before its
// trace became structured (tests/core/data/classify-golden.json) must come out unchanged, in
// English and, as enacted, for an SME, in German. The profiles reach every rule and result.
#include <doctest/doctest.h>

#include <string>

#include "core/classify.h"
#include "helpers.h"

namespace {

void check_all(const aims::OrderedJson& doc, const char* key, const aims::ClassifyOptions& opt) {
  const auto& profiles = doc["profiles"];
  const auto& expected = doc[key];
  REQUIRE(profiles.size() == expected.size());
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    aims::InputError err;
    auto p = aims::profile_from_json(aims::Json::parse(profiles[i].dump()), test::cat(), "golden", "", err);
    REQUIRE_MESSAGE(p.has_value(), err.to_string());
    const aims::Classification c = aims::classify(*p, test::cat(), opt);
    const std::string got = aims::to_json(c).dump();
    CHECK_MESSAGE(got == expected[i].dump(), key << " " << p->id);
    // A copy renders the same: the result points only into the catalog and static text.
    const aims::Classification copy = c;
    CHECK(aims::to_json(copy).dump() == got);
  }
}

}  // namespace

TEST_CASE("Classifications stay byte-identical to the engine's earlier output") {
  const std::string text = test::read_file(std::string(AIMS_SOURCE_DIR) + "/tests/core/data/classify-golden.json");
  aims::InputError err;
  auto doc = aims::parse_ordered_json(text, "classify-golden.json", err);
  REQUIRE_MESSAGE(doc.has_value(), err.to_string());
  check_all(*doc, "en", {});
  aims::ClassifyOptions de;
  de.lang = aims::Lang::de;
  de.basis = aims::DateBasis::enacted;
  de.as_of = "2025-06-01";
  de.company = aims::Company{20000000.0, true, false};
  check_all(*doc, "de_enacted_sme", de);
}

TEST_CASE("The trace renders in either language from one classification") {
  auto c = test::run(R"({"id":"x","roles":["deployer"],"annex3":["annex3.4.a"],"profiling":true})");
  aims::ClassifyOptions de;
  de.lang = aims::Lang::de;
  auto g = test::run(R"({"id":"x","roles":["deployer"],"annex3":["annex3.4.a"],"profiling":true})", de);
  const auto en_text = aims::render_trace(c);
  const auto de_text = aims::render_trace(c, aims::Lang::de);
  const auto g_text = aims::render_trace(g);
  REQUIRE(de_text.size() == g_text.size());
  for (std::size_t i = 0; i < de_text.size(); ++i) {
    CHECK(de_text[i].ref == g_text[i].ref);
    CHECK(de_text[i].because == g_text[i].because);
    CHECK(de_text[i].inputs == g_text[i].inputs);
    CHECK(en_text[i].rule == g_text[i].rule);
  }
}

TEST_CASE("The reader's catalog indices are only a hint: a profile changed after reading classifies as it reads") {
  const std::string text = test::read_file(std::string(AIMS_SOURCE_DIR) + "/tests/core/data/classify-golden.json");
  aims::InputError err;
  auto doc = aims::parse_ordered_json(text, "classify-golden.json", err);
  REQUIRE(doc.has_value());
  const auto& profiles = (*doc)["profiles"];
  int changed = 0;
  for (std::size_t i = 0; i < profiles.size(); ++i) {
    auto p = aims::profile_from_json(aims::Json::parse(profiles[i].dump()), test::cat(), "golden", "", err);
    REQUIRE(p.has_value());
    const std::string read = aims::to_json(aims::classify(*p, test::cat())).dump();
    // The same profile without the reader's indices (as built in code) classifies the same.
    aims::Profile bare = *p;
    bare.catalog_index = {};
    CHECK(aims::to_json(aims::classify(bare, test::cat())).dump() == read);
    // Lists edited after reading: the indices no longer match; the result follows the ids.
    aims::Profile edited = *p;
    if (!edited.annex3.empty()) edited.annex3[0] = edited.annex3[0] == "annex3.1.a" ? "annex3.4.a" : "annex3.1.a";
    if (!edited.transparency.empty()) edited.transparency.pop_back();
    if (!edited.prohibited_practices.empty()) edited.prohibited_practices[0] = "art5.1.a";
    edited.annex3.push_back("annex3.5.b");
    aims::Profile rebuilt = edited;
    rebuilt.catalog_index = {};
    const std::string e = aims::to_json(aims::classify(edited, test::cat())).dump();
    CHECK_MESSAGE(e == aims::to_json(aims::classify(rebuilt, test::cat())).dump(), p->id);
    changed += e != read;
  }
  CHECK(changed > 0);
}
