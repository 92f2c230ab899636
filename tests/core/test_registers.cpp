// Derived results of the registers: risk scores and bands, heat map, expected documents,
// overdue items and new ids.
#include <doctest/doctest.h>

#include "core/registers.h"

using aims::OrderedJson;

TEST_CASE("registers: risk score, level and heat map") {
  OrderedJson r = {{"likelihood", 4}, {"impact", 3}, {"residual_likelihood", 2}};
  CHECK(aims::risk_score(r, false) == 12);
  CHECK(aims::risk_score(r, true) == 0);  // residual impact missing: unrated
  CHECK(aims::risk_level(12) == aims::RiskLevel::high);
  CHECK(aims::risk_level(4) == aims::RiskLevel::low);
  CHECK(aims::risk_level(5) == aims::RiskLevel::medium);
  CHECK(aims::risk_level(20) == aims::RiskLevel::critical);
  CHECK(aims::risk_level(0) == aims::RiskLevel::none);
  OrderedJson bad = {{"likelihood", 7}, {"impact", 3}};
  CHECK(aims::risk_score(bad, false) == 0);
  OrderedJson list = OrderedJson::array({r, r, bad, {{"likelihood", 1}, {"impact", 5}}});
  auto h = aims::risk_heat(list, false);
  CHECK(h[static_cast<std::size_t>(aims::heat_index(4, 3))] == 2);
  CHECK(h[static_cast<std::size_t>(aims::heat_index(1, 5))] == 1);
  int total = 0;
  for (int n : h) total += n;
  CHECK(total == 3);
}

TEST_CASE("registers: a document kind counts only when approved") {
  OrderedJson docs = OrderedJson::array({{{"id", "d-1"}, {"kind", "ai_policy"}, {"status", "draft"}},
                                         {{"id", "d-2"}, {"kind", "aims_scope"}, {"status", "approved"}}});
  auto missing = aims::missing_document_kinds(docs);
  CHECK(missing.size() == aims::expected_document_kinds().size() - 1);
  CHECK(missing.front() == "ai_policy");
}

TEST_CASE("registers: overdue and new ids") {
  CHECK(aims::is_overdue({{"due", "2026-01-31"}, {"status", "open"}}, "2026-02-01"));
  CHECK_FALSE(aims::is_overdue({{"due", "2026-01-31"}, {"status", "done"}}, "2026-02-01"));
  CHECK_FALSE(aims::is_overdue({{"due", "2026-02-01"}}, "2026-02-01"));
  CHECK_FALSE(aims::is_overdue({{"due", nullptr}}, "2026-02-01"));
  OrderedJson list = OrderedJson::array({{{"id", "r-1"}}, {{"id", "r-6"}}, {{"id", "x"}}});
  CHECK(aims::next_item_id(list, "r") == "r-7");
  CHECK(aims::next_item_id(OrderedJson::array(), "k") == "k-1");
}
