// Document drafts, the renderers: each walks a DraftDocument (core/draft_model.h) and lays it
// out in its format; draft_formats() lists them, one row each.
//
// [SECTION] Markdown
// [SECTION] HTML (accessible: lang, headings, th scope, no scripts)
// [SECTION] DOCX (WordprocessingML written here, packed by minizip through zip_files)
// [SECTION] Formats: one row each
#include <string>

#include "core/drafts.h"
#include "core/report.h"
#include "core/workbook.h"

namespace aims {

// [SECTION] Markdown ------------------------------------------------------------------------------

namespace {

// Text in a Markdown paragraph: characters with a meaning escaped.
std::string md_text(std::string_view s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '\\': case '*': case '_': case '`': case '[': case ']': case '<': case '>': case '#': case '|':
        o += '\\';
        o += c;
        break;
      case '\n': o += "  \n"; break;
      case '\r': break;
      default: o += c;
    }
  }
  return o;
}

std::string md_run(const DraftText& t, bool cell) {
  std::string o;
  for (const auto& s : t) {
    const std::string v = cell ? markdown_cell(s.text) : md_text(s.text);
    o += s.gap ? "**" + v + "**" : v;
  }
  return o;
}

}  // namespace

std::string render_draft_markdown(const DraftDocument& d) {
  std::string o = "# " + md_text(d.title) + "\n\n";
  o += "*" + md_text(d.kicker) + "*\n\n";
  for (const auto& [k, v] : d.facts) {
    if (!v.empty()) o += "- **" + md_text(k) + ":** " + md_text(v) + "\n";
  }
  o += "\n> " + md_text(d.notice) + "\n>\n> **" + md_text(d.gaps_line) + "**\n\n";
  if (!d.basis.empty()) o += md_text(d.basis) + "\n\n";
  for (const auto& b : d.blocks) {
    switch (b.kind) {
      case DraftBlock::Kind::heading:
        o += std::string(static_cast<std::size_t>(b.level + 1), '#') + " " + md_run(b.text, false) + "\n\n";
        break;
      case DraftBlock::Kind::paragraph:
        o += (b.quote ? "> " : "") + md_run(b.text, false) + "\n\n";
        break;
      case DraftBlock::Kind::list:
        for (const auto& i : b.items) o += "- " + md_run(i, false) + "\n";
        o += "\n";
        break;
      case DraftBlock::Kind::table: {
        o += "|";
        for (const auto& h : b.head) o += " " + markdown_cell(h) + " |";
        o += "\n|";
        for (std::size_t i = 0; i < b.head.size(); ++i) o += "---|";
        o += "\n";
        for (const auto& r : b.rows) {
          o += "|";
          for (std::size_t i = 0; i < b.head.size(); ++i) o += " " + (i < r.size() ? md_run(r[i], true) : "") + " |";
          o += "\n";
        }
        o += "\n";
        break;
      }
    }
  }
  return o;
}

// [SECTION] HTML ----------------------------------------------------------------------------------

