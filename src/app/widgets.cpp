#include "app/widgets.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>

#include "app/a11y.h"
#include "app/colour.h"
#include "app/layout_check.h"
#include "app/theme.h"
#include "core/iso.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform/platform.h"

namespace aims::app {

// TextWrapped wraps at the innermost PushTextWrapPos, or at the window edge when none is set;
// a word too long for that width would be broken mid-word (the layout check reports it).
namespace {
void wrapped(const char* text) {
  layout::words_fit(text);
  ImGui::TextWrapped("%s", text);
}
}  // namespace

void heading(const App& app, const char* text) {
  ImGui::PushFont(app.fonts.heading);
  wrapped(text);
  ImGui::PopFont();
}

void title(const App& app, const char* text) {
  ImGui::PushFont(app.fonts.title);
  wrapped(text);
  ImGui::PopFont();
}

void paragraph(const char* text) { wrapped(text); }

void muted(const App& app, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
  paragraph(text);
  ImGui::PopStyleColor();
  (void)app;
}

void bullet_paragraph(const char* text) {
  ImGui::Bullet();
  ImGui::SameLine();
  paragraph(text);
}

bool begin_card(const char* id, float height) {
  ImGuiStyle& s = ImGui::GetStyle();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(s.WindowPadding.x, s.WindowPadding.y));
  // NavFlattened: Tab moves into the card and on, as if it were part of the screen.
  bool open = ImGui::BeginChild(id, ImVec2(0, height), true,
                                ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened);
  ImGui::PopStyleVar();
  return open;
}

void end_card() { ImGui::EndChild(); }

}  // namespace aims::app

namespace aims::app {

void publish_last_item(const char* test_id) {
  if (!test_id) return;
  ImVec2 a = ImGui::GetItemRectMin();
  ImVec2 b = ImGui::GetItemRectMax();
  platform::publish_widget(test_id, a.x, a.y, b.x, b.y);
}

bool escape_closes_panel(App& app) {
  if (app.ui.escape_frame == ImGui::GetFrameCount()) return false;
  if (!ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) return false;
  // A text field edited in the last frame took the key (it ends its editing); so does a pop-up.
  if (app.ui.edit_id != 0 || ImGui::GetIO().WantTextInput || ImGui::IsAnyItemActive() ||
      ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
    return false;
  }
  app.ui.escape_frame = ImGui::GetFrameCount();
  a11y::announce(app.tr("a11y.closed"));
  return true;
}

void refocus_on(App& app, std::string key) {
  app.ui.refocus = std::move(key);
  app.ui.refocus_frame = ImGui::GetFrameCount();
}

void focus_if_asked(App& app, const std::string& key) {
  if (app.ui.refocus.empty()) return;
  if (ImGui::GetFrameCount() > app.ui.refocus_frame + 2) {  // its row was out of view: let go
    app.ui.refocus.clear();
    return;
  }
  if (app.ui.refocus != key) return;
  app.ui.refocus.clear();
  ImGuiContext& g = *GImGui;
  ImGui::SetFocusID(g.LastItemData.ID, g.CurrentWindow);
  g.NavDisableHighlight = false;  // the focus frame shows, as after Tab
  g.NavDisableMouseHover = true;
  if (!ImGui::IsItemVisible()) ImGui::SetScrollHereY(0.3f);
}

bool primary_button(const App& app, const char* label, const char* test_id) {
  const colours::Theme& t = theme_colours(app);
  ImGui::PushStyleColor(ImGuiCol_Button, rgb(t.primary_button));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, rgb(t.primary_button_hovered));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, rgb(t.primary_button_active));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  ImGui::PushStyleColor(ImGuiCol_Border, rgb(t.primary_button_active));
  bool pressed = ImGui::Button(label);
  ImGui::PopStyleColor(5);
  publish_last_item(test_id);
  return pressed;
}

bool button(const char* label, const char* test_id) {
  bool pressed = ImGui::Button(label);
  publish_last_item(test_id);
  return pressed;
}

}  // namespace aims::app

namespace aims::app {

namespace {
struct PanelFrame {
  ImVec2 start;
  float width;
};
ImVector<PanelFrame>& panel_stack() {
  static ImVector<PanelFrame> stack;  // UI nesting only, emptied every frame
  return stack;
}
}  // namespace

void begin_panel(const App& app, float width) {
  (void)app;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImVec2 start = ImGui::GetCursorScreenPos();
  panel_stack().push_back({start, width});
  const ImGuiStyle& s = ImGui::GetStyle();
  ImGui::SetCursorScreenPos(ImVec2(start.x + s.WindowPadding.x, start.y + s.WindowPadding.y));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * s.WindowPadding.x);
}

