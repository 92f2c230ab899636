#include "app/views/view_start.h"

#include <cstdio>
#include <string>

#include "app/colour.h"
#include "app/theme.h"
#include "app/fields.h"
#include "app/views.h"
#include "app/widgets.h"
#include "imgui.h"
#include "platform/platform.h"

namespace aims::app {

namespace {

std::string human_bytes(std::size_t b) {
  char buf[32];
  if (b >= 1024 * 1024) std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(b) / (1024.0 * 1024.0));
  else std::snprintf(buf, sizeof buf, "%.0f KB", static_cast<double>(b) / 1024.0 + 0.5);
  return buf;
}

void open_project(App& app, const std::string& id) {
  std::string err;
  if (app.ws.open(id, &err)) {
    app.ui.view = view_index("dashboard");
    app.ui.selected_system = -1;
  } else {
    app.ui.message = std::string(app.tr("start.open_failed")) + " " + err;
  }
}

void import_errors_modal(App& app) {
  if (!app.state<StartState>().import_errors.empty() && !ImGui::IsPopupOpen("##import_errors")) ImGui::OpenPopup("##import_errors");
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 40, 0), ImGuiCond_Appearing);
  if (ImGui::BeginPopupModal("##import_errors", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    heading(app, app.tr("import.failed_title"));
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 38);
    ImGui::TextWrapped("%s", app.tr("import.failed_intro"));
    ImGui::Spacing();
    std::size_t shown = 0;
    for (const auto& e : app.state<StartState>().import_errors) {
      if (++shown > 12) {
        ImGui::TextDisabled("… +%zu", app.state<StartState>().import_errors.size() - 12);
        break;
      }
      ImGui::Bullet();
      ImGui::SameLine();
      ImGui::TextWrapped("%s", e.to_string().c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (primary_button(app, app.tr("common.close"), "import.errors.close")) {
      app.state<StartState>().import_errors.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

}  // namespace

void take_dropped_files(App& app) {
  for (auto& f : platform::take_incoming_files()) {
    std::vector<InputError> errors;
    StoreStatus why = StoreStatus::ok;
    auto id = app.ws.import_file(f.name, f.data, errors, &why);
    if (id) {
      app.ui.message = std::string(app.tr("import.done")) + " " + f.name;
      open_project(app, *id);
    } else if (!errors.empty()) {
      app.state<StartState>().import_errors = errors;
      app.state<StartState>().import_file = f.name;
    } else {
      app.ui.message = app.tr(why == StoreStatus::quota_exceeded ? "storage.full" : "storage.unavailable");
    }
  }
}

void DrawStart(App& app) {
  const float s = app.fonts.scale;
  const float max_w = 1000.0f * s;
  float avail = ImGui::GetContentRegionAvail().x;
  float w = avail < max_w ? avail : max_w;
  float x0 = ImGui::GetCursorPosX() + (avail - w) * 0.5f;

  // What the app is.
  ImGui::SetCursorPosX(x0);
  begin_panel(app, w);
  title(app, app.tr("start.title"));
  paragraph(app.tr("start.intro"));
  ImGui::PushFont(app.fonts.bold);
  paragraph(app.tr("start.privacy"));
  ImGui::PopFont();
  muted(app, (std::string(app.tr("start.legal_status")) + ": " + app.legal_status_as_of + " · " +
              app.tr("start.not_advice")).c_str());
  end_panel(app);

  // Projects.
  ImGui::SetCursorPosX(x0);
  begin_panel(app, w);
  heading(app, app.tr("start.projects"));
  if (!app.ui.message.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, rgb(theme_colours(app).primary));
    paragraph(app.ui.message.c_str());
    ImGui::PopStyleColor();
  }
  for (const auto& a : app.ws.library().set_aside()) {
    ImGui::PushStyleColor(ImGuiCol_Text, rgb(theme_colours(app).danger));
    paragraph((std::string(app.tr("start.set_aside")) + " " + a.reason).c_str());
    ImGui::PopStyleColor();
  }
  // New project
  float field_w = 320.0f * s;
  input_string("##newname", app.state<StartState>().new_name, app.tr("start.new_name_hint"), false, field_w);
  publish_last_item("start.new_name");
  // Enter in the name field creates the project, like the button.
  const bool enter = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter));
  // The buttons follow on the field's line while they fit, then on the next (large text).
  auto next = [](const char* label) {
    same_line_if_fits(ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f);
  };
  next(app.tr("start.new"));
  if (primary_button(app, app.tr("start.new"), "start.new") || enter) {
    std::string name = app.state<StartState>().new_name.empty() ? app.tr("start.untitled") : app.state<StartState>().new_name;
    StoreStatus why = StoreStatus::ok;
    if (auto id = app.ws.library().create(name, app.settings.lang, &why)) {
      app.state<StartState>().new_name.clear();
      open_project(app, *id);
    } else {
      app.ui.message = app.tr(why == StoreStatus::quota_exceeded ? "storage.full" : "storage.unavailable");
    }
  }
  next(app.tr("start.demo"));
  if (button(app.tr("start.demo"), "start.demo")) {
    std::string err;
    if (app.ws.open_demo(&err)) {
      app.ui.view = view_index("dashboard");
    } else {
      app.ui.message = std::string(app.tr("start.open_failed")) + " " + err;
    }
  }
  next(app.tr("start.import"));
  if (button(app.tr("start.import"), "start.import")) platform::open_file_picker(".json,application/json");
  next(app.tr("nav.privacy"));
  if (button(app.tr("nav.privacy"), "start.privacy")) app.ui.view = view_index("privacy");
  muted(app, app.tr("start.drop_hint"));

  // Deleted: undo for a while.
  if (auto del = app.ws.recently_deleted()) {
    if (platform::now_ms() - app.state<StartState>().deleted_at < 15000.0) {
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(app.tr("start.deleted"));
      ImGui::SameLine();
      if (button(app.tr("common.undo"), "start.undo_delete")) app.ws.undo_remove();
    } else {
      app.ws.forget_deleted();
    }
  }

  auto list = app.ws.library().list();
  if (list.empty()) {
    muted(app, app.tr("start.no_projects"));
  } else if (ImGui::BeginTable("##projects", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn(app.tr("start.col.name"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(app.tr("start.col.systems"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn(app.tr("start.col.modified"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(app.tr("start.col.size"), ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 330.0f * s);
    ImGui::TableHeadersRow();
    int row = 0;
    for (const auto& p : list) {
      ImGui::PushID(p.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::AlignTextToFramePadding();
      if (app.state<StartState>().rename_id == p.id) {
        bool done = false;
        if (app.state<StartState>().rename_focus) {  // focus once, not every frame (that would reset the edit)
          ImGui::SetKeyboardFocusHere();
          app.state<StartState>().rename_focus = false;
        }
        if (ImGui::InputText("##rename", app.state<StartState>().rename_buf.data(), app.state<StartState>().rename_buf.capacity() + 1,
                             ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_EnterReturnsTrue,
                             [](ImGuiInputTextCallbackData* d) {
                               auto* str = static_cast<std::string*>(d->UserData);
                               if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
                                 str->resize(static_cast<std::size_t>(d->BufTextLen));
                                 d->Buf = str->data();
                               }
                               return 0;
                             },
                             &app.state<StartState>().rename_buf)) {
          done = true;
        }
        if (done && !app.state<StartState>().rename_buf.empty()) app.ws.library().rename(p.id, app.state<StartState>().rename_buf);
        if (done || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) app.state<StartState>().rename_id.clear();
      } else if (ImGui::Selectable(p.name.c_str(), false, ImGuiSelectableFlags_AllowDoubleClick)) {
        if (ImGui::IsMouseDoubleClicked(0)) open_project(app, p.id);
      }
      publish_last_item((std::string("project.") + std::to_string(row)).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%zu", p.systems);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(p.modified.substr(0, 16).replace(10, 1, " ").c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(human_bytes(p.bytes).c_str());
      ImGui::TableNextColumn();
      std::string tid = "project." + std::to_string(row) + ".";
      if (primary_button(app, app.tr("common.open"), (tid + "open").c_str())) open_project(app, p.id);
      ImGui::SameLine();
      if (button(app.tr("common.rename"), (tid + "rename").c_str())) {
        app.state<StartState>().rename_id = p.id;
        app.state<StartState>().rename_buf = p.name;
        app.state<StartState>().rename_focus = true;
      }
      ImGui::SameLine();
      if (button(app.tr("common.duplicate"), (tid + "duplicate").c_str())) {
        app.ws.library().duplicate(p.id, app.tr("common.copy_suffix"));
      }
      ImGui::SameLine();
      if (button(app.tr("common.delete"), (tid + "delete").c_str())) {
        app.state<StartState>().confirm_delete_id = p.id;
        ImGui::OpenPopup("##confirm_delete");
      }
      if (ImGui::BeginPopupModal("##confirm_delete", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
        ImGui::Text(app.tr("start.confirm_delete"), p.name.c_str());
        muted(app, app.tr("start.confirm_delete_hint"));
        if (primary_button(app, app.tr("common.delete"), "start.confirm_delete.yes")) {
          if (app.ws.remove(app.state<StartState>().confirm_delete_id)) app.state<StartState>().deleted_at = platform::now_ms();
          app.state<StartState>().confirm_delete_id.clear();
          ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (button(app.tr("common.cancel"), "start.confirm_delete.no")) {
          app.state<StartState>().confirm_delete_id.clear();
          ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
      }
      ImGui::PopID();
      ++row;
    }
    ImGui::EndTable();
  }
  end_panel(app);
  import_errors_modal(app);
}

}  // namespace aims::app
