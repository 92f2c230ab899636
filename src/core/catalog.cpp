#include "core/catalog.h"

#include <cstring>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <set>

#include "core/assets.h"
#include "core/json_read.h"
#include "core/profile.h"

namespace aims {

bool valid_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int y = std::stoi(std::string(s.substr(0, 4)));
  int m = std::stoi(std::string(s.substr(5, 2)));
  int d = std::stoi(std::string(s.substr(8, 2)));
  if (m < 1 || m > 12 || d < 1) return false;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = days[m - 1];
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) max = 29;
  return d <= max;
}

namespace {

Text text_of(const Json& j, const char* key) {
  Text t;
  if (j.contains(key) && j[key].is_object()) {
    const Json& o = j[key];
    if (o.contains("en") && o["en"].is_string()) t.en = o["en"].get<std::string>();
    if (o.contains("de") && o["de"].is_string()) t.de = o["de"].get<std::string>();
  }
  return t;
}

std::string str_of(const Json& j, const char* key) {
  if (j.contains(key) && j[key].is_string()) return j[key].get<std::string>();
  return {};
}

double num_of(const Json& j, const char* key) {
  if (j.contains(key) && j[key].is_number()) return j[key].get<double>();
  return 0.0;
}

std::vector<std::string> list_of(const Json& j, const char* key) {
  std::vector<std::string> v;
  if (j.contains(key) && j[key].is_array()) {
    for (const Json& x : j[key]) {
      if (x.is_string()) v.push_back(x.get<std::string>());
    }
  }
  return v;
}

}  // namespace

const CatalogEntry* Catalog::find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &entries[it->second];
}

const CatalogEntry* Catalog::find(std::string_view id, std::string_view kind) const {
  const CatalogEntry* e = find(id);
  return e && e->kind == kind ? e : nullptr;
}

const Milestone* Catalog::milestone(std::string_view id) const {
  auto it = ms_by_id_.find(std::string(id));
  return it == ms_by_id_.end() ? nullptr : &timeline[it->second];
}

