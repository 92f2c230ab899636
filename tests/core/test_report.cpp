// Reports: the content of the gap report, SoA, risk register and inventory in HTML, Markdown
// and CSV, escaping in each format, and the language of labels and catalog texts.
#include <algorithm>
#include <set>
#include <sstream>

#include "core/assess.h"
#include "core/handover.h"
#include "core/iso.h"
#include "core/project.h"
#include "core/report.h"
#include "core/workbook.h"
#include "helpers.h"

namespace {
const char* kAsOf = "2026-11-27";

aims::OrderedJson demo() {
  std::string text = test::read_file(std::string(AIMS_SOURCE_DIR) + "/assets/project/demo-de.json");
  auto l = aims::load_project(text, "demo-de.json", test::cat());
  REQUIRE(l.doc.has_value());
  return *l.doc;
}

const aims::IsoCatalog& iso() {
  const aims::IsoCatalog* i = aims::iso_catalog();
  REQUIRE(i != nullptr);
  return *i;
}

aims::Assessment assess_of(const aims::OrderedJson& doc, aims::Lang lang) {
  aims::AssessOptions opt;
  opt.as_of = kAsOf;
  opt.lang = lang;
  return aims::assess(doc, test::cat(), iso(), opt);
}

std::string html(const aims::OrderedJson& doc, aims::Lang lang) {
  return aims::report_html(doc, assess_of(doc, lang), test::cat(), iso(), lang);
}
std::string markdown(const aims::OrderedJson& doc, aims::Lang lang) {
  return aims::report_markdown(doc, assess_of(doc, lang), test::cat(), iso(), lang);
}
std::string csv(const aims::OrderedJson& doc, aims::Lang lang, const char* table) {
  return aims::report_csv(doc, assess_of(doc, lang), test::cat(), iso(), lang, table);
}

// A small RFC 4180 reader: records of fields (quoted fields may hold commas, quotes, line breaks).
std::vector<std::vector<std::string>> parse_csv(std::string s) {
  if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.erase(0, 3);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c != '"') field += c;
      else if (i + 1 < s.size() && s[i + 1] == '"') field += s[++i];
      else quoted = false;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n') {
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  if (!field.empty() || !row.empty()) {
    row.push_back(field);
    rows.push_back(row);
  }
  return rows;
}

std::size_t column(const std::vector<std::string>& header, const std::string& name) {
  auto it = std::find(header.begin(), header.end(), name);
  REQUIRE_MESSAGE(it != header.end(), "no column " << name);
  return static_cast<std::size_t>(it - header.begin());
}

const std::vector<std::string>* row_of(const std::vector<std::vector<std::string>>& rows, const std::string& id) {
  for (const auto& r : rows) {
    if (!r.empty() && r[0] == id) return &r;
  }
  return nullptr;
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size())) ++n;
  return n;
}

// Cells of a Markdown table line: the number of unescaped | minus one.
int md_cells(const std::string& line) {
  int pipes = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') ++i;
    else if (line[i] == '|') ++pipes;
  }
  return pipes - 1;
}

// Every Markdown table: each line has as many cells as its header. Returns the table count.
int check_md_tables(const std::string& md) {
  std::istringstream in(md);
  std::string line;
  int tables = 0, width = -1;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] != '|') {
      width = -1;
      continue;
    }
    if (width < 0) {
      width = md_cells(line);
      ++tables;
      CHECK(width > 0);
      continue;
    }
    CHECK_MESSAGE(md_cells(line) == width, "line " << n << ": " << line);
  }
  return tables;
}
}  // namespace

