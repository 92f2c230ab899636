// Document drafts, the builders: each walks the project, its assessment and the one
// classification per system and writes a DraftDocument with the prose of
// assets/drafts/drafts.json. Renderers: draft_render.cpp.
//
// [SECTION] Templates (assets/drafts/drafts.json)
// [SECTION] Writer: filling templates, gaps, blocks
// [SECTION] Project helpers
// [SECTION] AI policy
// [SECTION] Fundamental rights impact assessment
// [SECTION] Registration data sheet
// [SECTION] Annex IV outline
// [SECTION] Transparency notices
// [SECTION] Deployer checklist
// [SECTION] Internal audit programme and checklist
// [SECTION] Management review
// [SECTION] AI literacy plan
// [SECTION] Kinds, title page, register
#include "core/drafts.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <initializer_list>
#include <map>

#include "core/assets.h"
#include "core/i18n.h"
#include "core/project_classes.h"
#include "core/report.h"

namespace aims {

int draft_gaps(const DraftDocument& d) {
  int n = 0;
  auto count = [&](const DraftText& t) {
    for (const auto& s : t) n += s.gap ? 1 : 0;
  };
  for (const auto& b : d.blocks) {
    count(b.text);
    for (const auto& i : b.items) count(i);
    for (const auto& r : b.rows) {
      for (const auto& c : r) count(c);
    }
  }
  return n;
}

std::string draft_plain(const DraftText& t) {
  std::string o;
  for (const auto& s : t) o += s.text;
  return o;
}

namespace {

// [SECTION] Templates -------------------------------------------------------------------------

const OrderedJson& templates() {
  static const OrderedJson t = [] {
    OrderedJson j = OrderedJson::parse(assets::find("assets/drafts/drafts.json"), nullptr, false);
    return j.is_discarded() ? OrderedJson::object() : j;
  }();
  return t;
}

std::string fmt_date(Lang lang, const std::string& iso) {
  if (iso.size() != 10 || lang != Lang::de) return iso;
  return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
}

using Vars = std::vector<std::pair<const char*, DraftText>>;  // names are literals

DraftText txt(std::string s) { return {DraftSpan{std::move(s), false}}; }

void append(DraftText& to, const DraftText& t) {
  for (const auto& s : t) {
    if (s.text.empty()) continue;
    if (!to.empty() && !to.back().gap && !s.gap) {
      to.back().text += s.text;
    } else {
      to.push_back(s);
    }
  }
}

// [SECTION] Writer ----------------------------------------------------------------------------

struct Writer {
  const DraftInput& in;
  const char* doc_id;
  const OrderedJson& common;
  const OrderedJson& own;
  Strings s;
  DraftDocument d;
  std::string lang;

  Writer(const DraftInput& i, const char* id)
      : in(i),
        doc_id(id),
        common(templates()["common"][lang_code(i.lang)]),
        own(templates()["documents"][id][lang_code(i.lang)]),
        lang(lang_code(i.lang)) {
    s.load(i.lang);
    d.id = id;
    d.lang = lang;
  }

  // A template string by key: the document's own, else the common ones. A missing key shows
  // as an unfilled marker, which the tests look for.
  std::string t(std::string_view key) const {
    const std::string k(key);
    if (own.is_object() && own.contains(k) && own[k].is_string()) return own[k].get<std::string>();
    if (common.is_object() && common.contains(k) && common[k].is_string()) return common[k].get<std::string>();
    return "{{" + k + "}}";
  }
  std::vector<std::string> list(std::string_view key) const {
    std::vector<std::string> o;
    const std::string k(key);
    if (own.is_object() && own.contains(k) && own[k].is_array()) {
      for (const auto& v : own[k]) o.push_back(v.is_string() ? v.get<std::string>() : std::string("{{") + k + "}}");
    }
    return o;
  }

  // Fills {{name}} in text; a name without a value stays as it is (visible, and tested).
  DraftText fill(const std::string& text, const Vars& vars) const {
    DraftText o;
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t open = text.find("{{", pos);
      if (open == std::string::npos) break;
      std::size_t close = text.find("}}", open + 2);
      if (close == std::string::npos) break;
      const std::string name = text.substr(open + 2, close - open - 2);
      const DraftText* v = nullptr;
      for (const auto& [n, val] : vars) {
        if (name == n) v = &val;
      }
      append(o, txt(text.substr(pos, open - pos)));
      append(o, v ? *v : txt(text.substr(open, close + 2 - open)));
      pos = close + 2;
    }
    append(o, txt(text.substr(pos)));
    return o;
  }
  DraftText tf(std::string_view key, const Vars& vars = {}) const { return fill(t(key), vars); }
  DraftText tt(const char* key) const { return txt(t(key)); }
  std::string ts(std::string_view key, const Vars& vars = {}) const { return draft_plain(tf(key, vars)); }

  // A placeholder: "[to complete: <what>]".
  DraftText gap(std::string_view what_key) const {
    return {DraftSpan{draft_plain(fill(t("gap"), {{"what", txt(t(what_key))}})), true}};
  }
  DraftText gapv(std::string_view what_key, const Vars& vars) const {
    return {DraftSpan{draft_plain(fill(t("gap"), {{"what", fill(t(what_key), vars)}})), true}};
  }
  // A label of the UI string tables (register value lists: "reg.status.done"), else the value.
  std::string label(const std::string& prefix, const std::string& value) const {
    if (value.empty()) return {};
    const std::string k = prefix + "." + value;
    return s.has(k) ? std::string(s.tr(k)) : value;
  }
  // The value, or the placeholder when the project does not hold it.
  DraftText val(const std::string& v, std::string_view what_key) const { return v.empty() ? gap(what_key) : txt(v); }

  void heading(int level, std::string text) {
    DraftBlock b;
    b.kind = DraftBlock::Kind::heading;
    b.level = level;
    b.text = txt(std::move(text));
    d.blocks.push_back(std::move(b));
  }
  void para(DraftText text, bool quote = false) {
    DraftBlock b;
    b.kind = DraftBlock::Kind::paragraph;
    b.text = std::move(text);
    b.quote = quote;
    d.blocks.push_back(std::move(b));
  }
  void items(std::vector<DraftText> items) {
    if (items.empty()) return;
    DraftBlock b;
    b.kind = DraftBlock::Kind::list;
    b.items = std::move(items);
    d.blocks.push_back(std::move(b));
  }
  void table(std::vector<std::string> head, std::vector<std::vector<DraftText>> rows) {
    DraftBlock b;
    b.kind = DraftBlock::Kind::table;
    b.head = std::move(head);
    b.rows = std::move(rows);
    d.blocks.push_back(std::move(b));
  }

  // Shorthands with template keys (one call instead of a string built at every call site,
  // which kept the web build's code larger).
  void h(int level, const char* key) { heading(level, t(key)); }
  void p(const char* key) { para(tf(key)); }
  void p(const char* key, const Vars& vars) { para(tf(key, vars)); }
  void table_k(std::initializer_list<const char*> head_keys, std::vector<std::vector<DraftText>> rows) {
    std::vector<std::string> head;
    head.reserve(head_keys.size());
    for (const char* k : head_keys) head.push_back(t(k));
    table(std::move(head), std::move(rows));
  }

