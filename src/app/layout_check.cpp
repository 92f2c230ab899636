#include "app/layout_check.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "imgui.h"
#include "imgui_internal.h"

namespace aims::app::layout {
namespace {

constexpr float kTolerance = 1.0f;  // px; sub-pixel rounding is not clipping
std::vector<std::string> g_drawn;   // findings of drawn() since the last check

std::string describe(const char* where, float by) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "%s: %.0f px", where, static_cast<double>(by));
  return buf;
}

}  // namespace

void drawn(const ImVec2& min, const ImVec2& max, const char* what) {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  const ImRect& clip = w->ClipRect;
  float by = 0.0f;
  if (max.x > clip.Max.x + kTolerance) by = max.x - clip.Max.x;
  if (min.x < clip.Min.x - kTolerance) by = clip.Min.x - min.x;
  if (by > 0.0f) g_drawn.push_back(describe((std::string(w->Name) + " / " + what).c_str(), by));
}

void words_fit(const char* text, const char* text_end) {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  if (w->SkipItems || !text) return;
  if (!text_end) text_end = text + std::strlen(text);
  const float wrap_pos = w->DC.TextWrapPos < 0.0f ? 0.0f : w->DC.TextWrapPos;  // TextWrapped's default
  const float room = ImGui::CalcWrapWidthForPos(w->DC.CursorPos, wrap_pos);
  const char* s = text;
  while (s < text_end) {
    while (s < text_end && (*s == ' ' || *s == '\n')) ++s;
    const char* e = s;
    while (e < text_end && *e != ' ' && *e != '\n') ++e;
    if (e > s) {
      const float by = ImGui::CalcTextSize(s, e).x - room;
      if (by > kTolerance) {
        g_drawn.push_back(describe((std::string(w->Name) + " / word broken: " + std::string(s, e)).c_str(), by));
        return;
      }
    }
    s = e;
  }
}

std::vector<std::string> clipped_this_frame() {
  ImGuiContext& g = *GImGui;
  std::vector<std::string> out = std::move(g_drawn);
  g_drawn.clear();
  // Windows: content wider than the visible area, without a horizontal scrollbar to reach it.
  for (ImGuiWindow* w : g.Windows) {
    if (!w->Active || w->Hidden || w->SkipItems) continue;
    if (w->Flags & ImGuiWindowFlags_HorizontalScrollbar) continue;
    const float by = w->DC.CursorMaxPos.x - w->InnerClipRect.Max.x;
    if (by > kTolerance) out.push_back(describe(w->Name, by));
  }
  // Table columns: cell content wider than its column, and header labels that do not fit it
  // (ImGui shortens those with "…": a column must be as wide as its header).
  for (int n = 0; n < g.Tables.GetMapSize(); ++n) {
    ImGuiTable* t = g.Tables.TryGetMapData(n);
    if (!t || t->LastFrameActive != g.FrameCount) continue;
    // A table that scrolls sideways hides columns until scrolled to: the columns that do not
    // fit must leave it for the row's form (list_editor.cpp) before that happens.
    if (t->Flags & ImGuiTableFlags_ScrollX) {
      if (t->InnerWindow && t->InnerWindow->ScrollMax.x > kTolerance) {
        char where[200];
        std::snprintf(where, sizeof where, "%s / table %08X scrolls sideways (%s ...)", t->OuterWindow ? t->OuterWindow->Name : "?",
                      t->ID, ImGui::TableGetColumnName(t, 0));
        out.push_back(describe(where, t->InnerWindow->ScrollMax.x));
      }
      continue;
    }
    for (int c = 0; c < t->ColumnsCount; ++c) {
      const ImGuiTableColumn& col = t->Columns[c];
      if (!col.IsEnabled || !col.IsVisibleX) continue;
      const float content = ImMax(col.ContentMaxXFrozen, col.ContentMaxXUnfrozen);
      const float limit = ImMin(col.MaxX, t->InnerClipRect.Max.x);
      const char* label = ImGui::TableGetColumnName(t, c);
      if (t->IsUsingHeaders && label && *label && label[0] != '#' && col.ContentMaxXHeadersIdeal - col.ContentMaxXHeadersUsed > kTolerance) {
        char where[200];
        std::snprintf(where, sizeof where, "%s / table %08X header %d cut (%s)", t->OuterWindow ? t->OuterWindow->Name : "?",
                      t->ID, c, label);
        out.push_back(describe(where, col.ContentMaxXHeadersIdeal - col.ContentMaxXHeadersUsed));
      }
      if (content - limit > kTolerance) {
        const char* name = ImGui::TableGetColumnName(t, c);
        char where[200];
        std::snprintf(where, sizeof where, "%s / table %08X column %d (%s)", t->OuterWindow ? t->OuterWindow->Name : "?",
                      t->ID, c, name && *name ? name : "unnamed");
        out.push_back(describe(where, content - limit));
      }
    }
  }
  // The same finding in several rows (one label per row) is reported once.
  std::vector<std::string> unique;
  for (auto& f : out) {
    if (std::find(unique.begin(), unique.end(), f) == unique.end()) unique.push_back(std::move(f));
  }
  return unique;
}

}  // namespace aims::app::layout
