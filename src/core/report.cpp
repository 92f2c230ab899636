// Reports for the auditor: one model of the tables (rows of plain text), three renderers.
//
// [SECTION] Escaping: HTML, CSV, Markdown
// [SECTION] Context: strings, dates, numbers, the systems of the project
// [SECTION] Tables: inventory, gaps, groups, SoA, risks, roadmap
// [SECTION] CSV
// [SECTION] Markdown
// [SECTION] HTML (style sheet, cover, sections)
#include "core/report.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <utility>

#include "core/project.h"
#include "core/registers.h"

namespace aims {

// [SECTION] Escaping -----------------------------------------------------------------------

std::string html_escape(std::string_view s) {
  std::string o;
  o.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      case '\'': o += "&#39;"; break;
      default: o += c;
    }
  }
  return o;
}

std::string csv_field(std::string_view s) {
  std::string v;
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')) v += '\'';
  v += s;
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string o = "\"";
  for (char c : v) {
    if (c == '"') o += '"';
    o += c;
  }
  o += '"';
  return o;
}

std::string markdown_cell(std::string_view s) {
  std::string o;
  o.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '|': case '\\': case '*': case '_': case '`': case '[': case ']':
        o += '\\';
        o += c;
        break;
      case '<': o += "&lt;"; break;
      case '\r': break;
      case '\n': o += "<br>"; break;
      default: o += c;
    }
  }
  return o;
}

namespace {

// [SECTION] Context -------------------------------------------------------------------------

std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string o;
  for (const auto& x : v) {
    if (x.empty()) continue;
    if (!o.empty()) o += sep;
    o += x;
  }
  return o;
}

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

struct Cell {
  std::string text;
  std::string sub;    // a second, muted line (HTML), appended in the other formats
  std::string badge;  // HTML: a labelled badge with this style class
  int bar = -1;       // HTML: a bar of this percentage next to the text
  bool num = false;   // right-aligned
};

struct Table {
  std::vector<std::string> head;
  // HTML: how each column wraps, one letter per column: p prose (breaks anywhere, takes the
  // room), w words (never narrower than its longest word), n no wrap (ids, dates, numbers).
  std::string wrap;
  std::vector<int> widths;  // HTML: column widths in percent (0: automatic), hints unless fixed
  bool fixed = false;       // HTML: fixed layout (the widths are exact)
  std::vector<std::vector<Cell>> rows;
  std::vector<bool> num_cols;
};

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

// [SECTION] CSV -------------------------------------------------------------------------------

std::string render_csv(const Table& t) {
  std::string o = "\xEF\xBB\xBF";
  auto line = [&](const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i) o += ',';
      o += csv_field(fields[i]);
    }
    o += "\r\n";
  };
  line(t.head);
  for (const auto& row : t.rows) {
    std::vector<std::string> f;
    for (const auto& cell : row) f.push_back(cell.sub.empty() ? cell.text : cell.text + "; " + cell.sub);
    line(f);
  }
  return o;
}

// [SECTION] Markdown ------------------------------------------------------------------------

std::string render_md_table(const Table& t) {
  std::string o = "|";
  for (const auto& h : t.head) o += " " + markdown_cell(h) + " |";
  o += "\n|";
  for (std::size_t i = 0; i < t.head.size(); ++i) {
    bool num = !t.rows.empty() && i < t.rows[0].size() && t.rows[0][i].num;
    o += num ? "---:|" : "---|";
  }
  o += "\n";
  for (const auto& row : t.rows) {
    o += "|";
    for (const auto& cell : row) {
      std::string v = markdown_cell(cell.text);
      if (!cell.sub.empty()) v += (v.empty() ? "" : "<br>") + markdown_cell(cell.sub);
      o += " " + v + " |";
    }
    o += "\n";
  }
  return o + "\n";
}

// [SECTION] HTML ------------------------------------------------------------------------------

// A CSS string literal (for @page margin boxes): everything outside plain ASCII letters,
// digits and spaces as a hex escape, so no text can close the string or the style element.
std::string css_string(std::string_view s) {
  std::string o = "\"";
  for (unsigned char ch : s) {
    if (std::isalnum(ch) || ch == ' ' || ch >= 0x80) {
      o += static_cast<char>(ch);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%x ", static_cast<unsigned>(ch));
      o += buf;
    }
  }
  return o + "\"";
}

