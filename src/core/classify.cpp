// Classification engine. Sections:
//   [texts]      the engine's one-line reasons (assets/ai-act/engine-texts.json)
//   [helpers]    small list and date helpers
//   [rules]      the rules in the order of the contract, each writing one trace step
//   [obligations] obligations from the catalog triggers, deadlines, fines
//   [json]       the classification as JSON
#include "core/classify.h"

#include <algorithm>
#include <cassert>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <set>

#include "core/assets.h"

namespace aims {

// [texts] ----------------------------------------------------------------------------------
namespace {

struct EngineTexts {
  std::map<std::string, Text, std::less<>> texts;
};

const EngineTexts& engine_texts() {
  static const EngineTexts t = [] {
    EngineTexts et;
    InputError err;
    auto doc = parse_json(assets::find("assets/ai-act/engine-texts.json"), "engine-texts.json", err);
    if (doc && doc->contains("texts") && (*doc)["texts"].is_object()) {
      for (auto& [k, v] : (*doc)["texts"].items()) {
        Text x;
        if (v.is_object()) {
          x.en = v.value("en", "");
          x.de = v.value("de", "");
        }
        et.texts.emplace(k, std::move(x));
      }
    }
    return et;
  }();
  return t;
}

using Vars = std::vector<std::pair<std::string, std::string>>;

std::string say(Lang lang, std::string_view key, const Vars& vars = {}) {
  const auto& m = engine_texts().texts;
  auto it = m.find(key);
  std::string s = it == m.end() ? std::string(key) : it->second.get(lang);
  for (const auto& [name, value] : vars) {
    std::string ph = "{" + name + "}";
    for (std::size_t p = s.find(ph); p != std::string::npos; p = s.find(ph, p + value.size())) {
      s.replace(p, ph.size(), value);
    }
  }
  return s;
}

// [helpers] --------------------------------------------------------------------------------
template <class V>
bool has(const V& v, std::string_view x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// a < b for dates: "2027-12-02" < "2028-08-02", ISO dates compare as text. The usual ten
// characters are compared as two big-endian words, without a library call.
[[gnu::always_inline]] inline bool before(std::string_view a, std::string_view b) {
  if constexpr (std::endian::native == std::endian::little) {
    if (a.size() == 10 && b.size() == 10) {
      std::uint64_t x, y;
      std::memcpy(&x, a.data(), 8);
      std::memcpy(&y, b.data(), 8);
      if (x != y) return __builtin_bswap64(x) < __builtin_bswap64(y);
      std::uint16_t u, v;
      std::memcpy(&u, a.data() + 8, 2);
      std::memcpy(&v, b.data() + 8, 2);
      return __builtin_bswap16(u) < __builtin_bswap16(v);
    }
  }
  return a < b;
}

// The earlier non-empty date.
std::string_view earlier(std::string_view a, std::string_view b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return before(b, a) ? b : a;
}

std::string fmt_flop(double f) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", f);
  return buf;
}

std::string fmt_eur(Lang lang, double v) {
  char buf[48];
  if (v >= 1e6) std::snprintf(buf, sizeof buf, "%g", v / 1e6);
  else std::snprintf(buf, sizeof buf, "%.0f", v);
  std::string n = buf;
  if (lang == Lang::de) std::replace(n.begin(), n.end(), '.', ',');
  return say(lang, v >= 1e6 ? "fmt.eur_million" : "fmt.eur", {{"n", n}});
}

// Ids a profile names that the catalog does not know (never in a checked profile): kept for
// the life of the program so that the result can point at them like at catalog ids.
std::string_view intern(std::string_view s) {
  static std::mutex m;
  static std::set<std::string, std::less<>> pool;
  std::lock_guard<std::mutex> lock(m);
  auto it = pool.find(s);
  if (it == pool.end()) it = pool.emplace(s).first;
  return *it;
}

// The six roles as static strings; index 6 = another role.
constexpr std::size_t kRoles = 6;
std::size_t role_index(const std::vector<std::string>& roles, std::string_view r) {
  // all_roles(): provider, deployer, importer, distributor, authorised_representative,
  // product_manufacturer; the first letter and the length tell them apart, one comparison checks.
  if (r.empty()) return kRoles;
  std::size_t i;
  switch (r[0]) {
    case 'p': i = r.size() == 8 ? 0 : 5; break;
    case 'd': i = r.size() == 8 ? 1 : 3; break;
    case 'i': i = 2; break;
    case 'a': i = 4; break;
    default: return kRoles;
  }
  return same_id(roles[i], r) ? i : kRoles;
}

// Fixed words of the result, as static strings.
std::string_view word(std::string_view w) {
  static const std::string_view words[] = {"yes", "no", "unsure", "n/a", "none", "gpai", "gpai_systemic"};
  for (std::string_view x : words) {
    if (x == w) return x;
  }
  return intern(w);
}

// The answer to "is it an AI system?" as one of three static words (compared by address).
constexpr std::string_view kYes = "yes", kNo = "no", kUnsure = "unsure";
std::string_view answer_word(const std::string& a) {
  if (a == kYes) return kYes;
  if (a == kNo) return kNo;
  if (a == kUnsure) return kUnsure;
  return word(a);
}

TraceValue tv_bool(bool b) {
  TraceValue v;
  v.kind = TraceValue::Kind::boolean;
  v.flag = b;
  return v;
}
void set_text(TraceValue& v, std::string_view t) {
  v.text_ptr = t.data();
  if (t.size() <= 255) {
    v.text_len = static_cast<std::uint8_t>(t.size());
  } else {  // only an id the catalog does not know can be this long
    v.kind = TraceValue::Kind::long_text;
    v.off = static_cast<std::uint16_t>(t.size() & 0xFFFFu);
    v.len = static_cast<std::uint16_t>(t.size() >> 16);
  }
}
TraceValue tv_text(std::string_view t) {
  TraceValue v;
  v.kind = TraceValue::Kind::text;
  set_text(v, t);
  return v;
}
TraceValue tv_null() {
  TraceValue v;
  v.kind = TraceValue::Kind::null;
  return v;
}
TraceValue tv_key(std::string_view key) {
  TraceValue v;
  v.kind = TraceValue::Kind::key;
  v.text_ptr = key.data();
  v.text_len = static_cast<std::uint8_t>(key.size());
  return v;
}
TraceValue tv_kind(TraceValue::Kind k) {
  TraceValue v;
  v.kind = k;
  return v;
}

// A span of Classification::ids.
using Span = IdSpan;

TraceValue tv_ids(Span s) {
  TraceValue v;
  v.kind = TraceValue::Kind::ids;
  v.off = s.off;
  v.len = s.len;
  return v;
}
// The references of the ids in s, after the engine text key (if any).
TraceValue tv_refs(Span s, std::string_view key = {}) {
  TraceValue v;
  v.kind = TraceValue::Kind::refs;
  v.off = s.off;
  v.len = s.len;
  v.text_ptr = key.data();
  v.text_len = static_cast<std::uint8_t>(key.size());
  return v;
}

// [rules] ----------------------------------------------------------------------------------
// The names of inputs and placeholders, by TraceValue::name.
constexpr const char* kValueNames[] = {
    "",  // none
    "ai_system", "eu_nexus", "exclusions", "prohibited_practices", "prohibited_exceptions", "act",
    "safety_component", "third_party_conformity", "annex3", "conditions", "no_material_influence", "profiling",
    "transparency", "transparency_exceptions", "model", "training_flop", "designated_systemic", "open_source",
    "on_market_since", "roles", "own_name_on_high_risk", "substantial_modification", "repurposed_to_high_risk",
    "prohibited", "high_risk_routes", "public_body", "public_service", "risk_class", "derogation_6_3",
    // placeholders
    "ids", "to", "flop", "date", "ref", "value"};

static_assert(std::size(kValueNames) < 128, "TraceValue::name has 7 bits");

consteval std::uint8_t nm(std::string_view name) {
  for (std::size_t i = 1; i < std::size(kValueNames); ++i) {
    if (std::string_view(kValueNames[i]) == name) return static_cast<std::uint8_t>(i);
  }
  throw "unknown trace value name";
}

// The step being written and the values it appends.
struct StepRef {
  decltype(Classification::trace_values)& values;
  TraceStep& t;
};

struct Ctx {
  const Profile& p;
  const Catalog& cat;
  const Catalog::Engine& g;
  const ClassifyOptions& opt;
  Classification& out;
  const std::vector<std::string>& roles = all_roles();
  unsigned role_mask = 0;  // bit i: the organisation holds all_roles()[i] (after Art. 25)

