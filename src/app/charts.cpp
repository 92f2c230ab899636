#include "app/charts.h"

#include <algorithm>
#include <cmath>

#include "app/colour.h"
#include "app/layout_check.h"
#include "app/widgets.h"
#include "core/dates.h"
#include "platform/platform.h"
#include "imgui.h"

namespace aims::app {

namespace {
}  // namespace

void bar_chart(const char* id, const std::vector<Bar>& bars, float width) {
  ImGui::PushID(id);
  const float line = ImGui::GetTextLineHeightWithSpacing();
  float label_w = 0;
  for (const auto& b : bars) label_w = std::max(label_w, ImGui::CalcTextSize(b.label.c_str()).x);
  float max_v = 1;
  for (const auto& b : bars) max_v = std::max(max_v, b.value);
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float bar_area = std::max(40.0f, width - label_w - gap * 2 - ImGui::CalcTextSize("0000").x);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    float y = p.y + static_cast<float>(i) * line * 1.25f;
    dl->AddText(ImVec2(p.x, y), ImGui::GetColorU32(ImGuiCol_Text), b.label.c_str());
    float x0 = p.x + label_w + gap;
    float w = bar_area * b.value / max_v;
    dl->AddRectFilled(ImVec2(x0, y + 2), ImVec2(x0 + bar_area, y + line - 4), ImGui::GetColorU32(ImGuiCol_FrameBgHovered), 3);
    if (w > 0) dl->AddRectFilled(ImVec2(x0, y + 2), ImVec2(x0 + w, y + line - 4), rgb_u32(b.colour), 3);
    std::string v = b.value_text.empty() ? std::to_string(static_cast<int>(b.value)) : b.value_text;
    dl->AddText(ImVec2(x0 + w + gap * 0.5f, y), ImGui::GetColorU32(ImGuiCol_Text), v.c_str());
  }
  ImGui::Dummy(ImVec2(width, static_cast<float>(bars.size()) * line * 1.25f));
  ImGui::PopID();
}

