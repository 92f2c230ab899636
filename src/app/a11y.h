// What a screen reader hears. The canvas is invisible to assistive technology, so the app says
// through the page's live region (platform::announce) which control has the keyboard focus -
// its label, kind, value and state - and what an action did ("System added").
//
// Controls are known through Dear ImGui's item hooks (IMGUI_ENABLE_TEST_ENGINE): every widget
// reports its id, label and status while it is drawn. Widgets whose visible label is a separate
// text (our fields: label line above, "##v" widget below) describe themselves with describe().
#pragma once
#include <string>
#include <vector>

#include "imgui.h"

namespace aims::app {
struct App;
}

namespace aims::app::a11y {

enum class Role { none, button, checkbox, radio, text_field, text_area, combo, expandable, option, row, tab, slider, column_header };

// Describes the control with this id (call before or after drawing it, in the same frame):
// its label, kind and current value. Overrides what the hook found.
void describe(ImGuiID id, const std::string& label, Role role, const std::string& value = {});
// The same unless something described the control already this frame (a field names it by its
// label line; the bare text input under it falls back to its hint).
void describe_default(ImGuiID id, const std::string& label, Role role, const std::string& value = {});
// The same for the last item drawn.
void describe_last(const std::string& label, Role role, const std::string& value = {});

// Once per frame, after the views have drawn: announces the focused control when the focus
// moved, and publishes it for the browser tests (state_json: "focus").
void end_frame(App& app);
// The control that has the keyboard focus now, as announced ("" when none).
const std::string& focused_text();
// Number of controls drawn this frame that take the keyboard focus (for the browser tests).
int focusable_count();
// Controls drawn last frame that take the focus but have no label ("button at 310,420"): a
// screen reader would say only "button". The browser tests require none.
const std::vector<std::string>& unlabelled();
unsigned int focused_id();

// Says the result of an action ("System added", "Classification: high-risk …").
void announce(const std::string& text);

}  // namespace aims::app::a11y
