// Reading untrusted JSON: precise errors (file, JSON path, line and column) and no crash.
#include <random>

#include "core/batch.h"
#include "helpers.h"

namespace {
aims::InputError read_err(const std::string& text) {
  aims::InputError err;
  auto b = aims::read_profiles(text, "in.json", test::cat(), err);
  CHECK_FALSE(b.has_value());
  return err;
}
}  // namespace

TEST_CASE("json: line and column of a syntax error") {
  auto e = read_err("{\n  \"id\": \"x\",\n  \"roles\": [provider]\n}");
  CHECK(e.file == "in.json");
  CHECK(e.line == 3);
  CHECK(e.column == 13);
  CHECK(e.to_string().rfind("in.json: line 3, column 13: ", 0) == 0);
  auto empty = read_err("");
  CHECK(empty.message.find("empty") != std::string::npos);
  auto umlaut = read_err("{\"name\": \"Prüfung\" x}");
  CHECK(umlaut.line == 1);
  CHECK(umlaut.column == 20);  // counted in characters, not bytes
  auto trailing = read_err("{\"id\":\"a\"} extra");
  CHECK(trailing.line == 1);
}

TEST_CASE("json: hostile nesting is refused before it can exhaust the stack") {
  std::string deep(100000, '[');
  auto e = read_err(deep);
  CHECK(e.message.find("nesting") != std::string::npos);
  std::string in_string = "{\"id\":\"" + std::string(5000, '[') + "\"}";
  aims::InputError err;
  CHECK(aims::read_profiles(in_string, "s.json", test::cat(), err).has_value());
}

TEST_CASE("profile: each wrong type, unknown ID and missing id names its JSON path") {
  struct Case {
    const char* json;
    const char* path;
    const char* words;
  };
  const Case cases[] = {
      {R"({"name":"x"})", "/id", "missing required field 'id'"},
      {R"({"id":""})", "/id", "non-empty"},
      {R"({"id":5})", "/id", "non-empty text id"},
      {R"({"id":"x","roles":"provider"})", "/roles", "expected a list"},
      {R"({"id":"x","roles":["provider","boss"]})", "/roles/1", "unknown role 'boss'"},
      {R"({"id":"x","ai_system":"maybe"})", "/ai_system", "\"yes\", \"no\" or \"unsure\""},
      {R"({"id":"x","eu_nexus":1})", "/eu_nexus", "expected true or false"},
      {R"({"id":"x","exclusions":["excl.2.5"]})", "/exclusions/0", "not an exclusion a profile can claim"},
      {R"({"id":"x","exclusions":["excl.9"]})", "/exclusions/0", "unknown"},
      {R"({"id":"x","prohibited_practices":["art5.1.z"]})", "/prohibited_practices/0", "unknown Art. 5 practice"},
      {R"({"id":"x","prohibited_exceptions":[3]})", "/prohibited_exceptions/0", "expected an ID"},
      {R"({"id":"x","annex1":{"act":"annex1.C.1"}})", "/annex1/act", "unknown Annex I act"},
      {R"({"id":"x","annex1":{"act":"annex1.A.2","safety_component":"yes"}})", "/annex1/safety_component", "true or false"},
      {R"({"id":"x","annex1":[]})", "/annex1", "expected an object"},
      {R"({"id":"x","annex3":["annex3.4.c"]})", "/annex3/0", "unknown Annex III point"},
      {R"({"id":"x","annex3":["annex3.4"]})", "/annex3/0", "unknown Annex III point"},
      {R"({"id":"x","art6_3":{"conditions":["art6.3.e"]}})", "/art6_3/conditions/0", "unknown"},
      {R"({"id":"x","art6_3":{"conditions":["art6.3.profiling"]}})", "/art6_3/conditions/0", "not one of"},
      {R"({"id":"x","profiling":null,"transparency":["art50.9"]})", "/transparency/0", "unknown Art. 50"},
      {R"({"id":"x","gpai":{"model":true,"training_flop":"1e25"}})", "/gpai/training_flop", "number"},
      {R"({"id":"x","gpai":{"model":true,"training_flop":-1}})", "/gpai/training_flop", "non-negative"},
      {R"({"id":"x","deployer_type":{"public_body":"no"}})", "/deployer_type/public_body", "true or false"},
      {R"({"id":"x","value_chain":{"substantial_modification":0}})", "/value_chain/substantial_modification", "true or false"},
      {R"({"id":"x","on_market_since":"2025-13-01"})", "/on_market_since", "YYYY-MM-DD"},
      {R"([{"id":"a"},{"id":"a"}])", "/1/id", "duplicate"},
      {R"({"format":"aims-project","systems":{}})", "/systems", "expected a list"},
      {R"({"format":"aims-project","systems":[{"id":"s","annex3":[1]}]})", "/systems/0/annex3/0", "expected an ID"},
      {R"("just text")", "", "found string"},
      {R"(42)", "", "found number"},
  };
  for (const Case& k : cases) {
    CAPTURE(k.json);
    auto e = read_err(k.json);
    CHECK(e.path == k.path);
    CHECK_MESSAGE(e.message.find(k.words) != std::string::npos, e.message);
    CHECK(e.file == "in.json");
  }
}

