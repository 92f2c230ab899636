// Document drafts (core/drafts.h): which drafts apply to the demo project, the FRIA only for
// the systems whose classification needs one, gaps counted, no template marker left, both
// languages, the three renderers and the documents register entry.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/drafts.h"
#include "core/project.h"
#include "helpers.h"

namespace {

constexpr const char* kDate = "2026-12-02";

aims::OrderedJson demo() {
  const std::string text = test::read_file(std::string(AIMS_SOURCE_DIR) + "/assets/project/demo-de.json");
  auto l = aims::load_project(text, "demo", test::cat());
  REQUIRE(l.doc.has_value());
  return *l.doc;
}

const aims::IsoCatalog& iso() {
  const aims::IsoCatalog* c = aims::iso_catalog();
  REQUIRE(c != nullptr);
  return *c;
}

struct Drafts {
  aims::OrderedJson project;
  aims::Assessment assessment;
  std::vector<aims::DraftDocument> docs;
  Drafts(aims::OrderedJson p, aims::Lang lang) : project(std::move(p)) {
    aims::AssessOptions o;
    o.as_of = kDate;
    o.lang = lang;
    assessment = aims::assess(project, test::cat(), iso(), o);
    docs = aims::build_drafts({project, assessment, test::cat(), iso(), lang, kDate});
  }
  const aims::DraftDocument* find(const std::string& id) const {
    for (const auto& d : docs) {
      if (d.id == id) return &d;
    }
    return nullptr;
  }
};

std::vector<std::string> ids(const std::vector<aims::DraftDocument>& docs) {
  std::vector<std::string> o;
  for (const auto& d : docs) o.push_back(d.id);
  return o;
}

std::vector<std::string> headings(const aims::DraftDocument& d, int level) {
  std::vector<std::string> o;
  for (const auto& b : d.blocks) {
    if (b.kind == aims::DraftBlock::Kind::heading && b.level == level) o.push_back(aims::draft_plain(b.text));
  }
  return o;
}

// Every text of a document, to look for markers.
std::string all_text(const aims::DraftDocument& d) {
  std::string o = d.title + "\n" + d.notice + "\n" + d.footer + "\n" + d.gaps_line + "\n";
  for (const auto& [k, v] : d.facts) o += k + ": " + v + "\n";
  for (const auto& b : d.blocks) {
    o += aims::draft_plain(b.text) + "\n";
    for (const auto& i : b.items) o += aims::draft_plain(i) + "\n";
    for (const auto& h : b.head) o += h + "\n";
    for (const auto& r : b.rows) {
      for (const auto& c : r) o += aims::draft_plain(c) + "\n";
    }
  }
  return o;
}

// The demo project with the CV ranking used by a private entity providing public services:
// Art. 27(1) then asks for a FRIA (Annex III point 4 is not point 2).
aims::OrderedJson demo_with_fria() {
  auto p = demo();
  for (auto& s : p["systems"]) {
    if (s["id"] == "bewerber-vorauswahl") s["deployer_type"]["public_service"] = true;
  }
  return p;
}

}  // namespace

TEST_CASE("drafts: the kinds are the nine of issue #15, each with a register kind of the value list") {
  const std::vector<std::string> expected = {"policy", "fria",  "registration", "annex4",  "transparency",
                                             "deployer", "audit", "review",       "literacy"};
  std::vector<std::string> got;
  for (const auto& k : aims::draft_kinds()) got.push_back(k.id);
  CHECK(got == expected);
  const std::set<std::string> kinds = {"ai_policy", "audit_programme", "management_review", "competence_records",
                                       "procedure", "other"};
  for (const auto& k : aims::draft_kinds()) CHECK(kinds.count(k.register_kind) == 1);
  CHECK(aims::draft_templates_version() >= 1);
}

TEST_CASE("drafts: which apply to the demo project (no FRIA, no registration there)") {
  for (auto lang : {aims::Lang::de, aims::Lang::en}) {
    Drafts d(demo(), lang);
    CHECK(ids(d.docs) ==
          std::vector<std::string>{"policy", "annex4", "transparency", "deployer", "audit", "review", "literacy"});
    // Per-system drafts hold a chapter for exactly the systems that need them.
    CHECK(headings(*d.find("annex4"), 1) ==
          std::vector<std::string>{"SafeGuard Vision \u2013 KI-Personenerkennung f\u00fcr Portalachsen"});
    CHECK(headings(*d.find("deployer"), 1) ==
          std::vector<std::string>{"Bewerber-Vorauswahl (CV-Ranking)", "Schichtplanung und Leistungsauswertung Fertigung"});
    CHECK(headings(*d.find("transparency"), 1).size() == 3);
  }
}

