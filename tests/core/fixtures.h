// Shared fixtures of the assessment tests (test_assess.cpp, test_compliance.cpp): a project
// made for the test, its ISO/IEC 42001 assessment as of one fixed day, a requirement's result.
#pragma once
#include <doctest/doctest.h>

#include <initializer_list>
#include <string>

#include "core/assess.h"
#include "core/iso.h"
#include "core/project.h"
#include "helpers.h"

namespace test::fixtures {

// The day the assessments are made.
inline constexpr const char* kToday = "2026-11-27";

inline const aims::IsoCatalog& iso() {
  const aims::IsoCatalog* c = aims::iso_catalog();
  REQUIRE(c != nullptr);
  return *c;
}

// A new project with org's fields set in /organisation (none by default) and the systems.
inline aims::OrderedJson project(const aims::OrderedJson& org = {},
                                 std::initializer_list<aims::OrderedJson> systems = {}) {
  auto p = aims::new_project("p", "Test", aims::Lang::en, "2026-11-27T10:00:00Z");
  for (auto it = org.begin(); it != org.end(); ++it) p["organisation"][it.key()] = it.value();
  for (const auto& s : systems) p["systems"].push_back(s);
  return p;
}

// The assessment of a project as of kToday.
inline aims::Assessment run(const aims::OrderedJson& p, aims::Lang lang = aims::Lang::en) {
  aims::AssessOptions o;
  o.as_of = kToday;
  o.lang = lang;
  return aims::assess(p, test::cat(), iso(), o);
}

// The result of a clause or control; fails the test when there is none.
inline const aims::RequirementResult& req(const aims::Assessment& a, const std::string& id) {
  for (const auto* l : {&a.clauses, &a.controls}) {
    for (const auto& r : *l) {
      if (r.req->id == id) return r;
    }
  }
  FAIL("no requirement " << id);
  return a.clauses.front();
}

}  // namespace test::fixtures
