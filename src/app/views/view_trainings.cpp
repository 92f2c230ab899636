#include "app/views/view_trainings.h"

#include <algorithm>

#include "app/form.h"
#include "app/list_editor.h"
#include "app/widgets.h"
#include "core/catalog.h"
#include "imgui.h"

namespace aims::app {

namespace {

struct TrainingsState {
  std::string selected;  // the selected item's id
};


// "Art. 4 AI Act – AI literacy" with the catalog's summary of the duty as a tooltip: the
// legal text comes from assets/ai-act/catalog.json, never from the code.
void art4_line(App& app) {
  const Catalog* cat = ai_act_catalog();
  const CatalogEntry* e = cat ? cat->find("art4") : nullptr;
  if (!e) return;
  const Lang l = app.settings.lang;
  const std::string line = e->ref.get(l) + " – " + e->title.get(l);
  ImGui::AlignTextToFramePadding();
  ImGui::PushFont(app.fonts.bold);
  ImGui::TextUnformatted(line.c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextDisabled("(?)");
  publish_last_item("trainings.art4");
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ImGui::PushFont(app.fonts.bold);
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted(e->summary.get(l).c_str());
    note_tooltip(line);
    ImGui::Spacing();
    ImGui::TextDisabled("%s", app.tr("train.art4_source"));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

}  // namespace

void DrawTrainings(App& app) {
  title(app, app.tr("train.title"));
  muted(app, app.tr("train.intro"));
  ImGui::Spacing();
  art4_line(app);
  ImGui::Spacing();

  const RegisterSpec& reg = form::reg("trainings");
  ListSpec spec;
  spec.test_id = "trainings";
  spec.array_ptr = "/" + reg.key;
  spec.id_prefix = reg.id_prefix.c_str();
  spec.add_label = app.tr("train.add");
  spec.make_new = [&app] { return OrderedJson{{"title", app.tr("train.new")}, {"mandatory", false}}; };
  spec.columns = {
      text_column(app.tr("train.col.title"), 3.0f, "title"),
      hide(text_column(app.tr("train.col.audience"), 3.0f, "audience"), 3),
      date_column(app.tr("train.col.date"), "date"),
      hide({app.tr("train.col.participants"), 0.0f,
       [](const OrderedJson& t) {
         return t.contains("participants") && t["participants"].is_number() ? std::to_string(t["participants"].get<long long>()) : std::string("–");
       },
       [](const OrderedJson& t) {
         std::string n = t.contains("participants") && t["participants"].is_number() ? std::to_string(t["participants"].get<long long>()) : "";
         return std::string(12 - std::min<std::size_t>(12, n.size()), '0') + n;
       }}, 1),
      hide({app.tr("train.col.mandatory"), 0.0f, [&app](const OrderedJson& t) {
         const bool m = t.contains("mandatory") && t["mandatory"].is_boolean() && t["mandatory"].get<bool>();
         return std::string(app.tr(m ? "reg.yes" : "reg.no"));
       }}, 2),
  };
  const int sel = list_editor(app, spec, app.state<TrainingsState>().selected);
  form::selected(app, spec.array_ptr, sel,
                 {.heading = "train.details",
                  .select_hint = "train.select_hint",
                  .test_id = "trainings.form",
                  .left = {form::field(reg, "title"), form::field(reg, "audience", {.hint = "train.audience_hint"})},
                  .right = {form::field(reg, "date"), form::field(reg, "participants"),
                            form::field(reg, "mandatory", {.tooltip = "train.mandatory_tip"})}});
}

}  // namespace aims::app
