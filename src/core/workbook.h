// Spreadsheets made from a project: the consultant's Excel workbook (one sheet per table:
// AI systems, obligations, gap assessment, SoA, risk register, RACI, tasks and roadmap, AI Act
// deadlines) and the files handed over to a GRC server (core/handover.h). The content is built
// once as a Workbook (typed cells: text, number, date); render_xlsx() writes it as an .xlsx file
// with libxlsxwriter (styled and frozen header, autofilter, widths, wrapped text, drop-downs,
// coloured risk levels, document properties).
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/report.h"

namespace aims {

struct WbCell {
  enum class Kind { empty, text, number, date, boolean };
  Kind kind = Kind::empty;
  std::string text;   // text; date: YYYY-MM-DD
  double number = 0;  // number; boolean: 0 or 1
  std::string level;  // a risk level id ("low" … "critical"): the cell is coloured
};

struct WbColumn {
  std::string header;
  double width = 12;      // in characters
  bool wrap = false;      // long text: wrapped, top-aligned
  bool maturity = false;  // a drop-down 0–5 (data validation)
};

struct WbSheet {
  std::string name;  // at most 31 characters (Excel's limit), none of []:*?/\ .
  std::vector<WbColumn> columns;
  std::vector<std::vector<WbCell>> rows;
  bool header_styled = true;  // bold on colour, frozen, with an autofilter
};

struct Workbook {
  std::string title, subject;  // document properties (no author, no company: nothing personal)
  std::string lang;            // "de", "en": the custom property Language and the date format
  std::vector<WbSheet> sheets;
};

// Cells.
WbCell wb_text(std::string s);
WbCell wb_number(double n);
WbCell wb_date(const std::string& iso);  // a real date; text when not YYYY-MM-DD; empty when ""
WbCell wb_bool(bool b);                  // TRUE / FALSE

// The consultant's workbook of a project, in the report's language.
Workbook build_workbook(const ReportInput& in);

// The .xlsx file of a workbook (its bytes); empty when libxlsxwriter fails (error says why).
std::string render_xlsx(const Workbook& wb, std::string* error = nullptr);

// Files packed into one ZIP archive (deflated, UTF-8 names), with minizip; empty on failure.
std::string zip_files(const std::vector<std::pair<std::string, std::string>>& files, std::string* error = nullptr);

}  // namespace aims