  std::string date(const std::string& iso) const { return fmt_date(in.lang, iso); }
  std::string org() const;
  Vars base() const;
};

// [SECTION] Project helpers -------------------------------------------------------------------

std::string str(const OrderedJson& j, const char* key) {
  if (!j.is_object() || !j.contains(key)) return {};
  const auto& v = j[key];
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  return {};
}

const OrderedJson& at(const OrderedJson& j, const char* key) {
  static const OrderedJson null;
  return j.is_object() && j.contains(key) ? j[key] : null;
}

std::string Writer::org() const { return str(at(in.project, "organisation"), "name"); }

Vars Writer::base() const {
  return {{"org", org().empty() ? gap("fact.organisation") : txt(org())},
          {"as_of", txt(date(in.date))},
          {"legal_as_of", txt(date(in.ai.legal_status_as_of))}};
}

struct Sys {
  std::size_t index;
  const OrderedJson* json;
  const Classification* c;
  std::string id, name;
};

std::vector<Sys> systems(const DraftInput& in) {
  std::vector<Sys> o;
  const auto& list = at(in.project, "systems");
  if (!list.is_array() || !in.assessment.classes) return o;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto* c = in.assessment.classes->of_system(i);
    std::string name = str(list[i], "name");
    if (name.empty()) name = str(list[i], "id");
    o.push_back({i, &list[i], c, str(list[i], "id"), name});
  }
  return o;
}

bool has_role(const Classification& c, std::string_view role) {
  return std::find(c.effective_roles.begin(), c.effective_roles.end(), role) != c.effective_roles.end();
}

std::string applies_from(const Classification& c, std::string_view obligation) {
  for (const auto& o : c.obligations) {
    if (o.id == obligation) return std::string(o.applies_from);
  }
  return {};
}

std::string ref_of(const Catalog& cat, std::string_view id, Lang lang) {
  const auto* e = cat.find(id);
  return e ? e->ref.get(lang) : std::string(id);
}
std::string title_of(const Catalog& cat, std::string_view id, Lang lang) {
  const auto* e = cat.find(id);
  return e ? e->title.get(lang) : std::string(id);
}

std::string roles_text(const Writer& w, const Classification& c) {
  std::vector<std::string> r;
  for (auto role : c.effective_roles) r.push_back(w.s.tr("role." + std::string(role)));
  return join(r, ", ");
}

std::string routes_text(const Writer& w, const Classification& c) {
  std::vector<std::string> r;
  for (auto id : c.high_risk_routes) r.push_back(ref_of(w.in.ai, id, w.in.lang) + " – " + title_of(w.in.ai, id, w.in.lang));
  return join(r, "; ");
}

std::string class_text(const Writer& w, const Classification& c) { return w.s.tr("class." + std::string(c.risk_class)); }

// The RACI row of a system (governance.raci.<id>).
const OrderedJson& raci(const DraftInput& in, const std::string& id) {
  return at(at(at(in.project, "governance"), "raci"), id.c_str());
}

// The paragraph (template key `key`) naming who is responsible and who accountable for a
// system, each marked as a gap when the RACI row has no one.
void raci_para(Writer& w, const DraftInput& in, const std::string& id, const char* key) {
  const auto& r = raci(in, id);
  w.para(w.tf(key, {{"responsible", w.val(str(r, "responsible"), "gap.responsible")},
                    {"accountable", w.val(str(r, "accountable"), "gap.accountable")}}));
}

// The risks of a system from the risk register.
std::vector<const OrderedJson*> risks_of(const DraftInput& in, const std::string& id) {
  std::vector<const OrderedJson*> o;
  const auto& list = at(in.project, "risks");
  if (!list.is_array()) return o;
  for (const auto& r : list) {
    if (str(r, "system") == id) o.push_back(&r);
  }
  return o;
}

std::string score(const OrderedJson& r, const char* l, const char* i) {
  const auto& a = at(r, l);
  const auto& b = at(r, i);
  if (!a.is_number() || !b.is_number()) return {};
  return std::to_string(a.get<int>()) + " × " + std::to_string(b.get<int>()) + " = " +
         std::to_string(a.get<int>() * b.get<int>());
}

// The template text of key, or fallback when the templates have none.
std::string status_or(const Writer& w, const std::string& key, const std::string& fallback) {
  std::string v = w.t(key);
  return v.rfind("{{", 0) == 0 ? fallback : v;
}

// The documents with one part per system (FRIA, registration data sheet, Annex IV outline,
// deployer checklist): the intro names the systems that need the document ({{systems}}), `more`
// (when given) adds to it, then each of those systems, in inventory order, gets a heading with
// its name and its part. Both see the intro's variables.
using SystemPart = void (*)(Writer& w, const Sys& x, const Vars& intro);
void per_system(Writer& w, bool (*needs)(const Sys&), SystemPart part,
                void (*more)(Writer& w, const Vars& intro) = nullptr) {
  const auto sys = systems(w.in);
  std::vector<std::string> names;
  for (const auto& x : sys) {
    if (needs(x)) names.push_back(x.name);
  }
  Vars v = w.base();
  v.push_back({"systems", txt(join(names, "; "))});
  w.p("intro", v);
  if (more) more(w, v);
  for (const auto& x : sys) {
    if (!needs(x)) continue;
    w.heading(1, x.name);
    part(w, x, v);
  }
}

// [SECTION] AI policy -------------------------------------------------------------------------

