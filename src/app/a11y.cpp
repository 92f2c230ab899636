#include "app/a11y.h"

#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "app/app.h"
#include "imgui_internal.h"
#include "platform/platform.h"

namespace aims::app::a11y {
namespace {

struct Item {
  std::string label;
  std::string value;
  Role role = Role::none;
  ImGuiItemStatusFlags status = 0;
  bool disabled = false;
  bool described = false;  // label/role/value set by describe(), not guessed from the hook
  bool focusable = false;  // takes the keyboard focus (seen by ItemAdd: not disabled, no NoNav)
  float x = 0, y = 0;      // where it was drawn (to name a control that has no label)
  const char* window = "";  // ... and in which window (ImGui keeps the name for the frame)
  bool visible = false;     // drawn (not scrolled out of view): its label is known
};

struct State {
  std::unordered_map<ImGuiID, Item> items;  // controls drawn this frame (hook or describe)
  ImGuiID focused = 0;
  std::string focused_text;
  int focusable_last = 0;
  std::vector<std::string> unlabelled;  // focusable controls drawn last frame without a label
  std::string published;                // last window.aimsFocus
};

State& st() {
  static State s;
  return s;
}

// The visible part of an ImGui label: up to "##"; "###" ids are not shown either.
std::string visible_label(const char* label) {
  if (!label) return {};
  const char* end = std::strstr(label, "##");
  return end ? std::string(label, end) : std::string(label);
}

const char* role_key(Role r) {
  switch (r) {
    case Role::button: return "a11y.role.button";
    case Role::checkbox: return "a11y.role.checkbox";
    case Role::radio: return "a11y.role.radio";
    case Role::text_field: return "a11y.role.text_field";
    case Role::text_area: return "a11y.role.text_area";
    case Role::combo: return "a11y.role.combo";
    case Role::expandable: return "a11y.role.expandable";
    case Role::option: return "a11y.role.option";
    case Role::row: return "a11y.role.row";
    case Role::tab: return "a11y.role.tab";
    case Role::slider: return "a11y.role.slider";
    case Role::column_header: return "a11y.role.column_header";
    case Role::none: break;
  }
  return nullptr;
}

std::string describe_text(const App& app, const Item& it) {
  std::string out = it.label;
  auto add = [&out](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += ", ";
    out += part;
  };
  if (const char* k = role_key(it.role)) add(app.tr(k));
  const bool text = it.role == Role::text_field || it.role == Role::text_area;
  if (text) add(it.value.empty() ? std::string(app.tr("a11y.state.empty")) : it.value);
  else add(it.value);
  if (it.role == Role::checkbox)
    add(app.tr((it.status & ImGuiItemStatusFlags_Checked) ? "a11y.state.checked" : "a11y.state.unchecked"));
  if ((it.role == Role::radio || it.role == Role::option || it.role == Role::row) &&
      (it.status & ImGuiItemStatusFlags_Checked))
    add(app.tr("a11y.state.selected"));
  if (it.role == Role::expandable)
    add(app.tr((it.status & ImGuiItemStatusFlags_Opened) ? "a11y.state.expanded" : "a11y.state.collapsed"));
  if (it.disabled) add(app.tr("a11y.state.disabled"));
  return out;
}

}  // namespace

void describe(ImGuiID id, const std::string& label, Role role, const std::string& value) {
  if (id == 0) return;
  Item& it = st().items[id];
  it.label = label;
  it.role = role;
  it.value = value;
  it.described = true;
}

void describe_default(ImGuiID id, const std::string& label, Role role, const std::string& value) {
  auto it = st().items.find(id);
  if (it != st().items.end() && it->second.described) return;
  describe(id, label, role, value);
}

void describe_last(const std::string& label, Role role, const std::string& value) {
  describe(ImGui::GetItemID(), label, role, value);
}

void end_frame(App& app) {
  State& s = st();
  ImGuiContext& g = *GImGui;
  g.TestEngineHookItems = true;  // the item hooks below run from the next frame on
  // The focused control: the field being edited (Tab into a text field edits it at once), or
  // the control with the visible keyboard focus frame.
  ImGuiID id = 0;
  if (g.ActiveId != 0 && g.ActiveId == g.NavId) id = g.ActiveId;
  else if (!g.NavDisableHighlight) id = g.NavId;
  if (id != s.focused) {
    s.focused = id;
    s.focused_text.clear();
    auto it = s.items.find(id);
    if (it != s.items.end()) {
      s.focused_text = describe_text(app, it->second);
      platform::announce(s.focused_text);
    }
  }
  s.focusable_last = 0;
  s.unlabelled.clear();
  for (const auto& [iid, it] : s.items) {
    if (!it.focusable || it.disabled) continue;
    ++s.focusable_last;
    if (!it.label.empty() || !it.visible) continue;
    if (s.unlabelled.size() >= 12) break;
    char buf[160];
    const char* name = std::strrchr(it.window, '/');  // the child's own name, not its parents'
    std::snprintf(buf, sizeof buf, "%s at %.0f,%.0f in %s", role_key(it.role) ? role_key(it.role) + 10 : "control", it.x, it.y,
                  name ? name + 1 : it.window);
    s.unlabelled.emplace_back(buf);
  }
  s.items.clear();
  // For the browser tests: published when any of it changed.
  std::string pub = "{\"id\":" + std::to_string(s.focused) + ",\"focusable\":" + std::to_string(s.focusable_last) +
                    ",\"unlabelled\":" + std::to_string(s.unlabelled.size()) + "}";
  if (pub != s.published) {
    s.published = pub;
    platform::publish_focus(pub);
  }
}

const std::string& focused_text() { return st().focused_text; }
int focusable_count() { return st().focusable_last; }
const std::vector<std::string>& unlabelled() { return st().unlabelled; }
unsigned int focused_id() { return st().focused; }

void announce(const std::string& text) { platform::announce(text); }

}  // namespace aims::app::a11y

