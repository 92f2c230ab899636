// Shared helpers for the core tests.
#pragma once
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "core/catalog.h"
#include "core/classify.h"
#include "core/profile.h"

namespace test {

inline const aims::Catalog& cat() {
  const aims::Catalog* c = aims::ai_act_catalog();
  REQUIRE(c != nullptr);
  return *c;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Parses a profile from JSON text; fails the test on an input error.
inline aims::Profile profile(const std::string& json_text) {
  aims::InputError err;
  auto j = aims::parse_json(json_text, "test", err);
  REQUIRE_MESSAGE(j.has_value(), err.to_string());
  auto p = aims::profile_from_json(*j, cat(), "test", "", err);
  REQUIRE_MESSAGE(p.has_value(), err.to_string());
  return *p;
}

inline aims::Classification run(const std::string& json_text, aims::ClassifyOptions opt = {}) {
  return aims::classify(profile(json_text), cat(), opt);
}

inline bool has_ob(const aims::Classification& c, const std::string& id, const std::string& role = "") {
  for (const auto& o : c.obligations) {
    if (o.id == id && (role.empty() || o.role == role)) return true;
  }
  return false;
}

inline std::string ob_date(const aims::Classification& c, const std::string& id) {
  for (const auto& o : c.obligations) {
    if (o.id == id) return std::string(o.applies_from);
  }
  return "<absent>";
}

}  // namespace test
