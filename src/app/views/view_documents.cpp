#include "app/views/view_documents.h"

#include "app/colour.h"
#include "app/form.h"
#include "app/list_editor.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/registers.h"
#include "imgui.h"

namespace aims::app {

namespace {

struct DocumentsState {
  std::string selected;  // the selected item's id
};


// One line: the expected kinds without an approved document, or that none is missing.
void audit_line(App& app) {
  const std::vector<std::string> missing = missing_document_kinds(array_at(app, "/documents"));
  const colours::Theme& pal = theme_colours(app);
  const std::size_t total = expected_document_kinds().size();
  ImGui::PushStyleColor(ImGuiCol_Text, rgb(missing.empty() ? pal.ok : pal.warn));
  ImGui::PushFont(app.fonts.bold);
  if (missing.empty()) {
    paragraph(app.tr("doc.audit.complete"));
  } else {
    paragraph(subst(app.tr("doc.audit.missing"), std::to_string(missing.size()), std::to_string(total)).c_str());
  }
  ImGui::PopFont();
  ImGui::PopStyleColor();
  publish_last_item("documents.audit");
  if (!missing.empty()) {
    std::string names;
    for (const auto& k : missing) {
      if (!names.empty()) names += " · ";
      names += app.tr(("doc.kind." + k).c_str());
    }
    paragraph(names.c_str());
  }
}

}  // namespace

void DrawDocuments(App& app) {
  title(app, app.tr("doc.title"));
  muted(app, app.tr("doc.intro"));
  ImGui::Spacing();
  audit_line(app);
  ImGui::Spacing();

  const RegisterSpec& reg = form::reg("documents");
  ListSpec spec;
  spec.test_id = "documents";
  spec.array_ptr = "/" + reg.key;
  spec.id_prefix = reg.id_prefix.c_str();
  spec.add_label = app.tr("doc.add");
  spec.make_new = [&app] { return OrderedJson{{"title", app.tr("doc.new")}, {"kind", "other"}, {"status", "draft"}}; };
  spec.columns = {
      text_column(app.tr("doc.col.title"), 2.6f, "title"),
      form::choice_column(app, reg, "kind", 1.6f),
      form::choice_column(app, reg, "status", 0.0f),
      text_column(app.tr("doc.col.owner"), 1.3f, "owner"),
      // Below about 1440 px these move into the document's form (location first: a path has
      // no place to wrap).
      hide(text_column(app.tr("doc.col.version"), 0.0f, "version"), 2),
      hide(date_column(app.tr("doc.col.review"), "review"), 3),
      hide(text_column(app.tr("doc.col.location"), 2.0f, "location"), 1),
  };
  const int sel = list_editor(app, spec, app.state<DocumentsState>().selected);
  form::selected(app, spec.array_ptr, sel,
                 {.heading = "doc.details",
                  .select_hint = "doc.select_hint",
                  .test_id = "documents.form",
                  .left = {form::field(reg, "title"), form::field(reg, "kind"),
                           form::field(reg, "status", {.tooltip = "doc.status_tip"}), form::field(reg, "owner")},
                  .right = {form::field(reg, "version"), form::field(reg, "review"),
                            form::field(reg, "location", {.hint = "doc.location_hint"})}});
}

}  // namespace aims::app