void build_policy(Writer& w) {
  const auto& in = w.in;
  const auto& o = at(in.project, "organisation");
  const auto& gov = at(in.project, "governance");
  const auto sys = systems(in);
  Vars v = w.base();

  w.h(1, "h.purpose");
  w.p("purpose", v);
  std::vector<std::string> ms;
  if (at(o, "management_systems").is_array()) {
    for (const auto& m : at(o, "management_systems")) {
      if (m.is_string()) ms.push_back(w.label("org.ms", m.get<std::string>()));
    }
  }
  Vars ov = v;
  ov.push_back({"employees", w.val(str(o, "employees"), "fact.organisation")});
  ov.push_back({"sites", w.val(str(o, "sites"), "fact.organisation")});
  ov.push_back({"entities", w.val(str(o, "legal_entities"), "fact.organisation")});
  ov.push_back({"systems", txt(ms.empty() ? w.t("none") : join(ms, ", "))});
  w.p("organisation", ov);
  const std::string scope = str(at(at(at(in.project, "iso"), "answers"), "4.3"), "notes");
  w.para(w.tf("scope", {{"scope", w.val(scope, "gap.scope")}}));
  std::vector<std::string> docs;
  if (at(in.project, "documents").is_array()) {
    for (const auto& doc : at(in.project, "documents")) {
      const std::string kind = str(doc, "kind");
      if (kind == "procedure" || kind == "other") docs.push_back(str(doc, "title"));
    }
  }
  w.para(w.tf("alignment", {{"documents", docs.empty() ? w.gap("gap.alignment") : txt(join(docs, ", "))}}));

  w.h(1, "h.principles");
  w.p("principles.intro", v);
  std::vector<DraftText> pr;
  for (const auto& p : w.list("principles")) pr.push_back(w.fill(p, v));
  w.items(std::move(pr));

  w.h(1, "h.roles");
  w.p("roles.board");
  std::vector<std::vector<DraftText>> board;
  if (at(gov, "board").is_array()) {
    for (const auto& m : at(gov, "board")) board.push_back({txt(str(m, "name")), txt(str(m, "function"))});
  }
  if (board.empty()) board.push_back({w.gap("gap.board"), w.gap("gap.function")});
  w.table_k({"col.name", "col.function"}, std::move(board));
  const auto& officer = at(gov, "ai_officer");
  std::string off = str(officer, "name");
  if (!off.empty() && !str(officer, "email").empty()) off += " (" + str(officer, "email") + ")";
  w.para(w.tf("roles.officer", {{"officer", w.val(off, "gap.officer")}}));
  w.h(2, "h.escalation");
  w.para(w.val(str(gov, "escalation"), "gap.escalation"));
  w.h(2, "h.raci");
  std::vector<std::vector<DraftText>> rows;
  for (const auto& x : sys) {
    const auto& r = raci(in, x.id);
    if (!r.is_object()) continue;
    rows.push_back({txt(x.name), w.val(str(r, "responsible"), "gap.raci"), w.val(str(r, "accountable"), "gap.raci"),
                    txt(str(r, "consulted")), txt(str(r, "informed"))});
  }
  if (rows.empty()) {
    w.p("raci.none");
    rows.push_back({w.gap("gap.raci"), {}, {}, {}, {}});
  } else {
    w.p("raci.intro");
  }
  w.table_k({"col.system", "col.r", "col.a", "col.c", "col.i"}, std::move(rows));

  w.h(1, "h.act_roles");
  w.p("act_roles.intro", v);
  std::map<std::string, std::vector<std::string>> by_role;
  for (const auto& x : sys) {
    if (!x.c) continue;
    for (auto r : x.c->effective_roles) by_role[std::string(r)].push_back(x.name);
  }
  std::vector<std::vector<DraftText>> role_rows;
  for (const auto& [role, names] : by_role) role_rows.push_back({txt(w.s.tr("role." + role)), txt(join(names, "; "))});
  w.table_k({"col.roles", "col.system"}, std::move(role_rows));

  w.h(1, "h.systems");
  Vars sv = v;
  sv.push_back({"n", txt(std::to_string(sys.size()))});
  w.p("systems.intro", sv);
  // Most severe class first, inventory order within a class.
  std::vector<const Sys*> sorted;
  for (int rank = 0; rank < 8; ++rank) {
    for (const auto& x : sys) {
      if (x.c && risk_class_rank(x.c->risk_class) == rank) sorted.push_back(&x);
    }
  }
  std::vector<std::vector<DraftText>> srows;
  for (const auto* x : sorted) {
    if (!x->c) continue;
    srows.push_back({txt(x->name), txt(class_text(w, *x->c)), txt(roles_text(w, *x->c)),
                     txt(str(*x->json, "owner")), txt(w.date(std::string(x->c->applies_from)))});
  }
  w.table_k({"col.system", "col.class", "col.roles", "col.owner", "col.from"},
          std::move(srows));

  w.h(1, "h.prohibited");
  w.p("prohibited.intro", v);
  std::vector<DraftText> practices;
  for (const auto* e : in.ai.of_kind("prohibited_practice")) {
    practices.push_back(txt(e->title.get(in.lang) + " (" + e->ref.get(in.lang) + ")"));
  }
  w.items(std::move(practices));
  std::vector<std::string> banned;
  for (const auto& x : sys) {
    if (x.c && x.c->risk_class == "prohibited") banned.push_back(x.name);
  }
  if (banned.empty()) {
    w.p("prohibited.none", v);
  } else {
    w.para(w.tf("prohibited.some", {{"systems", txt(join(banned, "; "))}}));
  }
  w.p("prohibited.new");

  w.h(1, "h.literacy");
  std::string art4;
  if (const auto* e = in.ai.find("art4")) {
    if (const auto* m = in.ai.milestone(e->milestone)) art4 = m->date(DateBasis::amended);
  }
  Vars lv = v;
  lv.push_back({"date", txt(w.date(art4))});
  w.p("literacy", lv);
  std::vector<DraftText> tr;
  if (at(in.project, "trainings").is_array()) {
    for (const auto& t : at(in.project, "trainings")) {
      std::string line = str(t, "title");
      std::vector<std::string> det = {w.date(str(t, "date")), str(t, "audience")};
      line += " (" + join(det, "; ") + ")";
      tr.push_back(txt(line));
    }
  }
  if (tr.empty()) {
    w.p("literacy.none");
    tr.push_back(w.gap("gap.literacy"));
  }
  w.items(std::move(tr));

  w.h(1, "h.incidents");
  w.p("incidents");
  std::vector<std::string> prov, dep;
  for (const auto& x : sys) {
    if (!x.c || x.c->risk_class != "high_risk") continue;
    if (has_role(*x.c, "provider")) prov.push_back(x.name);
    if (has_role(*x.c, "deployer")) dep.push_back(x.name);
  }
  if (!prov.empty()) {
    Vars pv = v;
    pv.push_back({"systems", txt(join(prov, "; "))});
    w.p("incidents.provider", pv);
  }
  if (!dep.empty()) {
    Vars dv = v;
    dv.push_back({"systems", txt(join(dep, "; "))});
    w.p("incidents.deployer", dv);
  }
  w.para(w.tf("incidents.authority", {{"authority", w.gap("gap.authority")}}));

  w.h(1, "h.review");
  std::string owner = str(officer, "name"), review;
  if (at(in.project, "documents").is_array()) {
    for (const auto& doc : at(in.project, "documents")) {
      if (str(doc, "kind") != "ai_policy") continue;
      if (!str(doc, "owner").empty()) owner = str(doc, "owner");
      review = str(doc, "review");
      break;
    }
  }
  w.para(w.tf("review", {{"owner", w.val(owner, "gap.owner")}, {"review", w.val(w.date(review), "gap.review")}}));
  w.p("approval");
  w.table_k({"col.name", "col.function", "col.date", "col.signature"},
          {{w.gap("gap.approver"), w.gap("gap.function"), w.gap("gap.date"), {}}});
}

// [SECTION] Fundamental rights impact assessment ------------------------------------------------

bool needs_fria(const Sys& x) { return x.c && x.c->fria_required; }