const Source* Catalog::source(std::string_view id) const {
  for (const Source& s : sources) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

const std::vector<const CatalogEntry*>& Catalog::of_kind(std::string_view kind) const {
  static const std::vector<const CatalogEntry*> none;
  auto it = by_kind_.find(kind);
  return it == by_kind_.end() ? none : it->second;
}

namespace {

// Hash of an id for the lookup table: the first and the last eight bytes and the length (ids of
// up to 16 bytes are covered whole; longer ones that differ only inside meet in the probe, which
// compares the ids). A few instructions instead of a loop over every byte.
std::uint32_t id_hash(std::string_view s) {
  const std::size_t n = s.size();
  std::uint64_t a = 0, b = n;
  if (n >= 8) {
    std::memcpy(&a, s.data(), 8);
    std::memcpy(&b, s.data() + n - 8, 8);
  } else {
    for (char ch : s) a = a << 8 | static_cast<unsigned char>(ch);
  }
  std::uint64_t h = a * 0x9E3779B97F4A7C15ull ^ b ^ n;  // then a 64-bit finaliser: every bit counts
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 33;
  return static_cast<std::uint32_t>(h);
}

// Builds an open-addressing table (power-of-two size, at least four times the keys).
template <class Vec>
std::vector<std::uint16_t> build_slots(const Vec& items) {
  std::size_t n = 16;
  while (n < 4 * items.size()) n *= 2;
  std::vector<std::uint16_t> slots(n, kNoIndex);
  for (std::size_t i = 0; i < items.size() && i < kNoIndex; ++i) {
    std::size_t k = id_hash(items[i].id) & (n - 1);
    bool dup = false;
    while (slots[k] != kNoIndex) {
      if (items[slots[k]].id == items[i].id) {
        dup = true;  // the first of duplicate ids wins, as with the map
        break;
      }
      k = (k + 1) & (n - 1);
    }
    if (!dup) slots[k] = static_cast<std::uint16_t>(i);
  }
  return slots;
}

template <class Vec>
std::uint16_t probe(const std::vector<std::uint16_t>& slots, const Vec& items, std::string_view id) {
  if (slots.empty()) return kNoIndex;
  const std::size_t mask = slots.size() - 1;
  for (std::size_t k = id_hash(id) & mask;; k = (k + 1) & mask) {
    std::uint16_t i = slots[k];
    if (i == kNoIndex || same_id(items[i].id, id)) return i;
  }
}

}  // namespace

std::uint16_t Catalog::index_of(std::string_view id) const { return probe(slots_, entries, id); }

std::uint16_t Catalog::milestone_index_of(std::string_view id) const { return probe(ms_slots_, timeline, id); }

void Catalog::index() {
  by_id_.clear();
  ms_by_id_.clear();
  by_kind_.clear();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    by_id_.emplace(entries[i].id, i);
    by_kind_[entries[i].kind].push_back(&entries[i]);
  }
  for (std::size_t i = 0; i < timeline.size(); ++i) ms_by_id_.emplace(timeline[i].id, i);
  slots_ = build_slots(entries);
  ms_slots_ = build_slots(timeline);

  // The engine's view: strings resolved to codes and indices once.
  engine = Engine{};
  for (std::size_t i = 0; i < entries.size() && i < kNoIndex; ++i) {
    CatalogEntry& e = entries[i];
    const std::string& t = e.trigger;
    e.index = static_cast<std::uint16_t>(i);
    e.trigger_code = t == "gpai"                    ? Trigger::gpai
                     : t == "gpai_systemic"         ? Trigger::gpai_systemic
                     : t == "in_scope"              ? Trigger::in_scope
                     : t == "prohibited"            ? Trigger::prohibited
                     : t == "high_risk_provider" || t == "high_risk_deployer" || t == "importer_high_risk" ||
                             t == "distributor_high_risk" || t == "authorised_rep_high_risk"
                         ? Trigger::high_risk
                     : t == "high_risk_deployer_annex3"    ? Trigger::high_risk_deployer_annex3
                     : t == "fria"                         ? Trigger::fria
                     : t == "public_deployer_registration" ? Trigger::public_deployer_registration
                     : t == "derogation_6_3"               ? Trigger::derogation_6_3
                                                           : Trigger::none;
    e.fria_scope = e.fria == "all_deployers"             ? FriaScope::all_deployers
                   : e.fria == "public_or_public_service" ? FriaScope::public_or_public_service
                                                          : FriaScope::none;
    e.registration_kind = e.registration == "eu_non_public" ? RegistrationKind::eu_non_public
                          : e.registration == "eu"          ? RegistrationKind::eu
                          : e.registration == "national"    ? RegistrationKind::national
                                                            : RegistrationKind::none;
    e.conformity_annex6_or_7 = e.conformity == "annex6_or_annex7";
    e.effect_out_of_scope = e.effect == "out_of_scope";
    e.section_b = e.section == "B";
    e.date_of = e.milestone == "@route"        ? DateOf::route
                : e.milestone == "@gpai"       ? DateOf::gpai
                : e.milestone == "@prohibited" ? DateOf::prohibited
                                               : DateOf::milestone;
    e.milestone_index = e.milestone.empty() ? kNoIndex : milestone_index_of(e.milestone);
    e.value_chain_field = e.profile_field == "own_name_on_high_risk"      ? ValueChainField::own_name_on_high_risk
                          : e.profile_field == "substantial_modification" ? ValueChainField::substantial_modification
                          : e.profile_field == "repurposed_to_high_risk"  ? ValueChainField::repurposed_to_high_risk
                                                                          : ValueChainField::none;
    e.moved_to_index = e.moved_to.empty() ? kNoIndex : index_of(e.moved_to);
    e.fine_mask = 0;
    auto role_of = [](const std::string& r) {
      const std::vector<std::string>& all = all_roles();
      for (std::size_t k = 0; k < all.size() && k < static_cast<std::size_t>(Role::other); ++k) {
        if (all[k] == r) return static_cast<Role>(k);
      }
      return Role::other;
    };
    e.role_enums.clear();
    e.role_bits = 0;
    e.names_other_role = false;
    for (const std::string& r : e.roles) {
      const Role role = role_of(r);
      e.role_enums.push_back(role);
      if (role == Role::other) e.names_other_role = true;
      else e.role_bits |= 1u << static_cast<unsigned>(role);
    }
    e.binds_role = role_of(e.binds);
  }
  auto ids = [&](std::initializer_list<std::pair<std::uint16_t*, const char*>> l) {
    for (const auto& [slot, id] : l) *slot = index_of(id);
  };
  Engine& g = engine;
  ids({{&g.def_ai_5, "def.ai.5"}, {&g.art2_2, "excl.2.2"}, {&g.art2_12, "excl.2.12"}, {&g.art4, "art4"},
       {&g.art5, "art5"}, {&g.art6_3_profiling, "art6.3.profiling"}, {&g.art25_3, "art25.3"},
       {&g.art27, "art27"}, {&g.art43, "art43"}, {&g.art49, "art49"}, {&g.art50_2, "art50.2"},
       {&g.art51_1_b, "art51.1.b"}, {&g.art51_2, "art51.2"}, {&g.art53, "art53"}, {&g.art53_1_a, "art53.1.a"},
       {&g.art53_2, "art53.2"}, {&g.art99_5, "art99.5"}, {&g.art101, "art101"},
       {&g.art111_3, "art111.3"}});
  for (const auto& [slot, id] : std::initializer_list<std::pair<std::uint16_t*, const char*>>{
           {&g.tl_annex3, "tl.annex3"}, {&g.tl_annex1, "tl.annex1"}, {&g.tl_general, "tl.general"},
           {&g.tl_art50_2_legacy, "tl.art50_2_legacy"}, {&g.tl_gpai_gov, "tl.gpai_gov"},
           {&g.tl_gpai_legacy, "tl.gpai_legacy"}, {&g.tl_ch1_2, "tl.ch1_2"}}) {
    *slot = milestone_index_of(id);
  }
  auto kind_list = [&](std::string_view kind, std::vector<std::uint16_t>& out) {
    for (const CatalogEntry* e : of_kind(kind)) out.push_back(e->index);
  };
  kind_list("obligation", g.obligations);
  std::fill(std::begin(g.obligations_by_trigger), std::end(g.obligations_by_trigger), std::uint64_t{0});
  std::fill(std::begin(g.obligations_by_role), std::end(g.obligations_by_role), std::uint64_t{0});
  g.obligations_any_role = 0;
  if (g.obligations.size() <= 64) {
    for (std::size_t i = 0; i < g.obligations.size(); ++i) {
      const CatalogEntry& e = entries[g.obligations[i]];
      const std::uint64_t bit = std::uint64_t{1} << i;
      const auto t = static_cast<std::size_t>(e.trigger_code);
      if (t < std::size(g.obligations_by_trigger)) g.obligations_by_trigger[t] |= bit;
      const bool model_duty = e.trigger_code == Trigger::gpai || e.trigger_code == Trigger::gpai_systemic;
      if (model_duty || e.names_other_role) g.obligations_any_role |= bit;
      for (std::size_t r = 0; r < std::size(g.obligations_by_role); ++r) {
        if (e.role_bits >> r & 1u) g.obligations_by_role[r] |= bit;
      }
    }
  }
  kind_list("transparency_duty", g.transparency_duties);
  kind_list("role_change", g.role_changes);
  for (const CatalogEntry* t : of_kind("fine_tier")) {
    if (t->rule == "lower" || t->id == "art100" || g.fine_tiers.size() >= 8) continue;
    const auto bit = static_cast<std::uint8_t>(1u << g.fine_tiers.size());
    if (t->index == g.art99_5) g.fine_tier_art99_5 = bit;
    g.fine_tiers.push_back(t->index);
    for (const std::string& covered : t->covers) {
      std::uint16_t k = index_of(covered);
      if (k != kNoIndex) entries[k].fine_mask = static_cast<std::uint8_t>(entries[k].fine_mask | bit);
    }
  }
  // Which tiers each "lower amount" rule lowers, for which kind of company: data, not code.
  g.lower_sme = {};
  g.lower_small_midcap = {};
  for (const CatalogEntry* t : of_kind("fine_tier")) {
    if (t->rule != "lower") continue;
    Engine::LowerRule* r = t->applies_to == "sme"            ? &g.lower_sme
                           : t->applies_to == "small_midcap" ? &g.lower_small_midcap
                                                             : nullptr;
    if (!r) continue;
    r->entry = t->index;
    for (const std::string& covered : t->covers) {
      for (std::size_t b = 0; b < g.fine_tiers.size(); ++b) {
        if (entries[g.fine_tiers[b]].id == covered) r->tiers = static_cast<std::uint8_t>(r->tiers | (1u << b));
      }
    }
  }
}

