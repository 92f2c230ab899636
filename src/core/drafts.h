// Document drafts pre-filled from the project (issue #15): AI policy, fundamental rights impact
// assessment, registration data sheet, Annex IV outline, transparency notices, deployer
// checklist, internal audit programme, management review, AI literacy plan. Each is built
// once as a DraftDocument (core/draft_model.h) from the project, its assessment and the one
// classification per system (project_classes.h; nothing is classified again), with the prose
// from assets/drafts/drafts.json; draft_formats() lists the renderers (DOCX, HTML, Markdown),
// one row each. Pure functions; record_draft() is the only one that changes a project.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/assess.h"
#include "core/catalog.h"
#include "core/draft_model.h"
#include "core/iso.h"
#include "core/json_read.h"

namespace aims {

struct DraftInput {
  const OrderedJson& project;
  const Assessment& assessment;  // made in the same language; its classifications are used
  const Catalog& ai;
  const IsoCatalog& iso;
  Lang lang;
  std::string date;  // of the draft (YYYY-MM-DD): the assessment's as-of date
};

// The drafts, in order: id ("policy"), the register's document kind, and for whom it applies.
struct DraftKind {
  const char* id;
  const char* register_kind;  // documents register value list "document_kind"
};
const std::vector<DraftKind>& draft_kinds();
const DraftKind* find_draft_kind(std::string_view id);

// The draft, or nothing when it does not apply to the project (e.g. a FRIA when no system
// needs one).
std::optional<DraftDocument> build_draft(const DraftInput& in, std::string_view id);
// Every draft that applies, in the order of draft_kinds().
std::vector<DraftDocument> build_drafts(const DraftInput& in);

// The title of a draft in a language (from the templates), also for one that does not apply.
std::string draft_title(std::string_view id, Lang lang);
// The templates' version (assets/drafts/drafts.json), and whether they loaded.
int draft_templates_version();

// One output format of a draft: the CLI's --format and the app's download buttons.
struct DraftFormat {
  const char* id;         // "docx"
  const char* extension;  // ".docx"
  const char* mime;
  const char* help;       // CLI usage
  std::string (*render)(const DraftDocument& d);  // empty on failure (the ZIP writer failed)
};
const std::vector<DraftFormat>& draft_formats();
const DraftFormat* find_draft_format(std::string_view id);

std::string render_draft_markdown(const DraftDocument& d);
std::string render_draft_html(const DraftDocument& d);
std::string render_draft_docx(const DraftDocument& d);
// The parts of the DOCX package (name, XML), before zipping; exposed for tests.
std::vector<std::pair<std::string, std::string>> draft_docx_parts(const DraftDocument& d);

// The file name of a draft: "<id>-<lang><extension>", e.g. "policy-de.docx".
std::string draft_file_name(const DraftDocument& d, const DraftFormat& f);

// The documents register (/documents) entry of a draft: found by its location "aims-draft:<id>".
// record_draft adds it (kind, title, status "draft", owner, version "0.1") or updates the one
// there (title, status back to "draft", version raised by 0.1); returns its index.
std::size_t record_draft(OrderedJson& project, const DraftDocument& d, const std::string& owner);
// The version a draft gets on its title page: the register entry's, else "0.1".
std::string draft_version(const OrderedJson& project, std::string_view id);

}  // namespace aims