void fria_part(Writer& w, const Sys& x, const Vars&) {
  const auto& in = w.in;
  const auto& gov = at(in.project, "governance");
  const auto& c = *x.c;
  const auto& j = *x.json;
  Vars sv = w.base();
  sv.push_back({"system", txt(x.name)});
  sv.push_back({"class", txt(class_text(w, c))});
  sv.push_back({"routes", txt(routes_text(w, c))});
  sv.push_back({"date", txt(w.date(applies_from(c, "art27")))});
  sv.push_back({"ref", txt(ref_of(in.ai, "art27", in.lang))});
  w.p("system.intro", sv);

  w.h(2, "h.a");
  w.para(w.tf("a", {{"purpose", w.val(str(j, "purpose"), "gap.purpose")}}));
  w.para(w.tf("a.vendor", {{"vendor", w.val(str(j, "vendor"), "gap.vendor")}}));
  w.para(w.gap("gap.process"));

  w.h(2, "h.b");
  const std::string lc = str(j, "lifecycle");
  w.para(w.tf("b", {{"lifecycle", txt(lc.empty() ? w.t("none") : status_or(w, "lifecycle." + lc, lc))}}));
  w.para(w.gap("gap.period"));

  w.h(2, "h.c");
  std::vector<std::string> areas;
  for (auto id : c.high_risk_routes) {
    const auto* e = in.ai.find(id);
    if (e && !e->area.empty()) areas.push_back(title_of(in.ai, e->area, in.lang));
  }
  w.para(w.tf("c", {{"area", txt(areas.empty() ? w.t("none") : join(areas, "; "))}}));
  if (at(j, "personal_data").is_boolean() && at(j, "personal_data").get<bool>()) {
    const bool special = at(j, "special_category_data").is_boolean() && at(j, "special_category_data").get<bool>();
    w.para(w.tf("c.personal", {{"special", special ? w.tf("c.special") : DraftText{}}}));
  }
  w.para(w.gap("gap.persons"));

  w.h(2, "h.d");
  w.p("d");
  const auto risks = risks_of(in, x.id);
  if (risks.empty()) {
    w.p("d.none");
    w.para(w.gap("gap.risks"));
  } else {
    std::vector<std::vector<DraftText>> rows;
    for (const auto* r : risks) {
      rows.push_back({txt(str(*r, "title")), txt(score(*r, "likelihood", "impact")), txt(str(*r, "measures"))});
    }
    w.table_k({"col.risk", "col.score", "col.measures"}, std::move(rows));
  }
  w.para(w.gap("gap.provider_info"));

  w.h(2, "h.e");
  raci_para(w, in, x.id, "e");
  w.para(w.gap("gap.oversight"));

  w.h(2, "h.f");
  w.para(w.tf("f", {{"escalation", w.val(str(gov, "escalation"), "gap.escalation")}}));
  w.para(w.gap("gap.complaints"));

  w.h(2, "h.dpia");
  if (at(j, "personal_data").is_boolean() && !at(j, "personal_data").get<bool>()) {
    w.p("dpia.none");
  } else {
    w.para(w.tf("dpia", {{"dpia", w.gap("gap.dpia")}}));
  }

  w.h(2, "h.notify");
  w.p("notify");
  w.table_k({"col.field", "col.value"},
          {{w.tt("notify.authority"), w.gap("gap.authority")},
           {w.tt("notify.date"), w.gap("gap.notify_date")},
           {w.tt("notify.done"), w.gap("gap.done")}});
}

void build_fria(Writer& w) { per_system(w, needs_fria, fria_part); }

// [SECTION] Registration data sheet --------------------------------------------------------------

// Which section of Annex VIII: A (provider), B (Art. 6(3) system), C (public deployer); empty: none.
std::string registration_section(const Sys& x) {
  if (!x.c) return {};
  if (x.c->registration == "art49.2") return "B";
  if (x.c->registration != "none") return "A";
  if (x.c->has_obligation("art49.3")) return "C";
  return {};
}
bool needs_registration(const Sys& x) { return !registration_section(x).empty(); }

std::string officer_of(const DraftInput& in) {
  const auto& o = at(at(in.project, "governance"), "ai_officer");
  std::string v = str(o, "name");
  if (!v.empty() && !str(o, "email").empty()) v += " (" + str(o, "email") + ")";
  return v;
}

void registration_part(Writer& w, const Sys& x, const Vars&) {
  const auto& in = w.in;
  const std::string sec = registration_section(x);
  const auto& c = *x.c;
  const auto& j = *x.json;
  const std::string duty = sec == "C" ? "art49.3" : "art49";
  Vars sv = w.base();
  sv.push_back({"system", txt(x.name)});
  sv.push_back({"class", txt(class_text(w, c))});
  sv.push_back({"registration", txt(sec == "C" ? title_of(in.ai, "art49.3", in.lang)
                                               : w.t("reg." + std::string(c.registration)))});
  sv.push_back({"section", txt(w.t("section." + sec))});
  std::string from = applies_from(c, duty);
  if (from.empty()) from = applies_from(c, "art49");
  sv.push_back({"date", txt(w.date(from))});
  sv.push_back({"ref", txt(ref_of(in.ai, duty, in.lang))});
  w.p("system.intro", sv);
  const bool nonpublic = c.registration == "eu_non_public";
  if (nonpublic) w.p("nonpublic");
  if (c.registration == "national") w.p("national");
  const std::string vis = w.t(nonpublic ? "vis.nonpublic" : "vis.public");
  Vars cv = w.base();
  cv.push_back({"officer", w.val(officer_of(in), "gap.contact")});
  const DraftText contact = w.tf("contact", cv);
  const std::string lc = str(j, "lifecycle");
  const DraftText status = lc.empty() ? w.gap("A.7") : txt(status_or(w, "lifecycle." + lc, lc));
  const DraftText purpose = w.val(str(j, "purpose"), "gap.purpose");
  std::vector<std::pair<std::string, DraftText>> rows;
  if (sec == "A") {
    rows = {{"A.1", contact}, {"A.2", w.gap("gap.submitter")}, {"A.3", w.gap("gap.rep")}, {"A.4", txt(x.name)},
            {"A.5", purpose}, {"A.6", w.gap("gap.logic")}, {"A.7", status}, {"A.8", w.gap("gap.certificate")},
            {"A.9", w.gap("gap.certificate")}, {"A.10", w.gap("gap.member_states")},
            {"A.11", w.gap("gap.declaration")}, {"A.12", w.gap("gap.ifu")}, {"A.13", w.gap("gap.url")}};
  } else if (sec == "B") {
    std::vector<std::string> conds;
    const auto& cl = at(at(j, "art6_3"), "conditions");
    if (cl.is_array()) {
      for (const auto& id : cl) {
        if (id.is_string()) conds.push_back(ref_of(in.ai, id.get<std::string>(), in.lang) + " – " +
                                            title_of(in.ai, id.get<std::string>(), in.lang));
      }
    }
    DraftText grounds = conds.empty() ? DraftText{} : txt(join(conds, "; ") + "; ");
    append(grounds, w.gap("gap.grounds"));
    rows = {{"B.1", contact}, {"B.2", w.gap("gap.submitter")}, {"B.3", w.gap("gap.rep")}, {"B.4", txt(x.name)},
            {"B.5", purpose}, {"B.6", grounds}, {"B.7", status}, {"B.8", w.gap("gap.member_states")}};
  } else {
    const bool personal = !(at(j, "personal_data").is_boolean() && !at(j, "personal_data").get<bool>());
    rows = {{"C.1", contact}, {"C.2", w.gap("gap.submitter")}, {"C.3", w.gap("gap.provider_url")},
            {"C.4", c.fria_required ? w.tt("fria.see") : w.gap("gap.fria")},
            {"C.5", personal ? w.gap("gap.dpia") : w.tt("none")}};
  }
  std::vector<std::vector<DraftText>> table;
  for (auto& [k, val] : rows) table.push_back({txt(k.substr(2) + ". " + w.t(k)), std::move(val), txt(vis)});
  w.table_k({"col.field", "col.value", "col.visibility"}, std::move(table));
}

