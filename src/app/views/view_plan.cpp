// Sections: [objectives] [tasks] [view].
#include "app/views/view_plan.h"

#include "app/fields.h"
#include "app/list_editor.h"
#include "app/widgets.h"
#include "imgui.h"

namespace aims::app {

namespace {

const std::vector<const char*> kStatuses = {"open", "in_progress", "done"};

std::string due_key(const OrderedJson& item) { return item_str(item, "due", "9999"); }

// [objectives] ---------------------------------------------------------------------------------
void objectives(App& app) {
  heading(app, app.tr("plan.objectives"));
  muted(app, app.tr("plan.objectives_intro"));
  ListSpec spec;
  spec.test_id = "objectives";
  spec.array_ptr = "/objectives";
  spec.id_prefix = "o";
  spec.add_label = app.tr("plan.objective.add");
  spec.make_new = [&app] { return OrderedJson{{"title", app.tr("plan.objective.new")}, {"status", "open"}}; };
  spec.columns = {
      {app.tr("plan.col.title"), 3.0f, [](const OrderedJson& o) { return item_str(o, "title"); }},
      {app.tr("plan.col.measure"), 3.0f, [](const OrderedJson& o) { return item_str(o, "measure"); }},
      {app.tr("plan.col.target"), 1.5f, [](const OrderedJson& o) { return item_str(o, "target"); }},
      {app.tr("reg.due"), 0.0f, [](const OrderedJson& o) { return item_str(o, "due", "–"); }, due_key,
       [&app](const OrderedJson& o) { due_cell(app, o); }},
      {app.tr("reg.owner"), 1.3f, [](const OrderedJson& o) { return item_str(o, "owner"); }},
      {app.tr("reg.status"), 0.0f, [&app](const OrderedJson& o) { return std::string(enum_label(app, "reg.status", o, "status")); }},
  };
  spec.max_rows = 6;
  const int sel = list_editor(app, spec, app.ui.sel_objective);
  if (sel < 0) {
    muted(app, app.tr("plan.objective.select_hint"));
    return;
  }
  const std::string base = "/objectives/" + std::to_string(sel);
  ImGui::Spacing();
  heading(app, app.tr("plan.objective.details"));
  if (ImGui::BeginTable("##objform", 2, ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    field_text(app, "plan.col.title", base + "/title", {.test_id = "objectives.form.title"});
    field_text(app, "plan.col.measure", base + "/measure", {.hint = "plan.measure_hint", .tooltip = "plan.measure_tip"});
    field_text(app, "plan.col.target", base + "/target", {.hint = "plan.target_hint"});
    next_form_column();
    field_date(app, "reg.due", base + "/due");
    if (const OrderedJson* o = at(app, base)) overdue_note(app, *o);
    field_text(app, "reg.owner", base + "/owner");
    field_enum(app, "reg.status", base + "/status", kStatuses, "reg.status");
    ImGui::EndTable();
  }
}

// [tasks] --------------------------------------------------------------------------------------
void tasks(App& app) {
  heading(app, app.tr("plan.tasks"));
  muted(app, app.tr("plan.tasks_intro"));
  ListSpec spec;
  spec.test_id = "tasks";
  spec.array_ptr = "/tasks";
  spec.id_prefix = "k";
  spec.add_label = app.tr("plan.task.add");
  spec.make_new = [&app] { return OrderedJson{{"title", app.tr("plan.task.new")}, {"status", "open"}}; };
  spec.columns = {
      {app.tr("plan.col.title"), 4.0f, [](const OrderedJson& t) { return item_str(t, "title"); }},
      {app.tr("reg.owner"), 1.5f, [](const OrderedJson& t) { return item_str(t, "owner"); }},
      {app.tr("reg.due"), 0.0f, [](const OrderedJson& t) { return item_str(t, "due", "–"); }, due_key,
       [&app](const OrderedJson& t) { due_cell(app, t); }},
      {app.tr("reg.status"), 0.0f, [&app](const OrderedJson& t) { return std::string(enum_label(app, "reg.status", t, "status")); }},
      {app.tr("plan.col.source"), 1.4f, [](const OrderedJson& t) { return item_str(t, "source"); }},
  };
  spec.max_rows = 10;
  const int sel = list_editor(app, spec, app.ui.sel_task);
  if (sel < 0) {
    muted(app, app.tr("plan.task.select_hint"));
    return;
  }
  const std::string base = "/tasks/" + std::to_string(sel);
  ImGui::Spacing();
  heading(app, app.tr("plan.task.details"));
  if (ImGui::BeginTable("##taskform", 2, ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    field_text(app, "plan.col.title", base + "/title", {.test_id = "tasks.form.title"});
    field_text(app, "reg.owner", base + "/owner");
    field_text(app, "plan.col.source", base + "/source", {.hint = "plan.source_hint"});
    next_form_column();
    field_date(app, "reg.due", base + "/due", {.test_id = "tasks.form.due"});
    if (const OrderedJson* t = at(app, base)) overdue_note(app, *t);
    field_enum(app, "reg.status", base + "/status", kStatuses, "reg.status", {.test_id = "tasks.form.status"});
    ImGui::EndTable();
  }
}

}  // namespace

// [view] ----------------------------------------------------------------------------------------
void DrawPlan(App& app) {
  title(app, app.tr("plan.title"));
  muted(app, app.tr("plan.intro"));
  ImGui::Spacing();
  objectives(app);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  tasks(app);
}

}  // namespace aims::app
