// Sections: [audits] [reviews] [view].
#include "app/views/view_audits.h"

#include "app/form.h"
#include "app/list_editor.h"
#include "app/widgets.h"
#include "imgui.h"

namespace aims::app {

namespace {

struct AuditsState {
  std::string audit;   // the selected audit's id
  std::string review;  // the selected review's id
};

// "3 (2 open)": the items of a nested list and how many are not done.
std::string nested_count(const App& app, const OrderedJson& item, const char* key) {
  if (!item.contains(key) || !item[key].is_array()) return "0";
  int open = 0;
  for (const auto& f : item[key]) open += item_str(f, "status") != "done" ? 1 : 0;
  return std::to_string(item[key].size()) + " (" + subst(app.tr("audit.open_count"), std::to_string(open)) + ")";
}

// [audits] -------------------------------------------------------------------------------------
void finding(App& app, const std::string& ptr, int i) {
  const RegisterSpec& f = form::items(form::reg("audits"), "findings");
  form::draw(app,
             {.test_id = "audits.finding." + std::to_string(i),
              .left_weight = 2.0f,
              .left = {form::field(f, "text"), form::field(f, "action", {.tooltip = "audit.finding.action_tip"})},
              .right = {form::field(f, "severity", {.tooltip = "audit.severity_tip"}), form::field(f, "due"),
                        form::field(f, "status"), form::overdue()}},
             ptr);
}

void audits(App& app) {
  heading(app, app.tr("audit.audits"));
  muted(app, app.tr("audit.audits_intro"));
  const RegisterSpec& reg = form::reg("audits");
  ListSpec spec;
  spec.test_id = "audits";
  spec.array_ptr = "/" + reg.key;
  spec.id_prefix = reg.id_prefix.c_str();
  spec.add_label = app.tr("audit.add");
  spec.copy_field = "scope";
  spec.make_new = [] { return OrderedJson{{"findings", OrderedJson::array()}}; };
  spec.columns = {
      date_column(app.tr("audit.col.date"), "date"),
      text_column(app.tr("audit.col.scope"), 4.0f, "scope"),
      text_column(app.tr("audit.col.auditor"), 2.0f, "auditor"),
      {app.tr("audit.col.findings"), 0.0f, [&app](const OrderedJson& a) { return nested_count(app, a, "findings"); }},
  };
  const int sel = list_editor(app, spec, app.state<AuditsState>().audit);
  const std::string base = form::selected(
      app, spec.array_ptr, sel,
      {.select_hint = "audit.select_hint",
       .test_id = "audits.form",
       .right_weight = 2.0f,
       .left = {form::field(reg, "date"), form::field(reg, "auditor")},
       .right = {form::field(reg, "scope")}});
  if (base.empty()) return;
  heading(app, app.tr("audit.findings"));
  nested_list(app, base + "/findings", app.tr("audit.finding_n"), app.tr("audit.finding.add"), app.tr("audit.finding.remove"),
              "audits.finding", [] { return OrderedJson{{"text", ""}, {"status", "open"}}; },
              [&app](const std::string& p, int i) { finding(app, p, i); });
}

// [reviews] ------------------------------------------------------------------------------------
void action(App& app, const std::string& ptr, int i) {
  const RegisterSpec& a = form::items(form::reg("reviews"), "actions");
  form::draw(app,
             {.test_id = "reviews.action." + std::to_string(i),
              .left_weight = 2.0f,
              .left = {form::field(a, "text"), form::field(a, "owner")},
              .right = {form::field(a, "due"), form::field(a, "status"), form::overdue()}},
             ptr);
}

void reviews(App& app) {
  heading(app, app.tr("review.reviews"));
  muted(app, app.tr("review.reviews_intro"));
  const RegisterSpec& reg = form::reg("reviews");
  ListSpec spec;
  spec.test_id = "reviews";
  spec.array_ptr = "/" + reg.key;
  spec.id_prefix = reg.id_prefix.c_str();
  spec.add_label = app.tr("review.add");
  spec.copy_field = "participants";
  spec.make_new = [] { return OrderedJson{{"actions", OrderedJson::array()}}; };
  spec.columns = {
      date_column(app.tr("review.col.date"), "date"),
      text_column(app.tr("review.col.participants"), 3.0f, "participants"),
      text_column(app.tr("review.col.decisions"), 3.0f, "decisions", "–"),
      {app.tr("review.col.actions"), 0.0f, [&app](const OrderedJson& r) { return nested_count(app, r, "actions"); }},
  };
  const int sel = list_editor(app, spec, app.state<AuditsState>().review);
  const std::string base = form::selected(
      app, spec.array_ptr, sel,
      {.select_hint = "review.select_hint",
       .test_id = "reviews.form",
       .right_weight = 2.0f,
       .left = {form::field(reg, "date"), form::field(reg, "participants")},
       .right = {form::field(reg, "decisions", {.hint = "review.decisions_hint", .tooltip = "review.decisions_tip"})}});
  if (base.empty()) return;
  heading(app, app.tr("review.actions"));
  nested_list(app, base + "/actions", app.tr("review.action_n"), app.tr("review.action.add"), app.tr("review.action.remove"),
              "reviews.action", [] { return OrderedJson{{"text", ""}, {"status", "open"}}; },
              [&app](const std::string& p, int i) { action(app, p, i); });
}

}  // namespace

// [view] ----------------------------------------------------------------------------------------
void DrawAudits(App& app) {
  title(app, app.tr("audit.title"));
  muted(app, app.tr("audit.intro"));
  ImGui::Spacing();
  audits(app);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  reviews(app);
}

}  // namespace aims::app