void build_registration(Writer& w) { per_system(w, needs_registration, registration_part); }

// [SECTION] Annex IV outline ---------------------------------------------------------------------

bool needs_annex4(const Sys& x) { return x.c && x.c->risk_class == "high_risk" && has_role(*x.c, "provider"); }

void risk_table(Writer& w, const std::string& id, const char* intro, const char* none, const char* gap_key) {
  w.para(w.tf(intro));
  const auto risks = risks_of(w.in, id);
  if (risks.empty()) {
    w.para(w.tf(none));
    w.para(w.gap(gap_key));
    return;
  }
  std::vector<std::vector<DraftText>> rows;
  for (const auto* r : risks) {
    rows.push_back({txt(str(*r, "title")), txt(score(*r, "likelihood", "impact")), txt(str(*r, "measures"))});
  }
  w.table_k({"col.risk", "col.score", "col.measures"}, std::move(rows));
}

// After the intro: the simplified documentation SMEs and small mid-caps may give.
void annex4_sme(Writer& w, const Vars& v) {
  const auto& o = at(w.in.project, "organisation");
  const auto flag = [&](const char* k) { return at(o, k).is_boolean() && at(o, k).get<bool>(); };
  if (flag("sme") || flag("small_midcap")) w.p("sme", v);
}

void annex4_part(Writer& w, const Sys& x, const Vars&) {
  const auto& in = w.in;
  const auto& c = *x.c;
  const auto& j = *x.json;
  Vars sv = w.base();
  sv.push_back({"system", txt(x.name)});
  sv.push_back({"class", txt(class_text(w, c))});
  sv.push_back({"routes", txt(routes_text(w, c))});
  sv.push_back({"conformity", txt(w.t("conformity." + std::string(c.conformity_assessment)))});
  const std::string art11 = applies_from(c, "art11");
  sv.push_back({"date", w.val(w.date(art11.empty() ? std::string(c.applies_from) : art11), "gap.date")});
  w.para(w.tf(art11.empty() ? "system.sectoral" : "system.intro", sv));
  w.h(2, "h.1");
  w.p("1");
  w.para(w.tf("1.purpose", {{"purpose", w.val(str(j, "purpose"), "gap.purpose")}}));
  const std::string lc = str(j, "lifecycle");
  Vars pv = w.base();
  pv.push_back({"roles", txt(roles_text(w, c))});
  pv.push_back({"lifecycle", txt(lc.empty() ? w.t("none") : status_or(w, "lifecycle." + lc, lc))});
  pv.push_back({"since", w.val(w.date(str(j, "on_market_since")), "gap.since")});
  w.p("1.provider", pv);
  w.para(w.gap("gap.version"));
  w.h(2, "h.2");
  w.p("2");
  w.para(w.gap("gap.development"));
  w.h(2, "h.3");
  raci_para(w, in, x.id, "3");
  w.para(w.gap("gap.limits"));
  w.h(2, "h.4");
  w.p("4");
  w.para(w.gap("gap.metrics"));
  w.h(2, "h.5");
  risk_table(w, x.id, "5", "5.none", "gap.risks");
  w.h(2, "h.6");
  w.para(w.tf("6", {{"trigger", w.val(str(j, "review_trigger"), "gap.trigger")}}));
  w.h(2, "h.7");
  w.p("7");
  w.para(w.gap("gap.standards"));
  w.h(2, "h.8");
  w.p("8");
  w.para(w.gap("gap.declaration"));
  w.h(2, "h.9");
  w.p("9");
  w.para(w.gap("gap.pmm"));
}

void build_annex4(Writer& w) { per_system(w, needs_annex4, annex4_part, annex4_sme); }

// [SECTION] Transparency notices -----------------------------------------------------------------

bool needs_transparency(const Sys& x) { return x.c && !x.c->transparency.empty(); }

void build_transparency(Writer& w) {
  const auto& in = w.in;
  const auto sys = systems(in);
  std::vector<std::string> names;
  std::string from;
  for (const auto& x : sys) {
    if (!needs_transparency(x)) continue;
    names.push_back(x.name);
    for (auto id : x.c->transparency) {
      const std::string f = applies_from(*x.c, id);
      if (!f.empty() && (from.empty() || f < from)) from = f;
    }
  }
  Vars v = w.base();
  v.push_back({"systems", txt(join(names, "; "))});
  v.push_back({"date", txt(w.date(from))});
  w.p("intro", v);
  for (const auto& x : sys) {
    if (!needs_transparency(x)) continue;
    const auto& c = *x.c;
    w.heading(1, x.name);
    Vars sv = w.base();
    sv.push_back({"system", txt(x.name)});
    sv.push_back({"class", txt(class_text(w, c))});
    sv.push_back({"roles", txt(roles_text(w, c))});
    w.p("system.intro", sv);
    if (c.risk_class == "prohibited") w.p("prohibited");
    for (auto id_view : c.transparency) {
      const std::string id(id_view);
      w.heading(2, title_of(in.ai, id, in.lang) + " (" + ref_of(in.ai, id, in.lang) + ")");
      w.para(w.tf("duty", {{"what", w.tf("what." + id)}}));
      w.p("show");
      w.para(w.tf("text." + id, sv), true);
      if (id == "art50.2") w.para(w.tf("marking", {{"how", w.gap("gap.marking")}}));
      w.para(w.tf("where", {{"where", w.gap("gap.where")}}));
    }
  }
}

// [SECTION] Deployer checklist -------------------------------------------------------------------

bool needs_deployer(const Sys& x) { return x.c && x.c->risk_class == "high_risk" && has_role(*x.c, "deployer"); }

void deployer_part(Writer& w, const Sys& x, const Vars& v) {
  const auto& in = w.in;
  const auto& c = *x.c;
  const auto& j = *x.json;
  const DraftText vendor = w.val(str(j, "vendor"), "gap.vendor");
  Vars sv = w.base();
  sv.push_back({"system", txt(x.name)});
  sv.push_back({"routes", txt(routes_text(w, c))});
  sv.push_back({"vendor", vendor});
  sv.push_back({"date", txt(w.date(applies_from(c, "art26")))});
  sv.push_back({"ref", txt(ref_of(in.ai, "art26", in.lang))});
  w.p("system.intro", sv);
  const auto& r = raci(in, x.id);
  const auto& dt = at(j, "deployer_type");
  const bool public_body = at(dt, "public_body").is_boolean() && at(dt, "public_body").get<bool>();
  const bool personal = !(at(j, "personal_data").is_boolean() && !at(j, "personal_data").get<bool>());
  DraftText oversight = str(r, "responsible").empty()
                            ? w.gap("gap.oversight")
                            : w.tf("p.oversight", {{"responsible", txt(str(r, "responsible"))},
                                                   {"accountable", w.val(str(r, "accountable"), "gap.oversight")}});
  DraftText workers = str(r, "consulted").empty() ? DraftText{} : w.tf("p.workers", {{"consulted", txt(str(r, "consulted"))}});
  if (!workers.empty()) append(workers, txt("; "));
  append(workers, w.gap("gap.workers"));
  DraftText dpia = personal ? w.tf("p.dpia") : w.tf("p.no_personal", v);
  if (personal) {
    append(dpia, txt("; "));
    append(dpia, w.gap("gap.dpia"));
  }
  std::vector<std::pair<std::string, DraftText>> items = {
      {"d.1", w.tf("p.ifu", {{"vendor", vendor}, {"where", w.gap("gap.ifu")}})},
      {"d.2", oversight},
      {"d.4", w.gap("gap.input")},
      {"d.5", w.tf("p.monitoring")},
      {"d.6", w.gap("gap.logs")},
      {"d.7", workers},
      {"d.8", public_body ? w.tf("p.public") : w.tf("p.not_public", v)},
      {"d.9", dpia},
      {"d.11", w.gap("gap.inform")},
      {"d.27", w.tf(c.fria_required ? "p.fria_yes" : "p.fria_no")},
  };
  if (c.has_obligation("art86")) {
    DraftText e = w.tf("p.86");
    append(e, txt("; "));
    append(e, w.gap("gap.86"));
    items.push_back({"d.86", e});
  }
  std::vector<std::vector<DraftText>> rows;
  int n = 0;
  for (auto& [k, val] : items) {
    rows.push_back({txt(std::to_string(++n)), txt(w.t(k)), std::move(val), w.tt("check")});
  }
  w.table_k({"col.no", "col.duty", "col.project", "col.done"}, std::move(rows));
}