  const CatalogEntry* entry(std::uint16_t i) const { return i == kNoIndex ? nullptr : &cat.entries[i]; }
  const CatalogEntry* find(std::string_view id) const { return entry(cat.index_of(id)); }
  std::string_view date(std::uint16_t milestone) const {
    return milestone == kNoIndex ? std::string_view() : std::string_view(cat.timeline[milestone].date(opt.basis));
  }
  // An id of the profile as a string that outlives it: the catalog's, a role's or interned.
  std::string_view view(std::string_view s) const {
    std::uint16_t i = cat.index_of(s);
    if (i != kNoIndex) return cat.entries[i].id;
    std::size_t r = role_index(roles, s);
    if (r < kRoles) return roles[r];
    return intern(s);
  }
  Span begin() const { return {static_cast<std::uint16_t>(out.ids.size()), 0}; }
  void push(Span& s, std::string_view id) {
    out.ids.push_back(id);
    ++s.len;
  }
  Span list(const std::vector<std::string>& v, const Profile::Indices& hint) {
    if (v.empty()) return begin();  // most lists of a profile are
    return resolve(v, hint);
  }
  // With the reader's catalog indices when they match (checked id by id), else by lookup.
  [[gnu::noinline]] Span resolve(const std::vector<std::string>& v, const Profile::Indices& hint) {
    Span s = begin();
    const bool hinted = hint.size() == v.size();
    for (std::size_t i = 0; i < v.size(); ++i) {
      const std::uint16_t k = hinted ? hint[i] : kNoIndex;
      if (k < cat.entries.size() && same_id(cat.entries[k].id, v[i])) push(s, cat.entries[k].id);
      else push(s, view(v[i]));
    }
    return s;
  }
  // The profile's roles: the static role names first; their bits in profile_roles.
  unsigned profile_roles = 0;
  Span role_list(const std::vector<std::string>& v) {
    Span s = begin();
    for (std::string_view x : v) {
      std::size_t r = role_index(roles, x);
      if (r < kRoles) profile_roles |= 1u << r;
      push(s, r < kRoles ? std::string_view(roles[r]) : view(x));
    }
    return s;
  }
  // The lists of the profile, resolved once at the start (spans of out.ids).
  ProfileValues& L;  // out.inputs
  void resolve_lists() {
    const Profile::CatalogIndices& x = p.catalog_index;
    L.exclusions = list(p.exclusions, x.exclusions);
    L.practices = list(p.prohibited_practices, x.prohibited_practices);
    L.exceptions = list(p.prohibited_exceptions, x.prohibited_exceptions);
    L.annex3 = list(p.annex3, x.annex3);
    L.conditions = list(p.art6_3.conditions, x.conditions);
    L.transparency = list(p.transparency, x.transparency);
    L.transparency_exceptions = list(p.transparency_exceptions, x.transparency_exceptions);
    L.roles = role_list(p.roles);
    L.ai_system = answer_word(p.ai_system);
    if (p.annex1.act) L.act = view(*p.annex1.act);
    const auto bit = [](bool b, std::uint8_t name) { return static_cast<unsigned>(b) << name; };
    L.flags = bit(p.eu_nexus, nm("eu_nexus")) | bit(p.annex1.act.has_value(), nm("act")) |
              bit(p.annex1.safety_component, nm("safety_component")) |
              bit(p.annex1.third_party_conformity, nm("third_party_conformity")) |
              bit(p.art6_3.no_material_influence, nm("no_material_influence")) | bit(p.profiling, nm("profiling")) |
              bit(p.gpai.model, nm("model")) | bit(p.gpai.designated_systemic, nm("designated_systemic")) |
              bit(p.gpai.open_source, nm("open_source")) |
              bit(p.value_chain.own_name_on_high_risk, nm("own_name_on_high_risk")) |
              bit(p.value_chain.substantial_modification, nm("substantial_modification")) |
              bit(p.value_chain.repurposed_to_high_risk, nm("repurposed_to_high_risk")) |
              bit(p.deployer_type.public_body, nm("public_body")) |
              bit(p.deployer_type.public_service, nm("public_service"));
  }
  // One catalog entry (by index; the id itself when the catalog lacks it).
  Span one(std::uint16_t i, std::string_view id) {
    Span s = begin();
    push(s, i == kNoIndex ? id : std::string_view(cat.entries[i].id));
    return s;
  }
  // The reference of one catalog entry (by index; the id itself when the catalog lacks it).
  TraceValue ref1(std::uint16_t i, std::string_view id) {
    if (i == kNoIndex) return tv_refs(one(i, id));
    TraceValue v;
    v.kind = TraceValue::Kind::entry_ref;
    v.off = i;
    return v;
  }
  // With the role's index in all_roles() when known (kRoles: another role, found by name).
  bool holds(std::size_t code, std::string_view role) const {
    return code < kRoles ? (role_mask >> code & 1u) != 0 : has(out.effective_roles, role);
  }
  // A new step with room for its reference, result and up to kStepValues inputs and placeholders
  // (in() and arg() then write without a capacity check).
  static constexpr std::size_t kStepValues = 6;
  [[gnu::always_inline]] StepRef step(const char* rule, const TraceValue& ref, const TraceValue& result, const char* because) {
    out.trace.ensure_room(1);
    out.trace.push_unchecked({rule, because, static_cast<std::uint16_t>(out.trace_values.size()), 0, 0});
    out.trace_values.ensure_room(2 + kStepValues);
    out.trace_values.push_unchecked(ref);
    out.trace_values.push_unchecked(result);
    return {out.trace_values, out.trace.back()};
  }
  void question(std::string q) {
    if (!has(out.open_questions, q)) out.open_questions.push_back(std::move(q));
  }
  std::string say(std::string_view key, const Vars& vars = {}) const { return aims::say(opt.lang, key, vars); }
  std::string ref_text(std::string_view id) const {
    const CatalogEntry* e = find(id);
    return e ? e->ref.get(opt.lang) : std::string(id);
  }
};

// Inputs first, then the reason's placeholders: they follow the step's reference and result.
StepRef in(StepRef s, std::uint8_t name, TraceValue v) {
  assert(s.t.n_inputs + s.t.n_args < Ctx::kStepValues);
  v.name = name & 0x7Fu;
  s.values.push_unchecked(v);
  ++s.t.n_inputs;
  return s;
}
// An input that is the profile's own value (Classification::inputs).
StepRef pin(StepRef s, std::uint8_t name) {
  s.t.from_profile |= 1u << name;
  return s;
}
StepRef arg(StepRef s, std::uint8_t name, TraceValue v) {
  assert(s.t.n_inputs + s.t.n_args < Ctx::kStepValues);
  v.name = name & 0x7Fu;
  s.values.push_unchecked(v);
  ++s.t.n_args;
  return s;
}

}  // namespace

bool Classification::has_obligation(std::string_view id) const {
  for (const Obligation& o : obligations) {
    if (o.id == id) return true;
  }
  return false;
}

int risk_class_rank(std::string_view rc) {
  static constexpr std::string_view order[] = {"prohibited",   "high_risk",    "limited_risk",
                                               "minimal_risk", "out_of_scope", "not_ai_system"};
  auto it = std::find(std::begin(order), std::end(order), rc);
  return static_cast<int>(it - std::begin(order));
}

Classification classify(const Profile& p, const Catalog& cat, const ClassifyOptions& opt) {
  Classification out;
  out.catalog = &cat;
  out.lang = opt.lang;
  out.system = p.id;
  out.name = p.name;
  out.legal_status_as_of = cat.legal_status_as_of;
  out.date_basis = opt.basis == DateBasis::amended ? "amended" : "enacted";
  out.as_of = opt.as_of.empty() ? cat.legal_status_as_of : opt.as_of;
  out.on_market_since = p.on_market_since;
  out.training_flop = p.gpai.training_flop;
  const Catalog::Engine& g = cat.engine;
  Ctx c{p, cat, g, opt, out, all_roles(), 0, 0, out.inputs};
  c.resolve_lists();
  using K = TraceValue::Kind;

  // 1. Art. 3(1): is it an AI system?
  {
    const TraceValue ai_ref = c.ref1(g.def_ai_5, "def.ai.5");
    if (c.L.ai_system.data() == kNo.data()) {
      pin(c.step("ai_system", ai_ref, tv_bool(false), "def.no"), nm("ai_system"));
    } else if (c.L.ai_system.data() == kUnsure.data()) {
      pin(c.step("ai_system", ai_ref, tv_text(kUnsure), "def.unsure"), nm("ai_system"));
      c.question(c.say("oq.ai_system_unsure"));
    } else {
      pin(c.step("ai_system", ai_ref, tv_bool(true), "def.yes"), nm("ai_system"));
    }
  }
  const bool is_ai = c.L.ai_system.data() != kNo.data();

  // 2. Art. 2(1): territorial scope.
  bool in_scope = true;
  if (is_ai) {
    if (!p.eu_nexus) {
      pin(c.step("scope.eu_nexus", tv_key("ref.art2_1"), tv_bool(false), "scope.no_nexus"), nm("eu_nexus"));
      in_scope = false;
    } else {
      pin(c.step("scope.eu_nexus", tv_key("ref.art2_1"), tv_bool(true), "scope.nexus"), nm("eu_nexus"));
    }
  }

  // 3. Art. 2 exclusions other than the open-source one (which depends on the rest).
  Span hard_excl = c.begin();
  for (const std::string& x : p.exclusions) {
    const CatalogEntry* e = c.find(x);
    if (e && e->effect_out_of_scope) c.push(hard_excl, e->id);
  }
  const bool foss = has(p.exclusions, "excl.2.12");
  if (is_ai && in_scope) {
    if (!hard_excl.empty()) {
      StepRef t = c.step("scope.exclusions", tv_refs(hard_excl), tv_bool(true), "scope.excluded");
      pin(t, nm("exclusions"));
      arg(t, nm("ids"), tv_refs(hard_excl));
      in_scope = false;
    } else if (!foss) {
      pin(c.step("scope.exclusions", tv_key("ref.art2_excl"), tv_bool(false), "scope.none"), nm("exclusions"));
    }
  }
  // The GPAI chapter applies to the model whatever the system's class (Art. 2(1)(a)).
  const bool gpai_in_scope = p.gpai.model && p.eu_nexus && hard_excl.empty();

  // 4.-8. The substance, only for AI systems in scope.
  Span routes_annex3;         // the Annex III points that make it high-risk
  std::string_view route_annex1;  // act id
  bool annex1_section_b = false;
  Span prohibited_span, transparency_span;
  if (is_ai && in_scope) {
    // 4. Art. 5 prohibited practices and their exceptions.
    // Each practice: 1 excepted (claimed, and the practice has an exception), 2 invalid claim,
    // 0 prohibited without a claim; worked out once.
    const Span practices = c.L.practices;
    std::uint64_t excepted_bits = 0, invalid_bits = 0;
    auto claim_of = [&](std::size_t i) -> int {
      if (i < 64) return (excepted_bits >> i & 1u) ? 1 : (invalid_bits >> i & 1u) ? 2 : 0;
      const std::string& x = p.prohibited_practices[i];
      const bool claims = has(p.prohibited_exceptions, x);
      const CatalogEntry* e = c.find(x);
      return claims && e && e->has_exception ? 1 : claims ? 2 : 0;
    };
    for (std::size_t i = 0; i < p.prohibited_practices.size() && i < 64; ++i) {
      const std::string& x = p.prohibited_practices[i];
      if (!has(p.prohibited_exceptions, x)) continue;
      const CatalogEntry* e = c.find(x);
      if (e && e->has_exception) excepted_bits |= std::uint64_t{1} << i;
      else invalid_bits |= std::uint64_t{1} << i;
    }
    Span excepted = c.begin();
    for (std::size_t i = 0; i < p.prohibited_practices.size(); ++i) {
      if (claim_of(i) == 1) c.push(excepted, out.ids[practices.off + i]);
    }
    Span invalid = c.begin();
    for (std::size_t i = 0; i < p.prohibited_practices.size(); ++i) {
      if (claim_of(i) == 2) c.push(invalid, out.ids[practices.off + i]);
    }
    prohibited_span = c.begin();
    for (std::size_t i = 0; i < p.prohibited_practices.size(); ++i) {
      if (claim_of(i) != 1) {
        out.prohibited_practices.push_back(out.ids[practices.off + i]);
        c.push(prohibited_span, out.ids[practices.off + i]);
      }
    }
    if (!excepted.empty()) {
      StepRef t = c.step("art5.exceptions", tv_key("ref.art5_1"), tv_ids(excepted), "art5.exception");
      pin(t, nm("prohibited_exceptions"));
      arg(t, nm("ids"), tv_ids(excepted));
    }
    if (!invalid.empty()) {
      StepRef t = c.step("art5.exceptions", tv_key("ref.art5_1"), tv_bool(false), "art5.exception_invalid");
      pin(t, nm("prohibited_exceptions"));
      arg(t, nm("ids"), tv_ids(invalid));
      std::string ids;
      for (std::uint16_t i = 0; i < invalid.len; ++i) {
        if (i) ids += ", ";
        ids += out.ids[invalid.off + i];
      }
      c.question(c.say("oq.exception_invalid", {{"ids", ids}}));
    }
    {
      const bool none = prohibited_span.empty();
      StepRef t = c.step("art5", none ? tv_key("ref.art5_1") : tv_refs(prohibited_span), tv_bool(!none),
                            none ? "art5.none" : "art5.prohibited");
      pin(t, nm("prohibited_practices"));
      pin(t, nm("prohibited_exceptions"));
      if (!none) arg(t, nm("ids"), tv_refs(prohibited_span));
    }

    // 5. Art. 6(1) and Annex I, after the Omnibus move (A.1 machinery -> B.21).
    std::string_view act;
    std::uint16_t act_index = kNoIndex;
    if (p.annex1.act) {
      act = c.view(*p.annex1.act);
      act_index = cat.index_of(act);
      const CatalogEntry* e = c.entry(act_index);
      if (e && !e->moved_to.empty() && opt.basis == DateBasis::amended) {
        Span a = c.one(act_index, act);
        StepRef t = c.step("annex1.omnibus", tv_refs(a), tv_text(e->moved_to), "annex1.moved");
        pin(t, nm("act"));
        arg(t, nm("ids"), tv_text(act));
        arg(t, nm("to"), tv_text(e->moved_to));
        act_index = e->moved_to_index;
        act = act_index == kNoIndex ? intern(e->moved_to) : std::string_view(cat.entries[act_index].id);
      }
    }
    auto a1_inputs = [&](StepRef t) {
      pin(t, nm("act"));
      pin(t, nm("safety_component"));
      pin(t, nm("third_party_conformity"));
    };
    if (act.empty()) {
      a1_inputs(c.step("annex1", tv_key("ref.art6_1"), tv_bool(false), "annex1.none"));
    } else {
      const Span a = c.one(act_index, act);
      if (p.annex1.safety_component && p.annex1.third_party_conformity) {
        route_annex1 = act;
        const CatalogEntry* e = c.entry(act_index);
        annex1_section_b = e && e->section_b;
        StepRef t = c.step("annex1", tv_refs(a, "ref.art6_1"), tv_bool(true), "annex1.route");
        a1_inputs(t);
        arg(t, nm("ids"), tv_refs(a));
      } else {
        StepRef t = c.step("annex1", tv_refs(a, "ref.art6_1"), tv_bool(false), "annex1.not_both");
        a1_inputs(t);
        arg(t, nm("ids"), tv_refs(a));
        if (!p.annex1.safety_component && !p.annex1.third_party_conformity) {
          c.question(c.say("oq.annex1_incomplete", {{"ids", c.ref_text(act)}}));
        }
      }
    }

    // 6. Art. 6(2) and Annex III.
    const Span annex3 = c.L.annex3;
    {
      const bool none = annex3.empty();
      StepRef t = c.step("annex3", none ? tv_key("ref.art6_2") : tv_refs(annex3, "ref.art6_2_short"), tv_bool(!none),
                            none ? "annex3.none" : "annex3.match");
      pin(t, nm("annex3"));
      if (!none) arg(t, nm("ids"), tv_refs(annex3));
    }

    // 7. Art. 6(3) derogation and the profiling override.
    const bool claimed = !p.art6_3.conditions.empty() || p.art6_3.no_material_influence;
    auto d_inputs = [&](StepRef t) {
      pin(t, nm("conditions"));
      pin(t, nm("no_material_influence"));
      pin(t, nm("profiling"));
    };
    if (annex3.empty()) {
      out.derogation_6_3 = "n/a";
      if (claimed) d_inputs(c.step("art6_3", tv_key("ref.art6_3"), tv_text("n/a"), "art63.na"));
    } else if (p.profiling) {
      out.derogation_6_3 = "blocked_by_profiling";
      d_inputs(c.step("art6_3", c.ref1(g.art6_3_profiling, "art6.3.profiling"), tv_text(out.derogation_6_3),
                      "art63.blocked"));
      routes_annex3 = annex3;
    } else if (!claimed) {
      out.derogation_6_3 = "not_claimed";
      d_inputs(c.step("art6_3", tv_key("ref.art6_3"), tv_text(out.derogation_6_3), "art63.not_claimed"));
      routes_annex3 = annex3;
    } else if (p.art6_3.conditions.empty() || !p.art6_3.no_material_influence) {
      out.derogation_6_3 = "conditions_not_met";
      d_inputs(c.step("art6_3", tv_key("ref.art6_3"), tv_text(out.derogation_6_3), "art63.not_met"));
      routes_annex3 = annex3;
    } else {
      out.derogation_6_3 = "applies";
      const Span conds = c.L.conditions;
      StepRef t = c.step("art6_3", tv_refs(conds, "ref.art6_3"), tv_text(out.derogation_6_3), "art63.applies");
      d_inputs(t);
      arg(t, nm("ids"), tv_refs(conds));
    }

    // 8. Art. 50 transparency.
    Span lifted = c.begin();
    const Span duties = c.L.transparency;  // the profile's, resolved
    for (std::uint16_t i = 0; i < duties.len; ++i) {
      if (has(p.transparency_exceptions, p.transparency[i])) c.push(lifted, out.ids[duties.off + i]);
    }
    transparency_span = c.begin();
    for (std::uint16_t i = 0; i < duties.len; ++i) {
      if (!has(p.transparency_exceptions, p.transparency[i])) {
        const std::string_view v = out.ids[duties.off + i];
        out.transparency.push_back(v);
        c.push(transparency_span, v);
      }
    }
    if (!lifted.empty()) {
      StepRef t = c.step("art50.exceptions", tv_key("ref.art50"), tv_ids(lifted), "art50.exception");
      pin(t, nm("transparency_exceptions"));
      arg(t, nm("ids"), tv_ids(lifted));
    }
    {
      const bool none = transparency_span.empty();
      StepRef t = c.step("art50", none ? tv_key("ref.art50") : tv_refs(transparency_span), tv_bool(!none),
                            none ? "art50.none" : "art50.remain");
      pin(t, nm("transparency"));
      pin(t, nm("transparency_exceptions"));
      if (!none) arg(t, nm("ids"), tv_refs(transparency_span));
    }
  }

  // High-risk routes (listed also when the system is prohibited as well).
  for (std::uint16_t i = 0; i < routes_annex3.len; ++i) out.high_risk_routes.push_back(out.ids[routes_annex3.off + i]);
  if (!route_annex1.empty()) out.high_risk_routes.push_back(route_annex1);
  const bool high_risk = !out.high_risk_routes.empty();
  const bool prohibited = !out.prohibited_practices.empty();

  // Art. 2(12): open-source systems are excluded unless prohibited, high-risk or Art. 50.
  if (is_ai && in_scope && foss) {
    const TraceValue ref = c.ref1(g.art2_12, "excl.2.12");
    if (!prohibited && !high_risk && out.transparency.empty()) {
      pin(c.step("scope.open_source", ref, tv_bool(true), "scope.foss_excluded"), nm("exclusions"));
      in_scope = false;
      out.high_risk_routes.clear();
      out.derogation_6_3 = "n/a";
    } else {
      pin(c.step("scope.open_source", ref, tv_bool(false), "scope.foss_not_excluded"), nm("exclusions"));
    }
  }

  // 9. General-purpose AI models (Chapter V).
  bool systemic = false;
  std::string_view gpai_date;
  if (gpai_in_scope) {
    const CatalogEntry* thr = c.entry(g.art51_2);
    double threshold = thr && thr->threshold_flop > 0 ? thr->threshold_flop : 1e25;
    auto g_inputs = [&](StepRef t) {
      pin(t, nm("model"));
      pin(t, nm("training_flop"));
      pin(t, nm("designated_systemic"));
      pin(t, nm("open_source"));
    };
    if (p.gpai.training_flop && *p.gpai.training_flop > threshold) {
      systemic = true;
      StepRef t = c.step("gpai", c.ref1(g.art51_2, "art51.2"), tv_text("gpai_systemic"), "gpai.systemic_flop");
      g_inputs(t);
      arg(t, nm("flop"), tv_kind(K::flop));
    } else if (p.gpai.designated_systemic) {
      systemic = true;
      g_inputs(c.step("gpai", c.ref1(g.art51_1_b, "art51.1.b"), tv_text("gpai_systemic"), "gpai.systemic_designated"));
    } else {
      g_inputs(c.step("gpai", c.ref1(g.art53_1_a, "art53.1.a"), tv_text("gpai"), "gpai.gpai"));
      if (!p.gpai.training_flop) c.question(c.say("oq.gpai_flop_unknown"));
    }
    out.gpai = systemic ? "gpai_systemic" : "gpai";
    if (p.gpai.open_source && !systemic) {
      pin(c.step("gpai.open_source", c.ref1(g.art53_2, "art53.2"), tv_bool(true), "gpai.open_source"), nm("open_source"));
    }
    gpai_date = c.date(g.tl_gpai_gov);
    if (p.on_market_since && before(*p.on_market_since, gpai_date)) {
      gpai_date = c.date(g.tl_gpai_legacy);
      StepRef t = c.step("gpai.legacy", c.ref1(g.art111_3, "art111.3"), tv_text(gpai_date), "gpai.legacy");
      pin(t, nm("on_market_since"));
      arg(t, nm("date"), tv_text(gpai_date));
    }
  } else if (is_ai && in_scope) {
    pin(c.step("gpai", tv_key("ref.art51"), tv_text("none"), "gpai.none"), nm("model"));
  }

  // 10. Art. 25: role changes along the value chain.
  for (std::uint16_t i = 0; i < c.L.roles.len; ++i) out.effective_roles.push_back(out.ids[c.L.roles.off + i]);
  c.role_mask = c.profile_roles;
  auto make_provider = [&] {
    out.effective_roles.push_back(c.roles[0]);
    c.role_mask |= 1u;
  };
  if (is_ai && in_scope) {
    Span triggers = c.begin();
    const bool any_change = p.value_chain.own_name_on_high_risk || p.value_chain.substantial_modification ||
                            p.value_chain.repurposed_to_high_risk;
    for (std::uint16_t i : g.role_changes) {
      if (!any_change) break;
      const CatalogEntry& e = cat.entries[i];
      bool set = (e.profile_field_code == 1 && p.value_chain.own_name_on_high_risk) ||
                 (e.profile_field_code == 2 && p.value_chain.substantial_modification) ||
                 (e.profile_field_code == 3 && p.value_chain.repurposed_to_high_risk);
      if (set) c.push(triggers, e.id);
    }
    auto v_inputs = [&](StepRef t) {
      pin(t, nm("roles"));
      pin(t, nm("own_name_on_high_risk"));
      pin(t, nm("substantial_modification"));
      pin(t, nm("repurposed_to_high_risk"));
    };
    if (triggers.empty()) {
      v_inputs(c.step("art25", tv_key("ref.art25_1"), tv_bool(false), "art25.none"));
    } else if (!high_risk) {
      StepRef t = c.step("art25", tv_refs(triggers), tv_bool(false), "art25.no_effect");
      v_inputs(t);
      arg(t, nm("ids"), tv_refs(triggers));
      if (p.value_chain.repurposed_to_high_risk) c.question(c.say("oq.repurposed_no_point"));
    } else if (c.holds(0, "provider")) {
      v_inputs(c.step("art25", tv_refs(triggers), tv_bool(false), "art25.already"));
    } else {
      make_provider();
      StepRef t = c.step("art25", tv_refs(triggers), tv_bool(true), "art25.provider");
      v_inputs(t);
      arg(t, nm("ids"), tv_refs(triggers));
    }
    // Art. 25(3): Annex I Section A product manufacturer counts as the provider.
    if (!route_annex1.empty() && !annex1_section_b && (c.profile_roles >> 5 & 1u) != 0 && !c.holds(0, "provider")) {
      make_provider();
      StepRef t = c.step("art25.3", c.ref1(g.art25_3, "art25.3"), tv_bool(true), "art25.3");
      pin(t, nm("roles"));
      in(t, nm("act"), tv_text(route_annex1));
    }
    if (p.roles.empty()) c.question(c.say("oq.no_roles"));
  }

  // 11. Risk class, most severe first.
  enum class Cls { not_ai, outside, banned, high, limited, minimal } cls;
  std::string_view risk_class;
  const char* class_key;
  if (!is_ai) cls = Cls::not_ai, risk_class = "not_ai_system", class_key = "class.not_ai_system";
  else if (!in_scope) cls = Cls::outside, risk_class = "out_of_scope", class_key = "class.out_of_scope";
  else if (prohibited) cls = Cls::banned, risk_class = "prohibited", class_key = "class.prohibited";
  else if (high_risk) cls = Cls::high, risk_class = "high_risk", class_key = "class.high_risk";
  else if (!out.transparency.empty()) cls = Cls::limited, risk_class = "limited_risk", class_key = "class.limited_risk";
  else cls = Cls::minimal, risk_class = "minimal_risk", class_key = "class.minimal_risk";
  out.risk_class = risk_class;
  if (!is_ai || !in_scope) {
    out.high_risk_routes.clear();
    out.transparency.clear();
    out.prohibited_practices.clear();
    out.derogation_6_3 = "n/a";
    routes_annex3 = {};
    route_annex1 = {};
    prohibited_span = {};
    transparency_span = {};
  }
  Span routes = c.begin();
  for (std::string_view r : out.high_risk_routes) c.push(routes, r);  // catalog ids already
  {
    StepRef t = c.step("risk_class", tv_key("ref.class"), tv_text(risk_class), class_key);
    in(t, nm("prohibited"), tv_bool(prohibited));
    in(t, nm("high_risk_routes"), tv_ids(routes));
    in(t, nm("transparency"), tv_ids(transparency_span));
    arg(t, nm("ids"), tv_refs(routes));
  }
  const bool hr = cls == Cls::high;
  const bool pure_section_b = hr && routes_annex3.empty() && annex1_section_b;
  if (pure_section_b) {
    in(c.step("annex1.section_b", c.ref1(g.art2_2, "excl.2.2"), tv_bool(true), "annex1.section_b"), nm("act"),
       tv_text(route_annex1));
  }
  const bool is_provider = c.holds(0, "provider");
  const bool is_deployer = c.holds(1, "deployer");
  // The Annex III routes' catalog entries, looked up once.
  const CatalogEntry* route_entries[16];  // [0, min(16, routes_annex3.len)) set below
  // (routes_annex3 is the profile's annex3 list when set: its reader's indices, if they match)
  const Profile::Indices& a3 = p.catalog_index.annex3;
  for (std::uint16_t i = 0; i < routes_annex3.len && i < 16; ++i) {
    const std::string_view id = out.ids[routes_annex3.off + i];
    const bool hinted = a3.size() == routes_annex3.len && a3[i] < cat.entries.size() && cat.entries[a3[i]].id.data() == id.data();
    route_entries[i] = hinted ? &cat.entries[a3[i]] : c.find(id);
  }
  auto route_entry = [&](std::uint16_t i) {
    return i < 16 ? route_entries[i] : c.find(out.ids[routes_annex3.off + i]);
  };

  // 12. Art. 27 FRIA.
  if (hr && is_deployer && !routes_annex3.empty()) {
    for (std::uint16_t i = 0; i < routes_annex3.len; ++i) {
      const CatalogEntry* e = route_entry(i);
      if (!e) continue;
      if (e->fria_code == 1 ||
          (e->fria_code == 2 && (p.deployer_type.public_body || p.deployer_type.public_service))) {
        out.fria_required = true;
      }
    }
  }
  if (is_deployer && (hr || prohibited)) {
    StepRef t = c.step("fria", c.ref1(g.art27, "art27"), tv_bool(out.fria_required),
                          out.fria_required ? "fria.yes" : "fria.no");
    Span eff = c.begin();  // effective_roles hold catalog or static role strings already
    for (std::string_view r : out.effective_roles) c.push(eff, r);
    in(t, nm("roles"), tv_ids(eff));
    in(t, nm("annex3"), tv_ids(routes_annex3));
    pin(t, nm("public_body"));
    pin(t, nm("public_service"));
  }

  // 13./14. Registration (Art. 49) and conformity assessment (Art. 43) for the provider.
  if (prohibited && is_provider) {
    in(c.step("registration", tv_key("ref.art49"), tv_text("none"), "prohibited.no_market"), nm("risk_class"),
       tv_text(risk_class));
  } else if (is_provider && in_scope && is_ai) {
    std::string_view registration = "none", conformity = "none";
    if (hr && !routes_annex3.empty()) {
      bool np = false, eu = false, nat = false;
      for (std::uint16_t i = 0; i < routes_annex3.len; ++i) {
        const CatalogEntry* e = route_entry(i);
        if (!e) continue;
        np = np || e->registration_code == 1;
        eu = eu || e->registration_code == 2;
        nat = nat || e->registration_code == 3;
      }
      registration = np ? "eu_non_public" : eu ? "eu" : nat ? "national" : "none";
    } else if (out.derogation_6_3 == "applies") {
      registration = "art49.2";
    }
    if (hr) {
      if (!route_annex1.empty()) conformity = "sectoral";
      else {
        bool point1 = false;
        for (std::uint16_t i = 0; i < routes_annex3.len; ++i) {
          const CatalogEntry* e = route_entry(i);
          if (e && e->conformity_annex6_or_7) point1 = true;
        }
        conformity = point1 ? "annex6_or_annex7" : "annex6";
      }
      out.conformity_assessment = conformity;
    }
    out.registration = registration;
    {
      const bool none = registration == "none";
      StepRef t = c.step("registration", c.ref1(g.art49, "art49"), tv_text(registration),
                            none ? "registration.none" : "registration.value");
      in(t, nm("high_risk_routes"), tv_ids(routes));
      in(t, nm("derogation_6_3"), tv_text(out.derogation_6_3));
      if (!none) arg(t, nm("value"), tv_text(registration));
    }
    if (hr) {
      StepRef t = c.step("conformity_assessment", c.ref1(g.art43, "art43"), tv_text(conformity), "conformity.value");
      in(t, nm("high_risk_routes"), tv_ids(routes));
      arg(t, nm("value"), tv_text(conformity));
    }
  }

  // [obligations] -------------------------------------------------------------------------
  std::string_view route_date;
  if (!routes_annex3.empty()) route_date = earlier(route_date, c.date(g.tl_annex3));
  if (!route_annex1.empty()) route_date = earlier(route_date, c.date(g.tl_annex1));
  std::string_view prohibited_date;
  for (std::uint16_t i = 0; i < prohibited_span.len; ++i) {
    const CatalogEntry* e = c.find(out.ids[prohibited_span.off + i]);
    if (e) prohibited_date = earlier(prohibited_date, c.date(e->milestone_index));
  }
  const bool scoped = is_ai && in_scope;
  // Which catalog triggers hold for this system: worked out once, a bit per Trigger code.
  std::uint32_t triggers = 0;
  auto trigger_if = [&](Trigger t, bool b) { triggers |= static_cast<std::uint32_t>(b) << static_cast<unsigned>(t); };
  trigger_if(Trigger::gpai, gpai_in_scope);
  trigger_if(Trigger::gpai_systemic, gpai_in_scope && systemic);
  const bool body = scoped && !pure_section_b;  // Art. 2(2): pure Section B, only the sector act
  trigger_if(Trigger::in_scope, body);
  trigger_if(Trigger::prohibited, body && prohibited);
  const bool compliant = body && !prohibited;  // a banned system has no compliant route to follow
  if (compliant) {
    trigger_if(Trigger::high_risk, hr);
    bool annex3_deployer = false;
    for (std::uint16_t i = 0; i < routes_annex3.len; ++i) {
      const CatalogEntry* a = route_entry(i);
      if (a && a->area_number != 2) annex3_deployer = true;
    }
    trigger_if(Trigger::high_risk_deployer_annex3, annex3_deployer);
    trigger_if(Trigger::fria, out.fria_required);
    trigger_if(Trigger::public_deployer_registration, hr && !routes_annex3.empty() && p.deployer_type.public_body);
    trigger_if(Trigger::derogation_6_3, out.derogation_6_3 == "applies");
  }
  auto trigger_holds = [&](const CatalogEntry& e) -> bool {
    return e.trigger_code != Trigger::none && (triggers >> static_cast<unsigned>(e.trigger_code) & 1u) != 0;
  };
  // Each (entry, role) once: a bit per role and entry (entries beyond 512: by search).
  // Each (entry, role) once: a bit per entry that has an obligation already (the list is searched
  // only then; entries beyond 512 always).
  std::uint64_t seen[8] = {};
  // The fine tiers any obligation falls under, and whether there is one besides Art. 4 (Art. 99(5)).
  std::uint8_t tiers_hit = 0;
  bool beyond_art4 = false;
  auto add = [&](const CatalogEntry& e, std::string_view role, std::string_view date, std::string_view note = {}) {
    const std::size_t w = e.index / 64;
    const std::uint64_t bit = std::uint64_t{1} << (e.index % 64);
    if (w >= 8 || (seen[w] & bit) != 0) {
      for (const Obligation& o : out.obligations) {
        if (o.entry == e.index && (o.role.data() == role.data() || o.role == role)) return;
      }
    }
    if (w < 8) seen[w] |= bit;
    out.obligations.push_back(
        {e.id, e.ref.get(opt.lang), role, date, e.title.get(opt.lang), e.status, note, e.index, e.fine_mask});
    tiers_hit |= e.fine_mask;
    beyond_art4 = beyond_art4 || e.index != g.art4;
  };
  std::string_view open_source_note;
  if (p.gpai.open_source && !systemic && g.art53_2 != kNoIndex) open_source_note = cat.entries[g.art53_2].summary.get(opt.lang);
  auto obligation = [&](const CatalogEntry& e) {
    std::string_view date;
    switch (e.milestone_special) {
      case 1: date = route_date; break;
      case 2: date = gpai_date; break;
      case 3: date = prohibited_date; break;
      default: date = c.date(e.milestone_index); break;
    }
    const bool gpai_rule = e.trigger_code == Trigger::gpai || e.trigger_code == Trigger::gpai_systemic;
    const std::string_view note = e.index == g.art53 ? open_source_note : std::string_view();
    for (std::size_t k = 0; k < e.roles.size(); ++k) {
      // GPAI duties bind the model's provider, which providing the model makes the
      // organisation; every other duty binds only the roles the organisation holds.
      const std::size_t code = k < e.role_codes.size() ? e.role_codes[k] : kRoles;
      if (!gpai_rule && !c.holds(code, e.roles[k])) continue;
      add(e, e.roles[k], date, note);
    }
  };
  if (g.obligations.size() <= 64) {
    // The obligations whose trigger holds, in catalog order, from the catalog's bits.
    std::uint64_t due = 0;
    for (std::uint32_t m = triggers & ~1u; m != 0; m &= m - 1) {
      const auto t = static_cast<std::size_t>(std::countr_zero(m));
      if (t < std::size(g.obligations_by_trigger)) due |= g.obligations_by_trigger[t];
    }
    for (; due != 0; due &= due - 1) obligation(cat.entries[g.obligations[static_cast<std::size_t>(std::countr_zero(due))]]);
  } else {
    for (std::uint16_t i : g.obligations) {
      if (trigger_holds(cat.entries[i])) obligation(cat.entries[i]);
    }
  }
  if (scoped && !pure_section_b && !transparency_span.empty()) {
    for (std::uint16_t i : g.transparency_duties) {
      const CatalogEntry& e = cat.entries[i];
      if (!has(out.transparency, e.id)) continue;
      if (!c.holds(e.binds_code, e.binds)) continue;
      std::string_view date = c.date(e.milestone.empty() ? g.tl_general : e.milestone_index);
      if (e.index == g.art50_2 && p.on_market_since && before(*p.on_market_since, c.date(g.tl_general)) &&
          g.tl_art50_2_legacy != kNoIndex && opt.basis == DateBasis::amended) {
        date = c.date(g.tl_art50_2_legacy);
      }
      add(e, e.binds, date);
    }
  }
  if (pure_section_b) {
    const CatalogEntry* act = c.find(route_annex1);
    if (act) {
      for (std::size_t r : {std::size_t{0}, std::size_t{5}}) {  // provider, product_manufacturer
        if (c.holds(r, c.roles[r])) add(*act, c.roles[r], c.date(g.tl_annex1));
      }
    }
  }

  // 15. applies_from: the date of the main duties of this result.
  std::string_view applies;
  TraceValue applies_ref = tv_text("");
  if (cls == Cls::banned) {
    applies = prohibited_date;
    applies_ref = c.ref1(g.art5, "art5");
  } else if (hr) {
    applies = route_date;
    applies_ref = tv_key(!routes_annex3.empty() ? "ref.dates_annex3" : "ref.dates_annex1");
  } else if (cls == Cls::limited) {
    applies = c.date(g.tl_general);
    applies_ref = tv_key("ref.dates_art50");
  } else if (cls == Cls::minimal) {
    applies = gpai_in_scope ? gpai_date : c.date(g.tl_ch1_2);
    applies_ref = gpai_in_scope ? tv_key("ref.dates_gpai") : c.ref1(g.art4, "art4");
  } else if (gpai_in_scope) {
    applies = gpai_date;
    applies_ref = tv_key("ref.dates_gpai");
  }
  out.applies_from = applies;
  {
    StepRef t = c.step("applies_from", applies_ref, applies.empty() ? tv_null() : tv_text(applies),
                          applies.empty() ? "applies.none" : "applies.value");
    in(t, nm("risk_class"), tv_text(risk_class));
    if (!applies.empty()) {
      arg(t, nm("date"), tv_text(applies));
      arg(t, nm("ref"), applies_ref);
    }
  }

  // Legacy high-risk systems (Art. 111(2)).
  if (hr && p.on_market_since && !route_date.empty() && before(*p.on_market_since, route_date)) {
    c.question(c.say("oq.legacy_high_risk", {{"date", *p.on_market_since}, {"date2", std::string(route_date)}}));
  }

  // Deadlines still ahead of the as-of date.
  // By date, keeping the obligations' order on equal dates: each put in place as it comes
  // (a few, mostly in order already).
  const std::string_view as_of = out.as_of.view();
  for (const Obligation& o : out.obligations) {
    if (o.applies_from.empty() || !before(as_of, o.applies_from)) continue;
    const Deadline d{o.applies_from, o.id, o.role, o.ref};
    std::size_t j = out.deadlines.size();
    out.deadlines.push_back(d);
    if (j == 0 || !before(d.date, out.deadlines[j - 1].date)) continue;
    for (; j > 0 && before(d.date, out.deadlines[j - 1].date); --j) out.deadlines[j] = out.deadlines[j - 1];
    out.deadlines[j] = d;
  }

  // Fine exposure (Art. 99, Art. 101).
  // The lower amount for SMEs (Art. 99(6)) or small mid-caps (Art. 99(6a)): the catalog says
  // which tiers each rule lowers. An SME is never a small mid-cap; if both are set, SME wins.
  const Catalog::Engine::LowerRule* lower = nullptr;
  if (opt.company && opt.company->sme) lower = &g.lower_sme;
  else if (opt.company && opt.company->small_midcap) lower = &g.lower_small_midcap;
  // The tiers to look at: those an obligation falls under, and Art. 99(5) with any but Art. 4.
  const unsigned tiers = (tiers_hit & ~unsigned{g.fine_tier_art99_5}) | (beyond_art4 ? g.fine_tier_art99_5 : 0u);
  for (unsigned m = tiers; m != 0; m &= m - 1) {
    const auto k = static_cast<std::size_t>(std::countr_zero(m));
    Span hit = c.begin();
    bool applies_tier = false;
    if (g.fine_tiers[k] == g.art99_5) {
      applies_tier = true;
    } else {
      // Each obligation's entry once (an entry is one id), in the obligations' order.
      std::uint16_t last = kNoIndex;
      for (const Obligation& o : out.obligations) {
        if (!(o.fine_mask >> k & 1u)) continue;
        bool dup = o.entry == last;
        for (std::uint16_t i = 0; i < hit.len && !dup; ++i) dup = out.ids[hit.off + i].data() == o.id.data();
        if (!dup) c.push(hit, o.id);
        last = o.entry;
      }
      applies_tier = !hit.empty();
    }
    if (!applies_tier) continue;
    const CatalogEntry* t = &cat.entries[g.fine_tiers[k]];
    FineTier f;
    f.id = t->id;
    f.ref = t->ref.get(opt.lang);
    f.amount_eur = t->amount_eur;
    f.percent = t->percent;
    const bool lowered = lower && lower->entry != kNoIndex && (lower->tiers >> k & 1u);
    f.rule = lowered ? "lower" : "higher";
    f.lowered_by = lowered ? lower->entry : kNoIndex;
    if (opt.company && opt.company->turnover_eur) {
      double pct = *opt.company->turnover_eur * t->percent / 100.0;
      f.max_eur = f.rule == "lower" ? std::min(t->amount_eur, pct) : std::max(t->amount_eur, pct);
    }
    f.hit_off = hit.off;
    f.hit_len = hit.len;
    out.fines.push_back(std::move(f));
  }
  return out;
}

// [render] ---------------------------------------------------------------------------------
namespace {

std::string ref_of(const Catalog& cat, Lang lang, std::string_view id) {
  std::uint16_t i = cat.index_of(id);
  return i == kNoIndex ? std::string(id) : cat.entries[i].ref.get(lang);
}

std::string refs_text(const Classification& c, Lang lang, std::uint16_t off, std::uint16_t len) {
  std::string s;
  for (std::uint16_t i = 0; i < len; ++i) {
    if (i) s += ", ";
    s += ref_of(*c.catalog, lang, c.ids[off + i]);
  }
  return s;
}

// A value as text: for the reference and the reason's placeholders.
std::string value_text(const Classification& c, const TraceValue& v, Lang lang) {
  using K = TraceValue::Kind;
  switch (v.kind) {
    case K::absent:
    case K::null: return {};
    case K::boolean: return v.flag ? "true" : "false";
    case K::text:
    case K::long_text: return std::string(v.text());
    case K::ids: {
      std::string s;
      for (std::uint16_t i = 0; i < v.len; ++i) {
        if (i) s += ", ";
        s += c.ids[v.off + i];
      }
      return s;
    }
    case K::refs: {
      std::string s = v.text().empty() ? std::string() : say(lang, v.text());
      if (v.len > 0) {
        if (!s.empty()) s += ", ";
        s += refs_text(c, lang, v.off, v.len);
      }
      return s;
    }
    case K::key: return say(lang, v.text());
    case K::entry_ref: return v.off < c.catalog->entries.size() ? c.catalog->entries[v.off].ref.get(lang) : std::string();
    case K::flop: return c.training_flop ? fmt_flop(*c.training_flop) : std::string();
    case K::market: return c.on_market_since.value_or(std::string());
  }
  return {};
}

Json value_json(const Classification& c, const TraceValue& v, Lang lang) {
  using K = TraceValue::Kind;
  switch (v.kind) {
    case K::absent:
    case K::null: return Json(nullptr);
    case K::boolean: return Json(v.flag != 0);
    case K::text:
    case K::long_text: return Json(std::string(v.text()));
    case K::ids: {
      Json a = Json::array();
      for (std::uint16_t i = 0; i < v.len; ++i) a.push_back(std::string(c.ids[v.off + i]));
      return a;
    }
    case K::refs:
    case K::key:
    case K::entry_ref: return Json(value_text(c, v, lang));
    case K::flop: return c.training_flop ? Json(*c.training_flop) : Json(nullptr);
    case K::market: return c.on_market_since ? Json(*c.on_market_since) : Json(nullptr);
  }
  return Json(nullptr);
}

// An input that is the profile's own value, from Classification::inputs.
TraceValue profile_value(const Classification& c, std::uint8_t name) {
  const ProfileValues& in = c.inputs;
  using K = TraceValue::Kind;
  switch (name) {
    case nm("ai_system"): return tv_text(in.ai_system);
    case nm("act"): return (in.flags >> name & 1u) ? tv_text(in.act) : tv_null();
    case nm("exclusions"): return tv_ids(in.exclusions);
    case nm("prohibited_practices"): return tv_ids(in.practices);
    case nm("prohibited_exceptions"): return tv_ids(in.exceptions);
    case nm("annex3"): return tv_ids(in.annex3);
    case nm("conditions"): return tv_ids(in.conditions);
    case nm("transparency"): return tv_ids(in.transparency);
    case nm("transparency_exceptions"): return tv_ids(in.transparency_exceptions);
    case nm("roles"): return tv_ids(in.roles);
    case nm("training_flop"): return c.training_flop ? tv_kind(K::flop) : tv_null();
    case nm("on_market_since"): return tv_kind(K::market);
    default: return tv_bool((in.flags >> name & 1u) != 0);  // the yes/no answers
  }
}

}  // namespace

const char* trace_value_name(std::uint8_t name) {
  return name < std::size(kValueNames) ? kValueNames[name] : "";
}

TraceText render_step(const Classification& c, const TraceStep& t, Lang lang) {
  TraceText x;
  const TraceValue* v = c.trace_values.data() + t.first;
  x.rule = t.rule;
  x.ref = value_text(c, v[0], lang);
  x.inputs = Json::object();
  for (std::uint8_t i = 0; i < t.n_inputs; ++i) x.inputs[trace_value_name(v[2 + i].name)] = value_json(c, v[2 + i], lang);
  for (std::uint32_t m = t.from_profile; m != 0; m &= m - 1) {
    const auto name = static_cast<std::uint8_t>(std::countr_zero(m));
    x.inputs[trace_value_name(name)] = value_json(c, profile_value(c, name), lang);
  }
  x.result = value_json(c, v[1], lang);
  Vars vars;
  for (std::uint8_t i = 0; i < t.n_args; ++i) {
    const TraceValue& a = v[2 + t.n_inputs + i];
    vars.emplace_back(trace_value_name(a.name), value_text(c, a, lang));
  }
  x.because = say(lang, t.because, vars);
  return x;
}

std::vector<TraceText> render_trace(const Classification& c, Lang lang) {
  std::vector<TraceText> v;
  if (!c.catalog) return v;
  v.reserve(c.trace.size());
  for (const TraceStep& t : c.trace) v.push_back(render_step(c, t, lang));
  return v;
}

std::vector<TraceText> render_trace(const Classification& c) { return render_trace(c, c.lang); }

std::string fine_because(const Classification& c, const FineTier& f) {
  if (!c.catalog) return {};
  const Lang lang = c.lang;
  const std::string refs = refs_text(c, lang, f.hit_off, f.hit_len);
  std::string s = say(lang, f.hit_len == 0 ? "fine.tier_info" : "fine.tier",
                      {{"ids", refs},
                       {"amount", fmt_eur(lang, f.amount_eur)},
                       {"percent", fmt_flop(f.percent)},
                       {"rule", say(lang, f.rule == "lower" ? "fine.lower" : "fine.higher")}});
  if (f.lowered_by != kNoIndex) {
    const CatalogEntry& r = c.catalog->entries[f.lowered_by];
    s += " " + say(lang, r.applies_to == "small_midcap" ? "fine.small_midcap" : "fine.sme", {{"ref", r.ref.get(lang)}});
  }
  return s;
}

// [json] -----------------------------------------------------------------------------------
namespace {
template <class V>
OrderedJson text_array(const V& v) {
  OrderedJson a = OrderedJson::array();
  for (std::string_view x : v) a.push_back(std::string(x));
  return a;
}
}  // namespace

OrderedJson to_json(const Classification& c) {
  OrderedJson j;
  j["system"] = c.system.str();
  if (!c.name.empty()) j["name"] = c.name.str();
  j["risk_class"] = c.risk_class;
  j["high_risk_routes"] = text_array(c.high_risk_routes);
  j["derogation_6_3"] = std::string(c.derogation_6_3);
  j["prohibited_practices"] = text_array(c.prohibited_practices);
  j["transparency"] = text_array(c.transparency);
  j["gpai"] = c.gpai;
  j["effective_roles"] = text_array(c.effective_roles);
  j["fria_required"] = c.fria_required;
  j["registration"] = c.registration;
  j["conformity_assessment"] = c.conformity_assessment;
  OrderedJson obs = OrderedJson::array();
  for (const Obligation& o : c.obligations) {
    OrderedJson x = {{"id", std::string(o.id)}, {"ref", std::string(o.ref)}, {"role", std::string(o.role)},
              {"applies_from", o.applies_from.empty() ? OrderedJson(nullptr) : OrderedJson(std::string(o.applies_from))},
              {"title", std::string(o.title)}, {"status", std::string(o.status)}};
    if (!o.note.empty()) x["note"] = std::string(o.note);
    obs.push_back(std::move(x));
  }
  j["obligations"] = std::move(obs);
  j["applies_from"] = c.applies_from.empty() ? OrderedJson(nullptr) : OrderedJson(c.applies_from);
  j["open_questions"] = c.open_questions;
  OrderedJson tr = OrderedJson::array();
  for (const TraceStep& s : c.trace) {
    TraceText t = render_step(c, s, c.lang);
    tr.push_back({{"rule", t.rule}, {"ref", t.ref}, {"inputs", OrderedJson(t.inputs)}, {"result", OrderedJson(t.result)},
                  {"because", t.because}});
  }
  j["trace"] = std::move(tr);
  j["legal_status_as_of"] = c.legal_status_as_of;
  j["date_basis"] = c.date_basis;
  OrderedJson dl = OrderedJson::array();
  for (const Deadline& d : c.deadlines) {
    dl.push_back({{"date", std::string(d.date)}, {"obligation", std::string(d.obligation)}, {"role", std::string(d.role)},
                  {"ref", std::string(d.ref)}});
  }
  j["deadlines"] = {{"as_of", c.as_of.str()}, {"ahead", std::move(dl)}};
  OrderedJson fines = OrderedJson::array();
  for (const FineTier& f : c.fines) {
    fines.push_back({{"tier", std::string(f.id)}, {"ref", std::string(f.ref)}, {"amount_eur", f.amount_eur}, {"percent", f.percent},
                     {"rule", std::string(f.rule)}, {"max_eur", f.max_eur ? OrderedJson(*f.max_eur) : OrderedJson(nullptr)},
                     {"because", fine_because(c, f)}});
  }
  j["fine_exposure"] = std::move(fines);
  return j;
}

}  // namespace aims
