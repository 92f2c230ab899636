// The content of a document draft (AI policy, FRIA, ...), built once (drafts.cpp) and walked by
// each renderer (draft_render.cpp: DOCX, HTML, Markdown): a title page (facts, notice), then
// headings of levels 1-3, paragraphs, bullet lists and tables. Text is a run of spans; a span
// marked `gap` is a placeholder for what the project does not know ("[to complete: ...]"),
// which the renderers highlight and draft_gaps() counts.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace aims {

struct DraftSpan {
  std::string text;
  bool gap = false;
};
using DraftText = std::vector<DraftSpan>;

struct DraftBlock {
  enum class Kind { heading, paragraph, list, table };
  Kind kind = Kind::paragraph;
  int level = 1;            // heading: 1-3
  bool quote = false;       // paragraph: a text to show to people as it stands (set apart)
  DraftText text;           // heading, paragraph
  std::vector<DraftText> items;               // list
  std::vector<std::string> head;              // table
  std::vector<std::vector<DraftText>> rows;   // table
};

struct DraftDocument {
  std::string id;     // "policy", "fria", ...
  std::string lang;   // "de", "en"
  std::string title;  // "KI-Politik"
  std::string kicker, organisation, basis;
  std::vector<std::pair<std::string, std::string>> facts;  // title page: version, date, as-of ...
  std::string notice;       // draft, as-of date, not legal advice
  std::string gaps_line;    // "12 gaps to fill"
  std::string toc, toc_hint, footer, page_label;
  std::string version, date;
  std::vector<DraftBlock> blocks;
};

// The placeholders of a document.
int draft_gaps(const DraftDocument& d);
// The text of a run of spans, joined.
std::string draft_plain(const DraftText& t);

}  // namespace aims