TEST_CASE("report: CSV fields are quoted as RFC 4180 says") {
  CHECK(aims::csv_field("plain") == "plain");
  CHECK(aims::csv_field("") == "");
  CHECK(aims::csv_field("a,b") == "\"a,b\"");
  CHECK(aims::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(aims::csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(aims::csv_field("x, \"y\"\nz") == "\"x, \"\"y\"\"\nz\"");
  CHECK(aims::csv_field("Größe €") == "Größe €");
  // A cell a spreadsheet would run as a formula is defused.
  CHECK(aims::csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
  CHECK(aims::csv_field("@SUM(A1)") == "'@SUM(A1)");
}

TEST_CASE("report: a field with a comma, a quote and a line break survives the risk CSV") {
  auto doc = demo();
  const std::string title = "Bias, \"proxy\" variables\nin the ranking";
  doc["risks"][0]["title"] = title;
  auto rows = parse_csv(csv(doc, aims::Lang::en, "risks"));
  REQUIRE(rows.size() == 1 + doc["risks"].size());
  const auto* r1 = row_of(rows, "r-1");
  REQUIRE(r1 != nullptr);
  CHECK((*r1)[column(rows[0], "Risk")] == title);
  CHECK(r1->size() == rows[0].size());
}

TEST_CASE("report: the SoA CSV has a header and one row per Annex A control") {
  auto doc = demo();
  std::string text = csv(doc, aims::Lang::en, "soa");
  CHECK(text.rfind("\xEF\xBB\xBF", 0) == 0);  // BOM: Excel reads the umlauts as UTF-8
  CHECK(count(text, "\r\n") == 39);           // header + 38, one line each
  auto rows = parse_csv(text);
  REQUIRE(rows.size() == 39);
  const auto& head = rows[0];
  CHECK(head[0] == "Control");
  for (const auto& r : rows) CHECK(r.size() == head.size());
  std::set<std::string> ids;
  for (std::size_t i = 1; i < rows.size(); ++i) ids.insert(rows[i][0]);
  CHECK(ids.size() == 38);
  CHECK(ids.count("A.2.2") == 1);
  CHECK(ids.count("A.10.4") == 1);
  const auto* logs = row_of(rows, "A.6.2.8");
  REQUIRE(logs != nullptr);
  CHECK((*logs)[column(head, "Title")] == iso().find("A.6.2.8")->title.en);
  CHECK((*logs)[column(head, "Applicable")] == "Yes");
  CHECK((*logs)[column(head, "Justification")].find("Art. 12") != std::string::npos);
  CHECK((*logs)[column(head, "Source of the decision")] == "Decided by the organisation");
  // A suggested row names the AI Act obligation that drives it, with the systems.
  const auto* use = row_of(rows, "A.9.3");
  REQUIRE(use != nullptr);
  CHECK((*use)[column(head, "AI Act drivers")].find("Art. 26 AI Act (Bewerber-Vorauswahl (CV-Ranking)") == 0);
  CHECK((*use)[column(head, "Implementation status")] == "In progress");
}

TEST_CASE("report: the risk CSV has one row per risk with score and residual score") {
  auto doc = demo();
  auto rows = parse_csv(csv(doc, aims::Lang::en, "risks"));
  REQUIRE(rows.size() == 1 + doc["risks"].size());
  const auto& head = rows[0];
  const std::size_t score = column(head, "Score"), residual = column(head, "Residual score");
  for (const auto& risk : doc["risks"]) {
    const auto* r = row_of(rows, risk["id"].get<std::string>());
    REQUIRE(r != nullptr);
    CHECK((*r)[score] == std::to_string(risk["likelihood"].get<int>() * risk["impact"].get<int>()));
    CHECK((*r)[residual] ==
          std::to_string(risk["residual_likelihood"].get<int>() * risk["residual_impact"].get<int>()));
  }
  const auto* r1 = row_of(rows, "r-1");
  CHECK((*r1)[score] == "16");
  CHECK((*r1)[column(head, "AI system")] == "Bewerber-Vorauswahl (CV-Ranking)");
  CHECK((*r1)[column(head, "Category")] == "Bias");
  CHECK((*r1)[column(head, "Treatment")] == "Mitigate");
  CHECK((*row_of(rows, "r-6"))[column(head, "AI system")] == "Organisation-wide");
  CHECK((*row_of(rows, "r-8"))[score] == "25");
}

TEST_CASE("report: the gaps and inventory CSVs") {
  auto doc = demo();
  auto gaps = parse_csv(csv(doc, aims::Lang::en, "gaps"));
  REQUIRE(gaps.size() == 1 + 32 + 38);
  const auto* c43 = row_of(gaps, "4.3");
  REQUIRE(c43 != nullptr);
  CHECK((*c43)[column(gaps[0], "Maturity level")] == "1");
  CHECK((*c43)[column(gaps[0], "Owner")] == "Tobias Hähnel");
  CHECK((*c43)[column(gaps[0], "Due")] == "2026-12-18");

  auto inv = parse_csv(csv(doc, aims::Lang::en, "inventory"));
  REQUIRE(inv.size() == 1 + doc["systems"].size());
  const auto* cv = row_of(inv, "bewerber-vorauswahl");
  REQUIRE(cv != nullptr);
  CHECK((*cv)[column(inv[0], "Risk class (AI Act)")] == "High-risk AI system");
  CHECK((*cv)[column(inv[0], "Role of the organisation")] == "Deployer");
  CHECK((*cv)[column(inv[0], "Lifecycle")] == "In production");
  CHECK((*cv)[column(inv[0], "Applies from")] == "2027-12-02");
  CHECK((*cv)[column(inv[0], "Next review")] == "2027-04-14");
  CHECK((*row_of(inv, "callcenter-stimmung"))[column(inv[0], "Risk class (AI Act)")] == "Prohibited practice");

  CHECK(aims::report_csv_tables() == std::vector<std::string>{"soa", "gaps", "risks", "inventory"});
  CHECK(csv(doc, aims::Lang::en, "nonsense").empty());
}

TEST_CASE("report: the HTML report is one self-contained document with every system") {
  auto doc = demo();
  std::string h = html(doc, aims::Lang::en);
  CHECK(h.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(h.find("<html lang=\"en\">") != std::string::npos);
  for (const auto& s : doc["systems"]) {
    CHECK_MESSAGE(h.find(aims::html_escape(s["name"].get<std::string>())) != std::string::npos, s["name"]);
  }
  CHECK(h.find("Brenner Antriebstechnik GmbH") != std::string::npos);
  CHECK(h.find("2026-11-27") != std::string::npos);  // the date of the assessment
  CHECK(h.find(test::cat().legal_status_as_of) != std::string::npos);
  CHECK(h.find("not legal advice") != std::string::npos);
  // Nothing that loads or runs anything.
  CHECK(h.find("http://") == std::string::npos);
  CHECK(h.find("https://") == std::string::npos);
  CHECK(h.find("<script") == std::string::npos);
  CHECK(h.find("<link") == std::string::npos);
  CHECK(h.find("<img") == std::string::npos);
  CHECK(h.find("url(") == std::string::npos);
  // Tables are balanced, headers repeat on every printed page.
  CHECK(count(h, "<table") >= 8);
  CHECK(count(h, "<table") == count(h, "</table>"));
  CHECK(count(h, "<tr>") == count(h, "</tr>"));
  CHECK(count(h, "<section") == count(h, "</section>"));
  CHECK(h.find("thead { display: table-header-group; }") != std::string::npos);
  CHECK(h.find("@page") != std::string::npos);
  // Table of contents with anchors that exist.
  for (const char* id : {"summary", "inventory", "gaps", "soa", "risks", "gaps-controls"}) {
    CHECK(h.find(std::string("href=\"#") + id + "\"") != std::string::npos);
    CHECK(h.find(std::string("id=\"") + id + "\"") != std::string::npos);
  }
  // Content: the gap report, all 38 SoA rows, every risk, the blockers.
  CHECK(h.find("Statement of Applicability") != std::string::npos);
  for (const auto* c : iso().controls()) CHECK(h.find("<td class=\"n\">" + c->id + "</td>") != std::string::npos);
  for (const auto& r : doc["risks"]) CHECK(h.find(aims::html_escape(r["title"].get<std::string>())) != std::string::npos);
  CHECK(h.find("No defined scope of the AI management system") != std::string::npos);
  // Risk classes are named in text, colour is extra.
  CHECK(h.find("<span class=\"badge high_risk\">High-risk AI system</span>") != std::string::npos);
  CHECK(h.find("<span class=\"badge prohibited\">Prohibited practice</span>") != std::string::npos);
}

TEST_CASE("report: text from the project is escaped in HTML, Markdown and CSV") {
  auto doc = demo();
  doc["systems"][0]["name"] = "<b>&\"x\"";
  doc["organisation"]["name"] = "Müller & Söhne </style><GmbH>";
  doc["risks"][0]["title"] = "a | b";
  std::string h = html(doc, aims::Lang::en);
  CHECK(h.find("<b>&\"x\"") == std::string::npos);
  CHECK(h.find("&lt;b&gt;&amp;&quot;x&quot;") != std::string::npos);
  CHECK(h.find("<GmbH>") == std::string::npos);
  CHECK(h.find("Müller &amp; Söhne &lt;/style&gt;&lt;GmbH&gt;") != std::string::npos);
  CHECK(count(h, "</style>") == 1);  // the organisation in the page footer cannot close the style
  std::string md = markdown(doc, aims::Lang::en);
  CHECK(md.find("<b>") == std::string::npos);
  CHECK(md.find("a \\| b") != std::string::npos);
  CHECK(check_md_tables(md) >= 8);
  auto rows = parse_csv(csv(doc, aims::Lang::en, "inventory"));
  CHECK((*row_of(rows, "bewerber-vorauswahl"))[1] == "<b>&\"x\"");
}

TEST_CASE("report: Markdown has the same content as headings and pipe tables") {
  auto doc = demo();
  std::string md = markdown(doc, aims::Lang::en);
  CHECK(md.rfind("# ", 0) == 0);
  CHECK(check_md_tables(md) >= 8);
  for (const char* h : {"## 1 Summary", "## 2 AI system inventory", "## 3 Gap analysis", "## 4 Statement of Applicability",
                        "## 5 Risk register"}) {
    CHECK_MESSAGE(md.find(h) != std::string::npos, h);
  }
  for (const auto& s : doc["systems"]) CHECK(md.find(aims::markdown_cell(s["name"].get<std::string>())) != std::string::npos);
  for (const auto* c : iso().controls()) CHECK(md.find("| " + c->id + " |") != std::string::npos);
  CHECK(md.find("Brenner Antriebstechnik GmbH") != std::string::npos);
}

TEST_CASE("report: the German report uses the official terms and German catalog texts") {
  auto doc = demo();
  std::string h = html(doc, aims::Lang::de);
  CHECK(h.find("<html lang=\"de\">") != std::string::npos);
  for (const char* term : {"Erklärung zur Anwendbarkeit", "Hochrisiko-KI-System", "Risikoinventar", "Gap-Analyse",
                           "Reifegrad", "Zertifizierungsreife", "Betreiber", "keine Rechtsberatung", "27.11.2026"}) {
    CHECK_MESSAGE(h.find(term) != std::string::npos, term);
  }
  CHECK(h.find(iso().find("A.6.2.8")->title.de) != std::string::npos);
  CHECK(h.find("Art. 26 KI-VO") != std::string::npos);
  CHECK(h.find("Statement of Applicability") == std::string::npos);
  std::string md = markdown(doc, aims::Lang::de);
  CHECK(md.find("## 4 Erklärung zur Anwendbarkeit") != std::string::npos);
  auto rows = parse_csv(csv(doc, aims::Lang::de, "soa"));
  CHECK(rows[0][0] == "Maßnahme");
  CHECK((*row_of(rows, "A.6.2.8"))[2] == "Ja");
  auto inv = parse_csv(csv(doc, aims::Lang::de, "inventory"));
  CHECK((*row_of(inv, "bewerber-vorauswahl"))[2] == "Hochrisiko-KI-System");
}

TEST_CASE("report: an empty project still gives complete reports") {
  auto doc = aims::new_project("p1", "Leer", aims::Lang::en, "2026-11-27T10:00:00Z");
  std::string h = html(doc, aims::Lang::en);
  CHECK(h.find("No AI systems recorded.") != std::string::npos);
  CHECK(h.find("No risks recorded.") != std::string::npos);
  CHECK(count(h, "<table") == count(h, "</table>"));
  CHECK(check_md_tables(markdown(doc, aims::Lang::en)) >= 4);
  CHECK(parse_csv(csv(doc, aims::Lang::en, "soa")).size() == 39);
  CHECK(parse_csv(csv(doc, aims::Lang::en, "risks")).size() == 1);
  CHECK(parse_csv(csv(doc, aims::Lang::en, "inventory")).size() == 1);
}

TEST_CASE("report: one table of formats feeds the CLI's --format, its usage and the app's buttons") {
  const auto& formats = aims::report_formats();
  REQUIRE(formats.size() >= 3);
  CHECK(std::string(formats[0].id) == "html");  // the app's primary button
  const std::string usage = aims::report_format_names("|", "|");
  const std::string exports = aims::report_format_names("|", "|", true);
  std::set<std::string> ids;
  const auto doc = demo();
  const auto a = assess_of(doc, aims::Lang::en);
  const aims::ReportInput in{doc, a, test::cat(), iso(), aims::Lang::en};
  for (const auto& f : formats) {
    CAPTURE(f.id);
    CHECK(ids.insert(f.id).second);  // ids are unique
    CHECK(aims::find_report_format(f.id) == &f);
    if (f.alias) CHECK(aims::find_report_format(f.alias) == &f);
    // listed in the usage of `aims report`, or of `aims export`
    CHECK(("|" + (f.is_export ? exports : usage) + "|").find(std::string("|") + f.id + "|") != std::string::npos);
    CHECK(std::string(f.extension).rfind(".", 0) == 0);
    CHECK(std::string(f.mime).find('/') != std::string::npos);
    CHECK(std::string(f.help).size() > 0);
    REQUIRE(static_cast<bool>(f.render));
    if (f.per_table) {
      for (const auto& t : aims::report_csv_tables()) CHECK_FALSE(f.render(in, t).empty());
    } else {
      CHECK_FALSE(f.render(in, "").empty());
    }
  }
  // The app's buttons are labelled "rep.<id>" (per table: "rep.<id>.<table>") in both languages.
  for (aims::Lang lang : {aims::Lang::en, aims::Lang::de}) {
    aims::Strings s;
    REQUIRE(s.load(lang));
    for (const auto& f : formats) {
      if (!f.per_table) CHECK_MESSAGE(s.has(std::string("rep.") + f.id), f.id);
      for (const auto& t : f.per_table ? aims::report_csv_tables() : std::vector<std::string>{}) {
        CHECK_MESSAGE(s.has(std::string("rep.") + f.id + "." + t), t);
      }
    }
  }
  CHECK(usage == "html|md|csv");
  CHECK(aims::report_format_names(", ", " or ") == "html, md or csv");
  CHECK(aims::find_report_format("markdown") == aims::find_report_format("md"));
  CHECK(aims::find_report_format("pdf") == nullptr);
  // The renderers give what the named functions give.
  CHECK(aims::find_report_format("html")->render(in, "") == aims::report_html(doc, a, test::cat(), iso(), aims::Lang::en));
  CHECK(aims::find_report_format("csv")->render(in, "risks") ==
        aims::report_csv(doc, a, test::cat(), iso(), aims::Lang::en, "risks"));
}

TEST_CASE("report: the document model holds the chapters once, in order, for every renderer") {
  const auto doc = demo();
  const auto a = assess_of(doc, aims::Lang::de);
  const aims::ReportDocument d = aims::build_report(doc, a, test::cat(), iso(), aims::Lang::de);
  std::vector<std::string> ids;
  for (const auto& ch : d.chapters) ids.push_back(ch.id);
  CHECK(ids == std::vector<std::string>{"summary", "inventory", "gaps", "soa", "risks", "existing"});
  const std::string h = aims::report_html(doc, a, test::cat(), iso(), aims::Lang::de);
  const std::string md = aims::report_markdown(doc, a, test::cat(), iso(), aims::Lang::de);
  std::size_t hp = 0, mp = 0;
  int n = 0;
  for (const auto& ch : d.chapters) {  // both formats show each chapter, in the model's order
    CAPTURE(ch.id);
    const std::string num = std::to_string(++n) + " ";
    std::size_t hn = h.find("<h2>" + num + aims::html_escape(ch.title) + "</h2>", hp);
    std::size_t mn = md.find("## " + num + aims::markdown_cell(ch.title) + "\n", mp);
    REQUIRE(hn != std::string::npos);
    REQUIRE(mn != std::string::npos);
    hp = hn;
    mp = mn;
  }
  // The full tables are what the CSV files hold.
  const aims::ReportTable soa = aims::report_table(doc, a, test::cat(), iso(), aims::Lang::de, "soa");
  CHECK(soa.rows.size() == 38);
  CHECK(soa.head.front() == "Maßnahme");
  CHECK(aims::report_table(doc, a, test::cat(), iso(), aims::Lang::de, "nonsense").head.empty());
}

TEST_CASE("workbook: eight sheets in both languages, names within Excel's rules, typed cells") {
  const auto doc = demo();
  for (aims::Lang lang : {aims::Lang::en, aims::Lang::de}) {
    const auto a = assess_of(doc, lang);
    const aims::ReportInput in{doc, a, test::cat(), iso(), lang};
    const aims::Workbook wb = aims::build_workbook(in);
    REQUIRE(wb.sheets.size() == 8);
    std::set<std::string> names;
    for (const auto& s : wb.sheets) {
      CAPTURE(s.name);
      CHECK(names.insert(s.name).second);
      // Excel: at most 31 characters (UTF-16 units; our names are in the BMP), none of []:*?/\.
      std::size_t chars = 0;
      for (unsigned char ch : s.name) chars += (ch & 0xC0) != 0x80;
      CHECK(chars <= 31);
      CHECK(s.name.find_first_of("[]:*?/\\") == std::string::npos);
      for (const auto& row : s.rows) CHECK(row.size() == s.columns.size());
    }
    // Clause and control numbers are text, maturity a number, due dates real dates.
    const aims::WbSheet& gaps = wb.sheets[2];
    REQUIRE_FALSE(gaps.rows.empty());
    CHECK(gaps.rows[0][0].kind == aims::WbCell::Kind::text);
    CHECK(gaps.rows[0][0].text == "4.1");
    CHECK(gaps.columns[4].maturity);
    CHECK(gaps.rows[0][4].kind == aims::WbCell::Kind::number);
    CHECK(gaps.rows[0][8].kind == aims::WbCell::Kind::date);
    const std::string xlsx = aims::render_xlsx(wb);
    CHECK(xlsx.rfind("PK", 0) == 0);  // a ZIP container
  }
  // A sheet name Excel refuses gives an error, not a broken file.
  aims::Workbook bad;
  bad.sheets.push_back({"a name much longer than thirty-one characters", {{"x", 10, false, false}}, {}, true});
  std::string error;
  CHECK(aims::render_xlsx(bad, &error).empty());
  CHECK(error.find("sheet") != std::string::npos);
}

TEST_CASE("zip: files packed with their names and bytes") {
  const std::string z = aims::zip_files({{"a.txt", "hello"}, {"Prüfung/b.csv", std::string(1000, 'x')}});
  REQUIRE(z.size() > 22);
  CHECK(z.rfind("PK\x03\x04", 0) == 0);
  CHECK(z.find("a.txt") != std::string::npos);
  CHECK(z.find("Prüfung/b.csv") != std::string::npos);
  CHECK(z.size() < 1000);  // deflated
}

TEST_CASE("CISO Assistant hand-over: result and progress rules, the audit's nodes, ref_id as text") {
  CHECK(std::string(aims::ciso_compliance_result(false, true, 5)) == "not_applicable");
  CHECK(std::string(aims::ciso_compliance_result(true, false, 0)) == "not_assessed");
  CHECK(std::string(aims::ciso_compliance_result(true, true, 1)) == "non_compliant");
  CHECK(std::string(aims::ciso_compliance_result(true, true, 2)) == "partially_compliant");
  CHECK(std::string(aims::ciso_compliance_result(true, true, 3)) == "compliant");
  CHECK(std::string(aims::ciso_progress("not_started")) == "to_do");
  CHECK(std::string(aims::ciso_progress("in_progress")) == "in_progress");
  CHECK(std::string(aims::ciso_progress("implemented")) == "done");
  const auto doc = demo();
  const auto a = assess_of(doc, aims::Lang::de);
  const aims::ReportInput in{doc, a, test::cat(), iso(), aims::Lang::de};
  const aims::CisoHandover h = aims::build_ciso_handover(in);
  const aims::WbSheet& audit = h.audit.sheets.at(0);
  // 32 clauses (6.1.1-6.1.4 as one node 6.1: 29) and 38 controls.
  CHECK(audit.rows.size() == 29 + 38);
  int n61 = 0;
  for (const auto& row : audit.rows) {
    CHECK(row[2].kind == aims::WbCell::Kind::text);
    CHECK(row[1].kind == aims::WbCell::Kind::boolean);
    n61 += row[2].text == "6.1" ? 1 : 0;
    CHECK(row[2].text.rfind("6.1.", 0) != 0);
  }
  CHECK(n61 == 1);
  const auto files = aims::ciso_handover_files(in);
  REQUIRE(files.size() == 5);
  for (const auto& [name, bytes] : files) {
    CAPTURE(name);
    CHECK_FALSE(bytes.empty());
  }
  CHECK(files[4].second.find("{project}") == std::string::npos);
}
