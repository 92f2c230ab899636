// The hand-over to CISO Assistant: what goes into each of the four files, and how our values
// become theirs (the rules are repeated for the administrator in the README).
//
// [SECTION] Their value lists and names
// [SECTION] Assets: the AI systems
// [SECTION] Applied controls: tasks, roadmap, SoA controls in progress
// [SECTION] ISO/IEC 42001 audit
// [SECTION] Risk assessment
// [SECTION] The files
#include "core/handover.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/assets.h"
#include "core/project.h"
#include "core/registers.h"

namespace aims {

namespace {

// [SECTION] Their value lists and names -----------------------------------------------------

constexpr const char* kUrnPrefix = "urn:intuitem:risk:req_node:iso42001-2023:";
// Our sub-clauses that their library has as one assessable node.
struct Combined {
  const char* theirs;
  const char* ours[4];
};
constexpr Combined kCombined[] = {{"6.1", {"6.1.1", "6.1.2", "6.1.3", "6.1.4"}}};

// Labels of their "5x5 ISO-27005" matrix (probability and impact, 1-5): their importer matches
// the label text (or a translation of it), so the English labels are written in both languages.
constexpr const char* kProbability[] = {"1 - unlikely", "2 - rather unlikely", "3 - likely", "4 - very likely",
                                        "5 - almost certain"};
constexpr const char* kImpact[] = {"1 - minor", "2 - significant", "3 - serious", "4 - critical",
                                   "5 - catastrophic"};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A filtering label as their labels allow: letters, digits, '_' and '-', at most 36 characters.
std::string label_id(std::string s) {
  for (char& c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') c = '-';
  }
  return s.substr(0, 36);
}

struct Ctx {
  const ReportInput& in;
  Strings s;
  explicit Ctx(const ReportInput& i) : in(i) { s.load(i.lang); }
  std::string tr(std::string_view k) const { return s.tr(k); }
  std::string label(const std::string& prefix, std::string_view v) const {
    if (v.empty()) return {};
    std::string k = prefix + "." + std::string(v);
    return s.has(k) ? tr(k) : std::string(v);
  }
  std::string yes_no_label(bool applicable) const { return tr(applicable ? "ciso.applicable" : "ciso.not_applicable"); }
  std::string line(const char* key, const std::string& value) const {
    return value.empty() ? std::string() : tr(key) + ": " + value;
  }
};

Workbook book(const Ctx& c, const char* title_key, const char* sheet) {
  Workbook wb;
  wb.lang = lang_code(c.in.lang);
  wb.title = fill_placeholders(c.tr(title_key), {{"project", project_name(c.in.project)}});
  wb.subject = c.tr("ciso.subject");
  WbSheet s;
  s.name = sheet;
  wb.sheets.push_back(std::move(s));
  return wb;
}

void columns(WbSheet& s, std::initializer_list<std::pair<const char*, double>> cols) {
  for (const auto& [name, width] : cols) s.columns.push_back({name, width, width >= 30, false});
}

// [SECTION] Assets --------------------------------------------------------------------------

Workbook assets_book(const Ctx& c) {
  Workbook wb = book(c, "ciso.title.assets", "assets");
  WbSheet& s = wb.sheets[0];
  columns(s, {{"ref_id", 20}, {"name", 32}, {"type", 8}, {"description", 70}, {"filtering_labels", 40}});
  const OrderedJson& list = member(c.in.project, "systems");
  if (!list.is_array()) return wb;
  for (const auto& j : list) {
    const std::string id = string_field(j, "id");
    const Classification* k = nullptr;
    for (const auto& x : c.in.assessment.classifications()) {
      if (std::string_view(x.system) == id) k = &x;
    }
    std::vector<std::string> desc{string_field(j, "purpose")}, labels;
    if (k) {
      std::vector<std::string> roles;
      for (auto r : k->effective_roles) {
        roles.push_back(c.label("role", r));
        labels.push_back(label_id("role-" + std::string(r)));
      }
      labels.insert(labels.begin(), label_id("ai-act-" + std::string(k->risk_class)));
      desc.push_back(c.line("inv.col.class", c.label("class", k->risk_class)));
      desc.push_back(c.line("inv.col.roles", join(roles, ", ")));
      std::vector<std::string> why;
      for (const auto& t : render_trace(*k, c.in.lang)) {
        if (!t.because.empty()) why.push_back("- " + (t.ref.empty() ? std::string() : t.ref + ": ") + t.because);
      }
      if (!why.empty()) desc.push_back(c.tr("ciso.reasons") + ":\n" + join(why, "\n"));
    }
    std::string name = string_field(j, "name");
    s.rows.push_back({wb_text(id), wb_text(name.empty() ? id : name), wb_text("PR"), wb_text(join(desc, "\n")),
                      wb_text(join(labels, "|"))});
  }
  return wb;
}

// [SECTION] Applied controls ----------------------------------------------------------------

const char* control_status(const std::string& ours) {
  if (ours == "in_progress") return "in_progress";
  if (ours == "done" || ours == "implemented") return "active";
  return "to_do";
}

Workbook controls_book(const Ctx& c) {
  Workbook wb = book(c, "ciso.title.controls", "applied_controls");
  WbSheet& s = wb.sheets[0];
  columns(s, {{"ref_id", 12}, {"name", 50}, {"description", 60}, {"category", 10}, {"csf_function", 12},
              {"status", 12}, {"eta", 12}});
  const OrderedJson& tasks = member(c.in.project, "tasks");
  if (tasks.is_array()) {
    for (const auto& k : tasks) {
      std::string desc = join({c.line("inv.col.owner", string_field(k, "owner")),
                               c.line("xlsx.col.source", string_field(k, "source"))},
                              "\n");
      s.rows.push_back({wb_text(string_field(k, "id")), wb_text(string_field(k, "title")), wb_text(desc),
                        wb_text("process"), wb_text("govern"), wb_text(control_status(string_field(k, "status"))),
                        wb_date(string_field(k, "due"))});
    }
  }
  int n = 0;
  for (const auto& p : c.in.assessment.roadmap) {
    for (const auto& t : p.tasks) {
      std::string desc = join({c.line("inv.col.owner", t.owner), c.line("report.col.requirement", t.requirement)}, "\n");
      s.rows.push_back({wb_text("R-" + std::to_string(++n)), wb_text(t.title), wb_text(desc), wb_text("process"),
                        wb_text("govern"), wb_text("to_do"), wb_date(t.due)});
    }
  }
  for (const auto& r : c.in.assessment.soa) {
    if (!r.control || !r.applicable || (r.status != "in_progress" && r.status != "implemented")) continue;
    std::string owner, due;
    for (const auto& x : c.in.assessment.controls) {
      if (x.req == r.control) {
        owner = x.owner;
        due = x.due;
      }
    }
    std::string desc = join({c.line("inv.col.owner", owner), c.line("report.col.justification", r.justification)}, "\n");
    const bool policy = r.control->id.rfind("A.2.", 0) == 0;
    s.rows.push_back({wb_text(r.control->id), wb_text(r.control->id + " " + r.control->title.get(c.in.lang)),
                      wb_text(desc), wb_text(policy ? "policy" : "process"), wb_text("govern"),
                      wb_text(control_status(r.status)), wb_date(due)});
  }
  return wb;
}

// [SECTION] ISO/IEC 42001 audit -------------------------------------------------------------

int status_rank(const std::string& s) { return s == "implemented" ? 2 : s == "in_progress" ? 1 : 0; }

Workbook audit_book(const Ctx& c) {
  Workbook wb = book(c, "ciso.title.audit", "audit");
  WbSheet& s = wb.sheets[0];
  columns(s, {{"urn", 44}, {"assessable", 11}, {"ref_id", 9}, {"name", 40}, {"description", 20},
              {"compliance_result", 20}, {"requirement_progress", 20}, {"score", 7},
              // Empty on purpose: newer Data Wizard versions read `score` only when these two
              // columns exist and are empty (absent, they null the score).
              {"implementation_score", 9}, {"documentation_score", 9}, {"observations", 70}});
  const OrderedJson& answers = member(member(c.in.project, "iso"), "answers");
  auto soa_of = [&](const IsoRequirement* q) -> const SoaRow* {
    for (const auto& r : c.in.assessment.soa) {
      if (r.control == q) return &r;
    }
    return nullptr;
  };
  auto evidence = [&](const std::string& id) {
    std::vector<std::string> v;
    const OrderedJson& ev = member(member(answers, id.c_str()), "evidence");
    if (ev.is_array()) {
      for (const auto& e : ev) v.push_back(string_field(e, "value"));
    }
    return join(v, "; ");
  };
  auto observations = [&](const RequirementResult& r) {
    std::vector<std::string> o{r.notes, c.line("report.col.evidence", evidence(r.req->id))};
    if (const SoaRow* row = soa_of(r.req)) {
      o.push_back(c.line("ciso.soa", c.yes_no_label(row->applicable) +
                                         (row->justification.empty() ? std::string() : " \u2013 " + row->justification)));
    }
    o.push_back(c.line("inv.col.owner", r.owner));
    o.push_back(c.line("report.col.due", r.due));
    return join(o, "\n");
  };
  auto row = [&](const std::string& ref, const std::string& name, bool applicable, bool assessed, int maturity,
                 const std::string& status, const std::string& obs) {
    WbCell score = assessed && applicable ? wb_number(maturity) : WbCell{};
    s.rows.push_back({wb_text(kUrnPrefix + lower(ref)), wb_bool(true), wb_text(ref), wb_text(name), {},
                      wb_text(ciso_compliance_result(applicable, assessed, maturity)),
                      wb_text(applicable ? ciso_progress(status) : "done"), score, {}, {}, wb_text(obs)});
  };
  auto combined_of = [](const std::string& id) -> const Combined* {
    for (const auto& k : kCombined) {
      for (const char* o : k.ours) {
        if (id == o) return &k;
      }
    }
    return nullptr;
  };
  for (const auto& r : c.in.assessment.clauses) {
    if (!r.req) continue;
    const Combined* k = combined_of(r.req->id);
    if (!k) {
      row(r.req->id, r.req->title.get(c.in.lang), true, r.source != "none", r.maturity, r.status, observations(r));
      continue;
    }
    if (r.req->id != k->ours[0]) continue;  // written once, at its first sub-clause
    // Combined: the lowest maturity of the sub-clauses (one not assessed counts 0), the least
    // advanced status, every sub-clause in the observations.
    bool assessed = false;
    int maturity = 5;
    std::string status = "implemented";
    std::vector<std::string> obs;
    for (const auto& x : c.in.assessment.clauses) {
      if (!x.req || combined_of(x.req->id) != k) continue;
      const bool a = x.source != "none";
      assessed = assessed || a;
      maturity = std::min(maturity, a ? x.maturity : 0);
      if (status_rank(x.status) < status_rank(status)) status = x.status;
      obs.push_back(join({x.req->id + " " + x.req->title.get(c.in.lang) + ": " +
                              fill_placeholders(c.tr("ciso.sub_clause"),
                                                {{"maturity", std::to_string(x.maturity)},
                                                 {"status", c.label("report.status", x.status)}}),
                          observations(x)},
                         "\n"));
    }
    row(k->theirs, c.tr("ciso.combined_6_1"), true, assessed, maturity, status, join(obs, "\n\n"));
  }
  for (const auto& r : c.in.assessment.controls) {
    if (!r.req) continue;
    row(r.req->id, r.req->title.get(c.in.lang), r.applicable, r.source != "none", r.maturity, r.status,
        observations(r));
  }
  return wb;
}

// [SECTION] Risk assessment -----------------------------------------------------------------

Workbook risks_book(const Ctx& c) {
  Workbook wb = book(c, "ciso.title.risks", "risk_assessment");
  WbSheet& s = wb.sheets[0];
  columns(s, {{"ref_id", 8}, {"name", 44}, {"description", 60}, {"current_proba", 20}, {"current_impact", 20},
              {"residual_proba", 20}, {"residual_impact", 20}, {"treatment", 12}});
  const OrderedJson& list = member(c.in.project, "risks");
  if (!list.is_array()) return wb;
  std::map<std::string, std::string> names;
  const OrderedJson& systems = member(c.in.project, "systems");
  if (systems.is_array()) {
    for (const auto& j : systems) names[string_field(j, "id")] = string_field(j, "name");
  }
  auto label = [](const char* const* labels, int v) { return v >= 1 && v <= 5 ? wb_text(labels[v - 1]) : WbCell{}; };
  for (const auto& r : list) {
    const std::string sys = string_field(r, "system");
    std::string desc = join({c.line("report.col.system", sys.empty() ? c.tr("risk.org_wide") : names[sys]),
                             c.line("report.col.category", c.label("risk.category", string_field(r, "category"))),
                             c.line("risk.measures", string_field(r, "measures")),
                             c.line("inv.col.owner", string_field(r, "owner")),
                             c.line("report.col.review", string_field(r, "review")),
                             c.line("report.col.status", c.label("risk.status", string_field(r, "status")))},
                            "\n");
    std::string treatment = string_field(r, "treatment");  // ours: mitigate, accept, transfer, avoid (theirs too)
    if (treatment.empty()) treatment = "open";
    s.rows.push_back({wb_text(string_field(r, "id")), wb_text(string_field(r, "title")), wb_text(desc),
                      label(kProbability, risk_likelihood(r, false)), label(kImpact, risk_impact(r, false)),
                      label(kProbability, risk_likelihood(r, true)), label(kImpact, risk_impact(r, true)),
                      wb_text(treatment)});
  }
  return wb;
}

}  // namespace

// [SECTION] The files -----------------------------------------------------------------------

const char* ciso_compliance_result(bool applicable, bool assessed, int maturity) {
  if (!applicable) return "not_applicable";
  if (!assessed) return "not_assessed";
  if (maturity <= 1) return "non_compliant";
  if (maturity == 2) return "partially_compliant";
  return "compliant";
}

const char* ciso_progress(const std::string& status) {
  if (status == "in_progress") return "in_progress";
  if (status == "implemented" || status == "not_applicable") return "done";
  return "to_do";
}

CisoHandover build_ciso_handover(const ReportInput& in) {
  Ctx c(in);
  return {assets_book(c), controls_book(c), audit_book(c), risks_book(c)};
}

std::vector<std::pair<std::string, std::string>> ciso_handover_files(const ReportInput& in) {
  const CisoHandover h = build_ciso_handover(in);
  std::string readme(assets::find("assets/handover/ciso-assistant-README.md"));
  readme = fill_placeholders(std::move(readme), {{"project", project_name(in.project)},
                                                  {"framework", kCisoFramework},
                                                  {"matrix", kCisoMatrix}});
  return {{"1-assets.xlsx", render_xlsx(h.assets)},
          {"2-applied-controls.xlsx", render_xlsx(h.applied_controls)},
          {"3-iso42001-audit.xlsx", render_xlsx(h.audit)},
          {"4-risk-assessment.xlsx", render_xlsx(h.risks)},
          {"README.md", readme}};
}

}  // namespace aims