namespace {

const char* kDraftStyle = R"css(
body { font-family: Inter, "Segoe UI", Arial, sans-serif; font-size: 10.5pt; line-height: 1.5; color: #1b1f24;
  max-width: 50rem; margin: 2rem auto; padding: 0 1.5rem; }
header.title { border-bottom: 2px solid #1d4a72; margin-bottom: 2rem; padding-bottom: 1rem; }
.kicker { color: #4a525c; text-transform: uppercase; letter-spacing: .05em; font-size: 9pt; margin: 0; }
h1 { color: #1d4a72; font-size: 22pt; margin: .3rem 0 1rem; }
h2 { color: #1d4a72; font-size: 15pt; margin-top: 2rem; border-bottom: 1px solid #c3c9d1; }
h3 { font-size: 12.5pt; margin-top: 1.4rem; }
h4 { font-size: 11pt; margin-top: 1.1rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.notice { background: #f5f7f9; border-left: 4px solid #1d4a72; padding: .6rem .9rem; }
mark { background: #fff176; color: #1b1f24; padding: 0 .15em; }
blockquote { border-left: 4px solid #c3c9d1; margin: .8rem 0; padding: .3rem .9rem; background: #f5f7f9; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; }
th, td { border: 1px solid #c3c9d1; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #e9edf2; }
@page { size: A4; margin: 18mm 16mm; }
@media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; } }
)css";

std::string html_run(const DraftText& t) {
  std::string o;
  for (const auto& s : t) {
    o += s.gap ? "<mark>" + html_escape(s.text) + "</mark>" : html_escape(s.text);
  }
  return o;
}

}  // namespace

std::string render_draft_html(const DraftDocument& d) {
  std::string o = "<!DOCTYPE html>\n<html lang=\"" + d.lang + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  o += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
  o += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  o += "<meta name=\"generator\" content=\"aims " AIMS_VERSION "\">\n";
  o += "<title>" + html_escape(d.organisation.empty() ? d.title : d.title + " \u2013 " + d.organisation) + "</title>\n";
  o += "<style>" + std::string(kDraftStyle) + "</style>\n</head>\n<body>\n<header class=\"title\">\n";
  o += "<p class=\"kicker\">" + html_escape(d.kicker) + "</p>\n<h1>" + html_escape(d.title) + "</h1>\n";
  o += "<dl class=\"facts\">\n";
  for (const auto& [k, v] : d.facts) {
    if (!v.empty()) o += "<dt>" + html_escape(k) + "</dt><dd>" + html_escape(v) + "</dd>\n";
  }
  o += "</dl>\n<p class=\"notice\">" + html_escape(d.notice) + " <strong>" + html_escape(d.gaps_line) +
       "</strong></p>\n";
  if (!d.basis.empty()) o += "<p>" + html_escape(d.basis) + "</p>\n";
  o += "</header>\n<main>\n";
  for (const auto& b : d.blocks) {
    switch (b.kind) {
      case DraftBlock::Kind::heading: {
        const std::string h = "h" + std::to_string(b.level + 1);
        o += "<" + h + ">" + html_run(b.text) + "</" + h + ">\n";
        break;
      }
      case DraftBlock::Kind::paragraph:
        o += b.quote ? "<blockquote><p>" + html_run(b.text) + "</p></blockquote>\n" : "<p>" + html_run(b.text) + "</p>\n";
        break;
      case DraftBlock::Kind::list:
        o += "<ul>\n";
        for (const auto& i : b.items) o += "<li>" + html_run(i) + "</li>\n";
        o += "</ul>\n";
        break;
      case DraftBlock::Kind::table:
        o += "<table>\n<thead><tr>";
        for (const auto& h : b.head) o += "<th scope=\"col\">" + html_escape(h) + "</th>";
        o += "</tr></thead>\n<tbody>\n";
        for (const auto& r : b.rows) {
          o += "<tr>";
          for (std::size_t i = 0; i < b.head.size(); ++i) o += "<td>" + (i < r.size() ? html_run(r[i]) : "") + "</td>";
          o += "</tr>\n";
        }
        o += "</tbody>\n</table>\n";
        break;
    }
  }
  o += "</main>\n<footer><p>" + html_escape(d.footer) + "</p></footer>\n</body>\n</html>\n";
  return o;
}

// [SECTION] DOCX ----------------------------------------------------------------------------------
// A minimal WordprocessingML package: [Content_Types].xml, the relationships, the document,
// its styles (Title, Subtitle, Heading 1-3 with outline levels so a table of contents works,
// a table style, a list paragraph), a footer with the page number field and the core
// properties. Written here because no maintained C++ DOCX writer is packaged in Debian.

namespace {

std::string xml_escape(std::string_view s) {
  std::string o;
  o.reserve(s.size() + 16);
  for (unsigned char c : s) {
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      case '\'': o += "&apos;"; break;
      default:
        // Control characters are not allowed in XML 1.0 (tab, LF, CR are; LF and CR become spaces
        // in a run, a line break would need w:br).
        if (c < 0x20) {
          o += ' ';
        } else {
          o += static_cast<char>(c);
        }
    }
  }
  return o;
}

std::string run(std::string_view text, bool gap = false, bool bold = false) {
  std::string o = "<w:r>";
  if (gap || bold) {
    o += "<w:rPr>";
    if (bold) o += "<w:b/>";
    if (gap) o += "<w:highlight w:val=\"yellow\"/>";
    o += "</w:rPr>";
  }
  return o + "<w:t xml:space=\"preserve\">" + xml_escape(text) + "</w:t></w:r>";
}

std::string runs(const DraftText& t) {
  std::string o;
  for (const auto& s : t) o += run(s.text, s.gap);
  return o;
}

std::string para(const std::string& style, const std::string& content, const std::string& extra_ppr = {}) {
  std::string o = "<w:p>";
  if (!style.empty() || !extra_ppr.empty()) {
    o += "<w:pPr>";
    if (!style.empty()) o += "<w:pStyle w:val=\"" + style + "\"/>";
    o += extra_ppr + "</w:pPr>";
  }
  return o + content + "</w:p>";
}

const char* kStyles = R"xml(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="LANG"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="2400" w:after="240"/></w:pPr><w:rPr><w:color w:val="1D4A72"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="4A525C"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1D4A72"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="1D4A72"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:rPr><w:b/><w:color w:val="1D4A72"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="360" w:hanging="360"/><w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="C3C9D1"/></w:pBdr><w:ind w:left="360"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Notice"><w:name w:val="Notice"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:left w:val="single" w:sz="24" w:space="8" w:color="1D4A72"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="F5F7F9"/><w:ind w:left="240"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="59616C"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="C3C9D1"/><w:left w:val="single" w:sz="4" w:space="0" w:color="C3C9D1"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="C3C9D1"/><w:right w:val="single" w:sz="4" w:space="0" w:color="C3C9D1"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="C3C9D1"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="C3C9D1"/></w:tblBorders></w:tblPr></w:style>
</w:styles>
)xml";

const char* kContentTypes = R"xml(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>
)xml";

const char* kRels = R"xml(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>
)xml";

const char* kDocRels = R"xml(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>
)xml";

// updateFields: Word offers to fill the table of contents and page fields on opening.
const char* kSettings = R"xml(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:updateFields w:val="true"/><w:defaultTabStop w:val="709"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
)xml";

const char* kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                 "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

std::string field(const std::string& instr, const std::string& shown) {
  return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> " + instr +
         " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run(shown) +
         "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
}

std::string docx_table(const DraftBlock& b) {
  const std::size_t n = b.head.empty() ? 1 : b.head.size();
  const int width = static_cast<int>(9638 / n);
  std::string o = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
                  "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" "
                  "w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
  for (std::size_t i = 0; i < n; ++i) o += "<w:gridCol w:w=\"" + std::to_string(width) + "\"/>";
  o += "</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>";
  for (const auto& h : b.head) {
    o += "<w:tc><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E9EDF2\"/></w:tcPr>" +
         para("", run(h, false, true)) + "</w:tc>";
  }
  o += "</w:tr>";
  for (const auto& r : b.rows) {
    o += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    for (std::size_t i = 0; i < n; ++i) o += "<w:tc>" + para("", i < r.size() ? runs(r[i]) : std::string()) + "</w:tc>";
    o += "</w:tr>";
  }
  // An empty paragraph after the table (Word needs one before another table or the end).
  return o + "</w:tbl>" + para("", "");
}

std::string docx_document(const DraftDocument& d) {
  std::string b;
  // Title page
  b += para("Subtitle", run(d.kicker));
  b += para("Title", run(d.title));
  if (!d.organisation.empty()) b += para("Subtitle", run(d.organisation));
  for (const auto& [k, v] : d.facts) {
    if (!v.empty()) b += para("", run(k + ": ", false, true) + run(v));
  }
  b += para("Notice", run(d.notice));
  b += para("Notice", run(d.gaps_line, true, true));
  if (!d.basis.empty()) b += para("", run(d.basis));
  b += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
  // Table of contents: a field Word and LibreOffice fill in
  b += para("TOCHeading", run(d.toc));
  b += para("", field("TOC \\o \"1-3\" \\h \\z \\u", d.toc_hint));
  b += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
  for (const auto& bl : d.blocks) {
    switch (bl.kind) {
      case DraftBlock::Kind::heading:
        b += para("Heading" + std::to_string(bl.level), runs(bl.text));
        break;
      case DraftBlock::Kind::paragraph:
        b += para(bl.quote ? "Quote" : "", runs(bl.text));
        break;
      case DraftBlock::Kind::list:
        for (const auto& i : bl.items) b += para("ListParagraph", run("\u2022\t") + runs(i));
        break;
      case DraftBlock::Kind::table:
        b += docx_table(bl);
        break;
    }
  }
  b += "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
       "<w:pgMar w:top=\"1304\" w:right=\"1134\" w:bottom=\"1304\" w:left=\"1134\" w:header=\"709\" w:footer=\"567\" "
       "w:gutter=\"0\"/><w:titlePg/></w:sectPr>";
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document ") + kW +
         "><w:body>" + b + "</w:body></w:document>\n";
}

std::string docx_footer(const DraftDocument& d) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr ") + kW + ">" +
         para("Footer", run(d.footer) + "<w:r><w:tab/></w:r>" + run(d.page_label + " ") + field("PAGE", "1") +
                            run(" / ") + field("NUMPAGES", "1")) +
         "</w:ftr>\n";
}