void build_deployer(Writer& w) { per_system(w, needs_deployer, deployer_part); }

// [SECTION] Internal audit programme and checklist -----------------------------------------------

std::string maturity_text(const Writer& w, int level) {
  for (const auto& l : w.in.iso.maturity) {
    if (l.level == level) return std::to_string(level) + " – " + l.title.get(w.in.lang);
  }
  return std::to_string(level);
}

std::string evidence_text(const DraftInput& in, const std::string& id) {
  std::vector<std::string> v;
  const auto& ev = at(at(at(at(in.project, "iso"), "answers"), id.c_str()), "evidence");
  if (ev.is_array()) {
    for (const auto& e : ev) v.push_back(str(e, "value"));
  }
  return join(v, "; ");
}

void checklist(Writer& w, const std::vector<RequirementResult>& reqs, bool controls) {
  std::vector<std::vector<DraftText>> rows;
  for (const auto& r : reqs) {
    if (!r.req || (controls && !r.applicable)) continue;
    rows.push_back({txt(r.req->id), txt(r.req->title.get(w.in.lang) + ": " + r.req->question.get(w.in.lang)),
                    txt(maturity_text(w, r.maturity)), txt(evidence_text(w.in, r.req->id)), {}});
  }
  w.table_k({"col.no", "col.requirement", "col.maturity", "col.evidence", "col.finding"},
          std::move(rows));
}

bool finding_open(const OrderedJson& f) {
  const std::string st = str(f, "status");
  return st != "done" && st != "closed";
}

void build_audit(Writer& w) {
  const auto& in = w.in;
  const auto& audits = at(in.project, "audits");
  Vars v = w.base();
  v.push_back({"target", w.val(w.date(str(at(in.project, "organisation"), "certification_target")), "gap.target")});
  w.h(1, "h.programme");
  w.p("programme", v);
  std::vector<std::vector<DraftText>> rows;
  if (audits.is_array()) {
    for (const auto& a : audits) {
      const auto& f = at(a, "findings");
      rows.push_back({txt(w.date(str(a, "date"))), txt(str(a, "scope")), txt(str(a, "auditor")),
                      txt(std::to_string(f.is_array() ? f.size() : 0))});
    }
  }
  if (rows.empty()) {
    w.p("audits.none");
  } else {
    w.table_k({"col.date", "col.scope", "col.auditor", "col.findings"}, std::move(rows));
  }
  w.p("planned");
  w.table_k({"col.date", "col.scope", "col.auditor"},
          {{w.gap("gap.planned_date"), w.gap("gap.planned_scope"), w.gap("gap.planned_auditor")}});
  w.p("criteria");
  w.h(1, "h.clauses");
  w.p("checklist", v);
  checklist(w, in.assessment.clauses, false);
  w.h(1, "h.controls");
  w.p("checklist", v);
  checklist(w, in.assessment.controls, true);
  w.h(1, "h.open");
  std::vector<std::vector<DraftText>> open;
  if (audits.is_array()) {
    for (const auto& a : audits) {
      const auto& fs = at(a, "findings");
      if (!fs.is_array()) continue;
      for (const auto& f : fs) {
        if (!finding_open(f)) continue;
        open.push_back({txt(str(f, "text")), txt(w.label("audit.severity", str(f, "severity"))),
                        txt(str(f, "action")), txt(w.date(str(f, "due"))), txt(w.label("reg.status", str(f, "status")))});
      }
    }
  }
  if (open.empty()) {
    w.p("open.none");
  } else {
    w.table_k({"col.finding_text", "col.severity", "col.action", "col.due", "col.status"},
            std::move(open));
  }
}

// [SECTION] Management review --------------------------------------------------------------------

