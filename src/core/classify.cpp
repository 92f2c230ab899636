// The classification engine as a list of rules. Sections:
//   [words]    the words of the result (risk class, derogation, gpai, ...) as enums and names
//   [state]    what one classification works with, and the facts its rules have decided
//   [rules]    one function per rule, named after its article; each reads what earlier rules
//              decided, adds its own facts and writes its trace steps
//   [table]    the rules in the order they run
//   [classify] runs the table
// Adding a decision step: one function in [rules] and one row in [table]; its reasons go into
// assets/ai-act/engine-texts.json and its legal facts (articles, dates, lists) into
// assets/ai-act/catalog.json, which Catalog::index() resolves for the rules (Catalog::Engine).
// The trace is rendered as text in classify_render.cpp.
#include "core/classify.h"

#include <algorithm>
#include <bit>
#include <bitset>
#include <cassert>
#include <mutex>
#include <set>
#include <utility>

#include "core/classify_trace.h"

namespace aims {
namespace {

using namespace trace;  // Name and the TraceValue builders
using K = TraceValue::Kind;

// [words] ----------------------------------------------------------------------------------
enum class AiAnswer : std::uint8_t { yes, no, unsure };

enum class RiskClass : std::uint8_t { not_ai_system, out_of_scope, prohibited, high_risk, limited_risk, minimal_risk };
constexpr std::string_view kRiskClassNames[] = {"not_ai_system", "out_of_scope", "prohibited",
                                                "high_risk",     "limited_risk", "minimal_risk"};
constexpr const char* kRiskClassReasons[] = {"class.not_ai_system", "class.out_of_scope",   "class.prohibited",
                                             "class.high_risk",     "class.limited_risk", "class.minimal_risk"};

enum class Derogation : std::uint8_t { not_applicable, blocked_by_profiling, conditions_not_met, not_claimed, applies };
constexpr std::string_view kDerogationNames[] = {"n/a", "blocked_by_profiling", "conditions_not_met", "not_claimed",
                                                 "applies"};

enum class Gpai : std::uint8_t { none, gpai, systemic };
constexpr std::string_view kGpaiNames[] = {"none", "gpai", "gpai_systemic"};

enum class Registration : std::uint8_t { none, eu_non_public, eu, national, art49_2 };
constexpr std::string_view kRegistrationNames[] = {"none", "eu_non_public", "eu", "national", "art49.2"};

enum class Conformity : std::uint8_t { none, annex6_or_annex7, annex6, sectoral };
constexpr std::string_view kConformityNames[] = {"none", "annex6_or_annex7", "annex6", "sectoral"};

template <class E, std::size_t N>
constexpr std::string_view name_of(E e, const std::string_view (&names)[N]) {
  return names[static_cast<std::size_t>(e)];
}

template <class V>
bool has(const V& v, std::string_view x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// The earlier of two ISO dates (they compare as text); an empty one is no date.
std::string_view earlier(std::string_view a, std::string_view b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return b < a ? b : a;
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

// The Role of a name (Role::other for a name of no Role). Looked up in kRoleNames, not in
// all_roles(): no call per lookup, and the names are views that outlive the classification.
Role role_of(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kRoleNames); ++i) {
    if (kRoleNames[i] == name) return static_cast<Role>(i);
  }
  return Role::other;
}

std::string_view role_name(Role r) { return kRoleNames[static_cast<std::size_t>(r)]; }

constexpr unsigned bit(Role r) { return 1u << static_cast<unsigned>(r); }

// [state] ----------------------------------------------------------------------------------
// A trace step being written. Its values follow its reference and result: first the inputs,
// then the placeholders of its reason.
class Step {
 public:
  Step(decltype(Classification::trace_values)& values, TraceStep& t) : values_(values), t_(t) {}

  // An input the rule worked out.
  Step& in(Name name, TraceValue v) {
    assert(t_.n_args == 0);
    push(name, v);
    ++t_.n_inputs;
    return *this;
  }
  // An input that is the profile's own value (written once, in Classification::inputs).
  Step& pin(Name name) {
    t_.from_profile |= 1u << bit_of(name);
    return *this;
  }
  // A placeholder of the reason.
  Step& arg(Name name, TraceValue v) {
    push(name, v);
    ++t_.n_args;
    return *this;
  }

 private:
  void push(Name name, TraceValue v) {
    assert(t_.n_inputs + t_.n_args < kMaxStepValues);
    v.name = static_cast<std::uint8_t>(name) & 0x7Fu;
    values_.push_unchecked(v);  // room made by State::step()
  }
  decltype(Classification::trace_values)& values_;
  TraceStep& t_;
};

// What one classification works with (the profile, the catalog, the options, the result being
// written) and the facts its rules have decided, each set by the rule named beside it.
struct State {
  State(const Profile& profile, const Catalog& catalog, const ClassifyOptions& options, Classification& result)
      : p(profile), cat(catalog), g(catalog.engine), opt(options), out(result), lists(result.inputs) {}

  const Profile& p;
  const Catalog& cat;
  const Catalog::Engine& g;  // the catalog entries and milestones the rules name, resolved
  const ClassifyOptions& opt;
  Classification& out;
  ProfileValues& lists;  // the profile's lists as catalog ids (out.inputs)
  const char* rule = "";  // the rule being run: its trace steps carry its name

  AiAnswer ai = AiAnswer::yes;           // set before the rules run
  unsigned profile_roles = 0;            // a bit per Role the profile names
  SmallVec<std::uint16_t, 8> annex3_entries;  // the catalog entry of each of lists.annex3
  bool in_scope = true;                  // territorial_scope_2_1, exclusions_2, open_source_2_12
  IdSpan excluded_by;                    // exclusions_2: exclusions that put it out of scope
  bool open_source_licence = false;      // exclusions_2
  bool gpai_in_scope = false;            // exclusions_2
  IdSpan prohibited;                     // prohibited_practices_5
  std::string_view act;                  // annex1_moved: the Annex I act, as amended
  std::uint16_t act_index = kNoIndex;    // annex1_moved
  std::string_view route_annex1;         // annex1_route_6_1
  bool annex1_section_b = false;         // annex1_route_6_1
  IdSpan routes_annex3;                  // derogation_6_3: the Annex III points not lifted
  Derogation derogation = Derogation::not_applicable;  // derogation_6_3, open_source_2_12
  IdSpan transparency;                   // transparency_50: the situations that remain
  Gpai gpai = Gpai::none;                // gpai_51
  std::string_view gpai_date;            // gpai_legacy_111_3
  unsigned roles = 0;                    // value_chain_25, product_manufacturer_25_3: bit per Role
  RiskClass risk = RiskClass::minimal_risk;  // risk_class
  IdSpan routes;                         // risk_class: all high-risk routes
  bool pure_section_b = false;           // section_b_2_2
  std::string_view route_date, prohibited_date;  // application_dates
  // obligations: the catalog entries with an obligation already, the fine tiers they fall
  // under, and whether there is one besides Art. 4 (for Art. 99(5)).
  std::bitset<512> has_obligation;
  unsigned tiers_hit = 0;
  bool beyond_art4 = false;

