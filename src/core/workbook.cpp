// The consultant's workbook: what each sheet holds, built from the project, its assessment and
// its classifications (the same ones the reports use). render_xlsx() (xlsx.cpp) writes it.
//
// [SECTION] Cells and context
// [SECTION] Sheets: AI systems, obligations, gap assessment, SoA, risks, RACI, tasks, deadlines
// [SECTION] The workbook
#include "core/workbook.h"

#include <map>

#include "core/dates.h"
#include "core/project.h"
#include "core/registers.h"

namespace aims {

// [SECTION] Cells and context -----------------------------------------------------------------

WbCell wb_text(std::string s) {
  WbCell c;
  if (s.empty()) return c;
  c.kind = WbCell::Kind::text;
  c.text = std::move(s);
  return c;
}

WbCell wb_number(double n) {
  WbCell c;
  c.kind = WbCell::Kind::number;
  c.number = n;
  return c;
}

WbCell wb_date(const std::string& iso) {
  if (iso.empty()) return {};
  WbCell c = wb_text(iso);
  if (valid_iso_date(iso)) c.kind = WbCell::Kind::date;
  return c;
}

WbCell wb_bool(bool b) {
  WbCell c;
  c.kind = WbCell::Kind::boolean;
  c.number = b ? 1 : 0;
  return c;
}

namespace {

struct Ctx {
  const ReportInput& in;
  Strings s;
  std::map<std::string, std::string> names;  // system id -> name

