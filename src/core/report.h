// The reports a consultant hands to an auditor, built from a project and its assessment:
// the gap report (readiness, blockers, scores per clause and Annex A group, every clause and
// control), the Statement of Applicability (38 rows), the risk register and the AI system
// inventory. HTML (one self-contained, printable document), Markdown, or one table as CSV.
// Pure functions: labels come from the string tables (assets/i18n/<lang>.report.json and the
// shared keys), catalog texts from the catalogs, everything else from the project.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/assess.h"
#include "core/catalog.h"
#include "core/i18n.h"
#include "core/iso.h"
#include "core/json_read.h"

namespace aims {

enum class ReportFormat { html, markdown, csv };

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