  // The facts as questions.
  bool is_ai() const { return ai != AiAnswer::no; }
  bool act_applies() const { return is_ai() && in_scope; }  // an AI system in scope
  bool prohibited_practice() const { return !out.prohibited_practices.empty(); }
  bool high_risk_route() const { return !out.high_risk_routes.empty(); }
  bool high_risk() const { return risk == RiskClass::high_risk; }
  // Whether the organisation holds a role (after Art. 25); by name for a role of no Role.
  bool holds(Role r, std::string_view name = {}) const {
    return r != Role::other ? (roles & bit(r)) != 0 : has(out.effective_roles, name);
  }
  void become_provider() {
    out.effective_roles.push_back(role_name(Role::provider));
    roles |= bit(Role::provider);
  }
  void set_derogation(Derogation d) {
    derogation = d;
    out.derogation_6_3 = name_of(d, kDerogationNames);
  }

  // The catalog.
  const CatalogEntry* entry(std::uint16_t i) const { return i == kNoIndex ? nullptr : &cat.entries[i]; }
  const CatalogEntry* find(std::string_view id) const { return entry(cat.index_of(id)); }
  std::string_view date(std::uint16_t milestone) const {
    return milestone == kNoIndex ? std::string_view() : std::string_view(cat.timeline[milestone].date(opt.basis));
  }
  // An id of the profile as a string that outlives it: the catalog's, a role's or interned.
  std::string_view view(std::string_view s) const {
    if (const CatalogEntry* e = find(s)) return e->id;
    if (Role r = role_of(s); r != Role::other) return role_name(r);
    return intern(s);
  }

  // Lists of ids: spans of out.ids, each filled before the next starts.
  IdSpan begin_span() const { return {static_cast<std::uint16_t>(out.ids.size()), 0}; }
  void push(IdSpan& s, std::string_view id) {
    out.ids.push_back(id);
    ++s.len;
  }
  std::string_view at(IdSpan s, std::size_t i) const { return out.ids[s.off + i]; }
  // One catalog entry (by index; the id itself when the catalog lacks it).
  IdSpan one(std::uint16_t i, std::string_view id) {
    IdSpan s = begin_span();
    push(s, i == kNoIndex ? id : std::string_view(cat.entries[i].id));
    return s;
  }
  // A profile's list as catalog ids, with the reader's catalog indices where they still name the
  // same ids (a profile changed after reading is looked up id by id); entries: the indices found.
  IdSpan resolve(const std::vector<std::string>& v, const Profile::Indices& hint,
                 SmallVec<std::uint16_t, 8>* entries = nullptr) {
    IdSpan s = begin_span();
    const bool hinted = hint.size() == v.size();
    for (std::size_t i = 0; i < v.size(); ++i) {
      std::uint16_t k = hinted ? hint[i] : kNoIndex;
      if (k >= cat.entries.size() || !same_id(cat.entries[k].id, v[i])) k = cat.index_of(v[i]);
      push(s, k != kNoIndex ? std::string_view(cat.entries[k].id) : view(v[i]));
      if (entries) entries->push_back(k);
    }
    return s;
  }
  // The profile's values once, for every trace step that names them as inputs.
  void read_profile() {
    const Profile::CatalogIndices& x = p.catalog_index;
    lists.exclusions = resolve(p.exclusions, x.exclusions);
    lists.practices = resolve(p.prohibited_practices, x.prohibited_practices);
    lists.exceptions = resolve(p.prohibited_exceptions, x.prohibited_exceptions);
    lists.annex3 = resolve(p.annex3, x.annex3, &annex3_entries);
    lists.conditions = resolve(p.art6_3.conditions, x.conditions);
    lists.transparency = resolve(p.transparency, x.transparency);
    lists.transparency_exceptions = resolve(p.transparency_exceptions, x.transparency_exceptions);
    lists.roles = begin_span();
    for (const std::string& r : p.roles) {
      const Role role = role_of(r);
      if (role == Role::other) {
        push(lists.roles, view(r));
      } else {
        profile_roles |= bit(role);
        push(lists.roles, role_name(role));
      }
    }
    const std::string& a = p.ai_system;
    ai = a == "no" ? AiAnswer::no : a == "unsure" ? AiAnswer::unsure : AiAnswer::yes;
    lists.ai_system = a == "yes" ? "yes" : a == "no" ? "no" : a == "unsure" ? "unsure" : intern(a);
    if (p.annex1.act) lists.act = view(*p.annex1.act);
    const auto flag = [](bool b, Name n) { return static_cast<std::uint32_t>(b) << bit_of(n); };
    lists.flags = flag(p.eu_nexus, Name::eu_nexus) | flag(p.annex1.act.has_value(), Name::act) |
                  flag(p.annex1.safety_component, Name::safety_component) |
                  flag(p.annex1.third_party_conformity, Name::third_party_conformity) |
                  flag(p.art6_3.no_material_influence, Name::no_material_influence) |
                  flag(p.profiling, Name::profiling) | flag(p.gpai.model, Name::model) |
                  flag(p.gpai.designated_systemic, Name::designated_systemic) |
                  flag(p.gpai.open_source, Name::open_source) |
                  flag(p.value_chain.own_name_on_high_risk, Name::own_name_on_high_risk) |
                  flag(p.value_chain.substantial_modification, Name::substantial_modification) |
                  flag(p.value_chain.repurposed_to_high_risk, Name::repurposed_to_high_risk) |
                  flag(p.deployer_type.public_body, Name::public_body) |
                  flag(p.deployer_type.public_service, Name::public_service);
  }

