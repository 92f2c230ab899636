#include "app/views/view_drafts.h"

#include <cstdint>
#include <tuple>

#include "app/colour.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/cached.h"
#include "core/drafts.h"
#include "core/workbook.h"
#include "imgui.h"
#include "platform/platform.h"

namespace aims::app {

namespace {

struct DraftsState {
  // The drafts that apply, made once per revision, language and date.
  Cached<std::tuple<std::uint64_t, Lang, std::string>, std::vector<DraftDocument>> drafts;
  std::string preview;  // id of the draft shown, or empty
};

// The one register entry per draft: added when missing; a draft whose entry is no longer a
// draft (approved, in review, outdated) gets it back to "draft" with the version raised. An
// entry that is a draft already is left as it is, so downloading several formats is one step.
void record(App& app, const DraftDocument& d) {
  const OrderedJson& doc = app.ws.doc();
  const std::string marker = "aims-draft:" + d.id;
  if (doc.contains("documents") && doc["documents"].is_array()) {
    for (const auto& e : doc["documents"]) {
      if (e.contains("location") && e["location"] == marker && e.contains("status") && e["status"] == "draft") return;
    }
  }
  std::string owner;
  if (doc.contains("governance") && doc["governance"].is_object() && doc["governance"].contains("ai_officer") &&
      doc["governance"]["ai_officer"].is_object() && doc["governance"]["ai_officer"].contains("name") &&
      doc["governance"]["ai_officer"]["name"].is_string()) {
    owner = doc["governance"]["ai_officer"]["name"].get<std::string>();
  }
  OrderedJson copy = doc;
  const std::size_t i = record_draft(copy, d, owner);
  const std::string what = std::string(app.tr("drafts.recorded")) + ": " + d.title;
  app.ws.begin_group(what);
  if (!doc.contains("documents") || !doc["documents"].is_array()) {
    app.ws.set("/documents", OrderedJson::array(), what);
  }
  const std::size_t n = app.ws.doc()["documents"].size();
  if (i >= n) {
    app.ws.insert("/documents", n, copy["documents"][i], what);
  } else {
    app.ws.set("/documents/" + std::to_string(i), copy["documents"][i], what);
  }
  app.ws.end_group();
}

std::string file_base(App& app) {
  std::string n = app.ws.export_name();  // "<name>-<date>.aims.json"
  const std::string ext = ".aims.json";
  if (n.size() > ext.size()) n = n.substr(0, n.size() - ext.size());
  return n;
}

// The rendered text of a draft, as a reader sees it: headings bold, gaps in the warning colour.
void preview(App& app, const DraftDocument& d) {
  // The theme's warning colour (light and dark), as the documents register's missing kinds.
  const ImVec4 gap_colour = rgb(theme_colours(app).warn);
  auto text = [&](const DraftText& t) {
    bool gap = false;
    for (const auto& s : t) gap = gap || s.gap;
    if (gap) ImGui::PushStyleColor(ImGuiCol_Text, gap_colour);
    ImGui::TextWrapped("%s", draft_plain(t).c_str());
    if (gap) ImGui::PopStyleColor();
  };
  ImGui::PushFont(app.fonts.bold);
  ImGui::TextWrapped("%s", d.title.c_str());
  ImGui::PopFont();
  ImGui::TextWrapped("%s", d.notice.c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, gap_colour);
  ImGui::TextWrapped("%s", d.gaps_line.c_str());
  ImGui::PopStyleColor();
  int table = 0;
  for (const auto& b : d.blocks) {
    switch (b.kind) {
      case DraftBlock::Kind::heading:
        ImGui::Spacing();
        ImGui::PushFont(app.fonts.bold);
        text(b.text);
        ImGui::PopFont();
        break;
      case DraftBlock::Kind::paragraph:
        if (b.quote) ImGui::Indent();
        text(b.text);
        if (b.quote) ImGui::Unindent();
        break;
      case DraftBlock::Kind::list:
        for (const auto& i : b.items) {
          ImGui::Bullet();
          ImGui::SameLine();
          text(i);
        }
        break;
      case DraftBlock::Kind::table: {
        const int cols = static_cast<int>(b.head.size());
        if (cols == 0) break;
        ImGui::PushID(table++);
        if (ImGui::BeginTable("t", cols, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame)) {
          // The header as an ordinary row: wrapped, never shortened.
          ImGui::TableNextRow();
          for (int c = 0; c < cols; ++c) {
            ImGui::TableSetColumnIndex(c);
            ImGui::PushFont(app.fonts.bold);
            ImGui::TextWrapped("%s", b.head[static_cast<std::size_t>(c)].c_str());
            ImGui::PopFont();
          }
          for (const auto& r : b.rows) {
            ImGui::TableNextRow();
            for (int c = 0; c < cols; ++c) {
              ImGui::TableSetColumnIndex(c);
              if (static_cast<std::size_t>(c) < r.size()) text(r[static_cast<std::size_t>(c)]);
            }
          }
          ImGui::EndTable();
        }
        ImGui::PopID();
        break;
      }
    }
  }
}

}  // namespace

void DrawDrafts(App& app) {
  const Lang L = app.settings.lang;
  DraftsState& st = app.state<DraftsState>();
  if (!st.preview.empty() && escape_closes_panel(app)) {
    refocus_on(app, "drafts.preview." + st.preview);
    st.preview.clear();
  }
  title(app, app.tr("drafts.title"));
  const Assessment& a = app.ws.assessment(L);
  note_classes_drawn(app, "drafts", *a.classes);
  muted(app, app.tr("drafts.intro"));
  const auto& drafts = st.drafts.get({app.ws.editor().revision(), L, a.as_of}, [&] {
    return build_drafts({app.ws.doc(), a, *ai_act_catalog(), *iso_catalog(), L, a.as_of});
  });
  const float w = ImGui::GetContentRegionAvail().x;

  // Every draft in one ZIP, per format.
  begin_panel(app, w);
  ImGui::PushFont(app.fonts.bold);
  paragraph(app.tr("drafts.all"));
  ImGui::PopFont();
  muted(app, app.tr("drafts.all_desc"));
  bool first = true;
  for (const DraftFormat& f : draft_formats()) {
    const std::string id = std::string("drafts.zip.") + f.id;
    const std::string label = std::string(app.tr("drafts.zip")) + ": " + app.tr((std::string("drafts.fmt.") + f.id).c_str());
    if (!first) same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2.0f);
    ImGui::PushID(id.c_str());
    const bool clicked = first ? primary_button(app, label.c_str(), id.c_str()) : button(label.c_str(), id.c_str());
    ImGui::PopID();
    first = false;
    if (clicked) {
      std::vector<std::pair<std::string, std::string>> files;
      for (const auto& d : drafts) files.emplace_back(draft_file_name(d, f), f.render(d));
      platform::download(file_base(app) + "-" + app.tr("drafts.file") + "-" + f.id + ".zip", "application/zip",
                         zip_files(files));
      for (const auto& d : drafts) record(app, d);
    }
  }
  end_panel(app);