TEST_CASE("drafts: a FRIA only for the systems whose classification needs one") {
  Drafts d(demo_with_fria(), aims::Lang::de);
  const auto& classes = d.assessment.classifications();
  std::vector<std::string> need;
  for (const auto& c : classes) {
    if (c.fria_required) need.push_back(std::string(c.name.view()));
  }
  REQUIRE(need == std::vector<std::string>{"Bewerber-Vorauswahl (CV-Ranking)"});
  const auto* fria = d.find("fria");
  REQUIRE(fria != nullptr);
  CHECK(headings(*fria, 1) == need);
  // (a) to (f) of Art. 27(1), the DPIA and the notification for that one system.
  CHECK(headings(*fria, 2).size() == 8);
  const std::string text = all_text(*fria);
  CHECK(text.find("Art. 27 Abs. 1 Buchst. f") != std::string::npos);
  CHECK(text.find("Art. 27 Abs. 4") != std::string::npos);
  CHECK(text.find("Art. 27 Abs. 3") != std::string::npos);
  CHECK(text.find("Benachteiligung von Bewerbenden") != std::string::npos);  // its risk from the register
  // Without the change no system needs one, and there is no FRIA.
  Drafts plain(demo(), aims::Lang::de);
  CHECK(plain.find("fria") == nullptr);
  CHECK_FALSE(aims::build_draft({plain.project, plain.assessment, test::cat(), iso(), aims::Lang::de, kDate}, "fria"));
}

TEST_CASE("drafts: gaps are counted, shown in the language's words, and no template marker is left") {
  for (auto lang : {aims::Lang::de, aims::Lang::en}) {
    Drafts d(demo_with_fria(), lang);
    CHECK(d.docs.size() == 8);
    const std::string gap = lang == aims::Lang::de ? "[zu erg\u00e4nzen: " : "[to complete: ";
    for (const auto& doc : d.docs) {
      CAPTURE(doc.id);
      CHECK(doc.lang == aims::lang_code(lang));
      const std::string text = all_text(doc);
      CHECK(text.find("{{") == std::string::npos);
      CHECK(text.find("}}") == std::string::npos);
      int n = 0;
      for (const auto& b : doc.blocks) {
        auto count = [&](const aims::DraftText& t) {
          for (const auto& s : t) {
            if (s.gap) {
              ++n;
              CHECK(s.text.rfind(gap, 0) == 0);
            } else {
              CHECK(s.text.find(gap) == std::string::npos);  // every placeholder is marked
            }
          }
        };
        count(b.text);
        for (const auto& i : b.items) count(i);
        for (const auto& r : b.rows) {
          for (const auto& c : r) count(c);
        }
      }
      CHECK(n == aims::draft_gaps(doc));
      CHECK(n > 0);
      CHECK(doc.gaps_line.find(std::to_string(n)) != std::string::npos);
      // First page: a draft from the self-assessment, the catalog's legal status date, not legal advice.
      CHECK(doc.notice.find(lang == aims::Lang::de ? "02.12.2026" : "2026-12-02") != std::string::npos);
      CHECK(doc.notice.find(lang == aims::Lang::de ? "keine Rechtsberatung" : "not legal advice") != std::string::npos);
      CHECK(doc.organisation == "Brenner Antriebstechnik GmbH");
      CHECK(headings(doc, 1).size() >= 1);
    }
  }
}

TEST_CASE("drafts: the policy names the organisation's roles, risk classes and prohibited practices") {
  Drafts de(demo(), aims::Lang::de);
  const std::string text = all_text(*de.find("policy"));
  for (const char* s : {"Betreiber", "Anbieter", "Hochrisiko-KI-System", "Art. 5 Abs. 1 Buchst. a KI-VO",
                        "Stimmungsanalyse im Service-Callcenter", "Tobias H\u00e4hnel", "Art. 4 KI-VO"}) {
    CAPTURE(s);
    CHECK(text.find(s) != std::string::npos);
  }
  Drafts en(demo(), aims::Lang::en);
  const std::string t_en = all_text(*en.find("policy"));
  CHECK(t_en.find("High-risk AI system") != std::string::npos);
  CHECK(t_en.find("Art. 5(1)(a) AI Act") != std::string::npos);
  CHECK(t_en.find("[to complete: ") != std::string::npos);
}