  // The trace.
  // A new step of the rule being run: its reference, its result and the engine text key of
  // its reason. Built in place (emplace_back), as are obligations and deadlines: a temporary
  // written field by field and then copied whole stalls the processor on store forwarding, which
  // cost a fifth of classify()'s time.
  [[gnu::always_inline]] Step step(const TraceValue& ref, const TraceValue& result, const char* because) {
    out.trace.emplace_back(rule, because, static_cast<std::uint16_t>(out.trace_values.size()));
    out.trace_values.ensure_room(2 + kMaxStepValues);
    out.trace_values.push_unchecked(ref);
    out.trace_values.push_unchecked(result);
    return {out.trace_values, out.trace.back()};
  }
  // The reference of a catalog entry the engine names (the id itself when the catalog lacks it).
  TraceValue cite(std::uint16_t entry, std::string_view id) {
    return entry == kNoIndex ? refs(one(entry, id)) : entry_ref(entry);
  }
  std::string ref_text(std::string_view id) const {
    const CatalogEntry* e = find(id);
    return e ? e->ref.get(opt.lang) : std::string(id);
  }
  std::string joined(IdSpan s) const {
    std::string t;
    for (std::uint16_t i = 0; i < s.len; ++i) {
      if (i) t += ", ";
      t += at(s, i);
    }
    return t;
  }
  // An open question, once.
  void question(std::string_view text_key, const Vars& vars = {}) {
    std::string q = say(opt.lang, text_key, vars);
    if (!has(out.open_questions, q)) out.open_questions.push_back(std::move(q));
  }
};

// [rules] ----------------------------------------------------------------------------------
// Art. 3(1): is it an AI system? Unsure: classified as if it were, with an open question.
void rule_ai_system_3_1(State& s) {
  const TraceValue ref = s.cite(s.g.def_ai_5, "def.ai.5");
  switch (s.ai) {
    case AiAnswer::no: s.step(ref, boolean(false), "def.no").pin(Name::ai_system); break;
    case AiAnswer::unsure:
      s.step(ref, text("unsure"), "def.unsure").pin(Name::ai_system);
      s.question("oq.ai_system_unsure");
      break;
    case AiAnswer::yes: s.step(ref, boolean(true), "def.yes").pin(Name::ai_system); break;
  }
}

// Art. 2(1): placed on the EU market, put into service in the EU or its output used there.
void rule_territorial_scope_2_1(State& s) {
  if (!s.is_ai()) return;
  s.in_scope = s.p.eu_nexus;
  s.step(key("ref.art2_1"), boolean(s.p.eu_nexus), s.p.eu_nexus ? "scope.nexus" : "scope.no_nexus")
      .pin(Name::eu_nexus);
}

// Art. 2: the exclusions that put a system out of scope whatever it does. The free and
// open-source one depends on the result (rule_open_source_2_12); the chapter on
// general-purpose AI models applies to a model whatever its system's class (Art. 2(1)(a)).
void rule_exclusions_2(State& s) {
  s.excluded_by = s.begin_span();
  for (const std::string& x : s.p.exclusions) {
    const CatalogEntry* e = s.find(x);
    if (e && e->effect_out_of_scope) s.push(s.excluded_by, e->id);
  }
  s.open_source_licence = has(s.p.exclusions, "excl.2.12");
  s.gpai_in_scope = s.p.gpai.model && s.p.eu_nexus && s.excluded_by.empty();
  if (!s.act_applies()) return;
  if (!s.excluded_by.empty()) {
    s.step(refs(s.excluded_by), boolean(true), "scope.excluded")
        .pin(Name::exclusions)
        .arg(Name::ids, refs(s.excluded_by));
    s.in_scope = false;
  } else if (!s.open_source_licence) {
    s.step(key("ref.art2_excl"), boolean(false), "scope.none").pin(Name::exclusions);
  }
}

// Art. 5(1): an exception claimed for a practice holds when the catalog gives the practice one.
enum class Claim { none, excepted, invalid };
Claim exception_claim(const State& s, std::size_t practice) {
  const std::string& x = s.p.prohibited_practices[practice];
  if (!has(s.p.prohibited_exceptions, x)) return Claim::none;
  const CatalogEntry* e = s.find(x);
  return e && e->has_exception ? Claim::excepted : Claim::invalid;
}

void rule_prohibited_exceptions_5(State& s) {
  if (!s.act_applies()) return;
  const std::size_t n = s.p.prohibited_practices.size();
  IdSpan excepted = s.begin_span();
  for (std::size_t i = 0; i < n; ++i) {
    if (exception_claim(s, i) == Claim::excepted) s.push(excepted, s.at(s.lists.practices, i));
  }
  IdSpan invalid = s.begin_span();
  for (std::size_t i = 0; i < n; ++i) {
    if (exception_claim(s, i) == Claim::invalid) s.push(invalid, s.at(s.lists.practices, i));
  }
  if (!excepted.empty()) {
    s.step(key("ref.art5_1"), ids(excepted), "art5.exception")
        .pin(Name::prohibited_exceptions)
        .arg(Name::ids, ids(excepted));
  }
  if (!invalid.empty()) {
    s.step(key("ref.art5_1"), boolean(false), "art5.exception_invalid")
        .pin(Name::prohibited_exceptions)
        .arg(Name::ids, ids(invalid));
    s.question("oq.exception_invalid", {{"ids", s.joined(invalid)}});
  }
}

// Art. 5(1): the practices that remain prohibited after their exceptions.
void rule_prohibited_practices_5(State& s) {
  if (!s.act_applies()) return;
  s.prohibited = s.begin_span();
  for (std::size_t i = 0; i < s.p.prohibited_practices.size(); ++i) {
    if (exception_claim(s, i) == Claim::excepted) continue;
    const std::string_view id = s.at(s.lists.practices, i);
    s.out.prohibited_practices.push_back(id);
    s.push(s.prohibited, id);
  }
  const bool none = s.prohibited.empty();
  Step t = s.step(none ? key("ref.art5_1") : refs(s.prohibited), boolean(!none), none ? "art5.none" : "art5.prohibited");
  t.pin(Name::prohibited_practices).pin(Name::prohibited_exceptions);
  if (!none) t.arg(Name::ids, refs(s.prohibited));
}

// Annex I as amended: an act the catalog marks as moved (the Omnibus move of machinery from
// Section A to B) is read as the point it moved to; only with the amended dates.
void rule_annex1_moved(State& s) {
  if (!s.act_applies() || !s.p.annex1.act) return;
  s.act = s.lists.act;
  s.act_index = s.cat.index_of(s.act);
  const CatalogEntry* e = s.entry(s.act_index);
  if (!e || e->moved_to.empty() || s.opt.basis != DateBasis::amended) return;
  s.step(refs(s.one(s.act_index, s.act)), text(e->moved_to), "annex1.moved")
      .pin(Name::act)
      .arg(Name::ids, text(s.act))
      .arg(Name::to, text(e->moved_to));
  s.act_index = e->moved_to_index;
  s.act = s.act_index == kNoIndex ? intern(e->moved_to) : std::string_view(s.cat.entries[s.act_index].id);
}

// Art. 6(1): high-risk as the safety component of a product (or the product) under an Annex I
// act, when that product needs a third-party conformity assessment.
void rule_annex1_route_6_1(State& s) {
  if (!s.act_applies()) return;
  const Profile::Annex1& a1 = s.p.annex1;
  if (s.act.empty()) {
    s.step(key("ref.art6_1"), boolean(false), "annex1.none")
        .pin(Name::act)
        .pin(Name::safety_component)
        .pin(Name::third_party_conformity);
    return;
  }
  const IdSpan act = s.one(s.act_index, s.act);
  const bool route = a1.safety_component && a1.third_party_conformity;
  s.step(refs(act, "ref.art6_1"), boolean(route), route ? "annex1.route" : "annex1.not_both")
      .pin(Name::act)
      .pin(Name::safety_component)
      .pin(Name::third_party_conformity)
      .arg(Name::ids, refs(act));
  if (route) {
    s.route_annex1 = s.act;
    const CatalogEntry* e = s.entry(s.act_index);
    s.annex1_section_b = e && e->section_b;
  } else if (!a1.safety_component && !a1.third_party_conformity) {
    s.question("oq.annex1_incomplete", {{"ids", s.ref_text(s.act)}});
  }
}

// Art. 6(2): the Annex III points the intended purpose matches.
void rule_annex3_route_6_2(State& s) {
  if (!s.act_applies()) return;
  const IdSpan points = s.lists.annex3;
  const bool none = points.empty();
  Step t = s.step(none ? key("ref.art6_2") : refs(points, "ref.art6_2_short"), boolean(!none),
                  none ? "annex3.none" : "annex3.match");
  t.pin(Name::annex3);
  if (!none) t.arg(Name::ids, refs(points));
}

// Art. 6(3): an Annex III point is lifted when one of the conditions (a)-(d) holds and the
// system does not materially influence decisions; never when it profiles natural persons.
void rule_derogation_6_3(State& s) {
  if (!s.act_applies()) return;
  const Profile::Art63& d = s.p.art6_3;
  const IdSpan points = s.lists.annex3;
  const bool claimed = !d.conditions.empty() || d.no_material_influence;
  TraceValue ref = key("ref.art6_3");
  Derogation result;
  const char* because;
  if (points.empty()) {
    if (!claimed) return;
    result = Derogation::not_applicable, because = "art63.na";
  } else if (s.p.profiling) {
    result = Derogation::blocked_by_profiling, because = "art63.blocked";
    ref = s.cite(s.g.art6_3_profiling, "art6.3.profiling");
  } else if (!claimed) {
    result = Derogation::not_claimed, because = "art63.not_claimed";
  } else if (d.conditions.empty() || !d.no_material_influence) {
    result = Derogation::conditions_not_met, because = "art63.not_met";
  } else {
    result = Derogation::applies, because = "art63.applies";
    ref = refs(s.lists.conditions, "ref.art6_3");
  }
  s.set_derogation(result);
  if (result != Derogation::applies) s.routes_annex3 = points;
  Step t = s.step(ref, text(s.out.derogation_6_3), because);
  t.pin(Name::conditions).pin(Name::no_material_influence).pin(Name::profiling);
  if (result == Derogation::applies) t.arg(Name::ids, refs(s.lists.conditions));
}

// Art. 50: a situation whose exception holds (obvious to the person, assistive editing,
// editorial control, authorised law enforcement) carries no duty.
bool transparency_excepted(const State& s, std::size_t situation) {
  return has(s.p.transparency_exceptions, s.p.transparency[situation]);
}

void rule_transparency_exceptions_50(State& s) {
  if (!s.act_applies()) return;
  IdSpan lifted = s.begin_span();
  for (std::size_t i = 0; i < s.p.transparency.size(); ++i) {
    if (transparency_excepted(s, i)) s.push(lifted, s.at(s.lists.transparency, i));
  }
  if (lifted.empty()) return;
  s.step(key("ref.art50"), ids(lifted), "art50.exception")
      .pin(Name::transparency_exceptions)
      .arg(Name::ids, ids(lifted));
}

// Art. 50: the transparency situations that remain.
void rule_transparency_50(State& s) {
  if (!s.act_applies()) return;
  s.transparency = s.begin_span();
  for (std::size_t i = 0; i < s.p.transparency.size(); ++i) {
    if (transparency_excepted(s, i)) continue;
    const std::string_view id = s.at(s.lists.transparency, i);
    s.out.transparency.push_back(id);
    s.push(s.transparency, id);
  }
  const bool none = s.transparency.empty();
  Step t = s.step(none ? key("ref.art50") : refs(s.transparency), boolean(!none), none ? "art50.none" : "art50.remain");
  t.pin(Name::transparency).pin(Name::transparency_exceptions);
  if (!none) t.arg(Name::ids, refs(s.transparency));
}

// Art. 6: the routes that make the system high-risk, listed also when it is prohibited as well.
void rule_high_risk_routes_6(State& s) {
  for (std::uint16_t i = 0; i < s.routes_annex3.len; ++i) s.out.high_risk_routes.push_back(s.at(s.routes_annex3, i));
  if (!s.route_annex1.empty()) s.out.high_risk_routes.push_back(s.route_annex1);
}

// Art. 2(12): a system under a free and open-source licence is excluded while it is neither
// prohibited, high-risk nor under Art. 50.
void rule_open_source_2_12(State& s) {
  if (!s.act_applies() || !s.open_source_licence) return;
  const bool excluded = !s.prohibited_practice() && !s.high_risk_route() && s.out.transparency.empty();
  s.step(s.cite(s.g.art2_12, "excl.2.12"), boolean(excluded), excluded ? "scope.foss_excluded" : "scope.foss_not_excluded")
      .pin(Name::exclusions);
  if (excluded) {
    s.in_scope = false;
    s.out.high_risk_routes.clear();
    s.set_derogation(Derogation::not_applicable);
  }
}

// Art. 51: a general-purpose AI model; with systemic risk above the catalog's training compute
// threshold or when designated.
void rule_gpai_51(State& s) {
  if (!s.gpai_in_scope) {
    if (s.act_applies()) s.step(key("ref.art51"), text("none"), "gpai.none").pin(Name::model);
    return;
  }
  const Profile::Gpai& m = s.p.gpai;
  const CatalogEntry* threshold_entry = s.entry(s.g.art51_2);
  const double threshold =
      threshold_entry && threshold_entry->threshold_flop > 0 ? threshold_entry->threshold_flop : 1e25;
  Step t = [&] {
    if (m.training_flop && *m.training_flop > threshold) {
      s.gpai = Gpai::systemic;
      return s.step(s.cite(s.g.art51_2, "art51.2"), text("gpai_systemic"), "gpai.systemic_flop")
          .arg(Name::flop, of_kind(K::flop));
    }
    if (m.designated_systemic) {
      s.gpai = Gpai::systemic;
      return s.step(s.cite(s.g.art51_1_b, "art51.1.b"), text("gpai_systemic"), "gpai.systemic_designated");
    }
    s.gpai = Gpai::gpai;
    return s.step(s.cite(s.g.art53_1_a, "art53.1.a"), text("gpai"), "gpai.gpai");
  }();
  t.pin(Name::model).pin(Name::training_flop).pin(Name::designated_systemic).pin(Name::open_source);
  if (s.gpai == Gpai::gpai && !m.training_flop) s.question("oq.gpai_flop_unknown");
  s.out.gpai = name_of(s.gpai, kGpaiNames);
}

// Art. 53(2): the open-source relief for a model without systemic risk.
void rule_gpai_open_source_53_2(State& s) {
  if (!s.gpai_in_scope || !s.p.gpai.open_source || s.gpai == Gpai::systemic) return;
  s.step(s.cite(s.g.art53_2, "art53.2"), boolean(true), "gpai.open_source").pin(Name::open_source);
}

// Art. 111(3): a model placed on the market before the model duties applied has until a later date.
void rule_gpai_legacy_111_3(State& s) {
  if (!s.gpai_in_scope) return;
  s.gpai_date = s.date(s.g.tl_gpai_gov);
  const std::optional<std::string>& since = s.p.on_market_since;
  if (!since || !(std::string_view(*since) < s.gpai_date)) return;
  s.gpai_date = s.date(s.g.tl_gpai_legacy);
  s.step(s.cite(s.g.art111_3, "art111.3"), text(s.gpai_date), "gpai.legacy")
      .pin(Name::on_market_since)
      .arg(Name::date, text(s.gpai_date));
}

// Art. 25(1): a deployer, importer or distributor that puts its name on a high-risk system,
// substantially modifies it or makes it high-risk by a new purpose becomes its provider.
bool answered(const Profile::ValueChain& v, ValueChainField f) {
  switch (f) {
    case ValueChainField::own_name_on_high_risk: return v.own_name_on_high_risk;
    case ValueChainField::substantial_modification: return v.substantial_modification;
    case ValueChainField::repurposed_to_high_risk: return v.repurposed_to_high_risk;
    case ValueChainField::none: return false;
  }
  return false;
}

void rule_value_chain_25(State& s) {
  for (std::uint16_t i = 0; i < s.lists.roles.len; ++i) s.out.effective_roles.push_back(s.at(s.lists.roles, i));
  s.roles = s.profile_roles;
  if (!s.act_applies()) return;
  IdSpan triggers = s.begin_span();
  for (std::uint16_t i : s.g.role_changes) {
    const CatalogEntry& e = s.cat.entries[i];
    if (answered(s.p.value_chain, e.value_chain_field)) s.push(triggers, e.id);
  }
  auto inputs = [](Step t) {
    t.pin(Name::roles).pin(Name::own_name_on_high_risk).pin(Name::substantial_modification).pin(Name::repurposed_to_high_risk);
  };
  if (triggers.empty()) {
    inputs(s.step(key("ref.art25_1"), boolean(false), "art25.none"));
  } else if (!s.high_risk_route()) {
    inputs(s.step(refs(triggers), boolean(false), "art25.no_effect").arg(Name::ids, refs(triggers)));
    if (s.p.value_chain.repurposed_to_high_risk) s.question("oq.repurposed_no_point");
  } else if (s.holds(Role::provider)) {
    inputs(s.step(refs(triggers), boolean(false), "art25.already"));
  } else {
    s.become_provider();
    inputs(s.step(refs(triggers), boolean(true), "art25.provider").arg(Name::ids, refs(triggers)));
  }
  if (s.p.roles.empty()) s.question("oq.no_roles");
}

// Art. 25(3): the manufacturer of a product under Annex I Section A that contains the
// high-risk system counts as its provider.
void rule_product_manufacturer_25_3(State& s) {
  if (!s.act_applies() || s.route_annex1.empty() || s.annex1_section_b) return;
  if (!(s.profile_roles & bit(Role::product_manufacturer)) || s.holds(Role::provider)) return;
  s.become_provider();
  s.step(s.cite(s.g.art25_3, "art25.3"), boolean(true), "art25.3").pin(Name::roles).in(Name::act, text(s.route_annex1));
}

// The risk class: the most severe that applies. Out of scope, nothing of the substance holds.
void rule_risk_class(State& s) {
  const bool prohibited = s.prohibited_practice();
  s.risk = !s.is_ai()                     ? RiskClass::not_ai_system
           : !s.in_scope                  ? RiskClass::out_of_scope
           : prohibited                   ? RiskClass::prohibited
           : s.high_risk_route()          ? RiskClass::high_risk
           : !s.out.transparency.empty()  ? RiskClass::limited_risk
                                          : RiskClass::minimal_risk;
  s.out.risk_class = name_of(s.risk, kRiskClassNames);
  if (!s.act_applies()) {
    s.out.high_risk_routes.clear();
    s.out.transparency.clear();
    s.out.prohibited_practices.clear();
    s.set_derogation(Derogation::not_applicable);
    s.routes_annex3 = s.prohibited = s.transparency = {};
    s.route_annex1 = {};
  }
  s.routes = s.begin_span();
  for (std::string_view r : s.out.high_risk_routes) s.push(s.routes, r);
  s.step(key("ref.class"), text(s.out.risk_class), kRiskClassReasons[static_cast<std::size_t>(s.risk)])
      .in(Name::prohibited, boolean(prohibited))
      .in(Name::high_risk_routes, ids(s.routes))
      .in(Name::transparency, ids(s.transparency))
      .arg(Name::ids, refs(s.routes));
}

// Art. 2(2): a product under Annex I Section B is high-risk by Art. 6(1), but only Art. 6(1)
// and the sector act apply to it.
void rule_section_b_2_2(State& s) {
  s.pure_section_b = s.high_risk() && s.routes_annex3.empty() && s.annex1_section_b;
  if (!s.pure_section_b) return;
  s.step(s.cite(s.g.art2_2, "excl.2.2"), boolean(true), "annex1.section_b").in(Name::act, text(s.route_annex1));
}

// Art. 27: which deployers of a high-risk system of an Annex III point assess its impact on
// fundamental rights (the point's "fria" in the catalog).
void rule_fria_27(State& s) {
  const bool deployer = s.holds(Role::deployer);
  if (!deployer) return;
  const bool public_side = s.p.deployer_type.public_body || s.p.deployer_type.public_service;
  if (s.high_risk()) {
    for (std::uint16_t i = 0; i < s.routes_annex3.len; ++i) {
      const CatalogEntry* e = s.entry(s.annex3_entries[i]);
      if (!e) continue;
      if (e->fria_scope == FriaScope::all_deployers || (e->fria_scope == FriaScope::public_or_public_service && public_side)) {
        s.out.fria_required = true;
      }
    }
  }
  if (!s.high_risk() && !s.prohibited_practice()) return;
  IdSpan roles = s.begin_span();
  for (std::string_view r : s.out.effective_roles) s.push(roles, r);
  s.step(s.cite(s.g.art27, "art27"), boolean(s.out.fria_required), s.out.fria_required ? "fria.yes" : "fria.no")
      .in(Name::roles, ids(roles))
      .in(Name::annex3, ids(s.routes_annex3))
      .pin(Name::public_body)
      .pin(Name::public_service);
}

// Art. 49: where the provider registers the system (the Annex III point's "registration").
void rule_registration_49(State& s) {
  if (!s.holds(Role::provider)) return;
  if (s.prohibited_practice()) {
    s.step(key("ref.art49"), text("none"), "prohibited.no_market").in(Name::risk_class, text(s.out.risk_class));
    return;
  }
  if (!s.act_applies()) return;
  Registration r = Registration::none;
  if (s.high_risk() && !s.routes_annex3.empty()) {
    bool non_public = false, eu = false, national = false;
    for (std::uint16_t i = 0; i < s.routes_annex3.len; ++i) {
      const CatalogEntry* e = s.entry(s.annex3_entries[i]);
      if (!e) continue;
      non_public = non_public || e->registration_kind == RegistrationKind::eu_non_public;
      eu = eu || e->registration_kind == RegistrationKind::eu;
      national = national || e->registration_kind == RegistrationKind::national;
    }
    r = non_public ? Registration::eu_non_public : eu ? Registration::eu : national ? Registration::national : Registration::none;
  } else if (s.derogation == Derogation::applies) {
    r = Registration::art49_2;
  }
  s.out.registration = name_of(r, kRegistrationNames);
  const bool none = r == Registration::none;
  Step t = s.step(s.cite(s.g.art49, "art49"), text(s.out.registration), none ? "registration.none" : "registration.value");
  t.in(Name::high_risk_routes, ids(s.routes)).in(Name::derogation_6_3, text(s.out.derogation_6_3));
  if (!none) t.arg(Name::value, text(s.out.registration));
}

// Art. 43: the conformity assessment of a high-risk system's provider: the sector act's
// (Annex I), or Annex VI, or Annex VI or VII (the Annex III point's "conformity").
void rule_conformity_43(State& s) {
  if (!s.high_risk() || !s.holds(Role::provider)) return;
  Conformity c = Conformity::sectoral;
  if (s.route_annex1.empty()) {
    c = Conformity::annex6;
    for (std::uint16_t i = 0; i < s.routes_annex3.len; ++i) {
      const CatalogEntry* e = s.entry(s.annex3_entries[i]);
      if (e && e->conformity_annex6_or_7) c = Conformity::annex6_or_annex7;
    }
  }
  s.out.conformity_assessment = name_of(c, kConformityNames);
  s.step(s.cite(s.g.art43, "art43"), text(s.out.conformity_assessment), "conformity.value")
      .in(Name::high_risk_routes, ids(s.routes))
      .arg(Name::value, text(s.out.conformity_assessment));
}

// The dates the high-risk routes and the prohibitions apply from (the catalog's timeline).
void rule_application_dates(State& s) {
  if (!s.routes_annex3.empty()) s.route_date = earlier(s.route_date, s.date(s.g.tl_annex3));
  if (!s.route_annex1.empty()) s.route_date = earlier(s.route_date, s.date(s.g.tl_annex1));
  for (std::uint16_t i = 0; i < s.prohibited.len; ++i) {
    if (const CatalogEntry* e = s.find(s.at(s.prohibited, i))) s.prohibited_date = earlier(s.prohibited_date, s.date(e->milestone_index));
  }
}

// An obligation of a catalog entry for one role, once.
void add_obligation(State& s, const CatalogEntry& e, std::string_view role, std::string_view date,
                    std::string_view note = {}) {
  if (e.index >= s.has_obligation.size() || s.has_obligation[e.index]) {
    for (const Obligation& o : s.out.obligations) {
      if (o.entry == e.index && o.role == role) return;
    }
  }
  if (e.index < s.has_obligation.size()) s.has_obligation.set(e.index);
  s.out.obligations.emplace_back(e.id, e.ref.get(s.opt.lang), role, date, e.title.get(s.opt.lang), e.status, note,
                                 e.index, e.fine_mask);
  s.tiers_hit |= e.fine_mask;
  s.beyond_art4 = s.beyond_art4 || e.index != s.g.art4;
}

// Which of the catalog's obligation triggers hold: a bit per Trigger.
std::uint32_t obligation_triggers(const State& s) {
  std::uint32_t bits = 0;
  auto set = [&](Trigger t, bool b) { bits |= static_cast<std::uint32_t>(b) << static_cast<unsigned>(t); };
  set(Trigger::gpai, s.gpai_in_scope);
  set(Trigger::gpai_systemic, s.gpai_in_scope && s.gpai == Gpai::systemic);
  const bool body = s.act_applies() && !s.pure_section_b;  // Art. 2(2): pure Section B, only the sector act
  set(Trigger::in_scope, body);
  set(Trigger::prohibited, body && s.prohibited_practice());
  if (!body || s.prohibited_practice()) return bits;  // a banned system has no compliant route to follow
  set(Trigger::high_risk, s.high_risk());
  bool deployer_annex3 = false;  // a high-risk Annex III point other than point 2
  for (std::uint16_t i = 0; i < s.routes_annex3.len; ++i) {
    const CatalogEntry* e = s.entry(s.annex3_entries[i]);
    deployer_annex3 = deployer_annex3 || (e && e->area_number != 2);
  }
  set(Trigger::high_risk_deployer_annex3, deployer_annex3);
  set(Trigger::fria, s.out.fria_required);
  set(Trigger::public_deployer_registration, s.high_risk() && !s.routes_annex3.empty() && s.p.deployer_type.public_body);
  set(Trigger::derogation_6_3, s.derogation == Derogation::applies);
  return bits;
}

// The obligations whose catalog trigger holds, in catalog order, for the roles the
// organisation holds (those of a general-purpose AI model bind its provider, which providing
// the model makes the organisation).
void rule_obligations(State& s) {
  const std::uint32_t triggers = obligation_triggers(s);
  std::string_view open_source_note;
  if (s.p.gpai.open_source && s.gpai != Gpai::systemic && s.g.art53_2 != kNoIndex) {
    open_source_note = s.cat.entries[s.g.art53_2].summary.get(s.opt.lang);
  }
  auto obligation = [&](const CatalogEntry& e) {
    const bool model_duty = e.trigger_code == Trigger::gpai || e.trigger_code == Trigger::gpai_systemic;
    if (!model_duty && !e.names_other_role && (e.role_bits & s.roles) == 0) return;  // no role it binds
    std::string_view date;
    switch (e.date_of) {
      case DateOf::route: date = s.route_date; break;
      case DateOf::gpai: date = s.gpai_date; break;
      case DateOf::prohibited: date = s.prohibited_date; break;
      case DateOf::milestone: date = s.date(e.milestone_index); break;
    }
    const std::string_view note = e.index == s.g.art53 ? open_source_note : std::string_view();
    for (std::size_t k = 0; k < e.roles.size(); ++k) {
      const Role r = k < e.role_enums.size() ? e.role_enums[k] : Role::other;
      if (model_duty || s.holds(r, e.roles[k])) add_obligation(s, e, e.roles[k], date, note);
    }
  };
  const Catalog::Engine& g = s.g;
  if (g.obligations.size() <= 64) {
    // The catalog's lists of obligations by trigger (a bit per obligation) keep catalog order;
    // its lists by role leave out at once those that bind none of the organisation's roles.
    std::uint64_t due = 0;
    for (std::uint32_t t = triggers & ~1u; t != 0; t &= t - 1) {
      const auto trigger = static_cast<std::size_t>(std::countr_zero(t));
      if (trigger < std::size(g.obligations_by_trigger)) due |= g.obligations_by_trigger[trigger];
    }
    std::uint64_t bound = g.obligations_any_role;
    for (unsigned r = s.roles; r != 0; r &= r - 1) {
      const auto role = static_cast<std::size_t>(std::countr_zero(r));
      if (role < std::size(g.obligations_by_role)) bound |= g.obligations_by_role[role];
    }
    due &= bound;
    for (; due != 0; due &= due - 1) obligation(s.cat.entries[g.obligations[static_cast<std::size_t>(std::countr_zero(due))]]);
  } else {
    for (std::uint16_t i : g.obligations) {
      const Trigger t = s.cat.entries[i].trigger_code;
      if (t != Trigger::none && (triggers >> static_cast<unsigned>(t) & 1u)) obligation(s.cat.entries[i]);
    }
  }
}

// Art. 50: the duty of each remaining transparency situation, for the role it binds (a
// situation the catalog gives a legacy date to keeps it for a system already on the market).
void rule_transparency_duties_50(State& s) {
  if (!s.act_applies() || s.pure_section_b || s.transparency.empty()) return;
  const Catalog::Engine& g = s.g;
  for (std::uint16_t i : g.transparency_duties) {
    const CatalogEntry& e = s.cat.entries[i];
    if (!has(s.out.transparency, e.id) || !s.holds(e.binds_role, e.binds)) continue;
    std::string_view date = s.date(e.milestone.empty() ? g.tl_general : e.milestone_index);
    const std::optional<std::string>& since = s.p.on_market_since;
    if (e.index == g.art50_2 && since && std::string_view(*since) < s.date(g.tl_general) &&
        g.tl_art50_2_legacy != kNoIndex && s.opt.basis == DateBasis::amended) {
      date = s.date(g.tl_art50_2_legacy);
    }
    add_obligation(s, e, e.binds, date);
  }
}

// Art. 2(2): a product under Annex I Section B has the sector act as its obligation, for its
// provider and product manufacturer.
void rule_sector_act_2_2(State& s) {
  if (!s.pure_section_b) return;
  const CatalogEntry* act = s.find(s.route_annex1);
  if (!act) return;
  for (Role r : {Role::provider, Role::product_manufacturer}) {
    if (s.holds(r)) add_obligation(s, *act, role_name(r), s.date(s.g.tl_annex1));
  }
}

// The date from which the main duties of this result apply.
void rule_applies_from(State& s) {
  std::string_view applies;
  TraceValue ref = text("");
  switch (s.risk) {
    case RiskClass::prohibited:
      applies = s.prohibited_date;
      ref = s.cite(s.g.art5, "art5");
      break;
    case RiskClass::high_risk:
      applies = s.route_date;
      ref = key(!s.routes_annex3.empty() ? "ref.dates_annex3" : "ref.dates_annex1");
      break;
    case RiskClass::limited_risk:
      applies = s.date(s.g.tl_general);
      ref = key("ref.dates_art50");
      break;
    case RiskClass::minimal_risk:
      applies = s.gpai_in_scope ? s.gpai_date : s.date(s.g.tl_ch1_2);
      ref = s.gpai_in_scope ? key("ref.dates_gpai") : s.cite(s.g.art4, "art4");
      break;
    case RiskClass::not_ai_system:
    case RiskClass::out_of_scope:
      if (s.gpai_in_scope) {
        applies = s.gpai_date;
        ref = key("ref.dates_gpai");
      }
      break;
  }
  s.out.applies_from = applies;
  Step t = s.step(ref, applies.empty() ? null() : text(applies), applies.empty() ? "applies.none" : "applies.value");
  t.in(Name::risk_class, text(s.out.risk_class));
  if (!applies.empty()) t.arg(Name::date, text(applies)).arg(Name::ref, ref);
}

// Art. 111(2): a high-risk system already on the market before its rules apply.
void rule_legacy_high_risk_111_2(State& s) {
  const std::optional<std::string>& since = s.p.on_market_since;
  if (!s.high_risk() || !since || s.route_date.empty() || !(std::string_view(*since) < s.route_date)) return;
  s.question("oq.legacy_high_risk", {{"date", *since}, {"date2", std::string(s.route_date)}});
}

// The obligations' dates still ahead of the as-of date, by date (in the obligations' order on
// the same date).
void rule_deadlines(State& s) {
  const std::string_view as_of = s.out.as_of.view();
  auto& ahead = s.out.deadlines;
  for (const Obligation& o : s.out.obligations) {
    if (o.applies_from.empty() || !(as_of < o.applies_from)) continue;
    ahead.emplace_back(o.applies_from, o.id, o.role, o.ref);
    for (std::size_t j = ahead.size() - 1; j > 0 && ahead[j].date < ahead[j - 1].date; --j) std::swap(ahead[j], ahead[j - 1]);
  }
}

// Art. 99 and 101: the fine tiers the obligations fall under (each obligation's entry once),
// and Art. 99(5) with any obligation but Art. 4; the lower amount for an SME or small mid-cap.
void rule_fines_99(State& s) {
  const Catalog::Engine& g = s.g;
  const std::optional<Company>& company = s.opt.company;
  // The lower amount for SMEs (Art. 99(6)) or small mid-caps (Art. 99(6a)): the catalog says
  // which tiers each rule lowers. An SME is never a small mid-cap; if both are set, SME wins.
  const Catalog::Engine::LowerRule* lower = nullptr;
  if (company && company->sme) lower = &g.lower_sme;
  else if (company && company->small_midcap) lower = &g.lower_small_midcap;
  const unsigned tiers = (s.tiers_hit & ~unsigned{g.fine_tier_art99_5}) | (s.beyond_art4 ? g.fine_tier_art99_5 : 0u);
  for (unsigned m = tiers; m != 0; m &= m - 1) {
    const auto k = static_cast<std::size_t>(std::countr_zero(m));
    const CatalogEntry& tier = s.cat.entries[g.fine_tiers[k]];
    IdSpan hit = s.begin_span();
    if (tier.index != g.art99_5) {
      for (const Obligation& o : s.out.obligations) {
        bool seen = !(o.fine_mask >> k & 1u);
        for (std::uint16_t i = 0; i < hit.len && !seen; ++i) seen = s.at(hit, i) == o.id;
        if (!seen) s.push(hit, o.id);
      }
      if (hit.empty()) continue;
    }
    FineTier f;
    f.id = tier.id;
    f.ref = tier.ref.get(s.opt.lang);
    f.amount_eur = tier.amount_eur;
    f.percent = tier.percent;
    const bool lowered = lower && lower->entry != kNoIndex && (lower->tiers >> k & 1u);
    f.rule = lowered ? "lower" : "higher";
    f.lowered_by = lowered ? lower->entry : kNoIndex;
    if (company && company->turnover_eur) {
      const double pct = *company->turnover_eur * tier.percent / 100.0;
      f.max_eur = f.rule == "lower" ? std::min(tier.amount_eur, pct) : std::max(tier.amount_eur, pct);
    }
    f.hit_off = hit.off;
    f.hit_len = hit.len;
    s.out.fines.push_back(f);
  }
}

// [table] ----------------------------------------------------------------------------------
// The rules in the order they run. A rule's name is the name its trace steps carry (the
// "rule" of the trace); the rules from "dates" on add to the result without a trace step.
struct Rule {
  const char* name;
  void (*run)(State&);
};

constexpr Rule kRules[] = {
    {"ai_system", rule_ai_system_3_1},
    {"scope.eu_nexus", rule_territorial_scope_2_1},
    {"scope.exclusions", rule_exclusions_2},
    {"art5.exceptions", rule_prohibited_exceptions_5},
    {"art5", rule_prohibited_practices_5},
    {"annex1.omnibus", rule_annex1_moved},
    {"annex1", rule_annex1_route_6_1},
    {"annex3", rule_annex3_route_6_2},
    {"art6_3", rule_derogation_6_3},
    {"art50.exceptions", rule_transparency_exceptions_50},
    {"art50", rule_transparency_50},
    {"high_risk_routes", rule_high_risk_routes_6},
    {"scope.open_source", rule_open_source_2_12},
    {"gpai", rule_gpai_51},
    {"gpai.open_source", rule_gpai_open_source_53_2},
    {"gpai.legacy", rule_gpai_legacy_111_3},
    {"art25", rule_value_chain_25},
    {"art25.3", rule_product_manufacturer_25_3},
    {"risk_class", rule_risk_class},
    {"annex1.section_b", rule_section_b_2_2},
    {"fria", rule_fria_27},
    {"registration", rule_registration_49},
    {"conformity_assessment", rule_conformity_43},
    {"dates", rule_application_dates},
    {"obligations", rule_obligations},
    {"obligations.art50", rule_transparency_duties_50},
    {"obligations.sector_act", rule_sector_act_2_2},
    {"applies_from", rule_applies_from},
    {"legacy_high_risk", rule_legacy_high_risk_111_2},
    {"deadlines", rule_deadlines},
    {"fine_exposure", rule_fines_99},
};

// Runs the table in order (expanded at compile time: each rule is a direct call, which the
// compiler may inline).
template <std::size_t... I>
void run_rules(State& s, std::index_sequence<I...>) {
  ((s.rule = kRules[I].name, kRules[I].run(s)), ...);
}

}  // namespace

// [classify] -------------------------------------------------------------------------------
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
  State s(p, cat, opt, out);
  s.read_profile();
  run_rules(s, std::make_index_sequence<std::size(kRules)>());
  return out;
}

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

}  // namespace aims
