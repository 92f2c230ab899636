#include "app/views/view_privacy.h"

#include <algorithm>
#include <cstdio>

#include "app/widgets.h"
#include "imgui.h"
#include "platform/platform.h"

namespace aims::app {

namespace {

std::string human(std::size_t b) {
  char buf[32];
  if (b >= 1024 * 1024) std::snprintf(buf, sizeof buf, "%.2f MB", static_cast<double>(b) / (1024.0 * 1024.0));
  else std::snprintf(buf, sizeof buf, "%.1f KB", static_cast<double>(b) / 1024.0);
  return buf;
}

}  // namespace

void DrawPrivacy(App& app) {
  if (!app.ws.is_open() && button(app.tr("priv.back"), "priv.back")) app.ui.view = 0;
  const float w = std::min(ImGui::GetContentRegionAvail().x, 1000.0f * app.fonts.scale);
  title(app, app.tr("priv.title"));
  begin_panel(app, w);
  paragraph(app.tr("priv.intro"));
  ImGui::Spacing();
  std::size_t projects = platform::storage_bytes("aims.project.") + platform::storage_bytes("aims.meta.");
  std::size_t trash = platform::storage_bytes("aims.trash.");
  std::size_t aside = platform::storage_bytes("aims.quarantine.");
  std::size_t other = platform::storage_bytes("aims.") - projects - trash - aside;
  auto list = app.ws.library().list();
  // Inside the panel: as wide as the panel, cells wrap at their own edge.
  if (ImGui::BeginTable("##where", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp,
                        ImVec2(w - 2.0f * ImGui::GetStyle().WindowPadding.x, 0.0f))) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TableSetupColumn(app.tr("priv.col.what"), 0, 2.5f);
    ImGui::TableSetupColumn(app.tr("priv.col.where"), 0, 2.0f);
    ImGui::TableSetupColumn(app.tr("priv.col.size"), 0, 0.8f);
    ImGui::TableHeadersRow();
    auto row = [&](const std::string& what, const char* where_key, std::size_t bytes) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", what.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", app.tr(where_key));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(human(bytes).c_str());
    };
    char buf[128];
    std::snprintf(buf, sizeof buf, app.tr("priv.projects"), list.size());
    row(buf, "priv.local_storage", projects);
    row(app.tr("priv.trash"), "priv.local_storage", trash);
    row(app.tr("priv.set_aside"), "priv.local_storage", aside);
    row(app.tr("priv.settings"), "priv.local_storage", other);
    row(app.tr("priv.app_files"), "priv.cache", 0);
    ImGui::PopTextWrapPos();
    ImGui::EndTable();
  }
  publish_last_item("priv.table");
  ImGui::Spacing();
  paragraph(app.tr("priv.nothing_sent"));
  muted(app, app.tr("priv.how_to_check"));
  ImGui::Spacing();
  if (primary_button(app, app.tr("priv.export_all"), "priv.export_all")) {
    // One JSON file with every stored project (each as it is stored).
    OrderedJson all = {{"format", "aims-backup"}, {"version", 1}, {"exported", platform::now_iso()}, {"projects", OrderedJson::array()}};
    for (const auto& p : list) {
      if (auto d = app.ws.library().open(p.id)) all["projects"].push_back(*d);
    }
    platform::download("aims-all-projects-" + platform::today() + ".json", "application/json", all.dump(2) + "\n");
  }
  ImGui::SameLine();
  if (button(app.tr("priv.delete_all"), "priv.delete_all")) ImGui::OpenPopup("##confirm_wipe");
  if (ImGui::BeginPopupModal("##confirm_wipe", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    heading(app, app.tr("priv.confirm_title"));
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32);
    paragraph(app.tr("priv.confirm_text"));
    ImGui::PopTextWrapPos();
    if (primary_button(app, app.tr("priv.confirm_yes"), "priv.confirm_yes")) {
      app.ws.close();
      for (const auto& k : platform::storage_keys("aims.")) platform::storage_remove(k);
      app.save_settings();  // keep the language and theme the user just used
      app.ui.message = app.tr("priv.deleted");
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (button(app.tr("common.cancel"), "priv.confirm_no")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  end_panel(app);
}

}  // namespace aims::app