void end_panel(const App& app) {
  const ImGuiStyle& s = ImGui::GetStyle();
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  PanelFrame f = panel_stack().back();
  panel_stack().pop_back();
  ImVec2 end = ImGui::GetItemRectMax();
  ImVec2 b(f.start.x + f.width, end.y + s.WindowPadding.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSetCurrent(0);
  const colours::Theme& pal = theme_colours(app);
  dl->AddRectFilled(f.start, b, rgb_u32(pal.card), s.ChildRounding);
  dl->AddRect(f.start, b, rgb_u32(pal.border), s.ChildRounding);
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(f.start.x, b.y));
  ImGui::Dummy(ImVec2(f.width, s.ItemSpacing.y));
}

void rule(float w) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y), ImVec2(p.x + w, p.y), ImGui::GetColorU32(ImGuiCol_Separator));
  ImGui::Dummy(ImVec2(w, 1));
}

}  // namespace aims::app

namespace aims::app {

namespace {
std::string g_tooltip;
}
void note_tooltip(const std::string& text) {
  if (!g_tooltip.empty()) g_tooltip += "\n";
  g_tooltip += text;
}
std::string tooltip_shown() {
  std::string t;
  t.swap(g_tooltip);
  return t;
}

std::string ellipsize(const char* text, float max_w) {
  const char* end = text + std::strlen(text);
  const char* nl = static_cast<const char*>(std::memchr(text, '\n', static_cast<std::size_t>(end - text)));
  if (!nl && ImGui::CalcTextSize(text, end).x <= max_w) return std::string(text, end);
  static const char kEllipsis[] = "\xE2\x80\xA6";  // U+2026
  const float room = std::max(0.0f, max_w - ImGui::CalcTextSize(kEllipsis).x);
  const char* cut = text;
  ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), room, 0.0f, text, nl ? nl : end, &cut);
  while (cut > text && cut[-1] == ' ') --cut;
  return std::string(text, cut) + kEllipsis;
}

void same_line_if_fits(float w) {
  // Decided before moving: SameLine() followed by NewLine() would count the spot beside the
  // last item as content, and its window or table column would seem wider than it is.
  const ImGuiWindow* win = ImGui::GetCurrentWindow();
  const float right = win->WorkRect.Max.x;  // the cell or window edge
  if (win->DC.CursorPosPrevLine.x + ImGui::GetStyle().ItemSpacing.x + w <= right) ImGui::SameLine();
}

float toggle_width(const char* label) {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label, nullptr, true).x;
}

int fitting_columns(int want, float need) {
  const float avail = ImGui::GetContentRegionAvail().x;
  const float gap = ImGui::GetStyle().CellPadding.x * 2.0f;
  return (avail - gap * static_cast<float>(want - 1)) / static_cast<float>(want) >= need ? want : 1;
}

bool checkbox_wrapped(const char* label, bool* v) {
  const ImGuiStyle& st = ImGui::GetStyle();
  const float box = ImGui::GetFrameHeight() + st.ItemInnerSpacing.x;
  if (box + ImGui::CalcTextSize(label, nullptr, true).x <= ImGui::GetContentRegionAvail().x) return ImGui::Checkbox(label, v);
  ImGui::PushID(label);
  bool changed = ImGui::Checkbox("##box", v);
  a11y::describe_last(std::string(label, ImGui::FindRenderedTextEnd(label)), a11y::Role::checkbox);
  ImGui::PopID();
  ImGui::SameLine(0.0f, st.ItemInnerSpacing.x);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + st.FramePadding.y);
  layout::words_fit(label, ImGui::FindRenderedTextEnd(label));
  ImGui::TextUnformatted(label, ImGui::FindRenderedTextEnd(label));
  ImGui::PopTextWrapPos();
  if (ImGui::IsItemClicked()) {
    *v = !*v;
    changed = true;
  }
  return changed;
}

