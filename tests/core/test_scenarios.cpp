// Every case in shared/scenarios must pass: the files are read in place, not copied.
// List fields are compared as sets (their order carries no meaning).
#include <algorithm>
#include <filesystem>
#include <set>

#include "helpers.h"

namespace fs = std::filesystem;

namespace {

std::set<std::string> as_set(const aims::Json& j) {
  std::set<std::string> s;
  for (const auto& x : j) s.insert(x.get<std::string>());
  return s;
}

void check_scenario(const fs::path& file) {
  CAPTURE(file.filename().string());
  std::string text = test::read_file(file.string());
  aims::InputError err;
  auto doc = aims::parse_json(text, file.string(), err);
  REQUIRE_MESSAGE(doc.has_value(), err.to_string());
  REQUIRE(doc->contains("profile"));
  auto p = aims::profile_from_json((*doc)["profile"], test::cat(), file.string(), "/profile", err);
  REQUIRE_MESSAGE(p.has_value(), err.to_string());
  aims::Json out = aims::Json::parse(aims::to_json(aims::classify(*p, test::cat())).dump());
  if (doc->contains("expect")) {
    for (auto& [key, want] : (*doc)["expect"].items()) {
      CAPTURE(key);
      REQUIRE_MESSAGE(out.contains(key), "result has no field " << key);
      if (want.is_array()) {
        CHECK_MESSAGE(as_set(out[key]) == as_set(want), "got " << out[key].dump() << ", want " << want.dump());
      } else {
        CHECK_MESSAGE(out[key] == want, "got " << out[key].dump() << ", want " << want.dump());
      }
    }
  }
  std::set<std::string> ids;
  for (const auto& o : out["obligations"]) ids.insert(o["id"].get<std::string>());
  if (doc->contains("obligations_include")) {
    for (const auto& id : (*doc)["obligations_include"]) {
      CHECK_MESSAGE(ids.count(id.get<std::string>()) == 1, "missing obligation " << id.get<std::string>());
    }
  }
  if (doc->contains("obligations_exclude")) {
    for (const auto& id : (*doc)["obligations_exclude"]) {
      CHECK_MESSAGE(ids.count(id.get<std::string>()) == 0, "unexpected obligation " << id.get<std::string>());
    }
  }
}

}  // namespace

TEST_CASE("scenarios: every shared scenario file classifies as the law says") {
  fs::path dir = AIMS_SCENARIO_DIR;
  REQUIRE_MESSAGE(fs::is_directory(dir), "scenario folder missing: " << dir.string());
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 14);
  for (const auto& f : files) {
    SUBCASE(f.filename().string().c_str()) { check_scenario(f); }
  }
}