  // One panel per draft that applies.
  for (const auto& d : drafts) {
    begin_panel(app, w);
    ImGui::PushID(d.id.c_str());
    ImGui::PushFont(app.fonts.bold);
    paragraph(d.title.c_str());
    ImGui::PopFont();
    publish_last_item(("drafts.title." + d.id).c_str());
    muted(app, (d.basis + " \u00b7 " + d.gaps_line).c_str());
    const std::string pid = "drafts.preview." + d.id;
    const bool shown = st.preview == d.id;
    if (button(app.tr(shown ? "drafts.hide" : "drafts.preview"), pid.c_str())) st.preview = shown ? std::string() : d.id;
    if (!app.ui.refocus.empty()) focus_if_asked(app, pid);
    for (const DraftFormat& f : draft_formats()) {
      const std::string id = "drafts." + d.id + "." + f.id;
      const char* label = app.tr((std::string("drafts.fmt.") + f.id).c_str());
      same_line_if_fits(ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2.0f);
      if (button(label, id.c_str())) {
        platform::download(file_base(app) + "-" + draft_file_name(d, f), f.mime, f.render(d));
        record(app, d);
      }
    }
    if (st.preview == d.id) {
      ImGui::Spacing();
      const float h = ImGui::GetFontSize() * 26.0f;
      if (ImGui::BeginChild("preview", ImVec2(w - 2 * ImGui::GetStyle().WindowPadding.x, h), true)) {
        ImGui::PushTextWrapPos(0.0f);
        preview(app, d);
        ImGui::PopTextWrapPos();
      }
      ImGui::EndChild();
      publish_last_item(("drafts.preview_box." + d.id).c_str());
    }
    ImGui::PopID();
    end_panel(app);
  }

  // The drafts that do not apply, and why.
  std::string absent;
  for (const auto& k : draft_kinds()) {
    bool found = false;
    for (const auto& d : drafts) found = found || d.id == k.id;
    if (!found) absent += (absent.empty() ? "" : ", ") + draft_title(k.id, L);
  }
  if (!absent.empty()) muted(app, (std::string(app.tr("drafts.not_applying")) + " " + absent).c_str());
}

}  // namespace aims::app
