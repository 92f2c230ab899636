// Inside the classification engine (not for its callers): the names of trace values, the
// builders of TraceValue, and the engine's texts (assets/ai-act/engine-texts.json) that the
// rules (classify.cpp) and the rendering of the trace (classify_render.cpp) share.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/classify.h"

namespace aims::trace {

// The name of an input or of a reason's placeholder (TraceValue::name). The inputs up to
// derogation_6_3 are bit positions of TraceStep::from_profile and ProfileValues::flags (< 32).
enum class Name : std::uint8_t {
  none,
  ai_system, eu_nexus, exclusions, prohibited_practices, prohibited_exceptions, act,
  safety_component, third_party_conformity, annex3, conditions, no_material_influence, profiling,
  transparency, transparency_exceptions, model, training_flop, designated_systemic, open_source,
  on_market_since, roles, own_name_on_high_risk, substantial_modification, repurposed_to_high_risk,
  prohibited, high_risk_routes, public_body, public_service, risk_class, derogation_6_3,
  // placeholders of the reasons
  ids, to, flop, date, ref, value,
  count
};

inline constexpr const char* kNames[] = {
    "",
    "ai_system", "eu_nexus", "exclusions", "prohibited_practices", "prohibited_exceptions", "act",
    "safety_component", "third_party_conformity", "annex3", "conditions", "no_material_influence", "profiling",
    "transparency", "transparency_exceptions", "model", "training_flop", "designated_systemic", "open_source",
    "on_market_since", "roles", "own_name_on_high_risk", "substantial_modification", "repurposed_to_high_risk",
    "prohibited", "high_risk_routes", "public_body", "public_service", "risk_class", "derogation_6_3",
    "ids", "to", "flop", "date", "ref", "value"};
static_assert(std::size(kNames) == static_cast<std::size_t>(Name::count));
static_assert(static_cast<unsigned>(Name::count) <= 128, "TraceValue::name has 7 bits");
static_assert(static_cast<unsigned>(Name::derogation_6_3) < 32, "inputs are bits of a 32-bit word");

constexpr std::uint8_t bit_of(Name n) { return static_cast<std::uint8_t>(n); }

// The inputs and placeholders one trace step holds at most (besides its reference and result).
inline constexpr std::size_t kMaxStepValues = 6;

// TraceValue builders.
inline TraceValue boolean(bool b) {
  TraceValue v;
  v.kind = TraceValue::Kind::boolean;
  v.flag = b;
  return v;
}
inline TraceValue null() {
  TraceValue v;
  v.kind = TraceValue::Kind::null;
  return v;
}
// An id or a fixed word (kept as a pointer: the text must outlive the classification).
inline TraceValue text(std::string_view t) {
  TraceValue v;
  v.kind = TraceValue::Kind::text;
  v.text_ptr = t.data();
  if (t.size() <= 255) {
    v.text_len = static_cast<std::uint8_t>(t.size());
  } else {  // only an id the catalog does not know can be this long
    v.kind = TraceValue::Kind::long_text;
    v.off = static_cast<std::uint16_t>(t.size() & 0xFFFFu);
    v.len = static_cast<std::uint16_t>(t.size() >> 16);
  }
  return v;
}
// The engine text with this key.
inline TraceValue key(std::string_view k) {
  TraceValue v;
  v.kind = TraceValue::Kind::key;
  v.text_ptr = k.data();
  v.text_len = static_cast<std::uint8_t>(k.size());
  return v;
}
inline TraceValue of_kind(TraceValue::Kind k) {
  TraceValue v;
  v.kind = k;
  return v;
}
// The ids of a span of Classification::ids.
inline TraceValue ids(IdSpan s) {
  TraceValue v;
  v.kind = TraceValue::Kind::ids;
  v.off = s.off;
  v.len = s.len;
  return v;
}
// The references of the ids of a span, after the engine text with this key (if any).
inline TraceValue refs(IdSpan s, std::string_view text_key = {}) {
  TraceValue v;
  v.kind = TraceValue::Kind::refs;
  v.off = s.off;
  v.len = s.len;
  v.text_ptr = text_key.data();
  v.text_len = static_cast<std::uint8_t>(text_key.size());
  return v;
}
// The reference of the catalog entry with this index.
inline TraceValue entry_ref(std::uint16_t entry) {
  TraceValue v;
  v.kind = TraceValue::Kind::entry_ref;
  v.off = entry;
  return v;
}

// The engine's texts ------------------------------------------------------------------------
// A reason's placeholder and its value.
using Vars = std::vector<std::pair<std::string, std::string>>;

// The text with this key in this language, its {placeholders} replaced (the key itself when
// there is no such text).
std::string say(Lang lang, std::string_view key, const Vars& vars = {});

}  // namespace aims::trace
