// Finds text and widgets cut off at the right edge of their window or table column, after a
// frame has been laid out. The browser tests read the findings (window.aimsState.clipped) at
// every screen size, text size and language; nothing the user needs to read may be clipped.
#pragma once
#include <string>
#include <vector>

struct ImVec2;

namespace aims::app::layout {

// Checks every window and table column drawn this frame. Call after the last End().
std::vector<std::string> clipped_this_frame();

// For text drawn directly with ImDrawList (charts): notes a rectangle that must lie inside the
// current window's visible area; if it does not, the next check reports `what`.
void drawn(const ImVec2& min, const ImVec2& max, const char* what);

// For text about to be drawn wrapped at the cursor (TextWrapped, or text under a wrap
// position): a word wider than the wrap width would be broken mid-word ("appli / cabl / e"),
// so the next check reports it. Words are separated by spaces and line breaks.
void words_fit(const char* text, const char* text_end = nullptr);

}  // namespace aims::app::layout
