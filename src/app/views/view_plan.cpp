// Sections: [objectives] [tasks] [view].
#include "app/views/view_plan.h"

#include "app/form.h"
#include "app/list_editor.h"
#include "app/widgets.h"
#include "imgui.h"

namespace aims::app {

namespace {

struct PlanState {
  std::string objective;  // the selected objective's id
  std::string task;       // the selected task's id
};

// [objectives] ---------------------------------------------------------------------------------
void objectives(App& app) {
  heading(app, app.tr("plan.objectives"));
  muted(app, app.tr("plan.objectives_intro"));
  const RegisterSpec& reg = form::reg("objectives");
  ListSpec spec;
  spec.test_id = "objectives";
  spec.array_ptr = "/" + reg.key;
  spec.id_prefix = reg.id_prefix.c_str();
  spec.add_label = app.tr("plan.objective.add");
  spec.make_new = [&app] { return OrderedJson{{"title", app.tr("plan.objective.new")}, {"status", "open"}}; };
  spec.columns = {
      text_column(app.tr("plan.col.title"), 3.0f, "title"),
      hide(text_column(app.tr("plan.col.measure"), 3.0f, "measure"), 3),
      hide(text_column(app.tr("plan.col.target"), 1.5f, "target"), 1),
      hide(due_column(app, app.tr("reg.due")), 4),
      hide(text_column(app.tr("reg.owner"), 1.3f, "owner"), 2),
      form::choice_column(app, reg, "status", 0.0f),
  };
  const int sel = list_editor(app, spec, app.state<PlanState>().objective);
  form::selected(app, spec.array_ptr, sel,
                 {.heading = "plan.objective.details",
                  .select_hint = "plan.objective.select_hint",
                  .test_id = "objectives.form",
                  .left = {form::field(reg, "title"),
                           form::field(reg, "measure", {.hint = "plan.measure_hint", .tooltip = "plan.measure_tip"}),
                           form::field(reg, "target", {.hint = "plan.target_hint"})},
                  .right = {form::field(reg, "due"), form::overdue(), form::field(reg, "owner"), form::field(reg, "status")}});
}

// [tasks] --------------------------------------------------------------------------------------
void tasks(App& app) {
  heading(app, app.tr("plan.tasks"));
  muted(app, app.tr("plan.tasks_intro"));
  const RegisterSpec& reg = form::reg("tasks");
  ListSpec spec;
  spec.test_id = "tasks";
  spec.array_ptr = "/" + reg.key;
  spec.id_prefix = reg.id_prefix.c_str();
  spec.add_label = app.tr("plan.task.add");
  spec.make_new = [&app] { return OrderedJson{{"title", app.tr("plan.task.new")}, {"status", "open"}}; };
  spec.columns = {
      text_column(app.tr("plan.col.title"), 4.0f, "title"),
      hide(text_column(app.tr("reg.owner"), 1.5f, "owner"), 2),
      hide(due_column(app, app.tr("reg.due")), 3),
      form::choice_column(app, reg, "status", 0.0f),
      hide(text_column(app.tr("plan.col.source"), 1.4f, "source"), 1),
  };
  const int sel = list_editor(app, spec, app.state<PlanState>().task);
  form::selected(app, spec.array_ptr, sel,
                 {.heading = "plan.task.details",
                  .select_hint = "plan.task.select_hint",
                  .test_id = "tasks.form",
                  .left = {form::field(reg, "title"), form::field(reg, "owner"),
                           form::field(reg, "source", {.hint = "plan.source_hint"})},
                  .right = {form::field(reg, "due"), form::overdue(), form::field(reg, "status")}});
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
