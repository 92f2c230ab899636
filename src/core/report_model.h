// The content of a report, built once (report.cpp: build_report) and walked by each
// renderer (HTML, Markdown; CSV takes single tables): a cover, numbered chapters of blocks
// (headings, paragraphs, lists, tables, figures) and a closing line. Everything is plain
// text in the report's language; the renderers escape and lay it out.
#pragma once
#include <string>
#include <vector>

namespace aims {

struct ReportCell {
  std::string text;
  std::string sub;    // a second, muted line (HTML), appended in the other formats
  std::string badge;  // HTML: a labelled badge with this style class
  int bar = -1;       // HTML: a bar of this percentage next to the text
  bool num = false;   // right-aligned
};

struct ReportTable {
  std::vector<std::string> head;
  // HTML: how each column wraps, one letter per column: p prose (breaks anywhere, takes the
  // room), w words (never narrower than its longest word), n no wrap (ids, dates, numbers).
  std::string wrap;
  std::vector<int> widths;  // HTML: column widths in percent (0: automatic), hints unless fixed
  bool fixed = false;       // HTML: fixed layout (the widths are exact)
  bool narrow = false;      // HTML: at most about half the page wide
  std::vector<std::vector<ReportCell>> rows;
};

// One figure of the summary ("42 %", "Readiness", a hint).
struct ReportFigure {
  std::string value, label, hint;
};

// A list item with an optional detail, shown muted in parentheses after it.
struct ReportItem {
  std::string text, detail;
};

enum class ReportOnly { all, html, markdown };  // a block only one format shows

struct ReportBlock {
  enum class Kind {
    heading,     // level 3: a section of the chapter (numbered ones go into the HTML contents),
                 // level 4: a sub-heading, with `detail` (a period) beside it
    paragraph,   // text; note: a remark set apart
    list,        // items
    table,       // table
    figures,     // rows of figures (HTML: cards)
    group,       // `blocks` kept together on a printed page, under an optional `text` title
  };
  Kind kind = Kind::paragraph;
  ReportOnly only = ReportOnly::all;
  int level = 3;
  std::string id;      // heading: anchor
  std::string number;  // heading: "3.1"
  std::string text;    // heading, paragraph, group title
  std::string detail;  // heading (level 4)
  bool note = false;   // paragraph
  std::vector<ReportItem> items;
  ReportTable table;
  std::vector<std::vector<ReportFigure>> figures;
  std::vector<ReportBlock> blocks;  // group
};

struct ReportChapter {
  std::string id, title;  // numbered by position
  bool wide = false;      // printed in landscape (wide tables)
  std::vector<ReportBlock> blocks;
};

struct ReportFact {
  std::string label, value;
};

struct ReportDocument {
  std::string lang;  // "en", "de"
  std::string title, kicker, organisation, organisation_label;
  std::vector<ReportFact> facts;  // the cover's facts (project, date, sector, catalogs)
  std::string notice;             // not legal advice
  std::string contents;           // the heading of the table of contents
  std::vector<ReportChapter> chapters;
  std::string closing;            // version and date of the report
  // Printed pages: running footer (date, notice) and the word for "page".
  std::string page_footer, page_label;
};

}  // namespace aims