std::optional<Catalog> load_catalog(std::string_view text, std::string& error) {
  InputError err;
  auto doc = parse_json(text, "assets/ai-act/catalog.json", err);
  if (!doc) {
    error = err.to_string();
    return std::nullopt;
  }
  const Json& d = *doc;
  if (!d.is_object() || str_of(d, "format") != "aims-ai-act-catalog") {
    error = "not an AI Act catalog (format must be aims-ai-act-catalog)";
    return std::nullopt;
  }
  Catalog c;
  c.version = static_cast<int>(num_of(d, "version"));
  c.legal_status_as_of = str_of(d, "legal_status_as_of");
  if (d.contains("sources") && d["sources"].is_array()) {
    for (const Json& s : d["sources"]) {
      c.sources.push_back({str_of(s, "id"), text_of(s, "title"), str_of(s, "status"), text_of(s, "note")});
    }
  }
  if (d.contains("timeline") && d["timeline"].is_array()) {
    for (const Json& m : d["timeline"]) {
      Milestone ms;
      ms.id = str_of(m, "id");
      ms.title = text_of(m, "title");
      ms.date_enacted = str_of(m, "date_enacted");
      ms.date_amended = str_of(m, "date_amended");
      ms.status = str_of(m, "status");
      ms.source = str_of(m, "source");
      c.timeline.push_back(std::move(ms));
    }
  }
  if (!d.contains("entries") || !d["entries"].is_array()) {
    error = "catalog has no entries";
    return std::nullopt;
  }
  for (const Json& j : d["entries"]) {
    if (!j.is_object()) continue;
    CatalogEntry e;
    e.id = str_of(j, "id");
    e.kind = str_of(j, "kind");
    e.ref = text_of(j, "ref");
    e.title = text_of(j, "title");
    e.summary = text_of(j, "summary");
    e.note = text_of(j, "note");
    e.status = str_of(j, "status");
    e.source = str_of(j, "source");
    e.milestone = str_of(j, "milestone");
    e.binds = str_of(j, "binds");
    e.section = str_of(j, "section");
    e.legislation = str_of(j, "legislation");
    e.moved_to = str_of(j, "moved_to");
    e.area = str_of(j, "area");
    e.conformity = str_of(j, "conformity");
    e.registration = str_of(j, "registration");
    e.fria = str_of(j, "fria");
    e.trigger = str_of(j, "trigger");
    e.profile_field = str_of(j, "profile_field");
    e.effect = str_of(j, "effect");
    e.rule = str_of(j, "rule");
    e.applies_to = str_of(j, "applies_to");
    e.definition_ref = str_of(j, "definition_ref");
    e.roles = list_of(j, "roles");
    e.covers = list_of(j, "covers");
    e.has_exception = j.value("has_exception", false);
    e.selectable = j.value("selectable", false);
    e.area_number = static_cast<int>(num_of(j, "area_number"));
    e.amount_eur = num_of(j, "amount_eur");
    e.percent = num_of(j, "percent");
    e.threshold_flop = num_of(j, "threshold_flop");
    e.exception = text_of(j, "exception");
    e.carve_out = text_of(j, "carve_out");
    e.question = text_of(j, "question");
    e.examples = text_of(j, "examples");
    c.entries.push_back(std::move(e));
  }
  c.index();
  return c;
}

