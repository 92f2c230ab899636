#!/usr/bin/env python3
"""Writes copies of Dear ImGui 1.86's imgui.cpp, imgui_tables.cpp and imgui_draw.cpp with our small changes.

ImGui 1.86 moves the focus with Tab only between text fields; buttons, checkboxes, radio
buttons, combo boxes, tree nodes and selectable rows are reached with the arrow keys only, so a
keyboard user who tabs through a screen never reaches most of its controls. Two changes make
Tab reach every control that takes keyboard navigation (later ImGui releases behave the same way):

1. every navigable item is a tab stop, unless it is disabled, excluded from navigation or
   marked as no tab stop;
2. Tab moves on from the focused control when the focus frame is visible (not only while a
   text field is being edited); it starts again at the first control only when no keyboard
   focus is shown.

3. (imgui_tables.cpp) the scrolling region of a table belongs to the surrounding window for
   keyboard navigation, so Tab moves from the controls above a table into its rows and on;
   a column header without text is no tab stop, and one with text reports its label to the item hooks (with status bit 28, which
   src/app/a11y.cpp reads as "column header"), so a screen reader can name it.

4. (imgui_draw.cpp) the font atlas no longer falls back to ImGui's built-in ProggyClean font
   when no font was added: the app always adds its embedded Inter fonts, and the fallback kept
   the compressed ProggyClean data and its decompressor in the download (about 10 KB gzip).

5. (imgui_widgets.cpp, imstb_textedit.h) multi-line text fields with the flag
   aims::app::wrap::kInputTextWordWrap wrap their text at word boundaries, while being edited and
   while shown: the editor's row layout, caret and selection positions and text drawing come from
   src/app/text_wrap.cpp (ImGui 1.86 lays out one row per line of text and scrolls sideways).
   The stb_textedit copy (written as imstb_textedit_aims.h) moves by the rows the user sees:
   Home and End go to the start and end of the row, Up and Down move between wrapped rows and
   stay on a wrapped row's end rather than jumping to the next one, a click right of a wrapped
   row lands at its end, and the end of a text that does not end in a line break lies on its
   last row (in 1.86, Up from the very end of a multi-line text went to the start of its row).
   Fields without the flag behave as before.

Text fields reached by Tab still start editing at once, as before.
Each replaced line must be found exactly once, so a different ImGui version fails the build
instead of being patched wrongly (a few are expected twice, and say so).
Usage: patch_imgui.py SOURCE OUTPUT (imgui.cpp, imgui_tables.cpp, imgui_draw.cpp, imgui_widgets.cpp or imstb_textedit.h)
"""
import sys

TABLE_CHANGES = [
    ("ImGuiWindowFlags child_flags = (flags & ImGuiTableFlags_ScrollX) ? ImGuiWindowFlags_HorizontalScrollbar : ImGuiWindowFlags_None;",
     "ImGuiWindowFlags child_flags = ((flags & ImGuiTableFlags_ScrollX) ? ImGuiWindowFlags_HorizontalScrollbar : ImGuiWindowFlags_None)"
     " | ImGuiWindowFlags_NavFlattened;  // aims: Tab moves through a table's rows"),
    ("if (!ItemAdd(bb, id))",
     "if (!ItemAdd(bb, id, NULL, label_end == label ? ImGuiItemFlags_NoNav : ImGuiItemFlags_None))"
     "  // aims: a header without text is no tab stop"),
    ("bool pressed = ButtonBehavior(bb, id, &hovered, &held, ImGuiButtonFlags_AllowItemOverlap);",
     "bool pressed = ButtonBehavior(bb, id, &hovered, &held, ImGuiButtonFlags_AllowItemOverlap);\n"
     "    IMGUI_TEST_ENGINE_ITEM_INFO(id, label, g.LastItemData.StatusFlags | (1 << 28));  // aims: a column header"),
]

DRAW_CHANGES = [
    ("    if (ConfigData.Size == 0)\n        AddFontDefault();",
     "    IM_ASSERT(ConfigData.Size > 0 && \"aims: the app adds its own fonts; no built-in default font\");"),
]

