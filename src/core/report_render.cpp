// Reports for the auditor, the renderers: each walks the content (core/report_model.h) and
// lays it out in its format; report_formats() lists the formats, one row each.
//
// [SECTION] Escaping: HTML, CSV, Markdown
// [SECTION] CSV
// [SECTION] Markdown (tables)
// [SECTION] HTML (style sheet, tables)
// [SECTION] Renderers walking the document: Markdown, HTML
// [SECTION] Formats: one row each
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "core/report.h"
#include "core/handover.h"
#include "core/workbook.h"

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

using Table = ReportTable;

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

namespace {

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

// [SECTION] Renderers walking the document: Markdown, HTML ------------------------------------

bool shown(const ReportBlock& b, ReportOnly format) { return b.only == ReportOnly::all || b.only == format; }

void md_blocks(std::string& o, const std::vector<ReportBlock>& blocks) {
  for (const ReportBlock& b : blocks) {
    if (!shown(b, ReportOnly::markdown)) continue;
    switch (b.kind) {
      case ReportBlock::Kind::heading:
        o += (b.level == 4 ? "#### " : "### ") + markdown_cell(b.number.empty() ? b.text : b.number + " " + b.text) + "\n\n";
        if (!b.detail.empty()) o += markdown_cell(b.detail) + "\n\n";
        break;
      case ReportBlock::Kind::paragraph: o += markdown_cell(b.text) + "\n\n"; break;
      case ReportBlock::Kind::list:
        for (const auto& it : b.items) {
          o += "- " + markdown_cell(it.text);
          if (!it.detail.empty()) o += " (" + markdown_cell(it.detail) + ")";
          o += "\n";
        }
        if (!b.items.empty()) o += "\n";
        break;
      case ReportBlock::Kind::table: o += render_md_table(b.table); break;
      case ReportBlock::Kind::figures:
        for (const auto& row : b.figures) {
          for (const auto& f : row) o += "- **" + markdown_cell(f.label) + ":** " + markdown_cell(f.value) + "\n";
        }
        o += "\n";
        break;
      case ReportBlock::Kind::group:
        if (!b.text.empty()) o += "**" + markdown_cell(b.text) + "**\n\n";
        md_blocks(o, b.blocks);
        break;
    }
  }
}

}  // namespace

std::string render_markdown(const ReportDocument& d) {
  std::string o;
  auto fact = [&](const std::string& k, const std::string& v) {
    o += "- **" + markdown_cell(k) + ":** " + markdown_cell(v) + "\n";
  };
  o += "# " + markdown_cell(d.title) + "\n\n";
  o += "*" + markdown_cell(d.kicker) + "*\n\n";
  fact(d.organisation_label, d.organisation);
  for (const auto& f : d.facts) fact(f.label, f.value);
  o += "\n> " + markdown_cell(d.notice) + "\n\n";
  o += "## " + markdown_cell(d.contents) + "\n\n";
  int n = 0;
  for (const auto& ch : d.chapters) o += std::to_string(++n) + ". " + markdown_cell(ch.title) + "\n";
  o += "\n";
  n = 0;
  for (const auto& ch : d.chapters) {
    o += "## " + std::to_string(++n) + " " + markdown_cell(ch.title) + "\n\n";
    md_blocks(o, ch.blocks);
  }
  o += "---\n\n";
  o += markdown_cell(d.closing) + "\n\n";
  return o;
}