std::string docx_core(const DraftDocument& d) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
         "<dc:title>" + xml_escape(d.title) + "</dc:title><dc:subject>" + xml_escape(d.organisation) +
         "</dc:subject><dc:creator>aims " AIMS_VERSION "</dc:creator><dc:language>" + d.lang +
         "</dc:language><cp:version>" + xml_escape(d.version) + "</cp:version><cp:contentStatus>" +
         xml_escape(d.kicker) + "</cp:contentStatus></cp:coreProperties>\n";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> draft_docx_parts(const DraftDocument& d) {
  std::string styles = kStyles;
  const std::string lang = d.lang == "de" ? "de-DE" : "en-GB";
  styles.replace(styles.find("LANG"), 4, lang);
  return {
      {"[Content_Types].xml", kContentTypes},
      {"_rels/.rels", kRels},
      {"word/document.xml", docx_document(d)},
      {"word/_rels/document.xml.rels", kDocRels},
      {"word/styles.xml", styles},
      {"word/settings.xml", kSettings},
      {"word/footer1.xml", docx_footer(d)},
      {"docProps/core.xml", docx_core(d)},
      {"docProps/app.xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties "
       "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>aims " AIMS_VERSION
       "</Application></Properties>\n"},
  };
}

std::string render_draft_docx(const DraftDocument& d) { return zip_files(draft_docx_parts(d)); }

// [SECTION] Formats: one row each -----------------------------------------------------------------

const std::vector<DraftFormat>& draft_formats() {
  static const std::vector<DraftFormat> formats = {
      {"docx", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
       "Word document (headings as Heading 1-3, table of contents field, page numbers)", render_draft_docx},
      {"html", ".html", "text/html;charset=utf-8", "one printable, accessible HTML page", render_draft_html},
      {"md", ".md", "text/markdown;charset=utf-8", "Markdown", render_draft_markdown},
  };
  return formats;
}

const DraftFormat* find_draft_format(std::string_view id) {
  for (const auto& f : draft_formats()) {
    if (id == f.id) return &f;
  }
  return nullptr;
}

std::string draft_file_name(const DraftDocument& d, const DraftFormat& f) { return d.id + "-" + d.lang + f.extension; }

}  // namespace aims
