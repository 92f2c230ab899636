#include "core/registers.h"

#include <algorithm>
#include <set>

#include "core/catalog.h"
#include "core/register_spec.h"

namespace aims {

namespace {
int factor(const OrderedJson& risk, const char* key) {
  if (!risk.is_object()) return 0;
  auto it = risk.find(key);
  if (it == risk.end() || !it->is_number_integer()) return 0;
  long long v = it->get<long long>();
  return v >= 1 && v <= 5 ? static_cast<int>(v) : 0;
}
}  // namespace

int risk_likelihood(const OrderedJson& risk, bool residual) {
  return factor(risk, residual ? "residual_likelihood" : "likelihood");
}

int risk_impact(const OrderedJson& risk, bool residual) { return factor(risk, residual ? "residual_impact" : "impact"); }

int risk_score(const OrderedJson& risk, bool residual) {
  return risk_likelihood(risk, residual) * risk_impact(risk, residual);
}

RiskLevel risk_level(int score) {
  if (score <= 0) return RiskLevel::none;
  if (score <= 4) return RiskLevel::low;
  if (score <= 9) return RiskLevel::medium;
  if (score <= 16) return RiskLevel::high;
  return RiskLevel::critical;
}

const char* risk_level_id(RiskLevel l) {
  switch (l) {
    case RiskLevel::low: return "low";
    case RiskLevel::medium: return "medium";
    case RiskLevel::high: return "high";
    case RiskLevel::critical: return "critical";
    default: return "none";
  }
}

RiskHeat risk_heat(const OrderedJson& risks, bool residual) {
  RiskHeat h{};
  if (!risks.is_array()) return h;
  for (const auto& r : risks) {
    int l = risk_likelihood(r, residual), i = risk_impact(r, residual);
    if (l > 0 && i > 0) ++h[static_cast<std::size_t>(heat_index(l, i))];
  }
  return h;
}

const std::vector<const char*>& expected_document_kinds() {
  static const std::vector<const char*> kinds = [] {
    std::vector<const char*> v;
    if (const ValueList* l = find_value_list("document_kind")) {
      for (const auto& k : l->audit_expects) v.push_back(k.c_str());
    }
    return v;
  }();
  return kinds;
}

std::vector<std::string> missing_document_kinds(const OrderedJson& documents) {
  std::set<std::string> approved;
  if (documents.is_array()) {
    for (const auto& d : documents) {
      if (d.is_object() && d.value("status", OrderedJson()) == "approved" && d.contains("kind") && d["kind"].is_string()) {
        approved.insert(d["kind"].get<std::string>());
      }
    }
  }
  std::vector<std::string> out;
  for (const char* k : expected_document_kinds()) {
    if (!approved.count(k)) out.emplace_back(k);
  }
  return out;
}

bool is_overdue(const OrderedJson& item, std::string_view today) {
  if (!item.is_object() || !item.contains("due") || !item["due"].is_string()) return false;
  const std::string due = item["due"].get<std::string>();
  if (!valid_iso_date(due)) return false;
  if (item.contains("status") && item["status"] == "done") return false;
  return due < today;
}

std::string next_item_id(const OrderedJson& list, std::string_view prefix) {
  const std::string head = std::string(prefix) + "-";
  std::set<std::string> used;
  long long top = 0;
  if (list.is_array()) {
    for (const auto& item : list) {
      if (!item.is_object() || !item.contains("id") || !item["id"].is_string()) continue;
      const std::string id = item["id"].get<std::string>();
      used.insert(id);
      if (id.rfind(head, 0) != 0 || id.size() == head.size() || id.size() > head.size() + 9) continue;
      const std::string num = id.substr(head.size());
      if (std::all_of(num.begin(), num.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        top = std::max(top, std::stoll(num));
      }
    }
  }
  for (long long n = top + 1;; ++n) {
    std::string id = head + std::to_string(n);
    if (!used.count(id)) return id;
  }
}

}  // namespace aims