void build_review(Writer& w) {
  const auto& in = w.in;
  const auto& reviews = at(in.project, "reviews");
  Vars v = w.base();
  // The next review: the first one on or after the draft's date; earlier ones are "earlier reviews".
  const OrderedJson* next = nullptr;
  std::vector<const OrderedJson*> earlier;
  if (reviews.is_array()) {
    for (const auto& r : reviews) {
      if (str(r, "date") >= in.date) {
        if (!next) next = &r;
      } else {
        earlier.push_back(&r);
      }
    }
  }
  w.h(1, "h.agenda");
  w.p("agenda.intro");
  w.table_k({"col.field", "col.value"},
          {{w.tt("f.date"), w.val(next ? w.date(str(*next, "date")) : std::string(), "gap.date")},
           {w.tt("f.participants"), w.val(next ? str(*next, "participants") : std::string(), "gap.participants")},
           {w.tt("f.chair"), w.gap("gap.chair")}});
  std::vector<DraftText> agenda;
  int n = 0;
  for (const auto& item : w.list("agenda")) agenda.push_back(txt(std::to_string(++n) + ". " + item));
  w.items(std::move(agenda));

  w.h(1, "h.inputs");
  w.h(2, "h.actions");
  std::vector<std::vector<DraftText>> actions;
  for (const OrderedJson* r : earlier) {
    const auto& as = at(*r, "actions");
    if (!as.is_array()) continue;
    for (const auto& a : as) {
      actions.push_back({txt(str(a, "text")), txt(str(a, "owner")), txt(w.date(str(a, "due"))),
                         txt(w.label("reg.status", str(a, "status")))});
    }
  }
  if (actions.empty()) {
    w.p("actions.none");
  } else {
    w.table_k({"col.action", "col.owner", "col.due", "col.status"}, std::move(actions));
  }

  w.h(2, "h.changes");
  const auto& history = at(in.project, "history");
  std::vector<std::vector<DraftText>> changes;
  if (history.is_array()) {
    for (std::size_t i = history.size(); i-- > 0 && changes.size() < 10;) {
      changes.push_back({txt(w.date(str(history[i], "at").substr(0, 10))), txt(str(history[i], "what"))});
    }
  }
  if (!changes.empty()) {
    w.p("changes.intro");
    w.table_k({"col.date", "col.what"}, std::move(changes));
  }
  w.p("changes.law", v);
  std::vector<std::vector<DraftText>> deadlines;
  // By date and obligation (the key "date<US>title" sorts by date), the systems it concerns.
  std::map<std::string, std::vector<std::string>> by;
  for (const auto& x : systems(in)) {
    if (!x.c) continue;
    for (const auto& d : x.c->deadlines) {
      if (std::string(d.date) < in.date) continue;
      by[std::string(d.date) + '\x1f' + title_of(in.ai, d.obligation, in.lang) + " (" + std::string(d.ref) + ")"].push_back(x.name);
    }
  }
  for (const auto& [key, names] : by) {
    std::vector<std::string> uniq;
    for (const auto& nm : names) {
      if (std::find(uniq.begin(), uniq.end(), nm) == uniq.end()) uniq.push_back(nm);
    }
    const std::size_t us = key.find('\x1f');
    deadlines.push_back({txt(w.date(key.substr(0, us))), txt(key.substr(us + 1)), txt(join(uniq, "; "))});
  }
  if (deadlines.empty()) {
    w.p("changes.none");
  } else {
    w.table_k({"col.date", "col.obligation", "col.system"}, std::move(deadlines));
  }

  w.h(2, "h.parties");
  w.para(w.val(str(at(at(at(in.project, "iso"), "answers"), "4.2"), "notes"), "gap.parties"));

  w.h(2, "h.performance");
  w.para(w.tf("performance", {{"readiness", txt(std::to_string(in.assessment.readiness.percent))},
                              {"maturity", txt(std::to_string(in.assessment.readiness.maturity_percent))}}));
  w.p("objectives");
  std::vector<std::vector<DraftText>> objs;
  if (at(in.project, "objectives").is_array()) {
    for (const auto& o : at(in.project, "objectives")) {
      objs.push_back({txt(str(o, "title")), txt(str(o, "target")), txt(w.date(str(o, "due"))),
                      txt(w.label("reg.status", str(o, "status")))});
    }
  }
  if (objs.empty()) {
    w.p("objectives.none");
  } else {
    w.table_k({"col.objective", "col.target", "col.due", "col.status"}, std::move(objs));
  }
  w.p("audits");
  std::vector<std::vector<DraftText>> finds;
  if (at(in.project, "audits").is_array()) {
    for (const auto& a : at(in.project, "audits")) {
      if (!at(a, "findings").is_array()) continue;
      for (const auto& f : at(a, "findings")) {
        finds.push_back({txt(w.date(str(a, "date"))), txt(str(f, "text")), txt(w.label("audit.severity", str(f, "severity"))),
                         txt(w.label("reg.status", str(f, "status")))});
      }
    }
  }
  if (finds.empty()) {
    w.p("audits.none");
  } else {
    w.table_k({"col.date", "col.finding", "col.severity", "col.status"}, std::move(finds));
  }
  w.p("risks");
  std::vector<std::vector<DraftText>> rs;
  if (at(in.project, "risks").is_array()) {
    for (const auto& r : at(in.project, "risks")) {
      if (str(r, "status") == "closed") continue;
      rs.push_back({txt(str(r, "title")), txt(score(r, "residual_likelihood", "residual_impact")), txt(str(r, "owner")),
                    txt(w.label("risk.status", str(r, "status")))});
    }
  }
  if (rs.empty()) {
    w.p("risks.none");
  } else {
    w.table_k({"col.risk", "col.level", "col.owner", "col.status"}, std::move(rs));
  }
  w.h(2, "h.improvement");
  w.para(w.gap("gap.improvement"));

  w.h(1, "h.minutes");
  w.p("minutes.decisions");
  w.para(w.val(next ? str(*next, "decisions") : std::string(), "gap.decisions"));
  w.p("minutes.actions");
  w.table_k({"col.action", "col.owner", "col.due"},
          {{w.gap("gap.action"), w.gap("gap.owner"), w.gap("gap.due")}});
  w.p("minutes.sign");
  w.table_k({"col.name", "col.function", "col.date", "col.signature"}, {{{}, {}, {}, {}}});
}

// [SECTION] AI literacy plan ---------------------------------------------------------------------

std::string lower(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

void build_literacy(Writer& w) {
  const auto& in = w.in;
  const auto sys = systems(in);
  std::string art4;
  if (const auto* e = in.ai.find("art4")) {
    if (const auto* m = in.ai.milestone(e->milestone)) art4 = m->date(DateBasis::amended);
  }
  Vars v = w.base();
  v.push_back({"date", txt(w.date(art4))});
  w.h(1, "h.basis");
  w.p("intro", v);

  // The trainings' words, to see which audience a training names.
  const auto& trainings = at(in.project, "trainings");
  std::string recorded;
  bool mandatory = false;
  if (trainings.is_array()) {
    for (const auto& t : trainings) {
      recorded += lower(str(t, "title") + " " + str(t, "audience")) + "\n";
      mandatory = mandatory || (at(t, "mandatory").is_boolean() && at(t, "mandatory").get<bool>());
    }
  }
  w.h(1, "h.audiences");
  std::vector<std::vector<DraftText>> rows;
  std::vector<std::string> missing;
  rows.push_back({w.tt("aud.all"), w.tt("all_systems"), w.tt("topics.all")});
  if (!mandatory) missing.push_back(w.t("aud.all"));
  rows.push_back({w.tt("aud.management"), w.tt("all_systems"), w.tt("topics.management")});
  if (recorded.find(lower(w.t("aud.management")).substr(0, 8)) == std::string::npos) missing.push_back(w.t("aud.management"));
  for (const auto& x : sys) {
    if (!x.c) continue;
    const std::string rc(x.c->risk_class);
    if (rc != "high_risk" && rc != "limited_risk" && rc != "prohibited") continue;
    std::string owner = str(*x.json, "owner");
    const std::string aud = w.ts("aud.system", {{"system", txt(x.name)}, {"owner", txt(owner)}});
    rows.push_back({txt(aud), txt(x.name), txt(w.t("topics." + rc))});
    // Named when a training mentions the system's name (its first word) or id.
    std::string first = lower(x.name.substr(0, x.name.find_first_of(" (–")));
    const bool named = (first.size() >= 4 && recorded.find(first) != std::string::npos) ||
                       recorded.find(lower(x.id)) != std::string::npos;
    if (!named && rc != "prohibited") missing.push_back(aud);
  }
  w.table_k({"col.audience", "col.systems", "col.topics"}, std::move(rows));

  w.h(1, "h.trainings");
  std::vector<std::vector<DraftText>> tr;
  if (trainings.is_array()) {
    for (const auto& t : trainings) {
      const bool m = at(t, "mandatory").is_boolean() && at(t, "mandatory").get<bool>();
      tr.push_back({txt(str(t, "title")), txt(str(t, "audience")), txt(w.date(str(t, "date"))),
                    txt(str(t, "participants")), txt(w.t(m ? "yes" : "no"))});
    }
  }
  if (tr.empty()) {
    w.p("trainings.none");
  } else {
    w.table_k({"col.training", "col.audience", "col.date", "col.participants", "col.mandatory"},
            std::move(tr));
  }

  w.h(1, "h.gaps");
  if (missing.empty()) {
    w.p("gaps.none");
  } else {
    w.p("gaps.intro");
    std::vector<DraftText> items;
    for (const auto& m : missing) items.push_back(w.gapv("gap.training", {{"audience", txt(m)}}));
    w.items(std::move(items));
  }
  w.h(1, "h.plan");
  w.p("plan");
  w.table_k({"col.training", "col.date", "col.owner"},
          {{w.gap("gap.plan_topic"), w.gap("gap.plan_date"), w.gap("gap.plan_owner")}});
}

// [SECTION] Kinds, title page, register ---------------------------------------------------------

using Builder = void (*)(Writer&);
// Whether the draft applies: always, or when a system needs it.
using Applies = bool (*)(const std::vector<Sys>&);

bool always(const std::vector<Sys>&) { return true; }
bool any_fria(const std::vector<Sys>& s) { return std::any_of(s.begin(), s.end(), needs_fria); }
bool any_registration(const std::vector<Sys>& s) { return std::any_of(s.begin(), s.end(), needs_registration); }
bool any_annex4(const std::vector<Sys>& s) { return std::any_of(s.begin(), s.end(), needs_annex4); }
bool any_transparency(const std::vector<Sys>& s) { return std::any_of(s.begin(), s.end(), needs_transparency); }
bool any_deployer(const std::vector<Sys>& s) { return std::any_of(s.begin(), s.end(), needs_deployer); }

struct KindRow {
  DraftKind kind;
  Builder build;
  Applies applies;
};

const std::vector<KindRow>& kind_rows() {
  static const std::vector<KindRow> rows = {
      {{"policy", "ai_policy"}, build_policy, always},
      {{"fria", "other"}, build_fria, any_fria},
      {{"registration", "other"}, build_registration, any_registration},
      {{"annex4", "other"}, build_annex4, any_annex4},
      {{"transparency", "procedure"}, build_transparency, any_transparency},
      {{"deployer", "procedure"}, build_deployer, any_deployer},
      {{"audit", "audit_programme"}, build_audit, always},
      {{"review", "management_review"}, build_review, always},
      {{"literacy", "competence_records"}, build_literacy, always},
  };
  return rows;
}

}  // namespace

