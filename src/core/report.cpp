// Reports for the auditor, the content: what the gap report, the Statement of Applicability,
// the risk register and the inventory say, built once as a ReportDocument
// (core/report_model.h). The renderers (report_render.cpp) only lay it out.
//
// [SECTION] Context: strings, dates, numbers, the systems of the project
// [SECTION] Tables: inventory, gaps, groups, SoA, risks, roadmap
// [SECTION] Content: chapters and their blocks; the full tables of the CSV files
#include "core/report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <utility>

#include "core/project.h"
#include "core/registers.h"

namespace aims {

std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string o;
  for (const auto& x : v) {
    if (x.empty()) continue;
    if (!o.empty()) o += sep;
    o += x;
  }
  return o;
}

namespace {

// [SECTION] Context -------------------------------------------------------------------------

struct SystemLine {
  std::string id, name, risk_class, roles, owner, lifecycle, next_review, applies_from, purpose, vendor;
  std::vector<std::string> questions;
};

struct Ctx {
  const OrderedJson& project;
  const Assessment& a;
  const Catalog& ai;
  const IsoCatalog& iso;
  Lang lang;
  Strings s;
  std::vector<SystemLine> systems;

  Ctx(const OrderedJson& p, const Assessment& as, const Catalog& c, const IsoCatalog& i, Lang l)
      : project(p), a(as), ai(c), iso(i), lang(l) {
    s.load(l);
    build_systems();
  }

  std::string tr(std::string_view key) const { return s.tr(key); }
  // A label for an enumeration value: the key when known, else the raw value.
  std::string label(const std::string& prefix, const std::string& value) const {
    if (value.empty()) return {};
    std::string k = prefix + "." + value;
    return s.has(k) ? tr(k) : value;
  }
  // Replaces {name} placeholders.
  std::string fill(std::string_view key, std::initializer_list<std::pair<const char*, std::string>> vars) const {
    return fill_placeholders(tr(key), vars);
  }
  // Dates as people read them: 27.11.2026 in German, ISO in English (CSV always ISO).
  std::string date(const std::string& iso_date) const {
    if (lang != Lang::de || !valid_iso_date(iso_date)) return iso_date;
    return iso_date.substr(8, 2) + "." + iso_date.substr(5, 2) + "." + iso_date.substr(0, 4);
  }
  std::string percent(int n) const { return std::to_string(n) + (lang == Lang::de ? "\u00a0%" : "%"); }
  std::string yes_no(bool b) const { return tr(b ? "common.yes" : "common.no"); }
  std::string months(double m) const {
    char buf[32];
    double r = std::round(m * 10) / 10;
    if (r == std::floor(r)) std::snprintf(buf, sizeof buf, "%+.0f", r);
    else std::snprintf(buf, sizeof buf, "%+.1f", r);
    std::string n = buf;
    if (lang == Lang::de) std::replace(n.begin(), n.end(), '.', ',');
    if (!n.empty() && n[0] == '-') n.replace(0, 1, "\u2212");
    return fill(std::fabs(r) == 1 ? "report.months_effect_one" : "report.months_effect", {{"n", n}});
  }
  std::string maturity(int level) const {
    for (const auto& m : iso.maturity) {
      if (m.level == level) return std::to_string(level) + " \u2013 " + m.title.get(lang);
    }
    return std::to_string(level);
  }
  std::string group_title(const IsoGroup* g) const {
    if (!g) return {};
    return g->number + " " + g->title.get(lang);
  }
  std::string org_name() const { return string_field(member(project, "organisation"), "name"); }
  std::string project_title() const { return project_name(project); }
  std::string system_name(const std::string& id) const {
    for (const auto& sys : systems) {
      if (sys.id == id) return sys.name.empty() ? id : sys.name;
    }
    return id;
  }