void radar_chart(const char* id, const std::vector<RadarAxis>& axes, float size) {
  ImGui::PushID(id);
  ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const std::size_t n = axes.size();
  // Room for the labels left and right of the chart: the radius gives way to the longest label
  // down to a minimum; below that, labels end in "…" (the whole label on hover).
  std::vector<std::string> texts, values;
  float longest = 0.0f;
  for (const auto& ax : axes) {
    values.push_back(" " + std::to_string(static_cast<int>(std::lround(ax.value))) + " %");
    texts.push_back(ax.label + values.back());
    longest = std::max(longest, ImGui::CalcTextSize(texts.back().c_str()).x);
  }
  const float gap = ImGui::GetFontSize() * 0.6f;
  const float line = ImGui::GetTextLineHeight();
  float r = std::min(size * 0.5f - longest - gap, size * 0.5f - line * 1.6f);
  const float min_r = size * 0.24f;
  if (r < min_r) r = min_r;
  ImVec2 c(p.x + size * 0.5f, p.y + size * 0.5f);
  if (n >= 3 && r > 10) {
    auto pt = [&](std::size_t i, float frac) {
      float ang = -1.5707963f + 6.2831853f * static_cast<float>(i) / static_cast<float>(n);
      return ImVec2(c.x + std::cos(ang) * r * frac, c.y + std::sin(ang) * r * frac);
    };
    ImU32 grid = ImGui::GetColorU32(ImGuiCol_Separator);
    for (int ring = 1; ring <= 5; ++ring) {
      std::vector<ImVec2> poly;
      for (std::size_t i = 0; i < n; ++i) poly.push_back(pt(i, static_cast<float>(ring) / 5.0f));
      dl->AddPolyline(poly.data(), static_cast<int>(poly.size()), grid, ImDrawFlags_Closed, 1.0f);
    }
    for (std::size_t i = 0; i < n; ++i) dl->AddLine(c, pt(i, 1.0f), grid);
    std::vector<ImVec2> val;
    for (std::size_t i = 0; i < n; ++i) val.push_back(pt(i, std::clamp(axes[i].value, 0.0f, 100.0f) / 100.0f));
    // Fill as a triangle fan from the centre (the polygon need not be convex).
    for (std::size_t i = 0; i < n; ++i) dl->AddTriangleFilled(c, val[i], val[(i + 1) % n], IM_COL32(31, 95, 168, 60));
    dl->AddPolyline(val.data(), static_cast<int>(n), IM_COL32(31, 95, 168, 255), ImDrawFlags_Closed, 2.0f);
    for (std::size_t i = 0; i < n; ++i) {
      dl->AddCircleFilled(val[i], 3.5f, IM_COL32(31, 95, 168, 255));
      ImVec2 lp = pt(i, 1.12f);
      const bool side = std::fabs(lp.x - c.x) > 2.0f;
      // A long title is shortened; the value always shows.
      const float room = (side ? size * 0.5f - std::fabs(lp.x - c.x) - 2.0f : size - 4.0f) - ImGui::CalcTextSize(values[i].c_str()).x;
      const std::string text = ImGui::CalcTextSize(texts[i].c_str()).x <= room + ImGui::CalcTextSize(values[i].c_str()).x
                                   ? texts[i]
                                   : ellipsize(axes[i].label.c_str(), room) + values[i];
      ImVec2 ts = ImGui::CalcTextSize(text.c_str());
      float dx = lp.x < c.x - 2 ? -ts.x : lp.x > c.x + 2 ? 0.0f : -ts.x * 0.5f;
      float dy = lp.y < c.y - 2 ? -ts.y : lp.y > c.y + 2 ? 0.0f : -ts.y * 0.5f;
      dl->AddText(ImVec2(lp.x + dx, lp.y + dy), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
      layout::drawn(ImVec2(lp.x + dx, lp.y + dy), ImVec2(lp.x + dx + ts.x, lp.y + dy + ts.y), "radar label");
      if (text != texts[i] && ImGui::IsMouseHoveringRect(ImVec2(lp.x + dx, lp.y + dy), ImVec2(lp.x + dx + ts.x, lp.y + dy + ts.y))) {
        ImGui::SetTooltip("%s", texts[i].c_str());
      }
    }
  }
  ImGui::Dummy(ImVec2(size, size));
  ImGui::PopID();
}

void timeline(const char* id, const std::string& from, const std::string& to, const std::vector<TimelineSpan>& spans,
              const std::vector<TimelineMark>& marks, const std::string& today, const char* today_label, float width,
              unsigned int today_colour) {
  ImGui::PushID(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 p = ImGui::GetCursorScreenPos();
  const float line = ImGui::GetTextLineHeightWithSpacing();
  long d0 = days_from_civil(from), d1 = std::max(days_from_civil(to), d0 + 1);
  // The label column: as wide as the longest label, at most 40 % of the width (longer labels
  // wrap between words), never narrower than the longest word.
  float label_w = 0, word_w = 0;
  for (const auto& s : spans) {
    label_w = std::max(label_w, ImGui::CalcTextSize(s.label.c_str()).x);
    word_w = std::max(word_w, longest_word(s.label));
  }
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  label_w = std::max(std::min(label_w, width * 0.4f), word_w) + gap;
  float x0 = p.x + label_w, x1 = p.x + width - 8;
  auto xs = [&](const std::string& d) {
    return x0 + (x1 - x0) * static_cast<float>(days_from_civil(d) - d0) / static_cast<float>(d1 - d0);
  };
  float y = p.y;
  // Spans (one row each)
  for (const auto& s : spans) {
    // A label too long for the label column wraps; its row grows, the bar stays on its first line.
    const float wrap = label_w - gap;
    const ImVec2 ts = ImGui::CalcTextSize(s.label.c_str(), nullptr, false, wrap);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x, y), ImGui::GetColorU32(ImGuiCol_Text), s.label.c_str(),
                nullptr, wrap);
    layout::drawn(ImVec2(p.x, y), ImVec2(p.x + ts.x, y + ts.y), "timeline label");
    float a = std::max(x0, xs(s.start)), b = std::min(x1, xs(s.end));
    if (b > a) dl->AddRectFilled(ImVec2(a, y + 3), ImVec2(b, y + line - 3), rgb_u32(s.colour), 4);
    y += std::max(line, ts.y + ImGui::GetStyle().ItemSpacing.y);
  }
  // Axis with year ticks
  float axis_y = y + 4;
  dl->AddLine(ImVec2(x0, axis_y), ImVec2(x1, axis_y), ImGui::GetColorU32(ImGuiCol_Text));
  int y_first = std::stoi(from.substr(0, 4)) + 1, y_last = std::stoi(to.substr(0, 4));
  for (int yr = y_first; yr <= y_last; ++yr) {
    std::string d = std::to_string(yr) + "-01-01";
    float x = xs(d);
    dl->AddLine(ImVec2(x, p.y), ImVec2(x, axis_y + 4), ImGui::GetColorU32(ImGuiCol_Separator));
    dl->AddText(ImVec2(x + 2, axis_y + 2), ImGui::GetColorU32(ImGuiCol_TextDisabled), std::to_string(yr).c_str());
  }
  float label_y = axis_y + line + 2;
  // Marks, with labels staggered so they do not overlap
  std::vector<float> row_end(6, -1e9f);
  float lowest = label_y;
  for (const auto& m : marks) {
    float x = xs(m.date);
    if (x < x0 - 1 || x > x1 + 1) continue;
    dl->AddTriangleFilled(ImVec2(x, axis_y - 1), ImVec2(x - 5, axis_y - 9), ImVec2(x + 5, axis_y - 9), rgb_u32(m.colour));
    std::string text = m.date + " " + m.label;
    ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    float tx = std::min(x, x1 - ts.x);
    std::size_t row = 0;
    while (row + 1 < row_end.size() && row_end[row] > tx) ++row;
    float ty = label_y + static_cast<float>(row) * line;
    dl->AddLine(ImVec2(x, axis_y), ImVec2(x, ty), rgb_u32(m.colour, 120.0f / 255.0f));
    dl->AddText(ImVec2(tx, ty), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
    layout::drawn(ImVec2(tx, ty), ImVec2(tx + ts.x, ty + ts.y), "timeline mark");
    const std::string mark_id = std::string(id) + ".mark." + std::to_string(&m - marks.data());
    platform::publish_widget(mark_id.c_str(), tx, ty, tx + ts.x, ty + ts.y);
    if (!m.tip.empty() && (ImGui::IsMouseHoveringRect(ImVec2(tx, ty), ImVec2(tx + ts.x, ty + ts.y)) ||
                           ImGui::IsMouseHoveringRect(ImVec2(x - 6, axis_y - 10), ImVec2(x + 6, ty)))) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
      ImGui::TextUnformatted(m.tip.c_str());
      note_tooltip(m.tip);
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    row_end[row] = tx + ts.x + 12;
    lowest = std::max(lowest, ty + line);
  }
  if (!today.empty() && today >= from && today <= to) {
    float x = xs(today);
    dl->AddLine(ImVec2(x, p.y), ImVec2(x, axis_y + 6), rgb_u32(today_colour), 2.0f);
    dl->AddText(ImVec2(x + 3, p.y - line * 0.9f), rgb_u32(today_colour), today_label);
  }
  ImGui::Dummy(ImVec2(width, lowest - p.y + 4));
  ImGui::PopID();
}

}  // namespace aims::app