TEST_CASE("profile: defaults of the contract and the canonical round trip") {
  auto p = test::profile(R"({"id":"min"})");
  CHECK(p.ai_system == "yes");
  CHECK(p.eu_nexus);
  CHECK(p.roles.empty());
  CHECK_FALSE(p.gpai.training_flop.has_value());
  auto full = test::profile(R"({"id":"f","name":"Full","roles":["deployer","importer"],"annex3":["annex3.5.b"],
      "profiling":true,"gpai":{"model":true,"training_flop":2e24,"open_source":true},
      "annex1":{"act":"annex1.A.11","safety_component":true,"third_party_conformity":false},
      "art6_3":{"conditions":["art6.3.a"],"no_material_influence":true},"on_market_since":"2024-02-29"})");
  aims::InputError err;
  auto again = aims::profile_from_json(aims::profile_to_json(full), test::cat(), "rt", "", err);
  REQUIRE(again.has_value());
  CHECK(aims::profile_to_json(*again) == aims::profile_to_json(full));
  // Duplicates in lists collapse; null means "not given".
  auto d = test::profile(R"({"id":"d","roles":["deployer","deployer"],"annex1":{"act":null}})");
  CHECK(d.roles.size() == 1);
  CHECK_FALSE(d.annex1.act.has_value());
}

// Seeded random mutation of valid inputs: the reader must return a value or an error, never
// crash or hang. The sanitizer build (AIMS_SANITIZE) turns memory errors into failures.
TEST_CASE("fuzz: mutated profiles and projects never crash the reader or the engine") {
  const std::string seeds[] = {
      R"({"id":"cv","roles":["deployer"],"annex3":["annex3.4.a"],"profiling":true,"art6_3":{"conditions":["art6.3.a"],"no_material_influence":true}})",
      R"([{"id":"a","transparency":["art50.1"]},{"id":"b","gpai":{"model":true,"training_flop":3e25}}])",
      R"({"format":"aims-project","systems":[{"id":"s","annex1":{"act":"annex1.B.15","safety_component":true,"third_party_conformity":true},"on_market_since":"2024-01-01"}]})",
  };
  const char alphabet[] = "{}[]\",:0123456789.eE+-truefalsnl \\u00e4\xc3\xa4\xff\x00";
  std::mt19937 rng(42);
  int parsed = 0, rejected = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string s = seeds[static_cast<std::size_t>(round) % 3];
    int edits = 1 + static_cast<int>(rng() % 8);
    for (int e = 0; e < edits && !s.empty(); ++e) {
      std::size_t pos = rng() % s.size();
      switch (rng() % 4) {
        case 0: s[pos] = alphabet[rng() % (sizeof alphabet - 1)]; break;
        case 1: s.erase(pos, 1 + rng() % 4); break;
        case 2: s.insert(pos, 1, alphabet[rng() % (sizeof alphabet - 1)]); break;
        default: s.insert(pos, s.substr(rng() % s.size(), rng() % 16)); break;
      }
    }
    aims::InputError err;
    auto b = aims::read_profiles(s, "fuzz.json", test::cat(), err);
    if (b) {
      ++parsed;
      for (const auto& p : b->profiles) {
        auto c = aims::classify(p, test::cat());
        CHECK_FALSE(c.risk_class.empty());
      }
    } else {
      ++rejected;
      CHECK_FALSE(err.message.empty());
    }
  }
  CHECK(parsed > 0);
  CHECK(rejected > 0);
  MESSAGE("fuzz: " << parsed << " accepted, " << rejected << " rejected with a message");
}
