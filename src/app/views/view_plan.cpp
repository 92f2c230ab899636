// Sections: [objectives] [tasks] [view].
#include "app/views/view_plan.h"

#include "app/fields.h"
#include "app/list_editor.h"
#include "app/widgets.h"
#include "imgui.h"

namespace aims::app {

namespace {

const std::vector<const char*> kStatuses = {"open", "in_progress", "done"};

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
      text_column(app.tr("plan.col.title"), 3.0f, "title"),
      text_column(app.tr("plan.col.measure"), 3.0f, "measure"),
      text_column(app.tr("plan.col.target"), 1.5f, "target"),
      due_column(app, app.tr("reg.due")),
      text_column(app.tr("reg.owner"), 1.3f, "owner"),
      enum_column(app, app.tr("reg.status"), 0.0f, "reg.status", "status"),
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
      text_column(app.tr("plan.col.title"), 4.0f, "title"),
      text_column(app.tr("reg.owner"), 1.5f, "owner"),
      due_column(app, app.tr("reg.due")),
      enum_column(app, app.tr("reg.status"), 0.0f, "reg.status", "status"),
      text_column(app.tr("plan.col.source"), 1.4f, "source"),
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