// Dear ImGui's item hooks (IMGUI_ENABLE_TEST_ENGINE, see cmake/web.cmake). ItemAdd runs for every
// item, ItemInfo for interactive widgets with their label and status.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
  if (id == 0) return;
  const ImGuiItemFlags f = ctx->LastItemData.InFlags;
  if (f & (ImGuiItemFlags_NoNav | ImGuiItemFlags_NoTabStop)) return;
  // Only items Tab can reach: those of the window with the keyboard focus (and windows flattened
  // into it), as ImGui's ItemAdd decides which items navigation sees.
  const ImGuiWindow* w = ctx->CurrentWindow;
  const ImGuiWindow* nav = ctx->NavWindow;
  if (!w || !nav || nav->RootWindowForNav != w->RootWindowForNav) return;
  if (w != nav && !((w->Flags | nav->Flags) & ImGuiWindowFlags_NavFlattened)) return;
  // The window's own parts right of its content area (the scroll bar) are not controls.
  if (bb.Min.x >= w->InnerRect.Max.x) return;
  // Known to take the focus, even without ItemInfo (combo boxes, invisible buttons).
  auto& it = aims::app::a11y::st().items[id];
  it.focusable = true;
  it.disabled = (f & ImGuiItemFlags_Disabled) != 0;
  it.window = w->Name;
  // Out of view (scrolled away): ImGui skips the widget after this, without its ItemInfo.
  it.visible = !ImGui::IsClippedEx(bb, id);
  it.x = bb.Min.x;
  it.y = bb.Min.y;
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  using aims::app::a11y::Role;
  if (id == 0) return;
  auto& s = aims::app::a11y::st();
  auto& it = s.items[id];
  const ImGuiItemFlags in = ctx->LastItemData.InFlags;
  it.status = flags;
  it.disabled = (in & ImGuiItemFlags_Disabled) != 0;
  if (it.described) return;
  it.label = aims::app::a11y::visible_label(label);
  constexpr ImGuiItemStatusFlags kColumnHeader = 1 << 28;  // set by our imgui_tables.cpp (cmake/patch_imgui.py)
  if (flags & kColumnHeader) it.role = Role::column_header;
  else if (in & ImGuiItemFlags_Inputable) it.role = Role::text_field;
  else if (flags & ImGuiItemStatusFlags_Checkable) it.role = Role::checkbox;
  else if (flags & ImGuiItemStatusFlags_Openable) it.role = Role::expandable;
  else it.role = Role::button;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

// Only ImGui's debug windows ask for this; the app shows none.
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