namespace {

void html_blocks(Html& h, const std::vector<ReportBlock>& blocks) {
  for (const ReportBlock& b : blocks) {
    if (!shown(b, ReportOnly::html)) continue;
    switch (b.kind) {
      case ReportBlock::Kind::heading:
        if (b.level == 4) {
          if (b.detail.empty()) {
            h.tag("<h4>", b.text, "</h4>\n");
          } else {
            h.raw("<div class=\"keep-head\">");
            h.tag("<h4>", b.text, "");
            h.tag(" <span class=\"muted\">\u00b7 ", b.detail, "</span></h4></div>\n");
          }
        } else {
          h.raw(b.id.empty() ? std::string("<h3>") : "<h3 id=\"" + b.id + "\">");
          h.esc(b.number.empty() ? b.text : b.number + " " + b.text);
          h.raw("</h3>\n");
        }
        break;
      case ReportBlock::Kind::paragraph: h.tag(b.note ? "<p class=\"note\">" : "<p>", b.text, "</p>\n"); break;
      case ReportBlock::Kind::list:
        if (b.items.empty()) break;
        h.raw("<ul class=\"plain\">");
        for (const auto& it : b.items) {
          h.tag("<li>", it.text, "");
          if (!it.detail.empty()) h.tag(" <span class=\"muted\">(", it.detail, ")</span>");
          h.raw("</li>");
        }
        h.raw("</ul>\n");
        break;
      case ReportBlock::Kind::table:
        if (b.table.narrow) h.raw("<div style=\"max-width:120mm\">");
        render_html_table(h, b.table);
        if (b.table.narrow) h.raw("</div>\n");
        break;
      case ReportBlock::Kind::figures:
        for (const auto& row : b.figures) {
          h.raw("<div class=\"cards\">\n");
          for (const auto& f : row) {
            h.raw("<div class=\"card\">");
            h.tag("<div class=\"value\">", f.value, "</div>");
            h.tag("<div class=\"label\">", f.label, "</div>");
            if (!f.hint.empty()) h.tag("<div class=\"hint\">", f.hint, "</div>");
            h.raw("</div>\n");
          }
          h.raw("</div>\n");
        }
        break;
      case ReportBlock::Kind::group:
        h.raw("<div class=\"keep\">");
        if (!b.text.empty()) h.tag("<h4>", b.text, "</h4>\n");
        html_blocks(h, b.blocks);
        h.raw("</div>\n");
        break;
    }
  }
}

}  // namespace

std::string render_html(const ReportDocument& d) {
  Html h;
  h.raw("<!DOCTYPE html>\n<html lang=\"");
  h.raw(d.lang);
  h.raw("\">\n<head>\n<meta charset=\"utf-8\">\n");
  h.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
  h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  h.raw("<meta name=\"generator\" content=\"aims " AIMS_VERSION "\">\n");
  h.tag("<title>", d.organisation.empty() ? d.title : d.organisation + " \u2013 " + d.title, "</title>\n");
  h.raw("<style>");
  h.raw(kStyle);
  // Running header and footer on printed pages (none on the cover); the wide chapters in landscape.
  const std::string box = "font-family: Inter, Arial, sans-serif; font-size: 7.5pt; color: #59616c;";
  h.raw("@page { size: A4; margin: 15mm 13mm 15mm 13mm;\n  @top-left { content: " + css_string(d.organisation) + "; " +
        box + " }\n  @top-right { content: " + css_string(d.title) + "; " + box + " }\n  @bottom-left { content: " +
        css_string(d.page_footer) + "; " + box + " }\n  @bottom-right { content: " + css_string(d.page_label) +
        " \" \" counter(page) \" / \" counter(pages); " + box + " } }\n");
  h.raw("@page wide { size: A4 landscape; }\n");
  h.raw("@page :first { @top-left { content: \"\"; } @top-right { content: \"\"; } @bottom-left { content: \"\"; } "
        "@bottom-right { content: \"\"; } }\n");
  h.raw("</style>\n</head>\n<body>\n");

  // Cover
  h.raw("<header class=\"cover\">\n");
  h.tag("<p class=\"kicker\">", d.kicker, "</p>\n");
  h.tag("<h1>", d.title, "</h1>\n");
  if (!d.organisation.empty()) h.tag("<p class=\"org\">", d.organisation, "</p>\n");
  h.raw("<dl class=\"facts\">\n");
  for (const auto& f : d.facts) {
    if (f.value.empty()) continue;
    h.tag("<dt>", f.label, "</dt>");
    h.tag("<dd>", f.value, "</dd>\n");
  }
  h.raw("</dl>\n");
  h.tag("<p class=\"notice\">", d.notice, "</p>\n");
  // Contents: the chapters, each with its numbered sections.
  h.raw("<nav class=\"toc\">\n");
  h.tag("<h2>", d.contents, "</h2>\n<ol>\n");
  for (const auto& ch : d.chapters) {
    h.raw("<li><a href=\"#" + ch.id + "\">");
    h.esc(ch.title);
    h.raw("</a>");
    bool open = false;
    for (const auto& b : ch.blocks) {
      if (b.kind != ReportBlock::Kind::heading || b.number.empty() || !shown(b, ReportOnly::html)) continue;
      if (!open) h.raw("<ol>");
      open = true;
      h.raw("<li><a href=\"#" + b.id + "\">");
      h.esc(b.text);
      h.raw("</a></li>");
    }
    if (open) h.raw("</ol>");
    h.raw("</li>\n");
  }
  h.raw("</ol>\n</nav>\n</header>\n");

  int n = 0;
  for (const auto& ch : d.chapters) {
    h.raw("<section class=\"chapter" + std::string(ch.wide ? " wide" : "") + "\" id=\"" + ch.id + "\">\n");
    h.tag("<h2>", std::to_string(++n) + " " + ch.title, "</h2>\n");
    html_blocks(h, ch.blocks);
    if (n == static_cast<int>(d.chapters.size())) h.tag("<footer>", d.closing, "</footer>\n");
    h.raw("</section>\n");
  }
  h.raw("</body>\n</html>\n");
  return h.o;
}