  void build_systems() {
    const OrderedJson& list = member(project, "systems");
    if (!list.is_array()) return;
    // The project's one classification, as the assessment was made from it.
    std::map<std::string, const Classification*> by_id;
    for (const auto& c : a.classifications()) by_id.emplace(c.system, &c);
    for (const auto& j : list) {
      SystemLine l;
      l.id = string_field(j, "id");
      l.name = string_field(j, "name");
      if (l.name.empty()) l.name = l.id;
      l.owner = string_field(j, "owner");
      l.lifecycle = label("inv.lifecycle", string_field(j, "lifecycle"));
      l.next_review = string_field(j, "next_review");
      l.purpose = string_field(j, "purpose");
      l.vendor = string_field(j, "vendor");
      std::vector<std::string> roles;
      auto it = by_id.find(l.id);
      if (it != by_id.end()) {
        const Classification& c = *it->second;
        l.risk_class = c.risk_class;
        l.applies_from = c.applies_from;
        l.questions = c.open_questions;
        roles.assign(c.effective_roles.begin(), c.effective_roles.end());
      }
      if (roles.empty()) {
        const OrderedJson& r = member(j, "roles");
        if (r.is_array()) {
          for (const auto& x : r) {
            if (x.is_string()) roles.push_back(x.get<std::string>());
          }
        }
      }
      std::vector<std::string> labels;
      for (const auto& r : roles) labels.push_back(label("role", r));
      l.roles = join(labels, ", ");
      systems.push_back(std::move(l));
    }
  }
};

// [SECTION] Tables --------------------------------------------------------------------------

using Cell = ReportCell;
using Table = ReportTable;

Cell text(std::string t) { return Cell{std::move(t), {}, {}, -1, false}; }
Cell number(int n) { return Cell{std::to_string(n), {}, {}, -1, true}; }
Cell number_or_blank(std::optional<int> n) { return n ? number(*n) : text({}); }

// The AI system inventory. full: every column (CSV); else the printed table.
Table inventory_table(const Ctx& c, bool full) {
  Table t;
  if (full) {
    t.head = {c.tr("report.col.id"), c.tr("inv.col.name"), c.tr("inv.col.class"), c.tr("inv.col.roles"),
              c.tr("inv.col.owner"), c.tr("inv.lifecycle"), c.tr("inv.col.next_review"),
              c.tr("report.col.applies_from"), c.tr("report.col.open_questions"), c.tr("inv.vendor"),
              c.tr("inv.purpose")};
  } else {
    t.head = {c.tr("inv.col.name"), c.tr("inv.col.class"), c.tr("inv.col.roles"), c.tr("inv.col.owner"),
              c.tr("inv.lifecycle"), c.tr("inv.col.next_review"), c.tr("report.col.applies_from"),
              c.tr("report.col.open_questions")};
    t.wrap = "wwwwwnnn";
  }
  for (const auto& s : c.systems) {
    Cell cls = text(c.label("class", s.risk_class));
    cls.badge = s.risk_class;
    if (full) {
      t.rows.push_back({text(s.id), text(s.name), cls, text(s.roles), text(s.owner), text(s.lifecycle),
                        text(s.next_review), text(s.applies_from), text(join(s.questions, "; ")), text(s.vendor),
                        text(s.purpose)});
    } else {
      Cell q = number(static_cast<int>(s.questions.size()));
      t.rows.push_back({text(s.name), cls, text(s.roles), text(s.owner), text(s.lifecycle), text(c.date(s.next_review)),
                        text(c.date(s.applies_from)), q});
    }
  }
  return t;
}

// Clauses and controls. kind: "clause", "control" or "" (both, CSV with more columns).
Table gaps_table(const Ctx& c, std::string_view kind) {
  const bool full = kind.empty();
  Table t;
  if (full) {
    t.head = {c.tr("report.col.number"), c.tr("report.col.kind"), c.tr("report.col.group"), c.tr("report.col.title"),
              c.tr("report.col.applicable"), c.tr("report.col.maturity"), c.tr("report.col.status"),
              c.tr("report.col.score"), c.tr("inv.col.owner"), c.tr("report.col.due"), c.tr("report.col.evidence"),
              c.tr("report.col.carried_from")};
  } else if (kind == "clause") {
    t.head = {c.tr("report.col.number"), c.tr("report.col.title"), c.tr("report.col.maturity"),
              c.tr("report.col.status"), c.tr("inv.col.owner"), c.tr("report.col.due"), c.tr("report.col.evidence")};
    t.wrap = "npnwwnn";
    t.widths = {0, 34, 0, 19, 0, 0, 0};
  } else {
    t.head = {c.tr("report.col.number"), c.tr("report.col.title"), c.tr("report.col.applicable"),
              c.tr("report.col.maturity"), c.tr("report.col.status"), c.tr("inv.col.owner"), c.tr("report.col.due"),
              c.tr("report.col.evidence")};
    t.wrap = "npwnwwnn";
    t.widths = {0, 28, 0, 0, 19, 0, 0, 0};
  }
  auto add = [&](const RequirementResult& r) {
    if (!r.req) return;
    std::string title = r.req->title.get(c.lang);
    std::string status = c.label("report.status", r.status);
    if (full) {
      t.rows.push_back({text(r.req->id), text(c.tr(r.req->kind == "clause" ? "report.kind.clause" : "report.kind.control")),
                        text(c.group_title(c.iso.group(r.req->group))), text(title), text(c.yes_no(r.applicable)),
                        number(r.maturity), text(status), number(r.score), text(r.owner), text(r.due),
                        number(static_cast<int>(r.evidence)), text(r.carried_from)});
      return;
    }
    Cell st = text(status);
    if (!r.carried_from.empty()) st.sub = c.fill("report.carried_over", {{"from", r.carried_from}});
    Cell mat = text(r.applicable ? c.maturity(r.maturity) : std::string("\u2013"));
    std::vector<Cell> row{text(r.req->id), text(title)};
    if (kind == "control") row.push_back(text(c.yes_no(r.applicable)));
    row.push_back(mat);
    row.push_back(st);
    row.push_back(text(r.owner));
    row.push_back(text(c.date(r.due)));
    row.push_back(number(static_cast<int>(r.evidence)));
    t.rows.push_back(std::move(row));
  };
  if (full || kind == "clause") {
    for (const auto& r : c.a.clauses) add(r);
  }
  if (full || kind == "control") {
    for (const auto& r : c.a.controls) add(r);
  }
  return t;
}

Table groups_table(const Ctx& c, const std::vector<GroupScore>& groups) {
  Table t;
  t.head = {c.tr("report.col.group"), c.tr("report.col.score"), c.tr("report.col.counted")};
  t.widths = {52, 34, 14};
  t.fixed = true;
  for (const auto& g : groups) {
    if (!g.group) continue;
    Cell name = text(c.group_title(g.group));
    if (g.group->kind == "control_subgroup") name.text = "\u2003" + name.text;
    Cell score = text(std::to_string(g.score));
    score.bar = g.score;
    t.rows.push_back({name, score, number(g.applicable)});
  }
  return t;
}

Table scale_table(const Ctx& c) {
  Table t;
  t.head = {c.tr("report.col.maturity"), c.tr("report.col.description")};
  t.wrap = "wp";
  for (const auto& m : c.iso.maturity) {
    t.rows.push_back({text(std::to_string(m.level) + " \u2013 " + m.title.get(c.lang)), text(m.description.get(c.lang))});
  }
  return t;
}

std::string driver_text(const Ctx& c, const SoaDriver& d) {
  const CatalogEntry* e = c.ai.find(d.obligation);
  std::string ref = e && !e->ref.empty() ? e->ref.get(c.lang) : d.ref;
  if (ref.empty()) ref = d.obligation;
  if (!d.systems.empty()) ref += " (" + join(d.systems, ", ") + ")";
  return ref;
}

// csv: one line per control (drivers separated by "; " instead of line breaks).
Table soa_table(const Ctx& c, bool csv) {
  Table t;
  t.head = {c.tr("report.col.control"), c.tr("report.col.title"), c.tr("report.col.applicable"),
            c.tr("report.col.justification"), c.tr("report.col.impl_status"), c.tr("report.col.source"),
            c.tr("report.col.drivers")};
  t.wrap = "nwwpwwp";
  t.widths = {0, 14, 0, 34, 0, 11, 22};
  for (const auto& r : c.a.soa) {
    if (!r.control) continue;
    std::vector<std::string> drivers;
    for (const auto& d : r.drivers) drivers.push_back(driver_text(c, d));
    std::string why = r.justification.empty() ? r.suggestion : r.justification;
    t.rows.push_back({text(r.control->id), text(r.control->title.get(c.lang)), text(c.yes_no(r.applicable)), text(why),
                      text(c.label("report.status", r.status)), text(c.label("report.source", r.source)),
                      text(join(drivers, csv ? "; " : "\n"))});
  }
  return t;
}

struct RiskLine {
  std::string id, title, system, category, treatment, measures, owner, review, status;
  std::optional<int> l, i, score, rl, ri, rscore;
};

std::vector<RiskLine> risk_lines(const Ctx& c) {
  std::vector<RiskLine> v;
  const OrderedJson& list = member(c.project, "risks");
  if (!list.is_array()) return v;
  for (const auto& r : list) {
    RiskLine l;
    l.id = string_field(r, "id");
    l.title = string_field(r, "title");
    std::string sys = string_field(r, "system");
    l.system = sys.empty() ? c.tr("risk.org_wide") : c.system_name(sys);
    l.category = c.label("risk.category", string_field(r, "category"));
    l.treatment = c.label("risk.treatment", string_field(r, "treatment"));
    l.measures = string_field(r, "measures");
    l.owner = string_field(r, "owner");
    l.review = string_field(r, "review");
    l.status = c.label("risk.status", string_field(r, "status"));
    auto rating = [&](bool residual, std::optional<int>& li, std::optional<int>& im, std::optional<int>& score) {
      if (int s = risk_score(r, residual); s > 0) {
        li = risk_likelihood(r, residual);
        im = risk_impact(r, residual);
        score = s;
      }
    };
    rating(false, l.l, l.i, l.score);
    rating(true, l.rl, l.ri, l.rscore);
    v.push_back(std::move(l));
  }
  return v;
}

// Band of a score 1–25, for the colour (the number is always shown).
std::string heat(std::optional<int> score) {
  if (!score) return {};
  return std::string("heat-") + risk_level_id(risk_level(*score));
}

Table risks_table(const Ctx& c, bool full) {
  Table t;
  auto lines = risk_lines(c);
  if (full) {
    t.head = {c.tr("report.col.id"), c.tr("report.col.risk"), c.tr("report.col.system"), c.tr("report.col.category"),
              c.tr("risk.likelihood"), c.tr("risk.impact"), c.tr("report.col.risk_score"),
              c.tr("report.col.treatment"), c.tr("risk.measures"), c.tr("inv.col.owner"),
              c.tr("risk.residual_likelihood"), c.tr("risk.residual_impact"),
              c.tr("report.col.residual_score"), c.tr("report.col.review"), c.tr("report.col.status")};
    for (const auto& l : lines) {
      t.rows.push_back({text(l.id), text(l.title), text(l.system), text(l.category), number_or_blank(l.l),
                        number_or_blank(l.i), number_or_blank(l.score), text(l.treatment), text(l.measures),
                        text(l.owner), number_or_blank(l.rl), number_or_blank(l.ri), number_or_blank(l.rscore),
                        text(l.review), text(l.status)});
    }
    return t;
  }
  t.head = {c.tr("report.col.id"), c.tr("report.col.risk"), c.tr("report.col.system"), c.tr("report.col.risk_score"),
            c.tr("report.col.treatment"), c.tr("inv.col.owner"), c.tr("report.col.residual"), c.tr("report.col.review"),
            c.tr("report.col.status")};
  t.wrap = "npwnwwnnw";
  auto score_cell = [&c](std::optional<int> s, std::optional<int> l, std::optional<int> i) {
    Cell x = number_or_blank(s);
    // The band in words next to the factors: the colour is only an extra.
    if (l && i) {
      x.sub = std::to_string(*l) + " \u00d7 " + std::to_string(*i) + " \u00b7 " +
              c.label("risk.level", risk_level_id(risk_level(*s)));
    }
    x.badge = heat(s);
    return x;
  };
  for (const auto& l : lines) {
    Cell title = text(l.title);
    title.sub = l.measures;
    std::string review = c.date(l.review);
    t.rows.push_back({text(l.id), title, text(l.system), score_cell(l.score, l.l, l.i), text(l.treatment),
                      text(l.owner), score_cell(l.rscore, l.rl, l.ri), text(review), text(l.status)});
  }
  return t;
}

Table classes_table(const Ctx& c) {
  Table t;
  t.head = {c.tr("inv.col.class"), c.tr("report.col.count")};
  t.wrap = "wn";
  std::map<int, std::pair<std::string, int>> count;
  for (const auto& s : c.systems) {
    auto& e = count[risk_class_rank(s.risk_class)];
    e.first = s.risk_class;
    ++e.second;
  }
  for (const auto& [rank, e] : count) {
    Cell cls = text(c.label("class", e.first));
    cls.badge = e.first;
    t.rows.push_back({cls, number(e.second)});
  }
  return t;
}

// The roadmap: one table per step, headed by its title and period.
struct Step {
  std::string heading, period;
  Table tasks;
};

std::vector<Step> roadmap_steps(const Ctx& c) {
  std::vector<Step> steps;
  int n = 0;
  for (const auto& p : c.a.roadmap) {
    ++n;
    Step st;
    st.heading = std::to_string(p.phase ? p.phase->id : n) + " " + (p.phase ? p.phase->title.get(c.lang) : p.title);
    st.period = c.fill("report.period", {{"start", c.date(p.start)}, {"end", c.date(p.end)}});
    Table& t = st.tasks;
    t.head = {c.tr("report.col.task"), c.tr("report.col.requirement"), c.tr("inv.col.owner"), c.tr("report.col.due")};
    t.wrap = "pwwn";
    t.widths = {56, 14, 18, 12};
    t.fixed = true;
    for (const auto& task : p.tasks) {
      std::string req = task.requirement;
      if (!task.obligation.empty()) {
        const CatalogEntry* e = c.ai.find(task.obligation);
        std::string ref = e ? e->ref.get(c.lang) : task.obligation;
        req = req.empty() ? ref : req + ", " + ref;
      }
      Cell title = text(task.title);
      if (task.after_target) title.sub = c.tr("report.after_target");
      t.rows.push_back({title, text(req), text(task.owner), text(c.date(task.due))});
    }
    steps.push_back(std::move(st));
  }
  return steps;
}

struct Chapter {
  const char* id;
  const char* key;
  bool wide;  // printed in landscape (wide tables)
};
constexpr Chapter kChapters[] = {{"summary", "report.summary", false},
                                 {"inventory", "report.inventory", true},
                                 {"gaps", "report.gaps", false},
                                 {"soa", "report.soa", true},
                                 {"risks", "report.risks", true},
                                 {"existing", "report.existing", true}};

int count_open_risks(const Ctx& c) {
  int n = 0;
  const OrderedJson& list = member(c.project, "risks");
  if (list.is_array()) {
    for (const auto& r : list) n += string_field(r, "status") != "closed" ? 1 : 0;
  }
  return n;
}

int count_applicable(const Assessment& a) {
  return static_cast<int>(std::count_if(a.soa.begin(), a.soa.end(), [](const SoaRow& r) { return r.applicable; }));
}

std::string soa_summary(const Ctx& c) {
  int decided = static_cast<int>(std::count_if(c.a.soa.begin(), c.a.soa.end(), [](const SoaRow& r) { return r.decided; }));
  int total = static_cast<int>(c.a.soa.size());
  return c.fill("report.soa_summary", {{"applicable", std::to_string(count_applicable(c.a))},
                                       {"total", std::to_string(total)},
                                       {"decided", std::to_string(decided)},
                                       {"suggested", std::to_string(total - decided)}});
}

std::string legal_status(const Ctx& c) {
  return c.fill("report.ai_act_catalog_value",
                {{"date", c.date(c.ai.legal_status_as_of)}, {"version", std::to_string(c.ai.version)}});
}


// [SECTION] Content: the report once, as a ReportDocument --------------------------------------

ReportBlock heading(const char* id, std::string number, std::string title, ReportOnly only = ReportOnly::all) {
  ReportBlock b;
  b.kind = ReportBlock::Kind::heading;
  b.id = id;
  b.number = std::move(number);
  b.text = std::move(title);
  b.only = only;
  return b;
}

ReportBlock step_heading(std::string title, std::string period) {
  ReportBlock b;
  b.kind = ReportBlock::Kind::heading;
  b.level = 4;
  b.text = std::move(title);
  b.detail = std::move(period);
  return b;
}

ReportBlock paragraph(std::string t, bool note = false) {
  ReportBlock b;
  b.text = std::move(t);
  b.note = note;
  return b;
}

ReportBlock list(std::vector<ReportItem> items, ReportOnly only = ReportOnly::all) {
  ReportBlock b;
  b.kind = ReportBlock::Kind::list;
  b.items = std::move(items);
  b.only = only;
  return b;
}

ReportBlock table(Table t, ReportOnly only = ReportOnly::all) {
  ReportBlock b;
  b.kind = ReportBlock::Kind::table;
  b.table = std::move(t);
  b.only = only;
  return b;
}

ReportBlock group(std::string title, std::vector<ReportBlock> blocks, ReportOnly only = ReportOnly::all) {
  ReportBlock b;
  b.kind = ReportBlock::Kind::group;
  b.text = std::move(title);
  b.blocks = std::move(blocks);
  b.only = only;
  return b;
}

// 1 Summary. The figures differ by format: cards in HTML, a table in Markdown (with the
// advice, which HTML gives a heading of its own); the classes close the chapter in HTML.
std::vector<ReportBlock> summary_blocks(const Ctx& c) {
  const Assessment& a = c.a;
  const Readiness& r = a.readiness;
  std::vector<ReportBlock> v;
  const std::string months =
      c.fill("report.months", {{"low", std::to_string(r.months_low)}, {"high", std::to_string(r.months_high)}});
  const std::string applicable = std::to_string(count_applicable(a)) + " / " + std::to_string(a.soa.size());
  int high = 0, banned = 0;
  for (const auto& s : c.systems) {
    high += s.risk_class == "high_risk" ? 1 : 0;
    banned += s.risk_class == "prohibited" ? 1 : 0;
  }
  ReportBlock cards;
  cards.kind = ReportBlock::Kind::figures;
  cards.only = ReportOnly::html;
  cards.figures = {{{c.percent(r.percent), c.tr("report.readiness"), c.tr("report.readiness_hint")},
                    {std::to_string(r.maturity_percent) + " / 100", c.tr("report.maturity_score"), c.tr("report.maturity_score_hint")},
                    {months, c.tr("report.time"), {}},
                    {applicable, c.tr("report.applicable_controls"), {}}},
                   {{std::to_string(c.systems.size()), c.tr("inv.title"), {}},
                    {std::to_string(high), c.tr("class.high_risk"), {}},
                    {std::to_string(banned), c.tr("class.prohibited"), {}},
                    {std::to_string(count_open_risks(c)), c.tr("report.open_risks"), {}}}};
  v.push_back(std::move(cards));
  Table figures;
  figures.head = {c.tr("report.col.figure"), c.tr("report.col.value")};
  figures.rows.push_back({text(c.tr("report.readiness")), text(c.percent(r.percent))});
  figures.rows.push_back({text(c.tr("report.maturity_score")), text(std::to_string(r.maturity_percent) + " / 100")});
  figures.rows.push_back({text(c.tr("report.time")), text(months)});
  figures.rows.push_back({text(c.tr("report.advice")), text(c.label("report.advice", a.advice.approach))});
  figures.rows.push_back({text(c.tr("inv.title")), text(std::to_string(c.systems.size()))});
  figures.rows.push_back({text(c.tr("report.applicable_controls")), text(applicable)});
  figures.rows.push_back({text(c.tr("report.open_risks")), text(std::to_string(count_open_risks(c)))});
  v.push_back(table(std::move(figures), ReportOnly::markdown));
  std::vector<ReportItem> reasons;
  for (const auto& why : a.advice.reasons) reasons.push_back({why, {}});
  v.push_back(list(reasons, ReportOnly::markdown));
  v.push_back(heading("summary-classes", {}, c.tr("report.classes"), ReportOnly::markdown));
  v.push_back(table(classes_table(c), ReportOnly::markdown));
  v.push_back(group({}, {heading("summary-advice", {}, c.tr("report.advice") + ": " + c.label("report.advice", a.advice.approach)),
                         list(reasons)},
                    ReportOnly::html));
  v.push_back(heading("summary-blockers", {}, c.tr("report.blockers")));
  if (r.blockers.empty()) {
    v.push_back(paragraph(c.tr("report.blockers_none")));
  } else {
    std::vector<ReportItem> items;
    for (const auto& b : r.blockers) {
      ReportItem it{b.blocker ? b.blocker->title.get(c.lang) : b.title, {}};
      if (b.blocker && !b.blocker->requirements.empty()) it.detail = join(b.blocker->requirements, ", ");
      items.push_back(std::move(it));
    }
    v.push_back(list(std::move(items)));
  }
  v.push_back(paragraph(c.tr("report.blockers_hint"), true));
  if (!r.factors.empty()) {
    v.push_back(heading("summary-factors", {}, c.tr("report.factors")));
    std::vector<ReportItem> items;
    for (const auto& f : r.factors) items.push_back({f.text, std::fabs(f.months) >= 0.05 ? c.months(f.months) : std::string()});
    v.push_back(list(std::move(items)));
  }
  v.push_back(heading("summary-classes", {}, c.tr("report.classes"), ReportOnly::html));
  Table classes = classes_table(c);
  classes.narrow = true;
  v.push_back(table(std::move(classes), ReportOnly::html));
  return v;
}

// 2 Inventory
std::vector<ReportBlock> inventory_blocks(const Ctx& c) {
  std::vector<ReportBlock> v;
  if (c.systems.empty()) v.push_back(paragraph(c.tr("report.no_systems")));
  else v.push_back(table(inventory_table(c, false)));
  v.push_back(heading("inventory-questions", {}, c.tr("report.col.open_questions")));
  bool any = false;
  for (const auto& s : c.systems) {
    if (s.questions.empty()) continue;
    any = true;
    std::vector<ReportItem> items;
    for (const auto& q : s.questions) items.push_back({q, {}});
    v.push_back(group(s.name, {list(std::move(items))}));
  }
  if (!any) v.push_back(paragraph(c.tr("report.no_questions")));
  return v;
}

// 3 Gap analysis
std::vector<ReportBlock> gaps_blocks(const Ctx& c) {
  const Assessment& a = c.a;
  std::vector<ReportBlock> v;
  v.push_back(heading("gaps-clause-groups", "3.1", c.tr("report.clause_groups")));
  v.push_back(table(groups_table(c, a.clause_groups)));
  v.push_back(heading("gaps-control-groups", "3.2", c.tr("report.control_groups")));
  v.push_back(table(groups_table(c, a.control_groups)));
  v.push_back(heading("gaps-clauses", "3.3", c.tr("report.clauses")));
  v.push_back(table(gaps_table(c, "clause")));
  v.push_back(heading("gaps-controls", "3.4", c.tr("report.controls")));
  v.push_back(table(gaps_table(c, "control")));
  v.push_back(heading("gaps-scale", "3.5", c.tr("report.scale")));
  v.push_back(table(scale_table(c)));
  if (!a.roadmap.empty()) {
    v.push_back(heading("gaps-roadmap", "3.6", c.tr("report.roadmap")));
    if (!a.roadmap_start.empty()) {
      v.push_back(paragraph(c.fill("report.period", {{"start", c.date(a.roadmap_start)}, {"end", c.date(a.roadmap_end)}})));
    }
    for (auto& st : roadmap_steps(c)) {
      v.push_back(step_heading(st.heading, st.period));
      if (!st.tasks.rows.empty()) v.push_back(table(std::move(st.tasks)));
    }
  }
  return v;
}

// 6 Existing compliance and sector: GDPR practices and NIS2 measures carried over, the AI
// Act's links to the GDPR, incident reporting side by side, the sector's other rules.
std::vector<ReportBlock> existing_blocks(const Ctx& c) {
  const ExistingCompliance& e = c.a.existing;
  std::vector<ReportBlock> v;
  auto status = [&](const std::string& st) { return c.label("status", st); };
  auto practices = [&](const std::vector<PracticeResult>& list) {
    Table t;
    t.head = {c.tr("rep.ex.practice"), c.tr("rep.ex.in_place"), c.tr("rep.ex.carried"), c.tr("rep.ex.status")};
    t.wrap = "pnpw";
    for (const auto& p : list) {
      t.rows.push_back({Cell{p.item->title.get(c.lang), p.item->ref.get(c.lang), {}, -1, false},
                        text(c.tr(p.in_place ? "common.yes" : "common.no")),
                        text(p.in_place ? join(p.carried, ", ") : std::string()), text(status(p.item->status))});
    }
    return t;
  };
  v.push_back(paragraph(c.tr("rep.ex.intro"), true));
  v.push_back(heading("existing-gdpr", "6.1", c.tr("rep.ex.gdpr")));
  if (!e.gdpr.empty()) v.push_back(table(practices(e.gdpr)));
  v.push_back(heading("existing-links", "6.2", c.tr("rep.ex.links")));
  if (e.links.empty()) v.push_back(paragraph(c.tr("rep.ex.no_links")));
  else {
    Table t;
    t.head = {c.tr("rep.ex.provision"), c.tr("rep.ex.meaning"), c.tr("rep.ex.systems"), c.tr("rep.ex.status")};
    t.wrap = "wppw";
    for (const auto& l : e.links) {
      t.rows.push_back({text(l.link->ref.get(c.lang)), text(l.link->text.get(c.lang)), text(join(l.systems, ", ")),
                        text(status(l.link->status))});
    }
    v.push_back(table(std::move(t)));
  }
  v.push_back(heading("existing-nis2", "6.3", c.tr("rep.ex.nis2")));
  v.push_back(paragraph(e.nis2_entity.empty() ? c.tr("rep.ex.nis2_unknown")
                                              : c.fill("rep.ex.nis2_entity", {{"entity", c.label("org.nis2", e.nis2_entity)}})));
  if (const ComplianceCatalog* comp = compliance_catalog()) {
    v.push_back(paragraph(comp->nis2_help.get(c.lang) + " (" + status(comp->nis2_help_status) + ")", true));
  }
  if (e.nis2_in_scope) {
    v.push_back(table(practices(e.nis2)));
    for (const auto& p : e.nis2) {
      if (p.item->beside_obligation.empty()) continue;
      v.push_back(paragraph(p.item->ref.get(c.lang) + " / " + p.item->beside_ref.get(c.lang) + ": " +
                            p.item->beside_text.get(c.lang) + " (" + status(p.item->beside_status) + ")"));
    }
  }
  v.push_back(heading("existing-incidents", "6.4", c.tr("rep.ex.incidents")));
  {
    Table t;
    t.head = {c.tr("rep.ex.regime"), c.tr("rep.ex.provision"), c.tr("rep.ex.deadline"), c.tr("rep.ex.what"), c.tr("rep.ex.status")};
    t.wrap = "wwnpw";
    for (const IncidentRule* r : e.incidents) {
      t.rows.push_back({text(c.tr(r->regime == "nis2" ? "rep.ex.regime_nis2" : "rep.ex.regime_ai_act")), text(r->ref.get(c.lang)),
                        text(r->deadline.get(c.lang)), text(r->what.get(c.lang)), text(status(r->status))});
    }
    v.push_back(table(std::move(t)));
  }
  v.push_back(heading("existing-sector", "6.5", c.tr("rep.ex.sector")));
  if (!e.sector_data) {
    v.push_back(paragraph(c.tr("rep.ex.no_sector")));
    return v;
  }
  v.push_back(paragraph(c.fill("rep.ex.sector_is", {{"sector", c.label("org.sector", e.sector)}})));
  if (!e.sector_data->rules.empty()) {
    Table t;
    t.head = {c.tr("rep.ex.provision"), c.tr("rep.ex.rule"), c.tr("rep.ex.status")};
    t.wrap = "wpw";
    for (const auto& r : e.sector_data->rules) {
      t.rows.push_back({text(r.ref.get(c.lang)), text(r.text.get(c.lang)), text(status(r.status))});
    }
    v.push_back(table(std::move(t)));
  }
  std::vector<ReportItem> notes;
  for (const auto& n : e.obligation_notes) {
    if (!n.rule || n.systems.empty()) continue;
    notes.push_back({n.rule->ref.get(c.lang) + ": " + join(n.systems, ", "), status(n.rule->status)});
  }
  if (!notes.empty()) {
    v.push_back(paragraph(c.tr("rep.ex.obligation_notes")));
    v.push_back(list(std::move(notes)));
  }
  std::vector<ReportItem> hints;
  for (const auto& h : e.sector_data->hints) hints.push_back({h.text.get(c.lang), status(h.status)});
  for (const SectorFactor* f : e.factors) hints.push_back({f->text.get(c.lang), status(f->status)});
  if (!hints.empty()) {
    v.push_back(paragraph(c.tr("rep.ex.hints")));
    v.push_back(list(std::move(hints)));
  }
  return v;
}

ReportDocument build(const Ctx& c) {
  ReportDocument d;
  d.lang = lang_code(c.lang);
  d.title = c.tr("report.title");
  d.kicker = c.tr("report.kicker");
  d.organisation = c.org_name();
  d.organisation_label = c.tr("org.title");
  d.facts.push_back({c.tr("org.project_name"), c.project_title()});
  d.facts.push_back({c.tr("report.as_of"), c.date(c.a.as_of)});
  const std::string sector = string_field(member(c.project, "organisation"), "sector");
  if (!sector.empty()) d.facts.push_back({c.tr("org.sector"), c.label("org.sector", sector)});
  d.facts.push_back({c.tr("report.ai_act_catalog"), legal_status(c)});
  d.facts.push_back({c.tr("report.iso_catalog"), c.tr("report.iso_catalog_value")});
  d.notice = c.tr("report.notice");
  d.contents = c.tr("report.toc");
  for (const Chapter& ch : kChapters) d.chapters.push_back({ch.id, c.tr(ch.key), ch.wide, {}});
  d.chapters[0].blocks = summary_blocks(c);
  d.chapters[1].blocks = inventory_blocks(c);
  d.chapters[2].blocks = gaps_blocks(c);
  d.chapters[3].blocks = {paragraph(soa_summary(c)), table(soa_table(c, false))};
  d.chapters[4].blocks.push_back(paragraph(c.tr("report.score_method"), true));
  if (risk_lines(c).empty()) d.chapters[4].blocks.push_back(paragraph(c.tr("report.no_risks")));
  else d.chapters[4].blocks.push_back(table(risks_table(c, false)));
  d.chapters[5].blocks = existing_blocks(c);
  d.closing = c.fill("report.generated", {{"version", AIMS_VERSION}, {"date", c.date(c.a.as_of)}});
  d.page_footer = c.tr("report.as_of") + " " + c.date(c.a.as_of) + " \u00b7 " + c.tr("report.footer_notice");
  d.page_label = c.tr("report.page");
  return d;
}

// The full tables of the CSV files (every column, one line per row).
Table full_table(const Ctx& c, std::string_view id) {
  if (id == "soa") return soa_table(c, true);
  if (id == "gaps") return gaps_table(c, "");
  if (id == "risks") return risks_table(c, true);
  if (id == "inventory") return inventory_table(c, true);
  return {};
}

}  // namespace

// ---------------------------------------------------------------------------------------------

std::vector<std::string> report_csv_tables() { return {"soa", "gaps", "risks", "inventory"}; }

ReportDocument build_report(const OrderedJson& project, const Assessment& a, const Catalog& ai, const IsoCatalog& iso,
                            Lang lang) {
  return build(Ctx(project, a, ai, iso, lang));
}

ReportTable report_table(const OrderedJson& project, const Assessment& a, const Catalog& ai, const IsoCatalog& iso,
                         Lang lang, std::string_view table) {
  return full_table(Ctx(project, a, ai, iso, lang), table);
}

}  // namespace aims