W = "aims::app::wrap::"
WIDGETS_CHANGES = [
    ("namespace ImStb\n{\n\nstatic int     STB_TEXTEDIT_STRINGLEN",
     "#include \"app/text_wrap.h\"  // aims: word-wrapped multi-line fields\n\nnamespace ImStb\n{\n\nstatic int     STB_TEXTEDIT_STRINGLEN"),
    ("    const ImWchar* text = obj->TextW.Data;\n    const ImWchar* text_remaining = NULL;\n",
     "    const ImWchar* text = obj->TextW.Data;\n"
     "    if (" + W + "g_width > 0.0f)  // aims: the rows of a word-wrapped field\n    {\n"
     "        " + W + "stb_row(text, obj->CurLenW, line_start_idx, &r->x1, &r->num_chars);\n"
     "        r->x0 = 0.0f;\n        r->baseline_y_delta = r->ymax = GImGui->FontSize;\n        r->ymin = 0.0f;\n        return;\n    }\n"
     "    const ImWchar* text_remaining = NULL;\n"),
    ("#include \"imstb_textedit.h\"\n", "#include \"imstb_textedit_aims.h\"  // aims: moves by wrapped rows\n"),
    ("    // We are only allowed to access the state if we are already the active widget.\n    ImGuiInputTextState* state = GetInputTextState(id);",
     "    " + W + "g_width = (is_multiline && (flags & " + W + "kInputTextWordWrap)) ? " + W + "text_width(frame_size.x) : 0.0f;  // aims\n\n"
     "    // We are only allowed to access the state if we are already the active widget.\n    ImGuiInputTextState* state = GetInputTextState(id);"),
    ("        {\n            // Find lines numbers straddling 'cursor' (slot 0) and 'select_start' (slot 1) positions.",
     "        if (" + W + "g_width > 0.0f)  // aims: caret and selection start on the wrapped rows\n"
     "            text_size = " + W + "offsets(text_begin, state->CurLenW, state->Stb.cursor, ImMin(state->Stb.select_start, state->Stb.select_end), &cursor_offset, &select_start_offset);\n"
     "        else\n"
     "        {\n            // Find lines numbers straddling 'cursor' (slot 0) and 'select_start' (slot 1) positions."),
    ("        if (render_selection)\n        {\n            const ImWchar* text_selected_begin",
     "        if (render_selection && " + W + "g_width > 0.0f)  // aims: selection on the wrapped rows\n"
     "            " + W + "draw_selection(draw_window->DrawList, draw_pos - draw_scroll, text_begin, state->CurLenW, ImMin(state->Stb.select_start, state->Stb.select_end), "
     "ImMax(state->Stb.select_start, state->Stb.select_end), GetColorU32(ImGuiCol_TextSelectedBg, render_cursor ? 1.0f : 0.6f));\n"
     "        else if (render_selection)\n        {\n            const ImWchar* text_selected_begin"),
    ("            draw_window->DrawList->AddText(g.Font, g.FontSize, draw_pos - draw_scroll, col, buf_display, buf_display_end, 0.0f, is_multiline ? NULL : &clip_rect);",
     "            if (" + W + "g_width > 0.0f && !is_displaying_hint)  // aims: the wrapped rows\n"
     "                " + W + "draw(draw_window->DrawList, draw_pos - draw_scroll, col, text_begin, state->CurLenW);\n            else\n"
     "            draw_window->DrawList->AddText(g.Font, g.FontSize, draw_pos - draw_scroll, col, buf_display, buf_display_end, 0.0f, is_multiline ? NULL : &clip_rect);"),
    ("        // Render text only (no selection, no cursor)\n        if (is_multiline)\n",
     "        // Render text only (no selection, no cursor)\n"
     "        const bool aims_wrapped = " + W + "g_width > 0.0f && !is_displaying_hint;  // aims: the wrapped rows\n"
     "        if (aims_wrapped)\n"
     "            text_size = " + W + "draw_utf8(draw_window->DrawList, draw_pos, GetColorU32(ImGuiCol_Text), buf_display);\n"
     "        else if (is_multiline)\n"),
    ("            draw_window->DrawList->AddText(g.Font, g.FontSize, draw_pos, col, buf_display, buf_display_end, 0.0f, is_multiline ? NULL : &clip_rect);",
     "            if (!aims_wrapped)  // aims\n"
     "            draw_window->DrawList->AddText(g.Font, g.FontSize, draw_pos, col, buf_display, buf_display_end, 0.0f, is_multiline ? NULL : &clip_rect);"),
]

STB_ROW_HELPERS = """
// aims: Home and End go to the start and the end of the row the caret is on (with word wrapping a
// line of text has several rows). A wrapped row ends before its last character (the blank it
// wraps after), so the caret stays on that row.
static int stb_aims_row_start(STB_TEXTEDIT_STRING *str, int cursor)
{
   StbFindState find;
   stb_textedit_find_charpos(&find, str, cursor, 0);
   return find.first_char;
}

static int stb_aims_row_end(STB_TEXTEDIT_STRING *str, int cursor)
{
   StbFindState find;
   int n = STB_TEXTEDIT_STRINGLEN(str), end;
   stb_textedit_find_charpos(&find, str, cursor, 0);
   end = find.first_char + find.length;
   if (end > find.first_char && (end < n || STB_TEXTEDIT_GETCHAR(str, end - 1) == STB_TEXTEDIT_NEWLINE))
      --end;
   return end;
}

#define STB_TEXT_HAS_SELECTION(s)"""