std::vector<std::string> check_catalog(const Catalog& c) {
  std::vector<std::string> problems;
  auto both = [&](const Text& t, const std::string& where) {
    if (t.en.empty() || t.de.empty()) problems.push_back(where + ": English or German text missing");
  };
  if (!valid_iso_date(c.legal_status_as_of)) problems.push_back("legal_status_as_of is not a date");
  std::set<std::string> ids;
  std::set<std::string> source_ids;
  for (const Source& s : c.sources) source_ids.insert(s.id);
  for (const Milestone& m : c.timeline) {
    if (!ids.insert(m.id).second) problems.push_back("duplicate id " + m.id);
    if (!m.date_enacted.empty() && !valid_iso_date(m.date_enacted)) problems.push_back(m.id + ": bad date_enacted");
    if (!valid_iso_date(m.date_amended)) problems.push_back(m.id + ": bad date_amended");
    if (!source_ids.count(m.source)) problems.push_back(m.id + ": unknown source " + m.source);
    both(m.title, m.id + ".title");
  }
  static const std::set<std::string> statuses{"law", "amended", "guidance", "proposal", "unverified", "own"};
  for (const CatalogEntry& e : c.entries) {
    if (e.id.empty()) problems.push_back("entry without id");
    if (!ids.insert(e.id).second) problems.push_back("duplicate id " + e.id);
    if (!statuses.count(e.status)) problems.push_back(e.id + ": unknown status '" + e.status + "'");
    if (!source_ids.count(e.source)) problems.push_back(e.id + ": unknown source '" + e.source + "'");
    both(e.ref, e.id + ".ref");
    both(e.title, e.id + ".title");
    both(e.summary, e.id + ".summary");
    if (!e.milestone.empty() && e.milestone[0] != '@' && !c.milestone(e.milestone)) {
      problems.push_back(e.id + ": unknown milestone " + e.milestone);
    }
    if (!e.moved_to.empty() && !c.find(e.moved_to)) problems.push_back(e.id + ": moved_to unknown " + e.moved_to);
    if (!e.area.empty() && !c.find(e.area) && e.area != e.id) problems.push_back(e.id + ": unknown area " + e.area);
    for (const std::string& r : e.roles) {
      if (!c.find("role." + r)) problems.push_back(e.id + ": unknown role " + r);
    }
    if (!e.binds.empty() && !c.find("role." + e.binds)) problems.push_back(e.id + ": unknown role " + e.binds);
    if (e.kind == "obligation" && (e.roles.empty() || e.trigger.empty() || e.milestone.empty())) {
      problems.push_back(e.id + ": obligation needs roles, trigger and milestone");
    }
  }
  // covers may name entries anywhere in the catalog
  for (const CatalogEntry& e : c.entries) {
    for (const std::string& id : e.covers) {
      if (!c.find(id)) problems.push_back(e.id + ": covers unknown id " + id);
    }
  }
  return problems;
}

