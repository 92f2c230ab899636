// Soft line breaks for the multi-line text fields: where a row of text ends when it must fit a
// width. ImGui 1.86's text editor lays out one row per line; our patched copy of it
// (cmake/patch_imgui.py) asks row_end() instead, so the text wraps while it is edited and while
// it is shown, and the caret moves by the rows the user sees. Header-only and free of ImGui,
// so the unit tests check it with made-up character widths.
#pragma once

namespace aims::app::wrap {

// The input-text flag that turns word wrapping on for a multi-line field (a bit ImGui 1.86
// leaves unused between its public and internal flags).
inline constexpr int kInputTextWordWrap = 1 << 25;

inline constexpr bool is_blank(unsigned int c) { return c == ' ' || c == '\t' || c == 0x00A0u; }

// The row that starts at text[begin] (text has `len` characters): returns one past its last
// character. A row ends
//  - after a line break ('\n'), which belongs to the row;
//  - before the first word that would reach beyond `width`: the blanks after a word stay on its
//    row (they may hang over the edge), so the next row starts with the next word;
//  - inside a word only when that word alone is wider than `width` (between two characters).
// Every row has at least one character. `advance(c)` gives a character's width; `row_width`
// receives the width of the row without its line break, `ink_width` without its trailing
// blanks too (what the row shows).
template <class Ch, class Advance>
int row_end(const Ch* text, int begin, int len, float width, Advance&& advance, float* row_width = nullptr,
            float* ink_width = nullptr) {
  float x = 0.0f;          // width of text[begin, i)
  float ink = 0.0f;        // width up to the end of the last non-blank character
  int word = -1;           // start of the last word that follows blanks on this row
  float x_word = 0.0f;     // width before that word
  float ink_word = 0.0f;   // ink width before that word
  bool after_blank = false;
  int i = begin;
  for (; i < len; ++i) {
    const unsigned int c = static_cast<unsigned int>(text[i]);
    if (c == '\n') {
      ++i;
      break;
    }
    const float a = c == '\r' ? 0.0f : advance(text[i]);
    if (!is_blank(c)) {
      if (after_blank && i > begin) {
        word = i;
        x_word = x;
        ink_word = ink;
      }
      if (x + a > width && i > begin) {
        if (word > begin) {
          x = x_word;
          ink = ink_word;
          i = word;
        }
        break;
      }
      ink = x + a;
    }
    x += a;
    after_blank = is_blank(c);
  }
  if (row_width) *row_width = x;
  if (ink_width) *ink_width = ink;
  return i;
}

// Number of rows `text` takes at `width`. An empty text, and a text ending in a line break, has
// an empty row at its end (where the caret goes).
template <class Ch, class Advance>
int row_count(const Ch* text, int len, float width, Advance&& advance) {
  int rows = 0;
  int i = 0;
  while (i < len) {
    i = row_end(text, i, len, width, advance);
    ++rows;
  }
  if (len == 0 || static_cast<unsigned int>(text[len - 1]) == '\n') ++rows;
  return rows;
}

}  // namespace aims::app::wrap
