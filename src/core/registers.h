// Results derived from the registers of a project (risks, documents, tasks …): risk scores
// and levels, the heat map counts, the document kinds an ISO/IEC 42001 audit expects, what
// is overdue, and new item ids. Computed from the document, never stored in it.
#pragma once
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/json_read.h"

namespace aims {

// likelihood x impact (1–25), or 0 when either is missing or outside 1–5. residual: the
// rating after treatment (residual_likelihood x residual_impact).
int risk_score(const OrderedJson& risk, bool residual);
// The rating's two factors (0 when missing or outside 1–5).
int risk_likelihood(const OrderedJson& risk, bool residual);
int risk_impact(const OrderedJson& risk, bool residual);

// Bands of a score: low 1–4, medium 5–9, high 10–16, critical 20–25 (none: 0).
enum class RiskLevel { none, low, medium, high, critical };
RiskLevel risk_level(int score);
const char* risk_level_id(RiskLevel l);  // "none", "low", "medium", "high", "critical"

// Number of rated risks per cell: index (likelihood-1)*5 + (impact-1).
using RiskHeat = std::array<int, 25>;
RiskHeat risk_heat(const OrderedJson& risks, bool residual);
inline int heat_index(int likelihood, int impact) { return (likelihood - 1) * 5 + (impact - 1); }

// Document kinds an ISO/IEC 42001 certification audit expects, in a fixed order (the
// document_kind list's audit_expects in assets/project/registers.json).
const std::vector<const char*>& expected_document_kinds();
// The expected kinds with no approved document of that kind.
std::vector<std::string> missing_document_kinds(const OrderedJson& documents);

// True when the item has a valid "due" date before today and its status is not "done".
bool is_overdue(const OrderedJson& item, std::string_view today);

// A new id "<prefix>-<n>" unused in the list (n one above the highest in use).
std::string next_item_id(const OrderedJson& list, std::string_view prefix);

}  // namespace aims