TEST_CASE("drafts: registration sections A, B and C; the non-public section is marked") {
  auto p = demo();
  // The CV ranking by a public authority (section C); a provider of an Annex III 1 system used in
  // law enforcement is registered in the non-public section (section A, Art. 49(4)).
  for (auto& s : p["systems"]) {
    if (s["id"] == "bewerber-vorauswahl") s["deployer_type"]["public_body"] = true;
  }
  for (auto& s : p["systems"]) {
    if (s["id"] == "drivecare") {  // as if it were an Annex III point 6 (law enforcement) system
      s["annex3"] = aims::OrderedJson::array({"annex3.6.a"});
      s["art6_3"]["conditions"] = aims::OrderedJson::array();
    }
    if (s["id"] == "qualitaetspruefung") {  // an Annex III system that meets a condition of Art. 6(3)
      s["annex3"] = aims::OrderedJson::array({"annex3.4.b"});
      s["art6_3"]["conditions"] = aims::OrderedJson::array({"art6.3.d"});
      s["art6_3"]["no_material_influence"] = true;
      s["profiling"] = false;
    }
  }
  Drafts d(p, aims::Lang::en);
  std::map<std::string, std::string> reg_of;
  const auto& classes = d.assessment.classifications();
  for (const auto& c : classes) reg_of[std::string(c.system.view())] = std::string(c.registration);
  REQUIRE(reg_of["drivecare"] == "eu_non_public");
  REQUIRE(reg_of["qualitaetspruefung"] == "art49.2");
  const auto* reg = d.find("registration");
  REQUIRE(reg != nullptr);
  CHECK(headings(*reg, 1) == std::vector<std::string>{"Bewerber-Vorauswahl (CV-Ranking)", "Visuelle Qualit\u00e4tspr\u00fcfung Verzahnung",
                                                      "DriveCare \u2013 Zustands\u00fcberwachung f\u00fcr Getriebemotoren"});
  const std::string text = all_text(*reg);
  CHECK(text.find("Section A (providers") != std::string::npos);
  CHECK(text.find("Section B (providers of systems assessed as not high-risk") != std::string::npos);
  CHECK(text.find("Section C") != std::string::npos);
  CHECK(text.find("Summary of the findings of the fundamental rights impact assessment") != std::string::npos);
  CHECK(text.find("secure non-public section") != std::string::npos);
  // Every row of DriveCare's table (and only those) is marked non-public.
  int non_public = 0, tables = 0;
  for (const auto& b : reg->blocks) {
    if (b.kind != aims::DraftBlock::Kind::table) continue;
    ++tables;
    for (const auto& r : b.rows) non_public += aims::draft_plain(r.back()) == "non-public (Art. 49(4))" ? 1 : 0;
  }
  CHECK(tables == 3);
  CHECK(non_public == 13);  // Annex VIII Section A, points 1 to 13
}

