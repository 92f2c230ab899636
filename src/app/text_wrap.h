// Word-wrapped multi-line text fields. ImGui 1.86's InputTextMultiline lays text out one row per
// line; cmake/patch_imgui.py makes our copy of its editor call the functions below when a field
// has the flag wrap::kInputTextWordWrap, so the text wraps while it is edited and while it is
// shown: rows come from wrap::row_end() (app/wrap_rows.h), the caret moves by those rows
// (up/down, Home/End), the mouse, selection, copy/paste and undo work on them as before.
#pragma once
#include "app/wrap_rows.h"
#include "imgui.h"

namespace aims::app::wrap {

// The width a multi-line field of frame width `frame_w` wraps its text at (room for the
// scrollbar is always kept, so the rows do not change when it appears).
float text_width(float frame_w);
// Height of `utf8`'s rows in such a field (rows × font size), without the frame's padding.
float text_height(const char* utf8, float frame_w);

// Where the caret of the word-wrapped field being edited was drawn last: its row (from 0), the
// field's number of rows and its x offset. For the browser tests (window.aimsState.edit).
struct Caret {
  int row = -1;
  int rows = 0;
  float x = 0.0f;
};
Caret last_caret();

// --- Called from the patched ImGui text editor (declared there in the same way). ---
// The wrap width of the field being handled by ImGui::InputTextEx; 0: no wrapping.
extern float g_width;
// stb_textedit's layout of the row starting at `begin`: its width and its character count.
void stb_row(const ImWchar* text, int len, int begin, float* x1, int* num_chars);
// Caret (`cursor`) and selection start (`select`, or -1) as offsets from the text's top left
// to the bottom of their row (ImGui's convention); returns the size of the text.
ImVec2 offsets(const ImWchar* text, int len, int cursor, int select, ImVec2* cursor_off, ImVec2* select_off);
// Draws the selection [a, b) behind the rows, the rows themselves, and (for a field that is not
// being edited) UTF-8 text, whose size is returned. Rows outside the clip rectangle are skipped.
void draw_selection(ImDrawList* dl, ImVec2 pos, const ImWchar* text, int len, int a, int b, ImU32 col);
void draw(ImDrawList* dl, ImVec2 pos, ImU32 col, const ImWchar* text, int len);
ImVec2 draw_utf8(ImDrawList* dl, ImVec2 pos, ImU32 col, const char* utf8);

}  // namespace aims::app::wrap