STB_CHANGES = [
    # the end of a text lies on its last row unless the text ends in a line break
    ("""         find->y = 0;
         find->x = 0;
         find->height = 1;
         while (i < z) {
            STB_TEXTEDIT_LAYOUTROW(&r, str, i);
            prev_start = i;
            i += r.num_chars;
         }
""", """         find->y = 0;
         find->x = 0;
         find->height = 1;
         while (i < z) {
            STB_TEXTEDIT_LAYOUTROW(&r, str, i);
            if (i + r.num_chars == z && STB_TEXTEDIT_GETCHAR(str, z - 1) != STB_TEXTEDIT_NEWLINE) {  // aims: on the last row
               find->first_char = i;
               find->length = r.num_chars;
               find->prev_first = prev_start;
               find->x = r.x1;
               find->height = r.ymax - r.ymin;
               return;
            }
            prev_start = i;
            i += r.num_chars;
            find->y += r.baseline_y_delta;
         }
"""),
    ("\n#define STB_TEXT_HAS_SELECTION(s)", STB_ROW_HELPERS),
    # a click right of a wrapped row lands at its end
    ("   if (STB_TEXTEDIT_GETCHAR(str, i+r.num_chars-1) == STB_TEXTEDIT_NEWLINE)\n      return i+r.num_chars-1;",
     "   if (STB_TEXTEDIT_GETCHAR(str, i+r.num_chars-1) == STB_TEXTEDIT_NEWLINE || i+r.num_chars < n)  // aims: or a wrapped row\n      return i+r.num_chars-1;"),
    # Down stops only on the last row
    ("            if (STB_TEXTEDIT_GETCHAR(str, find.first_char + find.length - 1) != STB_TEXTEDIT_NEWLINE)\n               break;",
     "            if (find.first_char + find.length >= STB_TEXTEDIT_STRINGLEN(str) && STB_TEXTEDIT_GETCHAR(str, find.first_char + find.length - 1) != STB_TEXTEDIT_NEWLINE)  // aims: only on the last row\n               break;"),
    # Up and Down stay on a wrapped row's end (twice: Up and Down)
    ("               ++state->cursor;\n            }\n            stb_textedit_clamp(str, state);\n",
     "               ++state->cursor;\n            }\n"
     "            if (i == row.num_chars && row.num_chars > 0 && state->cursor < STB_TEXTEDIT_STRINGLEN(str))  // aims: past a wrapped row's end\n"
     "               --state->cursor;\n"
     "            stb_textedit_clamp(str, state);\n", 2),
    # PageUp: the row above, not the line above
    ("            prev_scan = find.prev_first > 0 ? find.prev_first - 1 : 0;\n            while (prev_scan > 0 && STB_TEXTEDIT_GETCHAR(str, prev_scan - 1) != STB_TEXTEDIT_NEWLINE)\n               --prev_scan;\n",
     "            {  // aims: the row above, which may be part of the same line\n"
     "               StbFindState above;\n               stb_textedit_find_charpos(&above, str, find.prev_first, 0);\n               prev_scan = above.prev_first;\n            }\n"),
    # Home and End (with and without Shift)
    ("         else while (state->cursor > 0 && STB_TEXTEDIT_GETCHAR(str, state->cursor-1) != STB_TEXTEDIT_NEWLINE)\n            --state->cursor;\n",
     "         else state->cursor = stb_aims_row_start(str, state->cursor);  // aims: the row's start\n", 2),
    ("         else while (state->cursor < n && STB_TEXTEDIT_GETCHAR(str, state->cursor) != STB_TEXTEDIT_NEWLINE)\n             ++state->cursor;\n",
     "         else state->cursor = stb_aims_row_end(str, state->cursor);  // aims: the row's end\n"),
    ("         else while (state->cursor < n && STB_TEXTEDIT_GETCHAR(str, state->cursor) != STB_TEXTEDIT_NEWLINE)\n            ++state->cursor;\n",
     "         else state->cursor = stb_aims_row_end(str, state->cursor);  // aims: the row's end\n"),
]

CHANGES = [
    ("const bool is_tab_stop = (item_flags & ImGuiItemFlags_Inputable) && "
     "(item_flags & (ImGuiItemFlags_NoTabStop | ImGuiItemFlags_Disabled)) == 0;",
     "const bool is_tab_stop = (item_flags & (ImGuiItemFlags_NoTabStop | ImGuiItemFlags_Disabled | "
     "ImGuiItemFlags_NoNav)) == 0;  // aims: every control is a tab stop"),
    ("g.NavTabbingDir = g.IO.KeyShift ? -1 : (g.ActiveId == 0) ? 0 : +1;",
     "g.NavTabbingDir = g.IO.KeyShift ? -1 : (g.ActiveId == 0 && (g.NavId == 0 || g.NavDisableHighlight)) ? 0 : +1;"
     "  // aims: tab on from a focused control"),
]


def main() -> int:
    src, out = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f:
        text = f.read()
    name = src.rsplit("/", 1)[-1]
    changes = {"imgui_tables.cpp": TABLE_CHANGES, "imgui_draw.cpp": DRAW_CHANGES, "imgui_widgets.cpp": WIDGETS_CHANGES,
               "imstb_textedit.h": STB_CHANGES}.get(name, CHANGES)
    for old, new, *times in changes:
        want = times[0] if times else 1
        n = text.count(old)
        if n != want:
            print(f"patch_imgui.py: expected the line {want} times in {src}, found {n} times:\n  {old}", file=sys.stderr)
            return 1
        text = text.replace(old, new)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