TEST_CASE("drafts: the renderers") {
  Drafts d(demo(), aims::Lang::de);
  const auto& policy = *d.find("policy");
  SUBCASE("HTML: lang, headings, th scope, highlighted gaps, no script") {
    const std::string h = aims::render_draft_html(policy);
    CHECK(h.find("<html lang=\"de\">") != std::string::npos);
    CHECK(h.find("<h1>KI-Politik</h1>") != std::string::npos);
    CHECK(h.find("<h2>Zweck und Geltungsbereich</h2>") != std::string::npos);
    CHECK(h.find("<th scope=\"col\">") != std::string::npos);
    CHECK(h.find("<mark>[zu erg\u00e4nzen: ") != std::string::npos);
    CHECK(h.find("<script") == std::string::npos);
    CHECK(h.find("{{") == std::string::npos);
  }
  SUBCASE("Markdown") {
    const std::string m = aims::render_draft_markdown(policy);
    CHECK(m.rfind("# KI-Politik\n", 0) == 0);
    CHECK(m.find("\n## Zweck und Geltungsbereich\n") != std::string::npos);
    CHECK(m.find("| KI-System | Risikoklasse |") != std::string::npos);
  }
  SUBCASE("DOCX: parts, heading styles, highlight, escaping, page numbers") {
    auto copy = policy;
    copy.blocks.push_back({});
    copy.blocks.back().text = {{"a < b & \"c\"", false}};
    const auto parts = aims::draft_docx_parts(copy);
    std::string doc, styles, footer;
    for (const auto& [name, xml] : parts) {
      if (name == "word/document.xml") doc = xml;
      if (name == "word/styles.xml") styles = xml;
      if (name == "word/footer1.xml") footer = xml;
    }
    REQUIRE(parts.front().first == "[Content_Types].xml");
    CHECK(doc.find("<w:pStyle w:val=\"Heading1\"/>") != std::string::npos);
    CHECK(styles.find("<w:name w:val=\"heading 1\"/>") != std::string::npos);
    CHECK(styles.find("<w:outlineLvl w:val=\"0\"/>") != std::string::npos);
    CHECK(doc.find("<w:highlight w:val=\"yellow\"/>") != std::string::npos);
    CHECK(doc.find("a &lt; b &amp; &quot;c&quot;") != std::string::npos);
    CHECK(doc.find("TOC \\o") != std::string::npos);
    CHECK(footer.find(" PAGE ") != std::string::npos);
    const std::string zip = aims::render_draft_docx(policy);
    REQUIRE(zip.size() > 4);
    CHECK(zip.substr(0, 2) == "PK");
  }
  for (const auto& f : aims::draft_formats()) CHECK(aims::find_draft_format(f.id) == &f);
  CHECK(aims::draft_file_name(policy, *aims::find_draft_format("docx")) == "policy-de.docx");
}

TEST_CASE("drafts: recording a draft adds, then updates, its documents register entry") {
  Drafts d(demo(), aims::Lang::de);
  auto p = d.project;
  const std::size_t before = p["documents"].size();
  const auto& policy = *d.find("policy");
  const std::size_t i = aims::record_draft(p, policy, "Tobias H\u00e4hnel");
  REQUIRE(p["documents"].size() == before + 1);
  CHECK(i == before);
  const auto& e = p["documents"][i];
  CHECK(e["id"] == "d-8");
  CHECK(e["kind"] == "ai_policy");
  CHECK(e["status"] == "draft");
  CHECK(e["version"] == "0.1");
  CHECK(e["owner"] == "Tobias H\u00e4hnel");
  CHECK(e["location"] == "aims-draft:policy");
  p["documents"][i]["status"] = "in_review";
  CHECK(aims::draft_version(p, "policy") == "0.1");
  CHECK(aims::record_draft(p, policy, "someone else") == i);
  CHECK(p["documents"].size() == before + 1);
  CHECK(p["documents"][i]["status"] == "draft");
  CHECK(p["documents"][i]["version"] == "0.2");
  CHECK(p["documents"][i]["owner"] == "Tobias H\u00e4hnel");
  // The project with the entry is still valid.
  auto l = aims::load_project(p.dump(), "recorded", test::cat());
  CHECK(l.doc.has_value());
}

TEST_CASE("drafts: the templates hold the same keys in both languages") {
  const std::string text = test::read_file(std::string(AIMS_SOURCE_DIR) + "/assets/drafts/drafts.json");
  const auto t = aims::Json::parse(text);
  auto same = [](const aims::Json& a, const aims::Json& b) {
    std::vector<std::string> ka, kb;
    for (auto it = a.begin(); it != a.end(); ++it) ka.push_back(it.key());
    for (auto it = b.begin(); it != b.end(); ++it) kb.push_back(it.key());
    std::sort(ka.begin(), ka.end());
    std::sort(kb.begin(), kb.end());
    return ka == kb;
  };
  CHECK(same(t["common"]["de"], t["common"]["en"]));
  for (const auto& k : aims::draft_kinds()) {
    CAPTURE(k.id);
    REQUIRE(t["documents"].contains(k.id));
    CHECK(same(t["documents"][k.id]["de"], t["documents"][k.id]["en"]));
  }
}