std::string report_csv(const OrderedJson& project, const Assessment& a, const Catalog& ai, const IsoCatalog& iso,
                       Lang lang, std::string_view table) {
  ReportTable t = report_table(project, a, ai, iso, lang, table);
  return t.head.empty() ? std::string() : render_csv(t);
}

std::string report_markdown(const OrderedJson& project, const Assessment& a, const Catalog& ai, const IsoCatalog& iso,
                            Lang lang) {
  return render_markdown(build_report(project, a, ai, iso, lang));
}

std::string report_html(const OrderedJson& project, const Assessment& a, const Catalog& ai, const IsoCatalog& iso,
                        Lang lang) {
  return render_html(build_report(project, a, ai, iso, lang));
}

// [SECTION] Formats: one row each -------------------------------------------------------------

namespace {
std::string format_html(const ReportInput& in, std::string_view) {
  return report_html(in.project, in.assessment, in.ai, in.iso, in.lang);
}
std::string format_markdown(const ReportInput& in, std::string_view) {
  return report_markdown(in.project, in.assessment, in.ai, in.iso, in.lang);
}
std::string format_csv(const ReportInput& in, std::string_view table) {
  return report_csv(in.project, in.assessment, in.ai, in.iso, in.lang, table);
}
std::string format_xlsx(const ReportInput& in, std::string_view) { return render_xlsx(build_workbook(in)); }
std::string format_ciso(const ReportInput& in, std::string_view) {
  const auto files = ciso_handover_files(in);
  for (const auto& f : files) {
    if (f.second.empty()) return {};
  }
  return zip_files(files);
}
}  // namespace

const std::vector<ReportFormat>& report_formats() {
  static const std::vector<ReportFormat> formats = {
      {"html", nullptr, ".html", "text/html;charset=utf-8", "one printable document", false, format_html},
      {"md", "markdown", ".md", "text/markdown;charset=utf-8", "Markdown", false, format_markdown},
      {"csv", nullptr, ".csv", "text/csv;charset=utf-8", "one --table (UTF-8 with BOM)", true, format_csv},
      {"xlsx", "excel", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
       "one Excel workbook: AI systems, obligations, gap assessment, SoA, risk register, RACI, tasks and roadmap, "
       "AI Act deadlines",
       false, format_xlsx, true},
      {"ciso-assistant", "ciso", ".zip", "application/zip",
       "the hand-over to CISO Assistant: four files for its Data Wizard (AI systems as assets, applied controls, "
       "ISO/IEC 42001 audit, risk assessment) and a README; a directory with --out DIR (the app: one ZIP)",
       false, format_ciso, true, ciso_handover_files},
  };
  return formats;
}

const ReportFormat* find_report_format(std::string_view name) {
  for (const auto& f : report_formats()) {
    if (name == f.id || (f.alias && name == f.alias)) return &f;
  }
  return nullptr;
}

std::string report_format_names(std::string_view sep, std::string_view last_sep, bool exports) {
  std::vector<const char*> ids;
  for (const auto& f : report_formats()) {
    if (f.is_export == exports) ids.push_back(f.id);
  }
  std::string o;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) o += i + 1 == ids.size() ? last_sep : sep;
    o += ids[i];
  }
  return o;
}

}  // namespace aims