namespace {

// A SAX reader that stops at the first top-level member named `key` holding a string.
class TopLevelString final : public Json::json_sax_t {
 public:
  explicit TopLevelString(std::string_view key) : key_(key) {}
  std::string value;

  bool null() override { return scalar(); }
  bool boolean(bool) override { return scalar(); }
  bool number_integer(number_integer_t) override { return scalar(); }
  bool number_unsigned(number_unsigned_t) override { return scalar(); }
  bool number_float(number_float_t, const string_t&) override { return scalar(); }
  bool string(string_t& v) override {
    if (wanted_ && depth_ == 1) {
      value = v;
      return false;  // found: read no further
    }
    return scalar();
  }
  bool binary(binary_t&) override { return scalar(); }
  bool start_object(std::size_t) override { return open(); }
  bool key(string_t& k) override {
    wanted_ = depth_ == 1 && k == key_;
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  bool scalar() {
    wanted_ = false;
    return true;
  }
  bool open() {
    wanted_ = false;
    ++depth_;
    return true;
  }
  bool close() {
    --depth_;
    return true;
  }
  std::string_view key_;
  int depth_ = 0;
  bool wanted_ = false;
};

}  // namespace

std::string top_level_string(std::string_view json_text, std::string_view key) {
  TopLevelString reader(key);
  Json::sax_parse(json_text.begin(), json_text.end(), &reader, Json::input_format_t::json,
                            /*strict=*/false);
  return reader.value;
}

std::string ai_act_legal_status_as_of() {
  return top_level_string(assets::find("assets/ai-act/catalog.json"), "legal_status_as_of");
}

const Catalog* ai_act_catalog() {
  static const std::optional<Catalog> cat = [] {
    std::string error;
    auto c = load_catalog(assets::find("assets/ai-act/catalog.json"), error);
    return c;
  }();
  return cat ? &*cat : nullptr;
}

}  // namespace aims
