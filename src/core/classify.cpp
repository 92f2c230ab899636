// Classification engine. Sections:
//   [texts]      the engine's one-line reasons (assets/ai-act/engine-texts.json)
//   [helpers]    small list and date helpers
//   [rules]      the rules in the order of the contract, each writing one trace step
//   [obligations] obligations from the catalog triggers, deadlines, fines
//   [json]       the classification as JSON
#include "core/classify.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
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
bool has(const std::vector<std::string>& v, std::string_view x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

std::string join(const std::vector<std::string>& v, const char* sep = ", ") {
  std::string s;
  for (const std::string& x : v) {
    if (!s.empty()) s += sep;
    s += x;
  }
  return s;
}

// "2027-12-02" < "2028-08-02": ISO dates compare as text.
std::string earliest(const std::vector<std::string>& dates) {
  std::string best;
  for (const std::string& d : dates) {
    if (!d.empty() && (best.empty() || d < best)) best = d;
  }
  return best;
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

Json ids_json(const std::vector<std::string>& v) { return Json(v); }

// [rules] ----------------------------------------------------------------------------------
struct Ctx {
  const Profile& p;
  const Catalog& cat;
  const ClassifyOptions& opt;
  Classification& out;

  std::string ref(std::string_view id) const {
    const CatalogEntry* e = cat.find(id);
    return e ? e->ref.get(opt.lang) : std::string(id);
  }
  std::string date(std::string_view milestone) const {
    const Milestone* m = cat.milestone(milestone);
    return m ? m->date(opt.basis) : std::string();
  }
  void step(std::string rule, std::string ref_text, Json inputs, Json result, std::string because) {
    out.trace.push_back({std::move(rule), std::move(ref_text), std::move(inputs), std::move(result),
                         std::move(because)});
  }
  void question(std::string q) {
    if (!has(out.open_questions, q)) out.open_questions.push_back(std::move(q));
  }
  std::string say(std::string_view key, const Vars& vars = {}) const { return aims::say(opt.lang, key, vars); }
};

// Trace steps are built only when the caller wants the explanation: the arguments (JSON
// inputs, references, reasons) are not even evaluated otherwise.
#define STEP(...)                 \
  do {                            \
    if (c.opt.explain) c.step(__VA_ARGS__); \
  } while (0)

// Which Annex I act a profile names, after the Omnibus move (A.1 machinery -> B.21).
std::string effective_annex1_act(Ctx& c) {
  if (!c.p.annex1.act) return {};
  std::string act = *c.p.annex1.act;
  const CatalogEntry* e = c.cat.find(act);
  if (e && !e->moved_to.empty() && c.opt.basis == DateBasis::amended) {
    STEP("annex1.omnibus", c.ref(act), {{"act", act}}, e->moved_to,
           c.say("annex1.moved", {{"ids", act}, {"to", e->moved_to}}));
    return e->moved_to;
  }
  return act;
}

}  // namespace

bool Classification::has_obligation(const std::string& id) const {
  for (const Obligation& o : obligations) {
    if (o.id == id) return true;
  }
  return false;
}

int risk_class_rank(const std::string& rc) {
  static const std::vector<std::string> order{"prohibited", "high_risk", "limited_risk", "minimal_risk",
                                              "out_of_scope", "not_ai_system"};
  auto it = std::find(order.begin(), order.end(), rc);
  return it == order.end() ? static_cast<int>(order.size()) : static_cast<int>(it - order.begin());
}

Classification classify(const Profile& p, const Catalog& cat, const ClassifyOptions& opt) {
  Classification out;
  out.system = p.id;
  out.name = p.name;
  out.legal_status_as_of = cat.legal_status_as_of;
  out.date_basis = opt.basis == DateBasis::amended ? "amended" : "enacted";
  out.as_of = opt.as_of.empty() ? cat.legal_status_as_of : opt.as_of;
  Ctx c{p, cat, opt, out};
  const Lang L = opt.lang;
  (void)L;

  // 1. Art. 3(1): is it an AI system?
  if (p.ai_system == "no") {
    STEP("ai_system", c.ref("def.ai.5"), {{"ai_system", p.ai_system}}, false, c.say("def.no"));
  } else if (p.ai_system == "unsure") {
    STEP("ai_system", c.ref("def.ai.5"), {{"ai_system", p.ai_system}}, "unsure", c.say("def.unsure"));
    c.question(c.say("oq.ai_system_unsure"));
  } else {
    STEP("ai_system", c.ref("def.ai.5"), {{"ai_system", p.ai_system}}, true, c.say("def.yes"));
  }
  const bool is_ai = p.ai_system != "no";

  // 2. Art. 2(1): territorial scope.
  bool in_scope = true;
  if (is_ai) {
    if (!p.eu_nexus) {
      STEP("scope.eu_nexus", c.say("ref.art2_1"), {{"eu_nexus", false}}, false, c.say("scope.no_nexus"));
      in_scope = false;
    } else {
      STEP("scope.eu_nexus", c.say("ref.art2_1"), {{"eu_nexus", true}}, true, c.say("scope.nexus"));
    }
  }

  // 3. Art. 2 exclusions other than the open-source one (which depends on the rest).
  std::vector<std::string> hard_excl;
  for (const std::string& x : p.exclusions) {
    const CatalogEntry* e = cat.find(x);
    if (e && e->effect == "out_of_scope") hard_excl.push_back(x);
  }
  const bool foss = has(p.exclusions, "excl.2.12");
  if (is_ai && in_scope) {
    if (!hard_excl.empty()) {
      std::vector<std::string> refs;
      for (const auto& x : hard_excl) refs.push_back(c.ref(x));
      STEP("scope.exclusions", join(refs), {{"exclusions", p.exclusions}}, true,
             c.say("scope.excluded", {{"ids", join(refs)}}));
      in_scope = false;
    } else if (!foss) {
      STEP("scope.exclusions", c.say("ref.art2_excl"), {{"exclusions", p.exclusions}}, false, c.say("scope.none"));
    }
  }
  // The GPAI chapter applies to the model whatever the system's class (Art. 2(1)(a)).
  const bool gpai_in_scope = p.gpai.model && p.eu_nexus && hard_excl.empty();

  // 4.-8. The substance, only for AI systems in scope.
  std::vector<std::string> routes_annex3;
  std::string route_annex1;  // act id
  bool annex1_section_b = false;
  if (is_ai && in_scope) {
    // 4. Art. 5 prohibited practices and their exceptions.
    std::vector<std::string> excepted, invalid;
    for (const std::string& x : p.prohibited_practices) {
      bool claims = has(p.prohibited_exceptions, x);
      const CatalogEntry* e = cat.find(x);
      if (claims && e && e->has_exception) {
        excepted.push_back(x);
      } else {
        if (claims) invalid.push_back(x);
        out.prohibited_practices.push_back(x);
      }
    }
    if (!excepted.empty()) {
      STEP("art5.exceptions", c.say("ref.art5_1"), {{"prohibited_exceptions", p.prohibited_exceptions}}, ids_json(excepted),
             c.say("art5.exception", {{"ids", join(excepted)}}));
    }
    if (!invalid.empty()) {
      STEP("art5.exceptions", c.say("ref.art5_1"), {{"prohibited_exceptions", p.prohibited_exceptions}}, false,
             c.say("art5.exception_invalid", {{"ids", join(invalid)}}));
      c.question(c.say("oq.exception_invalid", {{"ids", join(invalid)}}));
    }
    {
      std::vector<std::string> refs;
      for (const auto& x : out.prohibited_practices) refs.push_back(c.ref(x));
      STEP("art5", refs.empty() ? c.say("ref.art5_1") : join(refs),
             {{"prohibited_practices", p.prohibited_practices}, {"prohibited_exceptions", p.prohibited_exceptions}},
             !out.prohibited_practices.empty(),
             out.prohibited_practices.empty() ? c.say("art5.none")
                                              : c.say("art5.prohibited", {{"ids", join(refs)}}));
    }

    // 5. Art. 6(1) and Annex I.
    std::string act = effective_annex1_act(c);
    Json a1_in = {{"act", p.annex1.act ? Json(*p.annex1.act) : Json(nullptr)},
                  {"safety_component", p.annex1.safety_component},
                  {"third_party_conformity", p.annex1.third_party_conformity}};
    if (act.empty()) {
      STEP("annex1", c.say("ref.art6_1"), a1_in, false, c.say("annex1.none"));
    } else if (p.annex1.safety_component && p.annex1.third_party_conformity) {
      route_annex1 = act;
      const CatalogEntry* e = cat.find(act);
      annex1_section_b = e && e->section == "B";
      STEP("annex1", c.say("ref.art6_1") + ", " + c.ref(act), a1_in, true, c.say("annex1.route", {{"ids", c.ref(act)}}));
    } else {
      STEP("annex1", c.say("ref.art6_1") + ", " + c.ref(act), a1_in, false, c.say("annex1.not_both", {{"ids", c.ref(act)}}));
      if (!p.annex1.safety_component && !p.annex1.third_party_conformity) {
        c.question(c.say("oq.annex1_incomplete", {{"ids", c.ref(act)}}));
      }
    }

    // 6. Art. 6(2) and Annex III.
    {
      std::vector<std::string> refs;
      for (const auto& x : p.annex3) refs.push_back(c.ref(x));
      STEP("annex3", p.annex3.empty() ? c.say("ref.art6_2") : c.say("ref.art6_2_short") + ", " + join(refs),
             {{"annex3", p.annex3}}, !p.annex3.empty(),
             p.annex3.empty() ? c.say("annex3.none") : c.say("annex3.match", {{"ids", join(refs)}}));
    }

    // 7. Art. 6(3) derogation and the profiling override.
    const bool claimed = !p.art6_3.conditions.empty() || p.art6_3.no_material_influence;
    Json d_in = {{"conditions", p.art6_3.conditions},
                 {"no_material_influence", p.art6_3.no_material_influence},
                 {"profiling", p.profiling}};
    if (p.annex3.empty()) {
      out.derogation_6_3 = "n/a";
      if (claimed) STEP("art6_3", c.say("ref.art6_3"), d_in, "n/a", c.say("art63.na"));
      routes_annex3.clear();
    } else if (p.profiling) {
      out.derogation_6_3 = "blocked_by_profiling";
      STEP("art6_3", c.ref("art6.3.profiling"), d_in, out.derogation_6_3, c.say("art63.blocked"));
      routes_annex3 = p.annex3;
    } else if (!claimed) {
      out.derogation_6_3 = "not_claimed";
      STEP("art6_3", c.say("ref.art6_3"), d_in, out.derogation_6_3, c.say("art63.not_claimed"));
      routes_annex3 = p.annex3;
    } else if (p.art6_3.conditions.empty() || !p.art6_3.no_material_influence) {
      out.derogation_6_3 = "conditions_not_met";
      STEP("art6_3", c.say("ref.art6_3"), d_in, out.derogation_6_3, c.say("art63.not_met"));
      routes_annex3 = p.annex3;
    } else {
      out.derogation_6_3 = "applies";
      std::vector<std::string> refs;
      for (const auto& x : p.art6_3.conditions) refs.push_back(c.ref(x));
      STEP("art6_3", c.say("ref.art6_3") + ", " + join(refs), d_in, out.derogation_6_3,
             c.say("art63.applies", {{"ids", join(refs)}}));
    }

    // 8. Art. 50 transparency.
    std::vector<std::string> lifted;
    for (const std::string& x : p.transparency) {
      if (has(p.transparency_exceptions, x)) lifted.push_back(x);
      else out.transparency.push_back(x);
    }
    if (!lifted.empty()) {
      STEP("art50.exceptions", c.say("ref.art50"), {{"transparency_exceptions", p.transparency_exceptions}},
             ids_json(lifted), c.say("art50.exception", {{"ids", join(lifted)}}));
    }
    {
      std::vector<std::string> refs;
      for (const auto& x : out.transparency) refs.push_back(c.ref(x));
      STEP("art50", refs.empty() ? c.say("ref.art50") : join(refs),
             {{"transparency", p.transparency}, {"transparency_exceptions", p.transparency_exceptions}},
             !out.transparency.empty(),
             out.transparency.empty() ? c.say("art50.none") : c.say("art50.remain", {{"ids", join(refs)}}));
    }
  }

  // High-risk routes (listed also when the system is prohibited as well).
  for (const auto& r : routes_annex3) out.high_risk_routes.push_back(r);
  if (!route_annex1.empty()) out.high_risk_routes.push_back(route_annex1);
  const bool high_risk = !out.high_risk_routes.empty();
  const bool prohibited = !out.prohibited_practices.empty();

  // Art. 2(12): open-source systems are excluded unless prohibited, high-risk or Art. 50.
  if (is_ai && in_scope && foss) {
    if (!prohibited && !high_risk && out.transparency.empty()) {
      STEP("scope.open_source", c.ref("excl.2.12"), {{"exclusions", p.exclusions}}, true,
             c.say("scope.foss_excluded"));
      in_scope = false;
      out.high_risk_routes.clear();
      out.derogation_6_3 = "n/a";
    } else {
      STEP("scope.open_source", c.ref("excl.2.12"), {{"exclusions", p.exclusions}}, false,
             c.say("scope.foss_not_excluded"));
    }
  }

  // 9. General-purpose AI models (Chapter V).
  bool systemic = false;
  std::string gpai_date;
  if (gpai_in_scope) {
    const CatalogEntry* thr = cat.find("art51.2");
    double threshold = thr && thr->threshold_flop > 0 ? thr->threshold_flop : 1e25;
    Json g_in = {{"model", true},
                 {"training_flop", p.gpai.training_flop ? Json(*p.gpai.training_flop) : Json(nullptr)},
                 {"designated_systemic", p.gpai.designated_systemic},
                 {"open_source", p.gpai.open_source}};
    if (p.gpai.training_flop && *p.gpai.training_flop > threshold) {
      systemic = true;
      STEP("gpai", c.ref("art51.2"), g_in, "gpai_systemic",
             c.say("gpai.systemic_flop", {{"flop", fmt_flop(*p.gpai.training_flop)}}));
    } else if (p.gpai.designated_systemic) {
      systemic = true;
      STEP("gpai", c.ref("art51.1.b"), g_in, "gpai_systemic", c.say("gpai.systemic_designated"));
    } else {
      STEP("gpai", c.ref("art53.1.a"), g_in, "gpai", c.say("gpai.gpai"));
      if (!p.gpai.training_flop) c.question(c.say("oq.gpai_flop_unknown"));
    }
    out.gpai = systemic ? "gpai_systemic" : "gpai";
    if (p.gpai.open_source && !systemic) {
      STEP("gpai.open_source", c.ref("art53.2"), {{"open_source", true}}, true, c.say("gpai.open_source"));
    }
    gpai_date = c.date("tl.gpai_gov");
    if (p.on_market_since && *p.on_market_since < c.date("tl.gpai_gov")) {
      gpai_date = c.date("tl.gpai_legacy");
      STEP("gpai.legacy", c.ref("art111.3"), {{"on_market_since", *p.on_market_since}}, gpai_date,
             c.say("gpai.legacy", {{"date", gpai_date}}));
    }
  } else if (is_ai && in_scope) {
    STEP("gpai", c.say("ref.art51"), {{"model", false}}, "none", c.say("gpai.none"));
  }

  // 10. Art. 25: role changes along the value chain.
  out.effective_roles = p.roles;
  if (is_ai && in_scope) {
    std::vector<std::string> triggers;
    for (const CatalogEntry* e : cat.of_kind("role_change")) {
      const std::string& f = e->profile_field;
      bool set = (f == "own_name_on_high_risk" && p.value_chain.own_name_on_high_risk) ||
                 (f == "substantial_modification" && p.value_chain.substantial_modification) ||
                 (f == "repurposed_to_high_risk" && p.value_chain.repurposed_to_high_risk);
      if (set) triggers.push_back(e->id);
    }
    Json v_in = {{"roles", p.roles},
                 {"own_name_on_high_risk", p.value_chain.own_name_on_high_risk},
                 {"substantial_modification", p.value_chain.substantial_modification},
                 {"repurposed_to_high_risk", p.value_chain.repurposed_to_high_risk}};
    std::vector<std::string> refs;
    for (const auto& t : triggers) refs.push_back(c.ref(t));
    if (triggers.empty()) {
      STEP("art25", c.say("ref.art25_1"), v_in, false, c.say("art25.none"));
    } else if (!high_risk) {
      STEP("art25", join(refs), v_in, false, c.say("art25.no_effect", {{"ids", join(refs)}}));
      if (p.value_chain.repurposed_to_high_risk) c.question(c.say("oq.repurposed_no_point"));
    } else if (has(out.effective_roles, "provider")) {
      STEP("art25", join(refs), v_in, false, c.say("art25.already"));
    } else {
      out.effective_roles.push_back("provider");
      STEP("art25", join(refs), v_in, true, c.say("art25.provider", {{"ids", join(refs)}}));
    }
    // Art. 25(3): Annex I Section A product manufacturer counts as the provider.
    if (!route_annex1.empty() && !annex1_section_b && has(p.roles, "product_manufacturer") &&
        !has(out.effective_roles, "provider")) {
      out.effective_roles.push_back("provider");
      STEP("art25.3", c.ref("art25.3"), {{"roles", p.roles}, {"act", route_annex1}}, true, c.say("art25.3"));
    }
    if (p.roles.empty()) c.question(c.say("oq.no_roles"));
  }

  // 11. Risk class, most severe first.
  if (!is_ai) out.risk_class = "not_ai_system";
  else if (!in_scope) out.risk_class = "out_of_scope";
  else if (prohibited) out.risk_class = "prohibited";
  else if (high_risk) out.risk_class = "high_risk";
  else if (!out.transparency.empty()) out.risk_class = "limited_risk";
  else out.risk_class = "minimal_risk";
  if (out.risk_class == "not_ai_system" || out.risk_class == "out_of_scope") {
    out.high_risk_routes.clear();
    out.transparency.clear();
    out.prohibited_practices.clear();
    out.derogation_6_3 = "n/a";
    routes_annex3.clear();
    route_annex1.clear();
  }
  {
    std::vector<std::string> refs;
    for (const auto& r : out.high_risk_routes) refs.push_back(c.ref(r));
    STEP("risk_class", c.say("ref.class"), {{"prohibited", prohibited}, {"high_risk_routes", out.high_risk_routes},
                                          {"transparency", out.transparency}},
           out.risk_class, c.say("class." + out.risk_class, {{"ids", join(refs)}}));
  }
  const bool hr = out.risk_class == "high_risk";
  const bool pure_section_b = hr && routes_annex3.empty() && annex1_section_b;
  if (pure_section_b) {
    STEP("annex1.section_b", c.ref("excl.2.2"), {{"act", route_annex1}}, true, c.say("annex1.section_b"));
  }
  const bool is_provider = has(out.effective_roles, "provider");
  const bool is_deployer = has(out.effective_roles, "deployer");

  // 12. Art. 27 FRIA.
  if (hr && is_deployer && !routes_annex3.empty()) {
    for (const auto& r : routes_annex3) {
      const CatalogEntry* e = cat.find(r);
      if (!e) continue;
      if (e->fria == "all_deployers" ||
          (e->fria == "public_or_public_service" && (p.deployer_type.public_body || p.deployer_type.public_service))) {
        out.fria_required = true;
      }
    }
  }
  if (is_deployer && (hr || prohibited)) {
    STEP("fria", c.ref("art27"),
           {{"roles", out.effective_roles}, {"annex3", routes_annex3},
            {"public_body", p.deployer_type.public_body}, {"public_service", p.deployer_type.public_service}},
           out.fria_required, out.fria_required ? c.say("fria.yes") : c.say("fria.no"));
  }

  // 13./14. Registration (Art. 49) and conformity assessment (Art. 43) for the provider.
  if (prohibited && is_provider) {
    STEP("registration", c.say("ref.art49"), {{"risk_class", out.risk_class}}, "none", c.say("prohibited.no_market"));
  } else if (is_provider && in_scope && is_ai) {
    if (hr && !routes_annex3.empty()) {
      bool np = false, eu = false, nat = false;
      for (const auto& r : routes_annex3) {
        const CatalogEntry* e = cat.find(r);
        if (!e) continue;
        np = np || e->registration == "eu_non_public";
        eu = eu || e->registration == "eu";
        nat = nat || e->registration == "national";
      }
      out.registration = np ? "eu_non_public" : eu ? "eu" : nat ? "national" : "none";
    } else if (out.derogation_6_3 == "applies") {
      out.registration = "art49.2";
    }
    if (hr) {
      if (!route_annex1.empty()) out.conformity_assessment = "sectoral";
      else {
        bool point1 = false;
        for (const auto& r : routes_annex3) {
          const CatalogEntry* e = cat.find(r);
          if (e && e->conformity == "annex6_or_annex7") point1 = true;
        }
        out.conformity_assessment = point1 ? "annex6_or_annex7" : "annex6";
      }
    }
    STEP("registration", c.ref("art49"), {{"high_risk_routes", out.high_risk_routes}, {"derogation_6_3", out.derogation_6_3}},
           out.registration,
           out.registration == "none" ? c.say("registration.none") : c.say("registration.value", {{"value", out.registration}}));
    if (hr) {
      STEP("conformity_assessment", c.ref("art43"), {{"high_risk_routes", out.high_risk_routes}},
             out.conformity_assessment, c.say("conformity.value", {{"value", out.conformity_assessment}}));
    }
  }

  // [obligations] -------------------------------------------------------------------------
  std::string route_date;
  {
    std::vector<std::string> ds;
    if (!routes_annex3.empty()) ds.push_back(c.date("tl.annex3"));
    if (!route_annex1.empty()) ds.push_back(c.date("tl.annex1"));
    route_date = earliest(ds);
  }
  std::string prohibited_date;
  {
    std::vector<std::string> ds;
    for (const auto& x : out.prohibited_practices) {
      const CatalogEntry* e = cat.find(x);
      if (e) ds.push_back(c.date(e->milestone));
    }
    prohibited_date = earliest(ds);
  }
  const bool scoped = is_ai && in_scope;
  auto trigger_holds = [&](const CatalogEntry& e) -> bool {
    const std::string& t = e.trigger;
    if (t == "gpai") return gpai_in_scope;
    if (t == "gpai_systemic") return gpai_in_scope && systemic;
    if (!scoped) return false;
    if (pure_section_b) return false;  // Art. 2(2): only the sector act
    if (t == "in_scope") return true;
    if (t == "prohibited") return prohibited;
    if (prohibited) return false;  // a banned system has no compliant route to follow
    if (t == "high_risk_provider" || t == "high_risk_deployer" || t == "importer_high_risk" ||
        t == "distributor_high_risk" || t == "authorised_rep_high_risk") {
      return hr;
    }
    if (t == "high_risk_deployer_annex3") {
      for (const auto& r : routes_annex3) {
        const CatalogEntry* a = cat.find(r);
        if (a && a->area_number != 2) return true;
      }
      return false;
    }
    if (t == "fria") return out.fria_required;
    if (t == "public_deployer_registration") return hr && !routes_annex3.empty() && p.deployer_type.public_body;
    if (t == "derogation_6_3") return out.derogation_6_3 == "applies";
    return false;
  };
  auto add = [&](const CatalogEntry& e, const std::string& role, const std::string& date, std::string_view note = {}) {
    for (const Obligation& o : out.obligations) {
      if (o.id == e.id && o.role == role) return;
    }
    out.obligations.push_back({e.id, e.ref.get(opt.lang), role, date, e.title.get(opt.lang), e.status, note});
  };
  for (const CatalogEntry* ep : cat.of_kind("obligation")) {
    const CatalogEntry& e = *ep;
    {
      if (!trigger_holds(e)) continue;
      std::string date;
      if (e.milestone == "@route") date = route_date;
      else if (e.milestone == "@gpai") date = gpai_date;
      else if (e.milestone == "@prohibited") date = prohibited_date;
      else date = c.date(e.milestone);
      const bool gpai_rule = e.trigger == "gpai" || e.trigger == "gpai_systemic";
      for (const std::string& role : e.roles) {
        // GPAI duties bind the model's provider, which providing the model makes the
        // organisation; every other duty binds only the roles the organisation holds.
        if (!gpai_rule && !has(out.effective_roles, role)) continue;
        std::string_view note;
        if (e.id == "art53" && p.gpai.open_source && !systemic) {
          const CatalogEntry* rel = cat.find("art53.2");
          if (rel) note = rel->summary.get(opt.lang);
        }
        add(e, role, date, note);
      }
    }
  }
  for (const CatalogEntry* ep : cat.of_kind("transparency_duty")) {
    const CatalogEntry& e = *ep;
    if (scoped && !pure_section_b && has(out.transparency, e.id)) {
      if (!has(out.effective_roles, e.binds)) continue;
      std::string date = c.date(e.milestone.empty() ? "tl.general" : e.milestone);
      if (e.id == "art50.2" && p.on_market_since && *p.on_market_since < c.date("tl.general") &&
          cat.milestone("tl.art50_2_legacy") && opt.basis == DateBasis::amended) {
        date = c.date("tl.art50_2_legacy");
      }
      add(e, e.binds, date);
    }
  }
  if (pure_section_b) {
    const CatalogEntry* act = cat.find(route_annex1);
    if (act) {
      for (const std::string& role : {std::string("provider"), std::string("product_manufacturer")}) {
        if (has(out.effective_roles, role)) add(*act, role, c.date("tl.annex1"));
      }
    }
  }

  // 15. applies_from: the date of the main duties of this result.
  std::string applies_ref;
  if (out.risk_class == "prohibited") {
    out.applies_from = prohibited_date;
    applies_ref = c.ref("art5");
  } else if (hr) {
    out.applies_from = route_date;
    applies_ref = !routes_annex3.empty() ? c.say("ref.dates_annex3") : c.say("ref.dates_annex1");
  } else if (out.risk_class == "limited_risk") {
    out.applies_from = c.date("tl.general");
    applies_ref = c.say("ref.dates_art50");
  } else if (out.risk_class == "minimal_risk") {
    out.applies_from = gpai_in_scope ? gpai_date : c.date("tl.ch1_2");
    applies_ref = gpai_in_scope ? c.say("ref.dates_gpai") : c.ref("art4");
  } else if (gpai_in_scope) {
    out.applies_from = gpai_date;
    applies_ref = c.say("ref.dates_gpai");
  }
  STEP("applies_from", applies_ref, {{"risk_class", out.risk_class}},
         out.applies_from.empty() ? Json(nullptr) : Json(out.applies_from),
         out.applies_from.empty() ? c.say("applies.none")
                                  : c.say("applies.value", {{"date", out.applies_from}, {"ref", applies_ref}}));

  // Legacy high-risk systems (Art. 111(2)).
  if (hr && p.on_market_since && !route_date.empty() && *p.on_market_since < route_date) {
    c.question(c.say("oq.legacy_high_risk", {{"date", *p.on_market_since}, {"date2", route_date}}));
  }

  // Deadlines still ahead of the as-of date.
  for (const Obligation& o : out.obligations) {
    if (!o.applies_from.empty() && o.applies_from > out.as_of) {
      out.deadlines.push_back({o.applies_from, o.id, o.role, o.ref});
    }
  }
  std::stable_sort(out.deadlines.begin(), out.deadlines.end(),
                   [](const Deadline& a, const Deadline& b) { return a.date < b.date; });

  // Fine exposure (Art. 99, Art. 101).
  const CatalogEntry* sme_rule = cat.find("art99.6");
  const bool sme = opt.company && (opt.company->sme || opt.company->small_midcap);
  for (const CatalogEntry* t : cat.of_kind("fine_tier")) {
    if (t->id == "art99.6" || t->id == "art100") continue;
    bool applies = false;
    std::vector<std::string> hit;
    for (const Obligation& o : out.obligations) {
      if (has(t->covers, o.id) && !has(hit, o.id)) hit.push_back(o.id);
    }
    applies = !hit.empty();
    if (t->id == "art99.5") {
      bool any = false;
      for (const Obligation& o : out.obligations) any = any || o.id != "art4";
      applies = any;
      hit.clear();
    }
    if (!applies) continue;
    FineTier f;
    f.id = t->id;
    f.ref = t->ref.get(opt.lang);
    f.amount_eur = t->amount_eur;
    f.percent = t->percent;
    f.rule = sme && t->id != "art101" ? "lower" : "higher";
    if (opt.company && opt.company->turnover_eur) {
      double pct = *opt.company->turnover_eur * t->percent / 100.0;
      f.max_eur = f.rule == "lower" ? std::min(t->amount_eur, pct) : std::max(t->amount_eur, pct);
    }
    std::vector<std::string> refs;
    for (const auto& h : hit) refs.push_back(c.ref(h));
    f.because = c.say(refs.empty() ? "fine.tier_info" : "fine.tier", {{"ids", join(refs)},
                                    {"amount", fmt_eur(opt.lang, t->amount_eur)},
                                    {"percent", fmt_flop(t->percent)},
                                    {"rule", c.say(f.rule == "lower" ? "fine.lower" : "fine.higher")}});
    if (f.rule == "lower" && sme_rule) f.because += " " + c.say("fine.sme", {{"ref", sme_rule->ref.get(opt.lang)}});
    out.fines.push_back(std::move(f));
  }
  return out;
}

// [json] -----------------------------------------------------------------------------------
OrderedJson to_json(const Classification& c) {
  OrderedJson j;
  j["system"] = c.system;
  if (!c.name.empty()) j["name"] = c.name;
  j["risk_class"] = c.risk_class;
  j["high_risk_routes"] = c.high_risk_routes;
  j["derogation_6_3"] = c.derogation_6_3;
  j["prohibited_practices"] = c.prohibited_practices;
  j["transparency"] = c.transparency;
  j["gpai"] = c.gpai;
  j["effective_roles"] = c.effective_roles;
  j["fria_required"] = c.fria_required;
  j["registration"] = c.registration;
  j["conformity_assessment"] = c.conformity_assessment;
  OrderedJson obs = OrderedJson::array();
  for (const Obligation& o : c.obligations) {
    OrderedJson x = {{"id", o.id}, {"ref", std::string(o.ref)}, {"role", o.role},
              {"applies_from", o.applies_from.empty() ? OrderedJson(nullptr) : OrderedJson(o.applies_from)},
              {"title", std::string(o.title)}, {"status", std::string(o.status)}};
    if (!o.note.empty()) x["note"] = std::string(o.note);
    obs.push_back(std::move(x));
  }
  j["obligations"] = std::move(obs);
  j["applies_from"] = c.applies_from.empty() ? OrderedJson(nullptr) : OrderedJson(c.applies_from);
  j["open_questions"] = c.open_questions;
  OrderedJson tr = OrderedJson::array();
  for (const TraceStep& t : c.trace) {
    tr.push_back({{"rule", t.rule}, {"ref", t.ref}, {"inputs", OrderedJson(t.inputs)}, {"result", OrderedJson(t.result)},
                  {"because", t.because}});
  }
  j["trace"] = std::move(tr);
  j["legal_status_as_of"] = c.legal_status_as_of;
  j["date_basis"] = c.date_basis;
  OrderedJson dl = OrderedJson::array();
  for (const Deadline& d : c.deadlines) {
    dl.push_back({{"date", d.date}, {"obligation", d.obligation}, {"role", d.role}, {"ref", std::string(d.ref)}});
  }
  j["deadlines"] = {{"as_of", c.as_of}, {"ahead", std::move(dl)}};
  OrderedJson fines = OrderedJson::array();
  for (const FineTier& f : c.fines) {
    fines.push_back({{"tier", f.id}, {"ref", f.ref}, {"amount_eur", f.amount_eur}, {"percent", f.percent},
                     {"rule", f.rule}, {"max_eur", f.max_eur ? OrderedJson(*f.max_eur) : OrderedJson(nullptr)},
                     {"because", f.because}});
  }
  j["fine_exposure"] = std::move(fines);
  return j;
}

}  // namespace aims