const std::vector<DraftKind>& draft_kinds() {
  static const std::vector<DraftKind> kinds = [] {
    std::vector<DraftKind> o;
    for (const auto& r : kind_rows()) o.push_back(r.kind);
    return o;
  }();
  return kinds;
}

const DraftKind* find_draft_kind(std::string_view id) {
  for (const auto& k : draft_kinds()) {
    if (id == k.id) return &k;
  }
  return nullptr;
}

std::string draft_title(std::string_view id, Lang lang) {
  const auto& t = templates();
  const std::string k(id);
  if (!t.contains("documents") || !t["documents"].contains(k)) return k;
  const auto& d = t["documents"][k][lang_code(lang)];
  return d.contains("title") && d["title"].is_string() ? d["title"].get<std::string>() : k;
}

int draft_templates_version() {
  const auto& t = templates();
  return t.contains("version") && t["version"].is_number_integer() ? t["version"].get<int>() : 0;
}

std::string draft_version(const OrderedJson& project, std::string_view id) {
  const std::string marker = "aims-draft:" + std::string(id);
  const auto& docs = at(project, "documents");
  if (docs.is_array()) {
    for (const auto& d : docs) {
      if (str(d, "location") == marker && !str(d, "version").empty()) return str(d, "version");
    }
  }
  return "0.1";
}

std::optional<DraftDocument> build_draft(const DraftInput& in, std::string_view id) {
  const KindRow* row = nullptr;
  for (const auto& r : kind_rows()) {
    if (id == r.kind.id) row = &r;
  }
  if (!row || !row->applies(systems(in))) return std::nullopt;
  Writer w(in, row->kind.id);
  auto& d = w.d;
  d.title = w.t("title");
  d.basis = w.t("basis");
  d.kicker = w.t("kicker");
  d.organisation = w.org();
  d.version = draft_version(in.project, id);
  d.date = w.date(in.date);
  d.toc = w.t("toc");
  d.toc_hint = w.t("toc_hint");
  d.page_label = w.t("page");
  d.notice = w.ts("notice", w.base());
  d.footer = w.ts("footer", {{"title", txt(d.title)}, {"org", txt(d.organisation)}, {"date", txt(d.date)}});
  row->build(w);
  d.facts = {{w.t("fact.organisation"), d.organisation},
             {w.t("fact.project"), str(at(in.project, "project"), "name")},
             {w.t("fact.version"), d.version},
             {w.t("fact.status"), w.t("status.draft")},
             {w.t("fact.date"), d.date},
             {w.t("fact.legal_as_of"), w.date(in.ai.legal_status_as_of)},
             {w.t("fact.templates"), "drafts.json v" + std::to_string(draft_templates_version())}};
  d.gaps_line = w.ts("gaps_line", {{"n", txt(std::to_string(draft_gaps(d)))}});
  return std::move(w.d);
}

std::vector<DraftDocument> build_drafts(const DraftInput& in) {
  std::vector<DraftDocument> o;
  for (const auto& k : draft_kinds()) {
    if (auto d = build_draft(in, k.id)) o.push_back(std::move(*d));
  }
  return o;
}

std::size_t record_draft(OrderedJson& project, const DraftDocument& d, const std::string& owner) {
  const std::string marker = "aims-draft:" + d.id;
  if (!project.contains("documents") || !project["documents"].is_array()) project["documents"] = OrderedJson::array();
  auto& docs = project["documents"];
  const DraftKind* kind = find_draft_kind(d.id);
  for (std::size_t i = 0; i < docs.size(); ++i) {
    auto& e = docs[i];
    if (str(e, "location") != marker) continue;
    e["title"] = d.title;
    e["status"] = "draft";
    // The version raised by 0.1 ("0.3" -> "0.4"); a version that is not "major.minor" stays.
    const std::string ver = str(e, "version");
    const auto dot = ver.find('.');
    if (dot != std::string::npos && dot + 1 < ver.size() &&
        ver.find_first_not_of("0123456789.") == std::string::npos && ver.find('.', dot + 1) == std::string::npos) {
      e["version"] = ver.substr(0, dot) + "." + std::to_string(std::stoi(ver.substr(dot + 1)) + 1);
    }
    if (str(e, "owner").empty() && !owner.empty()) e["owner"] = owner;
    return i;
  }
  // A new entry with the next free id "d-<n>".
  int next = 1;
  for (const auto& e : docs) {
    const std::string id = str(e, "id");
    if (id.rfind("d-", 0) == 0 && id.size() > 2 && id.find_first_not_of("0123456789", 2) == std::string::npos) {
      next = std::max(next, std::stoi(id.substr(2)) + 1);
    }
  }
  OrderedJson e = OrderedJson::object();
  e["id"] = "d-" + std::to_string(next);
  e["title"] = d.title;
  e["kind"] = kind ? kind->register_kind : "other";
  e["status"] = "draft";
  e["owner"] = owner;
  e["version"] = "0.1";
  e["review"] = nullptr;
  e["location"] = marker;
  docs.push_back(std::move(e));
  return docs.size() - 1;
}

}  // namespace aims
