// ISO/IEC 42001 assessment. Sections: [inputs] read the project (and carry over ISO 27001/9001,
// GDPR practices and NIS2 measures in place: compliance.h), [soa] applicability from
// the classification and roles, [requirements] maturity and scores, [readiness] blockers and
// time, [advice], [roadmap], [json]. Texts come from the string tables (assess.*).
#include "core/assess.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/dates.h"
#include "core/profile.h"
#include "core/project.h"

namespace aims {

namespace {

// [inputs] ---------------------------------------------------------------------------------
double n_of(const OrderedJson& o, const char* key, double dflt = -1) {
  auto it = o.find(key);
  return it != o.end() && it->is_number() ? it->get<double>() : dflt;
}

bool b_of(const OrderedJson& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->is_boolean() && it->get<bool>();
}

struct Ctx {
  const OrderedJson& doc;
  const Catalog& ai;
  const IsoCatalog& iso;
  const AssessOptions& opt;
  Strings strings;
  OrderedJson empty_obj = OrderedJson::object();
  OrderedJson empty_arr = OrderedJson::array();

  const char* tr(const char* key) const { return strings.tr(key); }
  std::string fmt(const char* key, std::initializer_list<std::pair<const char*, std::string>> vars) const {
    return fill_placeholders(tr(key), vars);
  }
  const OrderedJson& org() const { return member_or(doc, "organisation", empty_obj); }
  const OrderedJson& answers() const {
    const OrderedJson& iso_s = member_or(doc, "iso", empty_obj);
    return member_or(iso_s, "answers", empty_obj);
  }
  const OrderedJson& soa() const {
    const OrderedJson& iso_s = member_or(doc, "iso", empty_obj);
    return member_or(iso_s, "soa", empty_obj);
  }
  bool has_ms(const char* ms) const {
    const OrderedJson& list = member_or(org(), "management_systems", empty_arr);
    for (const auto& x : list) {
      if (x.is_string() && x.get<std::string>() == ms) return true;
    }
    return false;
  }
};

std::string fmt_num(double v, Lang lang = Lang::en) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  std::string s = buf;
  if (lang == Lang::de) std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

// Evidence the blockers look for in the project itself.
bool evidence_present(const Ctx& c, const std::string& ev, const std::vector<SoaRow>& soa) {
  const std::string& today = c.opt.as_of;
  if (ev.rfind("document:", 0) == 0) {
    std::string kind = ev.substr(9);
    for (const auto& d : member_or(c.doc, "documents", c.empty_arr)) {
      if (d.is_object() && string_field(d, "kind") == kind && string_field(d, "status") == "approved") return true;
    }
    return false;
  }
  if (ev == "ai_officer") {
    const OrderedJson& g = member_or(c.doc, "governance", c.empty_obj);
    return !string_field(member_or(g, "ai_officer", c.empty_obj), "name").empty();
  }
  if (ev == "risks") return !member_or(c.doc, "risks", c.empty_arr).empty();
  if (ev == "objectives") return !member_or(c.doc, "objectives", c.empty_arr).empty();
  if (ev == "soa") {
    for (const auto& r : soa) {
      if (r.decided) return true;
    }
    return false;
  }
  auto dated_in_past = [&](const char* key) {
    for (const auto& x : member_or(c.doc, key, c.empty_arr)) {
      std::string d = string_field(x, "date");
      if (valid_iso_date(d) && d <= today) return true;
    }
    return false;
  };
  if (ev == "training") return dated_in_past("trainings");
  if (ev == "audit_done") return dated_in_past("audits");
  if (ev == "review_done") return dated_in_past("reviews");
  return false;
}

}  // namespace

const std::vector<Classification>& Assessment::classifications() const {
  static const std::vector<Classification> kNone;
  return classes ? classes->classes : kNone;
}

Assessment assess(const OrderedJson& doc, const Catalog& ai, const IsoCatalog& iso, const AssessOptions& opt) {
  return assess(doc, ai, iso, opt, classify_project(doc, ai, classes_key(doc, 0, opt.lang, opt.as_of)));
}

Assessment assess(const OrderedJson& doc, const Catalog& ai, const IsoCatalog& iso, const AssessOptions& opt,
                  std::shared_ptr<const ProjectClasses> classes) {
  Assessment a;
  a.as_of = opt.as_of;
  a.classes = classes ? std::move(classes) : classify_project(doc, ai, classes_key(doc, 0, opt.lang, opt.as_of));
  Ctx c{doc, ai, iso, opt, {}};
  c.strings.load(opt.lang);

  // Classifications of every system (the SoA follows from them).
  const std::vector<Profile>& profiles = a.classes->profiles;
  bool provider = false;
  std::size_t high_risk = 0, high_risk_provider = 0;
  for (const Classification& cl : a.classifications()) {
    bool prov = std::find(cl.effective_roles.begin(), cl.effective_roles.end(), "provider") != cl.effective_roles.end() ||
                cl.gpai != "none";
    provider = provider || prov;
    if (cl.risk_class == "high_risk") {
      ++high_risk;
      if (prov) ++high_risk_provider;
    }
  }
  for (const auto& s : member_or(doc, "systems", c.empty_arr)) {
    if (string_field(s, "lifecycle") == "development") provider = true;
  }

  // Carried over from existing management systems: equal links suggest 3, others 2.
  std::map<std::string, std::pair<int, std::string>> carried;
  for (const char* ms : {"iso27001", "iso9001"}) {
    if (!c.has_ms(ms)) continue;
    const IsoMapping* m = iso.mapping(std::string("map.") + (std::string(ms) == "iso27001" ? "27001" : "9001"));
    if (!m) continue;
    for (const auto& l : m->links) {
      int level = l.relationship == "equal" ? 3 : 2;
      auto& cur = carried[l.from];
      if (level > cur.first) cur = {level, m->target};
    }
  }

  // Carried over from GDPR practices and NIS2 measures in place (compliance.h): the links of
  // map.gdpr and map.nis2 name the practice in `to`; they only suggest, never decide.
  const ComplianceCatalog* comp = compliance_catalog();
  ExistingCompliance& ex = a.existing;
  if (comp) {
    const OrderedJson& org = c.org();
    auto practices = [&](const std::vector<ComplianceItem>& items, const char* map_id, std::vector<PracticeResult>& out) {
      const IsoMapping* m = iso.mapping(map_id);
      for (const ComplianceItem& it : items) {
        PracticeResult pr;
        pr.item = &it;
        pr.in_place = practice_in_place(org, it);
        if (m) {
          for (const auto& l : m->links) {
            if (l.to != it.id) continue;
            pr.carried.push_back(l.from);
            if (!pr.in_place) continue;
            int level = l.relationship == "equal" ? 3 : 2;
            auto& cur = carried[l.from];
            if (level > cur.first) cur = {level, it.ref.get(opt.lang)};
          }
        }
        out.push_back(std::move(pr));
      }
    };
    practices(comp->gdpr, "map.gdpr", ex.gdpr);
    ex.nis2_entity = string_field(org, "nis2");
    ex.nis2_in_scope = ex.nis2_entity == "important" || ex.nis2_entity == "essential" || ex.nis2_entity == "unsure";
    if (ex.nis2_in_scope) practices(comp->nis2, "map.nis2", ex.nis2);
    // The AI Act's links to the GDPR, for the systems they concern.
    const OrderedJson& systems = member_or(doc, "systems", c.empty_arr);
    for (const ComplianceLink& l : comp->links) {
      LinkResult lr;
      lr.link = &l;
      for (std::size_t i = 0; i < a.classifications().size(); ++i) {
        const Classification& cl = a.classifications()[i];
        bool hit = cl.has_obligation(l.obligation);
        if (!hit && !l.system_flag.empty()) {
          for (const auto& sys : systems) {
            if (string_field(sys, "id") == profiles[i].id && b_of(sys, l.system_flag.c_str())) hit = true;
          }
        }
        if (hit) lr.systems.push_back(profiles[i].name.empty() ? profiles[i].id : profiles[i].name);
      }
      if (!lr.systems.empty()) ex.links.push_back(std::move(lr));
    }
    for (const IncidentRule& r : comp->incidents) {
      if (r.regime == "ai_act" || ex.nis2_in_scope) ex.incidents.push_back(&r);
    }
    // The sector: its rules, and the obligations it changes (the engine notes them on the
    // classification's obligations, project_classes.cpp).
    ex.sector = string_field(org, "sector");
    ex.sector_data = comp->sector(ex.sector);
    if (ex.sector_data) {
      for (const auto& [ob, rule] : ex.sector_data->obligation_notes) {
        ObligationNoteResult on;
        on.obligation = ob;
        on.rule = ex.sector_data->rule(rule);
        for (std::size_t i = 0; i < a.classifications().size(); ++i) {
          if (a.classifications()[i].has_obligation(ob)) on.systems.push_back(profiles[i].name.empty() ? profiles[i].id : profiles[i].name);
        }
        ex.obligation_notes.push_back(std::move(on));
      }
    }
  }

  // [soa] ----------------------------------------------------------------------------------
  std::map<std::string, std::vector<std::string>> drivers_of;  // control -> AI Act ids
  if (const IsoMapping* m = iso.mapping("map.aiact")) {
    for (const auto& l : m->links) drivers_of[l.from].push_back(l.to);
  }
  for (const IsoRequirement* ctl : iso.controls()) {
    SoaRow row;
    row.control = ctl;
    std::map<std::string, SoaDriver> drivers;
    for (std::size_t i = 0; i < a.classifications().size(); ++i) {
      const Classification& cl = a.classifications()[i];
      for (const Obligation& o : cl.obligations) {
        const auto& ids = drivers_of[ctl->id];
        if (std::find(ids.begin(), ids.end(), o.id) == ids.end()) continue;
        SoaDriver& d = drivers[std::string(o.id)];
        d.obligation = o.id;
        d.ref = std::string(o.ref);
        std::string name = profiles[i].name.empty() ? profiles[i].id : profiles[i].name;
        if (std::find(d.systems.begin(), d.systems.end(), name) == d.systems.end()) d.systems.push_back(name);
      }
    }
    for (auto& [id, d] : drivers) row.drivers.push_back(std::move(d));
    if (!row.drivers.empty()) {
      std::string refs;
      for (const auto& d : row.drivers) {
        if (!refs.empty()) refs += "; ";
        std::string sys;
        for (std::size_t k = 0; k < d.systems.size() && k < 3; ++k) sys += (k ? ", " : "") + d.systems[k];
        if (d.systems.size() > 3) sys += " +" + std::to_string(d.systems.size() - 3);
        refs += d.ref + " (" + sys + ")";
      }
      row.suggested_applicable = true;
      row.suggestion = c.fmt("assess.soa.ai_act", {{"refs", refs}});
      row.source = "ai_act";
    } else if (ctl->provider_only && !provider) {
      row.suggested_applicable = false;
      row.suggestion = c.tr("assess.soa.not_provider");
      row.source = "role";
    } else {
      row.suggested_applicable = true;
      row.suggestion = c.tr("assess.soa.default");
      row.source = "default";
    }
    row.applicable = row.suggested_applicable;
    row.justification = row.suggestion;
    auto it = c.soa().find(ctl->id);
    if (it != c.soa().end() && it->is_object() && b_of(*it, "decided")) {
      row.decided = true;
      row.source = "decided";
      auto ap = it->find("applicable");
      if (ap != it->end() && ap->is_boolean()) row.applicable = ap->get<bool>();
      std::string j = string_field(*it, "justification");
      row.justification = j.empty() ? row.suggestion : j;
    }
    a.soa.push_back(std::move(row));
  }

  // [requirements] ---------------------------------------------------------------------------
  auto result_for = [&](const IsoRequirement* r, bool applicable) {
    RequirementResult x;
    x.req = r;
    x.applicable = applicable;
    auto it = c.answers().find(r->id);
    const OrderedJson* ans = it != c.answers().end() && it->is_object() ? &*it : nullptr;
    double m = ans ? n_of(*ans, "maturity") : -1;
    if (m >= 0) {
      x.maturity = static_cast<int>(m);
      x.source = "answer";
    } else if (auto cv = carried.find(r->id); cv != carried.end()) {
      x.maturity = cv->second.first;
      x.source = "carried_over";
      x.carried_from = cv->second.second;
    } else {
      x.source = "none";
    }
    if (ans) {
      x.status = string_field(*ans, "status");
      x.owner = string_field(*ans, "owner");
      x.due = string_field(*ans, "due");
      x.notes = string_field(*ans, "notes");
      auto ev = ans->find("evidence");
      if (ev != ans->end() && ev->is_array()) x.evidence = ev->size();
    }
    if (!applicable) x.status = "not_applicable";
    if (x.status.empty()) x.status = x.maturity >= 3 ? "implemented" : x.maturity > 0 ? "in_progress" : "not_started";
    x.score = x.maturity * 20;
    return x;
  };
  for (const IsoRequirement* r : iso.clauses()) a.clauses.push_back(result_for(r, true));
  for (std::size_t i = 0; i < iso.controls().size(); ++i) {
    a.controls.push_back(result_for(iso.controls()[i], a.soa[i].applicable));
    a.soa[i].status = a.controls.back().status;
  }
  for (const IsoGroup& g : iso.groups) {
    if (g.kind != "clause_group" && g.kind != "control_group") continue;
    GroupScore gs;
    gs.group = &g;
    int sum = 0;
    const auto& list = g.kind == "clause_group" ? a.clauses : a.controls;
    for (const auto& r : list) {
      if (r.req->group == g.id && r.applicable) {
        sum += r.score;
        ++gs.applicable;
      }
    }
    gs.score = gs.applicable ? static_cast<int>(std::lround(static_cast<double>(sum) / gs.applicable)) : 0;
    (g.kind == "clause_group" ? a.clause_groups : a.control_groups).push_back(gs);
  }

  // [readiness] ------------------------------------------------------------------------------
  double ready = 0, score = 0;
  int counted = 0;
  for (const auto* list : {&a.clauses, &a.controls}) {
    for (const auto& r : *list) {
      if (!r.applicable) continue;
      ready += std::min(r.maturity, 3) / 3.0;
      score += r.score;
      ++counted;
    }
  }
  a.readiness.percent = counted ? static_cast<int>(std::lround(100.0 * ready / counted)) : 0;
  a.readiness.maturity_percent = counted ? static_cast<int>(std::lround(score / counted)) : 0;
  auto maturity_of = [&](const std::string& id) {
    for (const auto* list : {&a.clauses, &a.controls}) {
      for (const auto& r : *list) {
        if (r.req->id == id) return r.maturity;
      }
    }
    return 0;
  };
  for (const IsoBlocker& b : iso.blockers) {
    bool all_low = true;
    for (const auto& r : b.requirements) all_low = all_low && maturity_of(r) < 2;
    if (all_low && !evidence_present(c, b.evidence, a.soa)) a.readiness.blockers.push_back({&b, b.title.get(opt.lang)});
  }

  const OrderedJson& org = c.org();
  double employees = n_of(org, "employees");
  double base_low = 6, base_high = 12;
  if (employees >= 0) {
    if (employees < 50) base_low = 4, base_high = 8;
    else if (employees < 250) base_low = 6, base_high = 12;
    else if (employees < 1000) base_low = 8, base_high = 14;
    else base_low = 10, base_high = 18;
  }
  double gap = 1.0 - a.readiness.percent / 100.0;
  double gap_scale = 0.25 + 0.75 * gap;
  double low = base_low * gap_scale, high = base_high * gap_scale;
  auto& F = a.readiness.factors;
  F.push_back({"size", employees >= 0 ? c.fmt("assess.factor.size", {{"n", fmt_num(employees)}, {"low", fmt_num(base_low)}, {"high", fmt_num(base_high)}})
                                      : c.fmt("assess.factor.size_unknown", {{"low", fmt_num(base_low)}, {"high", fmt_num(base_high)}}),
               0});
  F.push_back({"gap", c.fmt("assess.factor.gap", {{"percent", std::to_string(a.readiness.percent)}, {"scale", std::to_string(static_cast<int>(std::lround(gap_scale * 100)))}}),
               high - base_high});
  if (high_risk > 0) {
    double add = std::min<double>(static_cast<double>(high_risk), 3.0);
    low += add * 0.5;
    high += add;
    F.push_back({"high_risk", c.fmt("assess.factor.high_risk", {{"n", std::to_string(high_risk)}, {"months", fmt_num(add)}}), add});
  }
  double entities = n_of(org, "legal_entities", 1), sites = n_of(org, "sites", 1);
  if (entities > 1 || sites > 1) {
    double add = (entities > 3 || sites > 3) ? 2.0 : 1.0;
    low += add * 0.5;
    high += add;
    F.push_back({"structure", c.fmt("assess.factor.structure", {{"entities", fmt_num(entities)}, {"sites", fmt_num(sites)}, {"months", fmt_num(add)}}), add});
  }
  double mult = 1.0;
  if (c.has_ms("iso27001") || c.has_ms("iso9001")) {
    mult *= 0.7;
    F.push_back({"existing_ms", c.tr("assess.factor.existing_ms"), -high * 0.3});
  }
  if (ex.sector_data) {
    for (const SectorFactor& f : ex.sector_data->factors) {
      bool any = f.when_ms.empty(), none = true;
      for (const auto& ms : f.when_ms) any = any || c.has_ms(ms.c_str());
      for (const auto& ms : f.when_no_ms) none = none && !c.has_ms(ms.c_str());
      if (!any || !none) continue;
      low += f.months * 0.5;
      high += f.months;
      ex.factors.push_back(&f);
      F.push_back({f.id, f.text.get(opt.lang), f.months});
    }
  }
  double people = n_of(org, "people_available");
  if (people >= 0 && people < 0.5) {
    mult *= 1.3;
    F.push_back({"people", c.fmt("assess.factor.people_low", {{"n", fmt_num(people, opt.lang)}}), high * 0.3});
  } else if (people >= 2) {
    mult *= 0.85;
    F.push_back({"people", c.fmt("assess.factor.people_high", {{"n", fmt_num(people, opt.lang)}}), -high * 0.15});
  } else if (people < 0) {
    F.push_back({"people", c.tr("assess.factor.people_unknown"), 0});
  }
  if (string_field(org, "ai_know_how") == "none") {
    mult *= 1.15;
    F.push_back({"know_how", c.tr("assess.factor.know_how_none"), high * 0.15});
  }
  low *= mult;
  high *= mult;
  a.readiness.months_low = std::max(1, static_cast<int>(std::floor(low)));
  a.readiness.months_high = std::max(a.readiness.months_low + 1, static_cast<int>(std::ceil(high)));

  // [advice] -------------------------------------------------------------------------------------
  double res = 0;
  auto& R = a.advice.reasons;
  if (b_of(org, "compliance_team")) {
    res += 1;
    R.push_back(c.tr("assess.advice.team_yes"));
  } else {
    R.push_back(c.tr("assess.advice.team_no"));
  }
  std::string kh = string_field(org, "ai_know_how");
  res += kh == "advanced" ? 1 : kh == "basic" ? 0.5 : 0;
  R.push_back(c.tr(kh == "advanced" ? "assess.advice.know_how_advanced" : kh == "basic" ? "assess.advice.know_how_basic" : "assess.advice.know_how_none"));
  if (people >= 1.5) res += 1;
  else if (people >= 0.5) res += 0.5;
  if (people >= 0) R.push_back(c.fmt("assess.advice.people", {{"n", fmt_num(people, opt.lang)}}));
  int complexity = 0;
  if (high_risk >= 3) complexity += 2;
  else if (high_risk >= 1) complexity += 1;
  if (high_risk_provider > 0) complexity += 1;
  if (entities > 1 || sites > 2) complexity += 1;
  if (profiles.size() > 10) complexity += 1;
  R.push_back(c.fmt("assess.advice.complexity", {{"systems", std::to_string(profiles.size())}, {"high", std::to_string(high_risk)},
                                                  {"entities", fmt_num(entities)}, {"sites", fmt_num(sites)}}));
  int pressure = 0;
  std::string target = string_field(org, "certification_target");
  if (valid_iso_date(target) && valid_iso_date(opt.as_of)) {
    double months_left = static_cast<double>(days_between(opt.as_of, target)) / 30.44;
    if (months_left < a.readiness.months_low) pressure = 2;
    else if (months_left < a.readiness.months_high) pressure = 1;
    R.push_back(c.fmt(pressure == 2 ? "assess.advice.pressure_high" : pressure == 1 ? "assess.advice.pressure_medium" : "assess.advice.pressure_low",
                      {{"target", target}, {"months", std::to_string(static_cast<int>(std::lround(months_left)))}}));
  }
  if (string_field(org, "certification_goal") == "certify") R.push_back(c.tr("assess.advice.goal_certify"));
  if (res >= 2 && complexity < 3 && pressure < 2) a.advice.approach = "internal";
  else if (res < 1 && (complexity >= 3 || pressure >= 1)) a.advice.approach = "external";
  else a.advice.approach = "hybrid";
  R.insert(R.begin(), c.tr(("assess.advice.summary." + a.advice.approach).c_str()));

  // [roadmap] ------------------------------------------------------------------------------------
  std::string start = valid_iso_date(opt.as_of) ? opt.as_of : std::string("2026-01-01");
  std::string end = valid_iso_date(target) && days_between(start, target) > 30 ? target : add_months(start, a.readiness.months_high);
  a.roadmap_start = start;
  a.roadmap_end = end;
  long total = days_between(start, end);
  long acc = 0;
  int weight_sum = 0;
  for (const auto& ph : iso.phases) weight_sum += ph.weight;
  std::string owner_default = string_field(member(member(doc, "governance"), "ai_officer"), "name");
  for (const auto& ph : iso.phases) {
    RoadmapPhase rp;
    rp.phase = &ph;
    rp.title = ph.title.get(opt.lang);
    rp.start = add_days(start, acc);
    acc += weight_sum ? total * ph.weight / weight_sum : 0;
    rp.end = &ph == &iso.phases.back() ? end : add_days(start, acc);
    a.roadmap.push_back(std::move(rp));
  }
  auto phase_of_date = [&](const std::string& d) -> RoadmapPhase& {
    for (auto& rp : a.roadmap) {
      if (d <= rp.end) return rp;
    }
    return a.roadmap.back();
  };
  for (const Blocker& b : a.readiness.blockers) {
    const IsoRequirement* r = iso.find(b.blocker->requirements.front());
    RoadmapPhase& rp = a.roadmap[static_cast<std::size_t>(std::clamp(r ? r->phase : 1, 1, 5) - 1)];
    rp.tasks.push_back({c.fmt("assess.task.blocker", {{"title", b.title}}), b.blocker->requirements.front(), "", owner_default, rp.end, false});
  }
  for (const auto* list : {&a.clauses, &a.controls}) {
    for (const auto& r : *list) {
      if (!r.applicable || r.maturity >= 3) continue;
      // A due date the user set decides the step; otherwise the requirement's own step.
      bool own_due = valid_iso_date(r.due) && r.due >= start;
      RoadmapPhase& rp = own_due ? phase_of_date(r.due)
                                 : a.roadmap[static_cast<std::size_t>(std::clamp(r.req->phase, 1, 5) - 1)];
      rp.tasks.push_back({c.fmt("assess.task.raise", {{"id", r.req->id}, {"title", r.req->title.get(opt.lang)}, {"level", std::to_string(r.maturity)}}),
                          r.req->id, "", r.owner.empty() ? owner_default : r.owner, own_due ? r.due : rp.end, own_due && r.due > end});
    }
  }
  // AI Act deadlines still ahead, one task per obligation and date.
  std::map<std::pair<std::string, std::string>, std::pair<std::string, std::vector<std::string>>> deadlines;
  for (std::size_t i = 0; i < a.classifications().size(); ++i) {
    for (const Deadline& d : a.classifications()[i].deadlines) {
      auto& e = deadlines[{std::string(d.date), std::string(d.obligation)}];
      e.first = std::string(d.ref);
      std::string name = profiles[i].name.empty() ? profiles[i].id : profiles[i].name;
      if (std::find(e.second.begin(), e.second.end(), name) == e.second.end()) e.second.push_back(name);
    }
  }
  for (const auto& [key, val] : deadlines) {
    std::string sys;
    for (std::size_t k = 0; k < val.second.size() && k < 3; ++k) sys += (k ? ", " : "") + val.second[k];
    if (val.second.size() > 3) sys += " +" + std::to_string(val.second.size() - 3);
    const CatalogEntry* e = ai.find(key.second);
    std::string title = e ? e->title.get(opt.lang) : key.second;
    RoadmapPhase& rp = phase_of_date(key.first);
    rp.tasks.push_back({c.fmt("assess.task.ai_act", {{"ref", val.first}, {"title", title}, {"systems", sys}, {"date", key.first}}), "",
                        key.second, owner_default, key.first, key.first > end});
  }
  for (auto& rp : a.roadmap) {
    std::stable_sort(rp.tasks.begin(), rp.tasks.end(), [](const RoadmapTask& x, const RoadmapTask& y) { return x.due < y.due; });
  }
  return a;
}

// [json] ---------------------------------------------------------------------------------------
namespace {

OrderedJson practices_json(const std::vector<PracticeResult>& v, Lang lang) {
  OrderedJson arr = OrderedJson::array();
  for (const auto& p : v) {
    arr.push_back({{"id", p.item->id}, {"ref", p.item->ref.get(lang)}, {"title", p.item->title.get(lang)},
                   {"in_place", p.in_place}, {"carried_over", p.in_place ? p.carried : std::vector<std::string>{}},
                   {"status", p.item->status}, {"source", p.item->source}});
  }
  return arr;
}

OrderedJson note_json(const SectorNote& n, Lang lang) {
  OrderedJson x = {{"id", n.id}};
  if (!n.ref.empty()) x["ref"] = n.ref.get(lang);
  x["text"] = n.text.get(lang);
  x["status"] = n.status;
  x["source"] = n.source;
  return x;
}

OrderedJson existing_json(const ExistingCompliance& e, Lang lang) {
  OrderedJson j;
  j["gdpr"] = practices_json(e.gdpr, lang);
  OrderedJson nis2 = {{"entity", e.nis2_entity.empty() ? OrderedJson(nullptr) : OrderedJson(e.nis2_entity)},
                      {"in_scope", e.nis2_in_scope}, {"measures", practices_json(e.nis2, lang)}};
  if (const ComplianceCatalog* comp = compliance_catalog()) {
    nis2["entity_status"] = comp->nis2_help_status;
    OrderedJson beside = OrderedJson::array();
    for (const auto& p : e.nis2) {
      if (p.item->beside_obligation.empty()) continue;
      beside.push_back({{"nis2", p.item->ref.get(lang)}, {"ai_act", p.item->beside_ref.get(lang)},
                        {"obligation", p.item->beside_obligation}, {"text", p.item->beside_text.get(lang)},
                        {"status", p.item->beside_status}, {"source", p.item->beside_source}});
    }
    nis2["beside_ai_act"] = beside;
  }
  j["nis2"] = nis2;
  OrderedJson links = OrderedJson::array();
  for (const auto& l : e.links) {
    links.push_back({{"id", l.link->id}, {"ref", l.link->ref.get(lang)}, {"obligation", l.link->obligation},
                     {"gdpr", l.link->gdpr}, {"text", l.link->text.get(lang)}, {"status", l.link->status},
                     {"source", l.link->source}, {"systems", l.systems}});
  }
  j["ai_act_gdpr_links"] = links;
  OrderedJson inc = OrderedJson::array();
  for (const IncidentRule* r : e.incidents) {
    inc.push_back({{"id", r->id}, {"regime", r->regime}, {"ref", r->ref.get(lang)}, {"deadline", r->deadline.get(lang)},
                   {"what", r->what.get(lang)}, {"status", r->status}, {"source", r->source}});
  }
  j["incident_reporting"] = inc;
  return j;
}

OrderedJson sector_json(const ExistingCompliance& e, Lang lang) {
  OrderedJson j;
  j["id"] = e.sector.empty() ? OrderedJson(nullptr) : OrderedJson(e.sector);
  OrderedJson rules = OrderedJson::array(), hints = OrderedJson::array(), examples = OrderedJson::array(),
              notes = OrderedJson::array(), factors = OrderedJson::array();
  if (const Sector* s = e.sector_data) {
    for (const auto& r : s->rules) rules.push_back(note_json(r, lang));
    for (const auto& h : s->hints) hints.push_back(note_json(h, lang));
    for (const auto& x : s->examples) {
      examples.push_back({{"id", x.id}, {"name", x.name.get(lang)}, {"why", x.why.get(lang)}, {"status", x.status}, {"source", x.source}});
    }
  }
  for (const auto& n : e.obligation_notes) {
    OrderedJson x = {{"obligation", n.obligation}};
    if (n.rule) {
      x["ref"] = n.rule->ref.get(lang);
      x["text"] = n.rule->text.get(lang);
      x["status"] = n.rule->status;
    }
    x["systems"] = n.systems;
    notes.push_back(std::move(x));
  }
  for (const SectorFactor* f : e.factors) factors.push_back(f->id);
  j["rules"] = rules;
  j["hints"] = hints;
  j["examples"] = examples;
  j["obligation_notes"] = notes;
  j["readiness_factors"] = factors;
  return j;
}

}  // namespace

OrderedJson to_json(const Assessment& a, Lang lang) {
  OrderedJson j;
  j["as_of"] = a.as_of;
  auto req = [&](const RequirementResult& r) {
    OrderedJson x = {{"id", r.req->id}, {"title", r.req->title.get(lang)}, {"group", r.req->group},
                     {"maturity", r.maturity}, {"score", r.score}, {"status", r.status}, {"source", r.source}};
    if (!r.carried_from.empty()) x["carried_from"] = r.carried_from;
    if (r.req->kind == "control") x["applicable"] = r.applicable;
    if (!r.owner.empty()) x["owner"] = r.owner;
    if (!r.due.empty()) x["due"] = r.due;
    x["evidence"] = r.evidence;
    return x;
  };
  j["clauses"] = OrderedJson::array();
  for (const auto& r : a.clauses) j["clauses"].push_back(req(r));
  j["controls"] = OrderedJson::array();
  for (const auto& r : a.controls) j["controls"].push_back(req(r));
  auto groups = [&](const std::vector<GroupScore>& v) {
    OrderedJson arr = OrderedJson::array();
    for (const auto& g : v) arr.push_back({{"id", g.group->id}, {"title", g.group->title.get(lang)}, {"score", g.score}, {"counted", g.applicable}});
    return arr;
  };
  j["groups"] = {{"clauses", groups(a.clause_groups)}, {"controls", groups(a.control_groups)}};
  j["soa"] = OrderedJson::array();
  for (const auto& s : a.soa) {
    OrderedJson d = OrderedJson::array();
    for (const auto& x : s.drivers) d.push_back({{"obligation", x.obligation}, {"ref", x.ref}, {"systems", x.systems}});
    j["soa"].push_back({{"control", s.control->id}, {"title", s.control->title.get(lang)}, {"applicable", s.applicable},
                        {"justification", s.justification}, {"status", s.status}, {"source", s.source},
                        {"decided", s.decided}, {"suggested_applicable", s.suggested_applicable}, {"drivers", d}});
  }
  OrderedJson blockers = OrderedJson::array();
  for (const auto& b : a.readiness.blockers) {
    blockers.push_back({{"id", b.blocker->id}, {"title", b.title}, {"requirements", b.blocker->requirements}});
  }
  OrderedJson factors = OrderedJson::array();
  for (const auto& f : a.readiness.factors) factors.push_back({{"id", f.id}, {"text", f.text}, {"months", std::round(f.months * 10.0) / 10.0}});
  j["readiness"] = {{"percent", a.readiness.percent}, {"maturity_percent", a.readiness.maturity_percent},
                    {"months_low", a.readiness.months_low}, {"months_high", a.readiness.months_high},
                    {"blockers", blockers}, {"factors", factors}};
  j["advice"] = {{"approach", a.advice.approach}, {"reasons", a.advice.reasons}};
  OrderedJson phases = OrderedJson::array();
  for (const auto& p : a.roadmap) {
    OrderedJson tasks = OrderedJson::array();
    for (const auto& t : p.tasks) {
      OrderedJson x = {{"title", t.title}, {"owner", t.owner}, {"due", t.due}};
      if (!t.requirement.empty()) x["requirement"] = t.requirement;
      if (!t.obligation.empty()) x["obligation"] = t.obligation;
      if (t.after_target) x["after_target"] = true;
      tasks.push_back(std::move(x));
    }
    phases.push_back({{"step", p.phase->id}, {"title", p.title}, {"start", p.start}, {"end", p.end}, {"tasks", tasks}});
  }
  j["roadmap"] = {{"start", a.roadmap_start}, {"end", a.roadmap_end}, {"phases", phases}};
  j["existing_compliance"] = existing_json(a.existing, lang);
  j["sector"] = sector_json(a.existing, lang);
  return j;
}

}  // namespace aims
