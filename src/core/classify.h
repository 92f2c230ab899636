// The classification engine: a pure function from a system profile to what the EU AI Act
// makes of it, with the trace of every rule evaluated (shared/spec/classification.md).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.h"
#include "core/profile.h"
#include "core/small_vec.h"

namespace aims {

// Who the organisation is, for the fine exposure (Art. 99). Optional.
struct Company {
  std::optional<double> turnover_eur;  // total worldwide annual turnover, preceding year
  bool sme = false;                    // SME or start-up (Art. 99(6))
  bool small_midcap = false;           // small mid-cap (Art. 99(6a) as amended); not with sme
};

struct ClassifyOptions {
  DateBasis basis = DateBasis::amended;
  std::string as_of;  // deadlines still ahead of this date; default: catalog legal status date
  Lang lang = Lang::en;
  std::optional<Company> company;
};

// One value in a trace step, kept compact: the text is rendered only when the trace is shown
// or serialised (render_trace, to_json). Lists are spans of Classification::ids.
struct TraceValue {
  enum class Kind : std::uint8_t {
    absent,     // no value
    null,       // JSON null
    boolean,    // flag
    text,       // text(): an id or a fixed word (JSON string)
    long_text,  // the same, longer than 255 bytes (its length in off and len)
    ids,        // ids[off, off+len): JSON array of strings; joined with ", " in a reason
    refs,       // the references of ids[off, off+len), joined with ", ", after the engine text
                // named by text() when that is not empty
    key,        // the engine text named by text()
    entry_ref,  // the reference of the catalog entry with index off (Catalog::entries)
    flop,       // the profile's training compute (Classification::training_flop; "%.3g" in a reason)
    market,     // the profile's on_market_since (Classification::on_market_since)
  };
  // Packed in one 32-bit word: no member is a character type, so writing a value does not make
  // the compiler assume it may have changed any other memory (vector sizes, pointers).
  Kind kind : 8 = Kind::absent;
  std::uint32_t flag : 1 = 0;      // a bit, not a bool: read it as flag != 0
  std::uint32_t name : 7 = 0;      // input or placeholder name (trace_value_name())
  std::uint32_t text_len : 16 = 0;  // length of text_ptr, up to 255 (Kind::long_text: off | len << 16)
  std::uint16_t off = 0, len = 0;
  const char* text_ptr = "";
  std::string_view text() const {
    return kind == Kind::long_text ? std::string_view(text_ptr, std::size_t{off} | std::size_t{len} << 16)
                                   : std::string_view(text_ptr, text_len);
  }
};

// Name of an input or a reason's placeholder, by TraceValue::name.
const char* trace_value_name(std::uint8_t name);

// One rule evaluated: its values are Classification::trace_values[first, first + 2 + n_inputs +
// n_args): the reference, the result, the inputs (the profile fields the rule looked at), then
// the reason's placeholders.
// Inputs that are the profile's own values are not copied into every step: a bit per
// TraceValue::name in from_profile, their values once in Classification::inputs.
struct TraceStep {
  const char* rule = "";     // e.g. "annex3"
  const char* because = "";  // engine text key of the reason
  std::uint16_t first = 0;
  std::uint16_t n_inputs = 0, n_args = 0;  // not character types (see TraceValue)
  std::uint32_t from_profile = 0;
};

// A span of Classification::ids.
struct IdSpan {
  std::uint16_t off = 0, len = 0;
  bool empty() const { return len == 0; }
};

// The profile's values that trace steps name as inputs (TraceStep::from_profile).
struct ProfileValues {
  std::uint32_t flags = 0;     // the yes/no answers, a bit per TraceValue::name
  std::string_view ai_system;  // yes | no | unsure
  std::string_view act;        // the Annex I act as named (catalog id); empty: none
  IdSpan exclusions, practices, exceptions, annex3, conditions, transparency, transparency_exceptions, roles;
};

// A trace step as text, for display and serialisation.
struct TraceText {
  std::string rule;
  std::string ref;
  Json inputs;
  Json result;
  std::string because;
};

// Text fields point into the catalog (or static strings), which lives as long as the program.
struct Obligation {
  std::string_view id;
  std::string_view ref;
  std::string_view role;
  std::string_view applies_from;
  std::string_view title;
  std::string_view status;  // catalog status of the rule (law / amended / ...)
  std::string_view note;    // e.g. open-source relief
  std::uint16_t entry = kNoIndex;  // the catalog entry (Catalog::entries)
  std::uint8_t fine_mask = 0;      // the fine tiers it falls under (CatalogEntry::fine_mask)
};

struct FineTier {
  std::string_view id;
  std::string_view ref;
  double amount_eur = 0;
  double percent = 0;
  std::optional<double> max_eur;  // with a known turnover
  std::string_view rule;          // "higher" or "lower" (SME or small mid-cap)
  std::uint16_t lowered_by = kNoIndex;  // the catalog's "lower amount" rule applied (Art. 99(6)/(6a))
  std::uint16_t hit_off = 0, hit_len = 0;  // the obligations in this tier (Classification::ids)
};

struct Deadline {
  std::string_view date;
  std::string_view obligation;
  std::string_view role;
  std::string_view ref;
};

// Ids and role names in the lists point into the catalog or static strings, which live as
// long as the program.
// Words of the result (risk class, gpai, registration, ...) are static strings; dates point into
// the catalog; the system's id, name and the as-of date are copied inline.
struct Classification {
  SmallText<24> system;
  SmallText<48> name;
  std::string_view risk_class;
  SmallVec<std::string_view, 8> high_risk_routes;
  std::string_view derogation_6_3 = "n/a";
  SmallVec<std::string_view, 8> prohibited_practices;
  SmallVec<std::string_view, 8> transparency;
  std::string_view gpai = "none";
  SmallVec<std::string_view, 8> effective_roles;
  bool fria_required = false;
  std::string_view registration = "none";
  std::string_view conformity_assessment = "none";
  SmallVec<Obligation, 32> obligations;
  std::string_view applies_from;  // empty = null
  std::vector<std::string> open_questions;
  SmallVec<TraceStep, 24> trace;  // structured; render_trace() gives the text
  // Extensions beyond the contract.
  std::string_view legal_status_as_of;
  std::string_view date_basis;
  SmallText<16> as_of;
  SmallVec<Deadline, 32> deadlines;
  SmallVec<FineTier, 8> fines;

  // What the trace and the fines' reasons are rendered with.
  const Catalog* catalog = nullptr;
  Lang lang = Lang::en;
  SmallVec<std::string_view, 48> ids;     // lists the trace and fines refer to (catalog ids)
  SmallVec<TraceValue, 80> trace_values;  // the values of the trace steps
  ProfileValues inputs;                        // the profile's, for the trace
  std::optional<std::string> on_market_since;  // the profile's, for the trace
  std::optional<double> training_flop;         // the profile's, for the trace

  bool has_obligation(std::string_view id) const;
};

Classification classify(const Profile& p, const Catalog& cat, const ClassifyOptions& opt = {});
// The trace as text in the classification's language (or another one).
std::vector<TraceText> render_trace(const Classification& c);
std::vector<TraceText> render_trace(const Classification& c, Lang lang);
TraceText render_step(const Classification& c, const TraceStep& t, Lang lang);
// Why a fine tier applies, in the classification's language.
std::string fine_because(const Classification& c, const FineTier& f);
// The classification as JSON, fields in the contract's order.
OrderedJson to_json(const Classification& c);

// Severity order of risk classes, for sorting and summaries (0 = most severe).
int risk_class_rank(std::string_view risk_class);

}  // namespace aims
