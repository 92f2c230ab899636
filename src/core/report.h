// The reports a consultant hands to an auditor, built from a project and its assessment:
// the gap report (readiness, blockers, scores per clause and Annex A group, every clause and
// control), the Statement of Applicability (38 rows), the risk register and the AI system
// inventory. The content is built once as a ReportDocument (core/report_model.h); each format
// is one row of report_formats() with its renderer: HTML (one self-contained, printable
// document), Markdown, or one table as CSV.
// Pure functions: labels come from the string tables (assets/i18n/<lang>.report.json and the
// shared keys), catalog texts from the catalogs, everything else from the project.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/assess.h"
#include "core/catalog.h"
#include "core/i18n.h"
#include "core/iso.h"
#include "core/json_read.h"
#include "core/report_model.h"

namespace aims {

// The non-empty texts of v, with sep between them (report, workbook and hand-over cells).
std::string join(const std::vector<std::string>& v, std::string_view sep);

// What a renderer reads.
struct ReportInput {
  const OrderedJson& project;
  const Assessment& assessment;  // made in the same language
  const Catalog& ai;
  const IsoCatalog& iso;
  Lang lang;
};

// One output format: the CLI's --format (and its usage text) and the app's download buttons
// are made from these rows. Adding a format is one renderer and one row (plus the button's
// string key "rep.<id>" in assets/i18n).
struct ReportFormat {
  const char* id;         // --format value; the app's button and test id "rep.<id>"
  const char* alias;      // another name --format accepts, or nullptr
  const char* extension;  // of the file: ".html"
  const char* mime;       // of a download: "text/html;charset=utf-8"
  const char* help;       // for the CLI's usage: what the format gives
  bool per_table;         // one file per table of report_csv_tables() (the CLI's --table; the
                          // app's buttons "rep.<id>.<table>"), else one file with the whole report
  // The file's bytes (text or binary); `table` is one of report_csv_tables() when per_table.
  // Empty when the file could not be made (an export's library failed).
  std::string (*render)(const ReportInput& in, std::string_view table);
  // A file for another tool (the CLI's `aims export`, the app's export panel), not a report
  // (`aims report`, the app's report buttons).
  bool is_export = false;
  // An export of several files: the CLI writes them into a directory; `render` packs them into
  // one ZIP (the app's download). Names and bytes.
  std::vector<std::pair<std::string, std::string>> (*files)(const ReportInput& in) = nullptr;
};

// The formats, in the order of the app's buttons (the first is the primary one).
const std::vector<ReportFormat>& report_formats();
// A format by id or alias; nullptr when none.
const ReportFormat* find_report_format(std::string_view name);
// The ids of the reports (or, exports = true, of the exports) joined: ("|", "|") -> "html|md|csv";
// (", ", " or ") -> "html, md or csv".
std::string report_format_names(std::string_view sep, std::string_view last_sep, bool exports = false);

// The report's content once (chapters, tables, notes), for the renderers.
ReportDocument build_report(const OrderedJson& project, const Assessment& a, const Catalog& ai, const IsoCatalog& iso,
                            Lang lang);
// The renderers: a document as one self-contained, printable HTML page or as Markdown; a
// table as CSV (see report_csv).
std::string render_html(const ReportDocument& d);
std::string render_markdown(const ReportDocument& d);
std::string render_csv(const ReportTable& t);
// One table with every column (what the CSV files hold); no columns for an unknown table.
ReportTable report_table(const OrderedJson& project, const Assessment& a, const Catalog& ai, const IsoCatalog& iso,
                         Lang lang, std::string_view table);

// The assessment should have been made in the same language (its texts are used as they are).
std::string report_html(const OrderedJson& project, const Assessment& a, const Catalog& ai, const IsoCatalog& iso,
                        Lang lang);
std::string report_markdown(const OrderedJson& project, const Assessment& a, const Catalog& ai, const IsoCatalog& iso,
                            Lang lang);
// One table ("soa", "gaps", "risks" or "inventory"): comma-separated, RFC 4180 quoting, CRLF
// line ends, UTF-8 with a byte order mark, a header row. Empty for an unknown table.
std::string report_csv(const OrderedJson& project, const Assessment& a, const Catalog& ai, const IsoCatalog& iso,
                       Lang lang, std::string_view table);
std::vector<std::string> report_csv_tables();  // {"soa", "gaps", "risks", "inventory"}

// Building blocks, exposed for tests.
std::string html_escape(std::string_view s);
// One CSV field: quoted when it holds a comma, quote, CR or LF (quotes doubled); a field
// that a spreadsheet would read as a formula (= + - @ at the start) gets a leading '.
std::string csv_field(std::string_view s);
// Text for a Markdown table cell: | and Markdown syntax escaped, line breaks as <br>.
std::string markdown_cell(std::string_view s);

}  // namespace aims