const char* kStyle = R"css(
:root { --ink: #1b1f24; --muted: #59616c; --line: #c3c9d1; --head: #e9edf2; --accent: #1d4a72; --soft: #f5f7f9; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: Inter, "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 10pt; line-height: 1.45;
       color: var(--ink); background: #fff; margin: 0 auto; max-width: 1100px; padding: 10mm 6mm; }
a { color: var(--accent); text-decoration: none; }
h1 { font-size: 22pt; line-height: 1.15; margin: 2mm 0 3mm; color: var(--accent); }
h2 { font-size: 15pt; line-height: 1.2; margin: 0 0 3mm; padding-bottom: 1.5mm; color: var(--accent);
     border-bottom: 1.5pt solid var(--accent); break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11.5pt; margin: 6mm 0 2mm; break-after: avoid; page-break-after: avoid; }
h4 { font-size: 10pt; margin: 4mm 0 1mm; break-after: avoid; page-break-after: avoid; }
h4 .muted { font-weight: 400; }
p, li { orphans: 3; widows: 3; }
p { margin: 0 0 2mm; }
.muted, .note { color: var(--muted); }
.note { font-size: 8.5pt; }
section { margin-top: 10mm; }
.kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 8.5pt; color: var(--muted); margin-top: 20mm; }
.org { font-size: 15pt; font-weight: 600; margin: 0 0 8mm; }
dl.facts { display: grid; grid-template-columns: 44mm 1fr; gap: 1.5mm 5mm; margin: 0 0 8mm; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.notice { border-left: 3pt solid #b26a00; background: #fff6e5; padding: 2.5mm 4mm; margin: 0 0 8mm; }
nav.toc ol { padding-left: 6mm; margin: 0; }
nav.toc li { margin: 1mm 0; }
nav.toc ol ol { padding-left: 6mm; font-size: 9pt; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 3mm; margin: 0 0 4mm; }
.card { border: 0.75pt solid var(--line); border-radius: 1.5mm; padding: 2.5mm 3mm; background: var(--soft); }
.card .value { font-size: 16pt; font-weight: 700; color: var(--accent); line-height: 1.2; }
.card .label { font-size: 8.5pt; font-weight: 600; }
.card .hint { font-size: 7.5pt; color: var(--muted); }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; line-height: 1.35; margin: 1mm 0 4mm; }
table.fixed { table-layout: fixed; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr, .card, .keep, li { break-inside: avoid; page-break-inside: avoid; }
th { background: var(--head); font-weight: 600; text-align: left; }
th, td { border: 0.5pt solid var(--line); padding: 1.1mm 1.5mm; vertical-align: top; overflow-wrap: break-word; }
td.p { overflow-wrap: anywhere; }
td.n { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tbody tr:nth-child(even) td { background: #fafbfc; }
td .sub { display: block; color: var(--muted); font-size: 7.5pt; margin-top: 0.5mm; }
.badge { padding: 0.1mm 1.2mm; border-radius: 1mm; border: 0.5pt solid currentColor; font-weight: 600;
         -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.prohibited { background: #f9d9dc; color: #7a0f1c; }
.high_risk { background: #fde3cf; color: #803400; }
.limited_risk { background: #fdf1c7; color: #5f4700; }
.minimal_risk { background: #dcf1e2; color: #1b5a2e; }
.out_of_scope, .not_ai_system { background: #eceff3; color: #39424e; }
.heat-critical { background: #7a0f1c; color: #fff; }
.heat-high { background: #f9d9dc; color: #7a0f1c; }
.heat-medium { background: #fdf1c7; color: #5f4700; }
.heat-low { background: #dcf1e2; color: #1b5a2e; }
svg.bar { display: inline-block; width: 70%; height: 2.4mm; vertical-align: middle; margin-right: 2mm; }
ul.plain { margin: 0 0 3mm; padding-left: 5mm; }
footer { margin-top: 10mm; font-size: 8pt; color: var(--muted); border-top: 0.5pt solid var(--line); padding-top: 2mm; }
@media print {
  body { max-width: none; padding: 0; }
  section.chapter { break-before: page; page-break-before: always; margin-top: 0; }
  section.wide { page: wide; }
}
)css";

struct Html {
  std::string o;
  void raw(std::string_view s) { o += s; }
  void esc(std::string_view s) { o += html_escape(s); }
  void tag(const char* open, std::string_view text, const char* close) {
    o += open;
    esc(text);
    o += close;
  }
};

std::string html_text(std::string_view s) {
  std::string e = html_escape(s);
  std::string o;
  for (std::size_t i = 0; i < e.size(); ++i) {
    if (e[i] == '\n') o += "<br>";
    else if (e[i] != '\r') o += e[i];
  }
  return o;
}

void render_html_table(Html& h, const Table& t) {
  h.raw(t.fixed ? "<table class=\"fixed\">" : "<table>");
  if (!t.widths.empty()) {
    h.raw("<colgroup>");
    for (int w : t.widths) h.raw(w > 0 ? "<col style=\"width:" + std::to_string(w) + "%\">" : std::string("<col>"));
    h.raw("</colgroup>");
  }
  h.raw("<thead><tr>");
  for (std::size_t i = 0; i < t.head.size(); ++i) {
    bool num = !t.rows.empty() && i < t.rows[0].size() && t.rows[0][i].num;
    h.raw(num ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">");
    h.esc(t.head[i]);
    h.raw("</th>");
  }
  h.raw("</tr></thead>\n<tbody>\n");
  for (const auto& row : t.rows) {
    h.raw("<tr>");
    for (const auto& cell : row) {
      const std::size_t col = static_cast<std::size_t>(&cell - row.data());
      const char w = col < t.wrap.size() ? t.wrap[col] : 'w';
      h.raw(std::string("<td class=\"") + w + (cell.num ? " num" : "") + "\">");
      if (cell.bar >= 0) {
        int fill = std::clamp(cell.bar, 0, 100);
        h.raw("<svg class=\"bar\" viewBox=\"0 0 100 4\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
              "<rect width=\"100\" height=\"4\" fill=\"#e1e6ec\"/><rect width=\"" +
              std::to_string(fill) + "\" height=\"4\" fill=\"#1d4a72\"/></svg>");
      }
      if (!cell.badge.empty() && !cell.text.empty()) {
        h.raw("<span class=\"badge " + html_escape(cell.badge) + "\">" + html_text(cell.text) + "</span>");
      } else {
        h.raw(html_text(cell.text));
      }
      if (!cell.sub.empty()) h.raw("<span class=\"sub\">" + html_text(cell.sub) + "</span>");
      h.raw("</td>");
    }
    h.raw("</tr>\n");
  }
  h.raw("</tbody></table>\n");
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
                                 {"risks", "report.risks", true}};

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

}  // namespace

// ---------------------------------------------------------------------------------------------

std::vector<std::string> report_csv_tables() { return {"soa", "gaps", "risks", "inventory"}; }

std::string report_csv(const OrderedJson& project, const Assessment& a, const Catalog& ai, const IsoCatalog& iso,
                       Lang lang, std::string_view table) {
  Ctx c(project, a, ai, iso, lang);
  if (table == "soa") return render_csv(soa_table(c, true));
  if (table == "gaps") return render_csv(gaps_table(c, ""));
  if (table == "risks") return render_csv(risks_table(c, true));
  if (table == "inventory") return render_csv(inventory_table(c, true));
  return {};
}

std::string report_markdown(const OrderedJson& project, const Assessment& a, const Catalog& ai, const IsoCatalog& iso,
                            Lang lang) {
  Ctx c(project, a, ai, iso, lang);
  std::string o;
  auto para = [&](const std::string& s) { o += markdown_cell(s) + "\n\n"; };
  auto fact = [&](const std::string& k, const std::string& v) {
    o += "- **" + markdown_cell(k) + ":** " + markdown_cell(v) + "\n";
  };
  o += "# " + markdown_cell(c.tr("report.title")) + "\n\n";
  o += "*" + markdown_cell(c.tr("report.kicker")) + "*\n\n";
  fact(c.tr("org.title"), c.org_name());
  fact(c.tr("org.project_name"), c.project_title());
  fact(c.tr("report.as_of"), c.date(a.as_of));
  std::string sector = string_field(member(project, "organisation"), "sector");
  if (!sector.empty()) fact(c.tr("org.sector"), c.label("org.sector", sector));
  fact(c.tr("report.ai_act_catalog"), legal_status(c));
  fact(c.tr("report.iso_catalog"), c.tr("report.iso_catalog_value"));
  o += "\n> " + markdown_cell(c.tr("report.notice")) + "\n\n";
  o += "## " + markdown_cell(c.tr("report.toc")) + "\n\n";
  int n = 0;
  for (const auto& ch : kChapters) o += std::to_string(++n) + ". " + markdown_cell(c.tr(ch.key)) + "\n";
  o += "\n";

  // 1 Summary
  o += "## 1 " + markdown_cell(c.tr("report.summary")) + "\n\n";
  const Readiness& r = a.readiness;
  Table figures;
  figures.head = {c.tr("report.col.figure"), c.tr("report.col.value")};
  figures.rows.push_back({text(c.tr("report.readiness")), text(c.percent(r.percent))});
  figures.rows.push_back({text(c.tr("report.maturity_score")), text(std::to_string(r.maturity_percent) + " / 100")});
  figures.rows.push_back({text(c.tr("report.time")),
                          text(c.fill("report.months", {{"low", std::to_string(r.months_low)}, {"high", std::to_string(r.months_high)}}))});
  figures.rows.push_back({text(c.tr("report.advice")), text(c.label("report.advice", a.advice.approach))});
  figures.rows.push_back({text(c.tr("inv.title")), text(std::to_string(c.systems.size()))});
  figures.rows.push_back({text(c.tr("report.applicable_controls")),
                          text(std::to_string(count_applicable(a)) + " / " + std::to_string(a.soa.size()))});
  figures.rows.push_back({text(c.tr("report.open_risks")), text(std::to_string(count_open_risks(c)))});
  o += render_md_table(figures);
  for (const auto& why : a.advice.reasons) o += "- " + markdown_cell(why) + "\n";
  if (!a.advice.reasons.empty()) o += "\n";
  o += "### " + markdown_cell(c.tr("report.classes")) + "\n\n" + render_md_table(classes_table(c));
  o += "### " + markdown_cell(c.tr("report.blockers")) + "\n\n";
  if (r.blockers.empty()) para(c.tr("report.blockers_none"));
  for (const auto& b : r.blockers) {
    std::string t = b.blocker ? b.blocker->title.get(lang) : b.title;
    if (b.blocker && !b.blocker->requirements.empty()) t += " (" + join(b.blocker->requirements, ", ") + ")";
    o += "- " + markdown_cell(t) + "\n";
  }
  if (!r.blockers.empty()) o += "\n";
  para(c.tr("report.blockers_hint"));
  if (!r.factors.empty()) {
    o += "### " + markdown_cell(c.tr("report.factors")) + "\n\n";
    for (const auto& f : r.factors) {
      o += "- " + markdown_cell(f.text);
      if (std::fabs(f.months) >= 0.05) o += " (" + markdown_cell(c.months(f.months)) + ")";
      o += "\n";
    }
    o += "\n";
  }

  // 2 Inventory
  o += "## 2 " + markdown_cell(c.tr("report.inventory")) + "\n\n";
  if (c.systems.empty()) para(c.tr("report.no_systems"));
  else o += render_md_table(inventory_table(c, false));
  o += "### " + markdown_cell(c.tr("report.col.open_questions")) + "\n\n";
  bool any = false;
  for (const auto& s : c.systems) {
    if (s.questions.empty()) continue;
    any = true;
    o += "**" + markdown_cell(s.name) + "**\n\n";
    for (const auto& q : s.questions) o += "- " + markdown_cell(q) + "\n";
    o += "\n";
  }
  if (!any) para(c.tr("report.no_questions"));

  // 3 Gap analysis
  o += "## 3 " + markdown_cell(c.tr("report.gaps")) + "\n\n";
  o += "### 3.1 " + markdown_cell(c.tr("report.clause_groups")) + "\n\n" + render_md_table(groups_table(c, a.clause_groups));
  o += "### 3.2 " + markdown_cell(c.tr("report.control_groups")) + "\n\n" + render_md_table(groups_table(c, a.control_groups));
  o += "### 3.3 " + markdown_cell(c.tr("report.clauses")) + "\n\n" + render_md_table(gaps_table(c, "clause"));
  o += "### 3.4 " + markdown_cell(c.tr("report.controls")) + "\n\n" + render_md_table(gaps_table(c, "control"));
  o += "### 3.5 " + markdown_cell(c.tr("report.scale")) + "\n\n" + render_md_table(scale_table(c));
  if (!a.roadmap.empty()) {
    o += "### 3.6 " + markdown_cell(c.tr("report.roadmap")) + "\n\n";
    if (!a.roadmap_start.empty()) para(c.fill("report.period", {{"start", c.date(a.roadmap_start)}, {"end", c.date(a.roadmap_end)}}));
    for (const auto& st : roadmap_steps(c)) {
      o += "#### " + markdown_cell(st.heading) + "\n\n" + markdown_cell(st.period) + "\n\n";
      if (!st.tasks.rows.empty()) o += render_md_table(st.tasks);
    }
  }

  // 4 SoA
  o += "## 4 " + markdown_cell(c.tr("report.soa")) + "\n\n";
  para(soa_summary(c));
  o += render_md_table(soa_table(c, false));

  // 5 Risks
  o += "## 5 " + markdown_cell(c.tr("report.risks")) + "\n\n";
  para(c.tr("report.score_method"));
  if (risk_lines(c).empty()) para(c.tr("report.no_risks"));
  else o += render_md_table(risks_table(c, false));

  o += "---\n\n";
  para(c.fill("report.generated", {{"version", AIMS_VERSION}, {"date", c.date(a.as_of)}}));
  return o;
}

std::string report_html(const OrderedJson& project, const Assessment& a, const Catalog& ai, const IsoCatalog& iso,
                        Lang lang) {
  Ctx c(project, a, ai, iso, lang);
  Html h;
  const std::string title = c.tr("report.title");
  const std::string org = c.org_name();
  h.raw("<!DOCTYPE html>\n<html lang=\"");
  h.raw(lang_code(lang));
  h.raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
  h.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
  h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  h.raw("<meta name=\"generator\" content=\"aims " AIMS_VERSION "\">\n");
  h.tag("<title>", org.empty() ? title : org + " \u2013 " + title, "</title>\n");
  h.raw("<style>");
  h.raw(kStyle);
  // Running header and footer on printed pages (none on the cover); the wide chapters in landscape.
  const std::string box = "font-family: Inter, Arial, sans-serif; font-size: 7.5pt; color: #59616c;";
  h.raw("@page { size: A4; margin: 15mm 13mm 15mm 13mm;\n  @top-left { content: " + css_string(org) + "; " + box +
        " }\n  @top-right { content: " + css_string(title) + "; " + box + " }\n  @bottom-left { content: " +
        css_string(c.tr("report.as_of") + " " + c.date(a.as_of) + " \u00b7 " + c.tr("report.footer_notice")) + "; " +
        box + " }\n  @bottom-right { content: " + css_string(c.tr("report.page")) +
        " \" \" counter(page) \" / \" counter(pages); " + box + " } }\n");
  h.raw("@page wide { size: A4 landscape; }\n");
  h.raw("@page :first { @top-left { content: \"\"; } @top-right { content: \"\"; } @bottom-left { content: \"\"; } "
        "@bottom-right { content: \"\"; } }\n");
  h.raw("</style>\n</head>\n<body>\n");

  // Cover
  h.raw("<header class=\"cover\">\n");
  h.tag("<p class=\"kicker\">", c.tr("report.kicker"), "</p>\n");
  h.tag("<h1>", title, "</h1>\n");
  if (!org.empty()) h.tag("<p class=\"org\">", org, "</p>\n");
  h.raw("<dl class=\"facts\">\n");
  auto fact = [&](const std::string& k, const std::string& v) {
    if (v.empty()) return;
    h.tag("<dt>", k, "</dt>");
    h.tag("<dd>", v, "</dd>\n");
  };
  fact(c.tr("org.project_name"), c.project_title());
  fact(c.tr("report.as_of"), c.date(a.as_of));
  std::string sector = string_field(member(project, "organisation"), "sector");
  fact(c.tr("org.sector"), c.label("org.sector", sector));
  fact(c.tr("report.ai_act_catalog"), legal_status(c));
  fact(c.tr("report.iso_catalog"), c.tr("report.iso_catalog_value"));
  h.raw("</dl>\n");
  h.tag("<p class=\"notice\">", c.tr("report.notice"), "</p>\n");
  h.raw("<nav class=\"toc\">\n");
  h.tag("<h2>", c.tr("report.toc"), "</h2>\n<ol>\n");
  for (const auto& ch : kChapters) {
    h.raw(std::string("<li><a href=\"#") + ch.id + "\">");
    h.esc(c.tr(ch.key));
    h.raw("</a>");
    if (std::string_view(ch.id) == "gaps") {
      h.raw("<ol>");
      for (const char* k : {"report.clause_groups", "report.control_groups", "report.clauses", "report.controls",
                            "report.scale", "report.roadmap"}) {
        if (std::string_view(k) == "report.roadmap" && a.roadmap.empty()) continue;
        std::string anchor = std::string("gaps-") + (k + 7);
        std::replace(anchor.begin(), anchor.end(), '_', '-');
        h.raw("<li><a href=\"#" + anchor + "\">");
        h.esc(c.tr(k));
        h.raw("</a></li>");
      }
      h.raw("</ol>");
    }
    h.raw("</li>\n");
  }
  h.raw("</ol>\n</nav>\n</header>\n");

  auto chapter = [&](int n, const Chapter& ch) {
    h.raw(std::string("<section class=\"chapter") + (ch.wide ? " wide" : "") + "\" id=\"" + ch.id + "\">\n");
    h.tag("<h2>", std::to_string(n) + " " + c.tr(ch.key), "</h2>\n");
  };
  auto sub = [&](const char* id, const std::string& heading) {
    h.raw(std::string("<h3 id=\"") + id + "\">");
    h.esc(heading);
    h.raw("</h3>\n");
  };

  // 1 Summary
  chapter(1, kChapters[0]);
  const Readiness& r = a.readiness;
  h.raw("<div class=\"cards\">\n");
  auto card = [&](const std::string& value, const std::string& label, const std::string& hint) {
    h.raw("<div class=\"card\">");
    h.tag("<div class=\"value\">", value, "</div>");
    h.tag("<div class=\"label\">", label, "</div>");
    if (!hint.empty()) h.tag("<div class=\"hint\">", hint, "</div>");
    h.raw("</div>\n");
  };
  card(c.percent(r.percent), c.tr("report.readiness"), c.tr("report.readiness_hint"));
  card(std::to_string(r.maturity_percent) + " / 100", c.tr("report.maturity_score"), c.tr("report.maturity_score_hint"));
  card(c.fill("report.months", {{"low", std::to_string(r.months_low)}, {"high", std::to_string(r.months_high)}}),
       c.tr("report.time"), {});
  card(std::to_string(count_applicable(a)) + " / " + std::to_string(a.soa.size()), c.tr("report.applicable_controls"), {});
  h.raw("</div>\n<div class=\"cards\">\n");
  card(std::to_string(c.systems.size()), c.tr("inv.title"), {});
  int high = 0, banned = 0;
  for (const auto& s : c.systems) {
    high += s.risk_class == "high_risk" ? 1 : 0;
    banned += s.risk_class == "prohibited" ? 1 : 0;
  }
  card(std::to_string(high), c.tr("class.high_risk"), {});
  card(std::to_string(banned), c.tr("class.prohibited"), {});
  card(std::to_string(count_open_risks(c)), c.tr("report.open_risks"), {});
  h.raw("</div>\n");

  h.raw("<div class=\"keep\">");
  sub("summary-advice", c.tr("report.advice") + ": " + c.label("report.advice", a.advice.approach));
  if (!a.advice.reasons.empty()) {
    h.raw("<ul class=\"plain\">");
    for (const auto& why : a.advice.reasons) h.tag("<li>", why, "</li>");
    h.raw("</ul>\n");
  }
  h.raw("</div>\n");
  sub("summary-blockers", c.tr("report.blockers"));
  if (r.blockers.empty()) h.tag("<p>", c.tr("report.blockers_none"), "</p>\n");
  else {
    h.raw("<ul class=\"plain\">");
    for (const auto& b : r.blockers) {
      h.tag("<li>", b.blocker ? b.blocker->title.get(lang) : b.title, "");
      if (b.blocker && !b.blocker->requirements.empty()) h.tag(" <span class=\"muted\">(", join(b.blocker->requirements, ", "), ")</span>");
      h.raw("</li>");
    }
    h.raw("</ul>\n");
  }
  h.tag("<p class=\"note\">", c.tr("report.blockers_hint"), "</p>\n");
  if (!r.factors.empty()) {
    sub("summary-factors", c.tr("report.factors"));
    h.raw("<ul class=\"plain\">");
    for (const auto& f : r.factors) {
      h.tag("<li>", f.text, "");
      if (std::fabs(f.months) >= 0.05) h.tag(" <span class=\"muted\">(", c.months(f.months), ")</span>");
      h.raw("</li>");
    }
    h.raw("</ul>\n");
  }
  sub("summary-classes", c.tr("report.classes"));
  Table classes = classes_table(c);
  h.raw("<div style=\"max-width:120mm\">");
  render_html_table(h, classes);
  h.raw("</div>\n</section>\n");

  // 2 Inventory
  chapter(2, kChapters[1]);
  if (c.systems.empty()) h.tag("<p>", c.tr("report.no_systems"), "</p>\n");
  else render_html_table(h, inventory_table(c, false));
  sub("inventory-questions", c.tr("report.col.open_questions"));
  bool any = false;
  for (const auto& s : c.systems) {
    if (s.questions.empty()) continue;
    any = true;
    h.raw("<div class=\"keep\">");
    h.tag("<h4>", s.name, "</h4>\n<ul class=\"plain\">");
    for (const auto& q : s.questions) h.tag("<li>", q, "</li>");
    h.raw("</ul></div>\n");
  }
  if (!any) h.tag("<p>", c.tr("report.no_questions"), "</p>\n");
  h.raw("</section>\n");

  // 3 Gap analysis
  chapter(3, kChapters[2]);
  sub("gaps-clause-groups", "3.1 " + c.tr("report.clause_groups"));
  render_html_table(h, groups_table(c, a.clause_groups));
  sub("gaps-control-groups", "3.2 " + c.tr("report.control_groups"));
  render_html_table(h, groups_table(c, a.control_groups));
  sub("gaps-clauses", "3.3 " + c.tr("report.clauses"));
  render_html_table(h, gaps_table(c, "clause"));
  sub("gaps-controls", "3.4 " + c.tr("report.controls"));
  render_html_table(h, gaps_table(c, "control"));
  sub("gaps-scale", "3.5 " + c.tr("report.scale"));
  render_html_table(h, scale_table(c));
  if (!a.roadmap.empty()) {
    sub("gaps-roadmap", "3.6 " + c.tr("report.roadmap"));
    if (!a.roadmap_start.empty()) {
      h.tag("<p>", c.fill("report.period", {{"start", c.date(a.roadmap_start)}, {"end", c.date(a.roadmap_end)}}), "</p>\n");
    }
    for (const auto& st : roadmap_steps(c)) {
      h.raw("<div class=\"keep-head\">");
      h.tag("<h4>", st.heading, "");
      h.tag(" <span class=\"muted\">\u00b7 ", st.period, "</span></h4></div>\n");
      if (!st.tasks.rows.empty()) render_html_table(h, st.tasks);
    }
  }
  h.raw("</section>\n");

  // 4 SoA
  chapter(4, kChapters[3]);
  h.tag("<p>", soa_summary(c), "</p>\n");
  render_html_table(h, soa_table(c, false));
  h.raw("</section>\n");

  // 5 Risks
  chapter(5, kChapters[4]);
  h.tag("<p class=\"note\">", c.tr("report.score_method"), "</p>\n");
  if (risk_lines(c).empty()) h.tag("<p>", c.tr("report.no_risks"), "</p>\n");
  else render_html_table(h, risks_table(c, false));
  h.tag("<footer>", c.fill("report.generated", {{"version", AIMS_VERSION}, {"date", c.date(a.as_of)}}), "</footer>\n");
  h.raw("</section>\n</body>\n</html>\n");
  return h.o;
}

}  // namespace aims