  explicit Ctx(const ReportInput& i) : in(i) {
    s.load(i.lang);
    const OrderedJson& list = member(in.project, "systems");
    if (list.is_array()) {
      for (const auto& j : list) {
        std::string id = string_field(j, "id"), name = string_field(j, "name");
        names[id] = name.empty() ? id : name;
      }
    }
  }
  std::string tr(std::string_view key) const { return s.tr(key); }
  std::string label(const std::string& prefix, std::string_view value) const {
    if (value.empty()) return {};
    std::string k = prefix + "." + std::string(value);
    return s.has(k) ? tr(k) : std::string(value);
  }
  std::string yes_no(bool b) const { return tr(b ? "common.yes" : "common.no"); }
  std::string system_name(const std::string& id) const {
    auto it = names.find(id);
    return it == names.end() ? id : it->second;
  }
  std::string ref(std::string_view id) const {
    const CatalogEntry* e = in.ai.find(id);
    return e && !e->ref.empty() ? e->ref.get(in.lang) : std::string(id);
  }
  std::string entry_title(std::string_view id) const {
    const CatalogEntry* e = in.ai.find(id);
    return e ? e->title.get(in.lang) : std::string(id);
  }
  WbColumn col(const char* key, double width, bool wrap = false) const { return {tr(key), width, wrap, false}; }
};

const Classification* classification_of(const Ctx& c, const std::string& id) {
  for (const auto& k : c.in.assessment.classifications()) {
    if (std::string_view(k.system) == id) return &k;
  }
  return nullptr;
}

// [SECTION] Sheets ----------------------------------------------------------------------------

WbSheet systems_sheet(const Ctx& c) {
  WbSheet t;
  t.name = c.tr("xlsx.sheet.systems");
  t.columns = {c.col("report.col.id", 18),         c.col("inv.col.name", 30, true),
               c.col("inv.col.class", 24, true),   c.col("inv.col.roles", 18, true),
               c.col("xlsx.col.routes", 28, true), c.col("xlsx.col.fria", 14),
               c.col("xlsx.col.registration", 30, true), c.col("xlsx.col.next_deadline", 14),
               c.col("xlsx.col.next_deadline_what", 30, true), c.col("report.col.applies_from", 12),
               c.col("inv.col.owner", 22, true),   c.col("inv.lifecycle", 14),
               c.col("inv.col.next_review", 14),   c.col("report.col.open_questions", 40, true)};
  const OrderedJson& list = member(c.in.project, "systems");
  if (!list.is_array()) return t;
  for (const auto& j : list) {
    const std::string id = string_field(j, "id");
    const Classification* k = classification_of(c, id);
    std::vector<std::string> roles, routes;
    std::string cls, registration, next, next_what, applies;
    bool fria = false;
    std::vector<std::string> questions;
    if (k) {
      for (auto r : k->effective_roles) roles.push_back(c.label("role", r));
      for (auto r : k->high_risk_routes) routes.push_back(c.ref(r));
      cls = c.label("class", k->risk_class);
      fria = k->fria_required;
      registration = c.label("cls.registration", k->registration);  // "none" included: a filter shows it
      if (!k->deadlines.empty()) {
        const Deadline& d = k->deadlines[0];
        next = std::string(d.date);
        next_what = std::string(d.ref.empty() ? c.ref(d.obligation) : std::string(d.ref));
        if (!d.obligation.empty()) next_what += " \u2013 " + c.entry_title(d.obligation);
      }
      applies = std::string(k->applies_from);
      questions = k->open_questions;
    }
    t.rows.push_back({wb_text(id), wb_text(c.system_name(id)), wb_text(cls), wb_text(join(roles, ", ")),
                      wb_text(join(routes, "; ")), wb_text(k ? c.yes_no(fria) : ""), wb_text(registration),
                      wb_date(next), wb_text(next_what), wb_date(applies), wb_text(string_field(j, "owner")),
                      wb_text(c.label("inv.lifecycle", string_field(j, "lifecycle"))),
                      wb_date(string_field(j, "next_review")), wb_text(join(questions, "\n"))});
  }
  return t;
}

WbSheet obligations_sheet(const Ctx& c) {
  WbSheet t;
  t.name = c.tr("xlsx.sheet.obligations");
  t.columns = {c.col("report.col.system", 30, true), c.col("cls.col.obligation", 44, true),
               c.col("xlsx.col.article", 22, true), c.col("cls.col.role", 16), c.col("cls.col.from", 12),
               c.col("report.col.status", 16)};
  for (const auto& k : c.in.assessment.classifications()) {
    const std::string name = c.system_name(std::string(k.system));
    for (const auto& o : k.obligations) {
      const std::string from(o.applies_from);
      const bool applies = from.empty() || from <= c.in.assessment.as_of;
      t.rows.push_back({wb_text(name), wb_text(std::string(o.title)), wb_text(std::string(o.ref)),
                        wb_text(c.label("role", o.role)), wb_date(from),
                        wb_text(c.tr(applies ? "xlsx.obligation.applies" : "xlsx.obligation.upcoming"))});
    }
  }
  return t;
}

WbSheet gaps_sheet(const Ctx& c) {
  WbSheet t;
  t.name = c.tr("xlsx.sheet.gaps");
  t.columns = {c.col("report.col.number", 8),       c.col("report.col.kind", 16),
               c.col("report.col.title", 40, true), c.col("report.col.applicable", 11),
               c.col("report.col.maturity", 11),    c.col("report.col.status", 16),
               c.col("report.col.score", 9),        c.col("inv.col.owner", 22, true),
               c.col("report.col.due", 12),         c.col("report.col.evidence", 44, true),
               c.col("xlsx.col.notes", 50, true)};
  t.columns[4].maturity = true;
  const OrderedJson& answers = member(member(c.in.project, "iso"), "answers");
  auto add = [&](const RequirementResult& r) {
    if (!r.req) return;
    std::vector<std::string> evidence;
    const OrderedJson& a = member(answers, r.req->id.c_str());
    const OrderedJson& ev = member(a, "evidence");
    if (ev.is_array()) {
      for (const auto& e : ev) evidence.push_back(string_field(e, "value"));
    }
    t.rows.push_back({wb_text(r.req->id),
                      wb_text(c.tr(r.req->kind == "clause" ? "report.kind.clause" : "report.kind.control")),
                      wb_text(r.req->title.get(c.in.lang)), wb_text(c.yes_no(r.applicable)), wb_number(r.maturity),
                      wb_text(c.label("report.status", r.status)), wb_number(r.score), wb_text(r.owner),
                      wb_date(r.due), wb_text(join(evidence, "\n")), wb_text(r.notes)});
  };
  for (const auto& r : c.in.assessment.clauses) add(r);
  for (const auto& r : c.in.assessment.controls) add(r);
  return t;
}

WbSheet soa_sheet(const Ctx& c) {
  WbSheet t;
  t.name = c.tr("xlsx.sheet.soa");
  t.columns = {c.col("report.col.control", 9),         c.col("report.col.title", 36, true),
               c.col("report.col.applicable", 11),     c.col("report.col.justification", 50, true),
               c.col("xlsx.col.suggested", 12),        c.col("xlsx.col.suggestion", 50, true),
               c.col("report.col.impl_status", 16),    c.col("report.col.source", 26, true),
               c.col("report.col.drivers", 40, true)};
  for (const auto& r : c.in.assessment.soa) {
    if (!r.control) continue;
    std::vector<std::string> drivers;
    for (const auto& d : r.drivers) {
      std::string x = c.in.ai.find(d.obligation) ? c.ref(d.obligation) : d.ref;
      if (!d.systems.empty()) x += " (" + join(d.systems, ", ") + ")";
      drivers.push_back(x);
    }
    t.rows.push_back({wb_text(r.control->id), wb_text(r.control->title.get(c.in.lang)), wb_text(c.yes_no(r.applicable)),
                      wb_text(r.justification.empty() ? r.suggestion : r.justification),
                      wb_text(c.yes_no(r.suggested_applicable)), wb_text(r.suggestion),
                      wb_text(c.label("report.status", r.status)), wb_text(c.label("report.source", r.source)),
                      wb_text(join(drivers, "\n"))});
  }
  return t;
}

WbSheet risks_sheet(const Ctx& c) {
  WbSheet t;
  t.name = c.tr("xlsx.sheet.risks");
  t.columns = {c.col("report.col.id", 7),           c.col("report.col.risk", 40, true),
               c.col("report.col.system", 24, true), c.col("report.col.category", 18),
               c.col("risk.likelihood", 13),        c.col("risk.impact", 13),
               c.col("report.col.risk_score", 11),  c.col("xlsx.col.level", 12),
               c.col("report.col.treatment", 14),   c.col("risk.measures", 44, true),
               c.col("inv.col.owner", 20, true),    c.col("risk.residual_likelihood", 13),
               c.col("risk.residual_impact", 13),   c.col("report.col.residual_score", 13),
               c.col("xlsx.col.residual_level", 13), c.col("report.col.review", 12),
               c.col("report.col.status", 13)};
  const OrderedJson& list = member(c.in.project, "risks");
  if (!list.is_array()) return t;
  for (const auto& r : list) {
    std::string sys = string_field(r, "system");
    std::vector<WbCell> row{wb_text(string_field(r, "id")), wb_text(string_field(r, "title")),
                            wb_text(sys.empty() ? c.tr("risk.org_wide") : c.system_name(sys)),
                            wb_text(c.label("risk.category", string_field(r, "category")))};
    auto rating = [&](bool residual) {
      const int s = risk_score(r, residual);
      if (s <= 0) {
        row.insert(row.end(), 4, WbCell{});
        return;
      }
      const std::string level = risk_level_id(risk_level(s));
      row.push_back(wb_number(risk_likelihood(r, residual)));
      row.push_back(wb_number(risk_impact(r, residual)));
      WbCell score = wb_number(s), name = wb_text(c.label("risk.level", level));
      score.level = name.level = level;
      row.push_back(score);
      row.push_back(name);
    };
    rating(false);
    row.push_back(wb_text(c.label("risk.treatment", string_field(r, "treatment"))));
    row.push_back(wb_text(string_field(r, "measures")));
    row.push_back(wb_text(string_field(r, "owner")));
    rating(true);
    row.push_back(wb_date(string_field(r, "review")));
    row.push_back(wb_text(c.label("risk.status", string_field(r, "status"))));
    t.rows.push_back(std::move(row));
  }
  return t;
}

WbSheet raci_sheet(const Ctx& c) {
  WbSheet t;
  t.name = c.tr("xlsx.sheet.raci");
  static const char* const kRoles[] = {"responsible", "accountable", "consulted", "informed"};
  t.columns = {c.col("gov.raci.system", 30, true)};
  for (const char* r : kRoles) t.columns.push_back(c.col(("gov.raci." + std::string(r)).c_str(), 28, true));
  const OrderedJson& raci = member(member(c.in.project, "governance"), "raci");
  const OrderedJson& list = member(c.in.project, "systems");
  if (!list.is_array()) return t;
  for (const auto& j : list) {
    const std::string id = string_field(j, "id");
    const OrderedJson& row = member(raci, id.c_str());
    std::vector<WbCell> cells{wb_text(c.system_name(id))};
    for (const char* r : kRoles) cells.push_back(wb_text(string_field(row, r)));
    t.rows.push_back(std::move(cells));
  }
  return t;
}

WbSheet tasks_sheet(const Ctx& c) {
  WbSheet t;
  t.name = c.tr("xlsx.sheet.tasks");
  t.columns = {c.col("xlsx.col.origin", 26, true),     c.col("report.col.id", 7),
               c.col("report.col.task", 50, true),     c.col("report.col.requirement", 18, true),
               c.col("inv.col.owner", 22, true),       c.col("report.col.due", 12),
               c.col("report.col.status", 14),         c.col("xlsx.col.source", 18, true)};
  const OrderedJson& list = member(c.in.project, "tasks");
  if (list.is_array()) {
    for (const auto& k : list) {
      t.rows.push_back({wb_text(c.tr("xlsx.origin.tasks")), wb_text(string_field(k, "id")),
                        wb_text(string_field(k, "title")), {}, wb_text(string_field(k, "owner")),
                        wb_date(string_field(k, "due")), wb_text(c.label("reg.status", string_field(k, "status"))),
                        wb_text(string_field(k, "source"))});
    }
  }
  int n = 0;
  for (const auto& p : c.in.assessment.roadmap) {
    ++n;
    const std::string step = std::to_string(p.phase ? p.phase->id : n) + " " +
                             (p.phase ? p.phase->title.get(c.in.lang) : p.title);
    for (const auto& task : p.tasks) {
      std::string req = task.requirement;
      if (!task.obligation.empty()) req += (req.empty() ? "" : ", ") + c.ref(task.obligation);
      t.rows.push_back({wb_text(fill_placeholders(c.tr("xlsx.origin.roadmap"), {{"step", step}})), {},
                        wb_text(task.title), wb_text(req), wb_text(task.owner), wb_date(task.due), {}, {}});
    }
  }
  return t;
}

WbSheet deadlines_sheet(const Ctx& c) {
  WbSheet t;
  t.name = c.tr("xlsx.sheet.deadlines");
  t.columns = {c.col("xlsx.col.date", 12), c.col("report.col.system", 30, true), c.col("cls.col.obligation", 44, true),
               c.col("xlsx.col.article", 22, true), c.col("cls.col.role", 16)};
  std::vector<std::vector<WbCell>> rows;
  std::vector<std::string> dates;
  for (const auto& k : c.in.assessment.classifications()) {
    for (const auto& d : k.deadlines) {
      rows.push_back({wb_date(std::string(d.date)), wb_text(c.system_name(std::string(k.system))),
                      wb_text(c.entry_title(d.obligation)),
                      wb_text(d.ref.empty() ? c.ref(d.obligation) : std::string(d.ref)), wb_text(c.label("role", d.role))});
      dates.push_back(std::string(d.date));
    }
  }
  // In date order (stable: systems in project order within a date).
  std::vector<std::size_t> order(rows.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return dates[a] < dates[b]; });
  for (std::size_t i : order) t.rows.push_back(std::move(rows[i]));
  return t;
}

}  // namespace

// [SECTION] The workbook ----------------------------------------------------------------------

Workbook build_workbook(const ReportInput& in) {
  Ctx c(in);
  Workbook wb;
  wb.lang = lang_code(in.lang);
  wb.title = fill_placeholders(c.tr("xlsx.title"), {{"project", project_name(in.project)}});
  wb.subject = c.tr("xlsx.subject");
  wb.sheets = {systems_sheet(c), obligations_sheet(c), gaps_sheet(c), soa_sheet(c),
               risks_sheet(c),   raci_sheet(c),        tasks_sheet(c), deadlines_sheet(c)};
  return wb;
}

}  // namespace aims
