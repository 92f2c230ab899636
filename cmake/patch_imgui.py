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

Text fields reached by Tab still start editing at once, as before.
Each replaced line must be found exactly once, so a different ImGui version fails the build
instead of being patched wrongly. Usage: patch_imgui.py SOURCE OUTPUT (imgui.cpp, imgui_tables.cpp or imgui_draw.cpp)
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
    changes = (TABLE_CHANGES if src.endswith("imgui_tables.cpp")
               else DRAW_CHANGES if src.endswith("imgui_draw.cpp") else CHANGES)
    for old, new in changes:
        n = text.count(old)
        if n != 1:
            print(f"patch_imgui.py: expected the line once in {src}, found {n} times:\n  {old}", file=sys.stderr)
            return 1
        text = text.replace(old, new)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
