#include "app/text_wrap.h"

#include <cstring>

#include "imgui_internal.h"

namespace aims::app::wrap {

float g_width = 0.0f;

namespace {

Caret g_caret;

// A character's width in the current font at the current size, as ImGui's editor and its text
// drawing measure it.
struct Advance {
  ImFont* font = GImGui->Font;
  float scale = GImGui->FontSize / GImGui->Font->FontSize;
  float operator()(ImWchar c) const { return font->GetCharAdvance(c) * scale; }
};

float advance_to(const ImWchar* text, int from, int to, const Advance& adv) {
  float x = 0.0f;
  for (int i = from; i < to; ++i)
    if (text[i] != '\r' && text[i] != '\n') x += adv(text[i]);
  return x;
}

// Calls f(begin, end, row, ink width) for each row, the empty row after a final line break
// included; stops when f returns false.
template <class F>
void each_row(const ImWchar* text, int len, float width, const Advance& adv, F&& f) {
  int i = 0, row = 0;
  while (i < len) {
    float ink = 0.0f;
    const int e = row_end(text, i, len, width, adv, nullptr, &ink);
    if (!f(i, e, row++, ink)) return;
    i = e;
  }
  if (len == 0 || text[len - 1] == '\n') f(len, len, row, 0.0f);
}

ImVector<ImWchar>& wide_buffer() {
  static ImVector<ImWchar> buf;
  return buf;
}

}  // namespace

float text_width(float frame_w) {
  const ImGuiStyle& s = ImGui::GetStyle();
  return ImMax(1.0f, frame_w - 2.0f * s.FramePadding.x - s.ScrollbarSize);
}

float text_height(const char* utf8, float frame_w) {
  ImVector<ImWchar>& w = wide_buffer();
  const int n = static_cast<int>(std::strlen(utf8));
  w.resize(n + 1);
  const int len = ImTextStrFromUtf8(w.Data, w.Size, utf8, utf8 + n);
  return static_cast<float>(row_count(w.Data, len, text_width(frame_w), Advance{})) * ImGui::GetFontSize();
}

Caret last_caret() { return g_caret; }

void stb_row(const ImWchar* text, int len, int begin, float* x1, int* num_chars) {
  *num_chars = row_end(text, begin, len, g_width, Advance{}, x1) - begin;
}

ImVec2 offsets(const ImWchar* text, int len, int cursor, int select, ImVec2* cursor_off, ImVec2* select_off) {
  const Advance adv;
  const float h = ImGui::GetFontSize();
  float widest = 0.0f;
  int rows = 0;
  // A position belongs to the row it starts (a soft break puts the caret at the next row's
  // start, as stb_textedit finds it); the end of the text belongs to the last row.
  auto place = [&](int pos, int b, int e, int row, ImVec2* out) {
    if (pos < 0 || !out) return;
    const bool last = e == len && (len == 0 || text[len - 1] != '\n' || b == len);
    if (pos >= b && (pos < e || (last && pos == len))) *out = ImVec2(advance_to(text, b, pos, adv), static_cast<float>(row + 1) * h);
  };
  each_row(text, len, g_width, adv, [&](int b, int e, int row, float ink) {
    widest = ImMax(widest, ink);
    place(cursor, b, e, row, cursor_off);
    place(select, b, e, row, select_off);
    rows = row + 1;
    return true;
  });
  if (cursor >= 0 && cursor_off) g_caret = {static_cast<int>(cursor_off->y / h + 0.5f) - 1, rows, cursor_off->x};
  return ImVec2(widest, static_cast<float>(rows) * h);
}

void draw_selection(ImDrawList* dl, ImVec2 pos, const ImWchar* text, int len, int a, int b, ImU32 col) {
  const Advance adv;
  const float h = ImGui::GetFontSize();
  const float clip_top = dl->GetClipRectMin().y, clip_bottom = dl->GetClipRectMax().y;
  each_row(text, len, g_width, adv, [&](int rb, int re, int row, float) {
    const float y = pos.y + static_cast<float>(row) * h;
    if (y > clip_bottom) return false;
    if (y + h < clip_top || b <= rb || a > re || (a == re && re > rb)) return true;
    const int text_end = (re > rb && text[re - 1] == '\n') ? re - 1 : re;
    const float x0 = advance_to(text, rb, ImMax(a, rb), adv);
    float x1 = advance_to(text, rb, ImMin(b, text_end), adv);
    // A selected line break shows as half a space, so selected empty lines can be seen.
    if (b > text_end && text_end < re) x1 += IM_FLOOR(adv(' ') * 0.5f);
    if (x1 > x0) dl->AddRectFilled(ImVec2(pos.x + x0, y), ImVec2(pos.x + x1, y + h), col);
    return true;
  });
}

void draw(ImDrawList* dl, ImVec2 pos, ImU32 col, const ImWchar* text, int len) {
  const Advance adv;
  const float h = ImGui::GetFontSize();
  const float clip_top = dl->GetClipRectMin().y, clip_bottom = dl->GetClipRectMax().y;
  static ImVector<char> utf8;
  each_row(text, len, g_width, adv, [&](int rb, int re, int row, float) {
    const float y = pos.y + static_cast<float>(row) * h;
    if (y > clip_bottom) return false;
    if (y + h < clip_top || re == rb) return true;
    utf8.resize((re - rb) * 4 + 1);
    const int n = ImTextStrToUtf8(utf8.Data, utf8.Size, text + rb, text + re);
    dl->AddText(adv.font, h, ImVec2(pos.x, y), col, utf8.Data, utf8.Data + n);
    return true;
  });
}

ImVec2 draw_utf8(ImDrawList* dl, ImVec2 pos, ImU32 col, const char* utf8) {
  ImVector<ImWchar>& w = wide_buffer();
  const int n = static_cast<int>(std::strlen(utf8));
  w.resize(n + 1);
  const int len = ImTextStrFromUtf8(w.Data, w.Size, utf8, utf8 + n);
  draw(dl, pos, col, w.Data, len);
  return offsets(w.Data, len, -1, -1, nullptr, nullptr);
}

}  // namespace aims::app::wrap