void fitted_text(const char* text, float width) {
  if (width < 0.0f) width = ImGui::GetContentRegionAvail().x;
  const std::string shown = ellipsize(text, width);
  ImGui::TextUnformatted(shown.c_str(), shown.c_str() + shown.size());
  if (std::strcmp(shown.c_str(), text) != 0 && ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void id_title_cells(const App& app, const char* id, const char* title) {
  ImGui::TableNextColumn();
  ImGui::PushFont(app.fonts.bold);
  ImGui::TextUnformatted(id);
  ImGui::PopFont();
  ImGui::TableNextColumn();
  wrapped(title);
}

float id_column_width(const App& app, const char* header) {
  // The widest number changes only with the font: measured once per font size.
  static float numbers_w = 0.0f, for_size = -1.0f;
  if (for_size != app.fonts.bold->FontSize) {
    for_size = app.fonts.bold->FontSize;
    numbers_w = 0.0f;
    ImGui::PushFont(app.fonts.bold);
    for (const IsoRequirement& r : iso_catalog()->requirements) numbers_w = std::max(numbers_w, ImGui::CalcTextSize(r.id.c_str()).x);
    ImGui::PopFont();
  }
  return std::max({80.0f * app.fonts.scale, ImGui::CalcTextSize(header).x, numbers_w}) + 2.0f;
}

void setup_fitted_columns(const std::vector<const char*>& labels, std::vector<float> min_w,
                          const std::vector<float>& weights, float table_w) {
  const float pad = ImGui::GetStyle().CellPadding.x * 2.0f;
  float room = table_w - pad * static_cast<float>(labels.size()) - 2.0f;
  for (std::size_t c = 0; c < labels.size(); ++c) {
    min_w[c] = std::max(min_w[c], ImGui::CalcTextSize(labels[c]).x) + 1.0f;
    room -= min_w[c];
  }
  const std::vector<float> w = fit_column_widths(min_w, min_w, weights, std::max(0.0f, room));
  for (std::size_t c = 0; c < labels.size(); ++c) ImGui::TableSetupColumn(labels[c], ImGuiTableColumnFlags_WidthFixed, w[c]);
}

std::vector<float> fit_column_widths(const std::vector<float>& min_w, const std::vector<float>& natural_w,
                                     const std::vector<float>& weights, float room) {
  std::vector<float> w = min_w;
  for (int pass = 0; pass < 2 && room > 0.5f; ++pass) {
    // Pass 0: up to the natural widths (columns that reach theirs give the rest back, a few
    // rounds); pass 1: what is left, by weight.
    auto open = [&](std::size_t c) { return weights[c] > 0.0f && (pass == 1 || w[c] < natural_w[c]); };
    for (int round = 0; round < 4 && room > 0.5f; ++round) {
      float total = 0.0f;
      for (std::size_t c = 0; c < w.size(); ++c) total += open(c) ? weights[c] : 0.0f;
      if (total <= 0.0f) break;
      float given = 0.0f;
      for (std::size_t c = 0; c < w.size(); ++c) {
        if (!open(c)) continue;
        float add = room * weights[c] / total;
        if (pass == 0) add = std::min(add, natural_w[c] - w[c]);
        w[c] += add;
        given += add;
      }
      room -= given;
      if (pass == 1) break;
    }
  }
  return w;
}

float longest_word(std::string_view text) {
  float w = 0.0f;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(" \n", start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) w = std::max(w, ImGui::CalcTextSize(text.data() + start, text.data() + end).x);
    start = end + 1;
  }
  return w;
}

unsigned int row_key(std::string_view s) { return static_cast<unsigned int>(std::hash<std::string_view>{}(s)); }

RowCuller::RowCuller(RowHeights& m, int layout, bool draw_all) : m_(m), draw_all_(draw_all) {
  ImGuiTable* t = ImGui::GetCurrentTable();
  const float w = t ? t->WorkRect.GetWidth() : 0.0f;
  const float f = ImGui::GetFontSize();
  if (w != m.width || f != m.font || layout != m.layout) {
    m.heights.clear();
    m.width = w;
    m.font = f;
    m.layout = layout;
  }
}

bool RowCuller::row(unsigned int key, int flags, float min_height) {
  ImGui::TableNextRow(flags, min_height);
  ImGuiTable* t = ImGui::GetCurrentTable();
  if (measuring_) m_.heights[key_] = t->RowPosY1 - y1_;  // the previous row has ended
  key_ = key;
  y1_ = t->RowPosY1;
  auto it = m_.heights.find(key);
  // While the keyboard focus moves (Tab, arrows) every row is drawn, so the move can reach the
  // rows out of view and scroll to them.
  if (it != m_.heights.end() && !GImGui->NavAnyRequest && !draw_all_ &&
      (y1_ + it->second < t->InnerClipRect.Min.y || y1_ > t->InnerClipRect.Max.y)) {
    t->RowPosY2 = ImMax(t->RowPosY2, y1_ + it->second);  // the height it had, nothing drawn
    measuring_ = false;
    return false;
  }
  measuring_ = true;
  return true;
}

void RowCuller::end() {
  if (!measuring_) return;
  ImGuiTable* t = ImGui::GetCurrentTable();
  // What ending the row will make of its bottom (see TableEndCell).
  float y2 = t->RowPosY2;
  if (t->CurrentColumn != -1) y2 = ImMax(y2, t->InnerWindow->DC.CursorMaxPos.y + t->CellPaddingY);
  m_.heights[key_] = y2 - y1_;
  measuring_ = false;
}

}  // namespace aims::app
