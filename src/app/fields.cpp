#include "app/fields.h"

#include <algorithm>
#include <cstdlib>

#include "app/a11y.h"
#include "app/layout_check.h"
#include "app/colour.h"
#include "app/theme.h"
#include "app/list_editor.h"
#include "app/text_wrap.h"
#include "app/widgets.h"
#include "core/catalog.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace aims::app {

namespace {

int resize_cb(ImGuiInputTextCallbackData* d) {
  if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* s = static_cast<std::string*>(d->UserData);
    s->resize(static_cast<std::size_t>(d->BufTextLen));
    d->Buf = s->data();
  }
  return 0;
}

void label(const App& app, const char* key) {
  ImGui::PushTextWrapPos(0.0f);  // long labels wrap within their column
  layout::words_fit(app.tr(key));
  ImGui::TextUnformatted(app.tr(key));
  ImGui::PopTextWrapPos();
}

void tooltip(const App& app, const char* key) {
  if (key && ImGui::IsItemHovered() && GImGui->HoveredIdTimer > 0.4f) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(app.tr(key));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void finish(App& app, FieldOpts o) {
  tooltip(app, o.tooltip);
  publish_last_item(o.test_id);
}

// Text editing shared by the text, number and date fields: returns true when the text
// changed this frame; `text` is what the field shows and edits.
bool edit_buffer(App& app, const char* label_key, const std::string& current, std::string*& text, const char* hint,
                 bool multiline, float width, bool compact = false) {
  ImGuiID id = ImGui::GetID("##v");
  const bool mine = app.ui.edit_id == id;
  if (!mine) app.ui.scratch = current;
  text = mine ? &app.ui.edit_buf : &app.ui.scratch;
  a11y::describe(id, app.tr(label_key), multiline ? a11y::Role::text_area : a11y::Role::text_field, *text);
  bool changed = input_string("##v", *text, hint ? app.tr(hint) : nullptr, multiline || compact, width,
                              multiline ? ImGui::GetTextLineHeight() * 4.5f : 0.0f, compact);
  if (ImGui::IsItemActivated()) {
    app.ui.edit_id = id;
    app.ui.edit_buf = *text;
    text = &app.ui.edit_buf;
  }
  if (ImGui::IsItemDeactivated()) {
    if (app.ui.edit_id == id) app.ui.edit_id = 0;
    app.ws.editor().close_merge();
  }
  return changed;
}

}  // namespace

// A value longer than the room its field gives it: the whole value in a tooltip while the
// pointer rests on the field (text fields not being edited, closed drop-downs).
void full_value_tooltip(const char* value, float room) {
  if (!value || !*value || !ImGui::IsItemHovered() || ImGui::CalcTextSize(value).x <= room) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
  ImGui::TextUnformatted(value);
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
  note_tooltip(value);
}

// The room a drop-down gives its value: its width less the arrow button and the padding.
float combo_value_room() {
  return ImGui::GetItemRectSize().x - ImGui::GetFrameHeight() - ImGui::GetStyle().FramePadding.x * 2.0f;
}

bool input_string(const char* id, std::string& s, const char* hint, bool multiline, float width, float height, bool compact) {
  ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
  a11y::describe_default(ImGui::GetID(id), hint ? hint : "", multiline ? a11y::Role::text_area : a11y::Role::text_field, s);
  ImGui::SetNextItemWidth(width < 0 ? ImGui::GetContentRegionAvail().x : width);
  if (multiline) {
    // ImGui 1.86 has no hint for multi-line input: it is drawn here, in the muted colour and
    // wrapped within the frame, while the field is empty and not being edited.
    const ImGuiID input_id = ImGui::GetID(id);
    const bool was_editing = ImGui::GetActiveID() == input_id;
    // The text wraps at word boundaries while shown and while edited (app/text_wrap.h), and the
    // field is as high as its rows, with half a row to spare unless compact (at least `height`).
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const float w = width < 0 ? ImGui::GetContentRegionAvail().x : width;
    const float spare = compact ? 0.0f : ImGui::GetTextLineHeight() * 0.5f;
    const float h = std::max(height, wrap::text_height(s.c_str(), w) + 2.0f * pad.y + spare);
    if (compact) flags |= ImGuiInputTextFlags_CtrlEnterForNewLine;
    const bool changed = ImGui::InputTextMultiline(id, s.data(), s.capacity() + 1, ImVec2(w, h),
                                                   flags | wrap::kInputTextWordWrap | ImGuiInputTextFlags_NoHorizontalScroll,
                                                   resize_cb, &s);
    if (hint && *hint && s.empty() && !was_editing && ImGui::GetActiveID() != input_id) {
      const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      ImDrawList* dl = ImGui::GetWindowDrawList();
      dl->PushClipRect(a, b, true);
      dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(a.x + pad.x, a.y + pad.y),
                  ImGui::GetColorU32(ImGuiCol_TextDisabled), hint, nullptr, b.x - a.x - 2.0f * pad.x);
      dl->PopClipRect();
    }
    return changed;
  }
  const bool changed = hint ? ImGui::InputTextWithHint(id, hint, s.data(), s.capacity() + 1, flags, resize_cb, &s)
                            : ImGui::InputText(id, s.data(), s.capacity() + 1, flags, resize_cb, &s);
  // A value longer than its field: the whole value in a tooltip while the pointer rests on it
  // (and it is not being edited).
  if (!ImGui::IsItemActive()) full_value_tooltip(s.c_str(), ImGui::GetItemRectSize().x - ImGui::GetStyle().FramePadding.x * 2.0f);
  return changed;
}

const OrderedJson* at(const App& app, const std::string& ptr) {
  try {
    OrderedJson::json_pointer p(ptr);
    const OrderedJson& d = app.ws.doc();
    if (!d.contains(p)) return nullptr;
    const OrderedJson& v = d.at(p);
    return v.is_null() ? nullptr : &v;
  } catch (const std::exception&) {
    return nullptr;
  }
}

std::string str_at(const App& app, const std::string& ptr) {
  const OrderedJson* v = at(app, ptr);
  return v && v->is_string() ? v->get<std::string>() : std::string();
}

bool field_text(App& app, const char* label_key, const std::string& ptr, FieldOpts o) {
  ImGui::PushID(ptr.c_str());
  if (!o.hide_label) label(app, label_key);
  std::string* text = nullptr;
  bool changed = edit_buffer(app, label_key, str_at(app, ptr), text, o.hint, o.multiline, o.width, o.wrap);
  if (changed) app.ws.set(ptr, *text, app.tr(label_key), true);
  finish(app, o);
  ImGui::PopID();
  return changed;
}

namespace {
bool numeric(App& app, const char* label_key, const std::string& ptr, FieldOpts o, bool integer, double lo, double hi) {
  ImGui::PushID(ptr.c_str());
  if (!o.hide_label) label(app, label_key);
  const OrderedJson* v = at(app, ptr);
  std::string cur;
  if (v && v->is_number()) {
    cur = integer ? std::to_string(v->get<long long>()) : OrderedJson(v->get<double>()).dump();
  }
  std::string* text = nullptr;
  bool changed = edit_buffer(app, label_key, cur, text, o.hint, false, o.width);
  bool stored = false;
  bool bad = false;
  if (!text->empty()) {
    char* end = nullptr;
    double d = std::strtod(text->c_str(), &end);
    bad = end == text->c_str() || *end != '\0' || d < lo || d > hi || (integer && d != static_cast<double>(static_cast<long long>(d)));
    if (changed && !bad) {
      stored = integer ? app.ws.set(ptr, static_cast<long long>(d), app.tr(label_key), true)
                       : app.ws.set(ptr, d, app.tr(label_key), true);
    }
  } else if (changed) {
    stored = app.ws.set(ptr, nullptr, app.tr(label_key), true);
  }
  if (bad) {
    ImGui::PushStyleColor(ImGuiCol_Text, rgb(theme_colours(app).danger));
    ImGui::TextUnformatted(app.tr(integer ? "field.invalid_whole_number" : "field.invalid_number"));
    ImGui::PopStyleColor();
  }
  finish(app, o);
  ImGui::PopID();
  return stored;
}
}  // namespace

bool field_int(App& app, const char* label_key, const std::string& ptr, long long lo, long long hi, FieldOpts o) {
  return numeric(app, label_key, ptr, o, true, static_cast<double>(lo), static_cast<double>(hi));
}

bool field_number(App& app, const char* label_key, const std::string& ptr, FieldOpts o) {
  return numeric(app, label_key, ptr, o, false, 0.0, 1e15);
}

bool field_bool(App& app, const char* label_key, const std::string& ptr, FieldOpts o) {
  ImGui::PushID(ptr.c_str());
  const OrderedJson* v = at(app, ptr);
  bool b = v && v->is_boolean() && v->get<bool>();
  bool changed = checkbox_wrapped(app.tr(label_key), &b);
  if (changed) app.ws.set(ptr, b, app.tr(label_key));
  finish(app, o);
  ImGui::PopID();
  return changed;
}

bool field_date(App& app, const char* label_key, const std::string& ptr, FieldOpts o) {
  ImGui::PushID(ptr.c_str());
  if (!o.hide_label) label(app, label_key);
  std::string* text = nullptr;
  if (o.hint == nullptr) o.hint = "field.date_hint";
  bool changed = edit_buffer(app, label_key, str_at(app, ptr), text, o.hint, false, o.width);
  bool stored = false;
  bool bad = !text->empty() && !valid_iso_date(*text);
  if (changed && !bad) stored = app.ws.set(ptr, text->empty() ? OrderedJson(nullptr) : OrderedJson(*text), app.tr(label_key), true);
  if (bad && app.ui.edit_id != ImGui::GetID("##v")) bad = true;
  if (bad) {
    ImGui::PushStyleColor(ImGuiCol_Text, rgb(theme_colours(app).danger));
    ImGui::TextUnformatted(app.tr("field.invalid_date"));
    ImGui::PopStyleColor();
  }
  finish(app, o);
  ImGui::PopID();
  return stored;
}

bool field_enum(App& app, const char* label_key, const std::string& ptr, const std::vector<const char*>& values,
                const char* label_prefix, FieldOpts o) {
  ImGui::PushID(ptr.c_str());
  if (!o.hide_label) label(app, label_key);
  std::string cur = str_at(app, ptr);
  std::string cur_label = cur.empty() ? app.tr("common.unset") : app.tr((std::string(label_prefix) + "." + cur).c_str());
  bool changed = false;
  ImGui::SetNextItemWidth(o.width < 0 ? ImGui::GetContentRegionAvail().x : o.width);
  a11y::describe(ImGui::GetID("##v"), app.tr(label_key), a11y::Role::combo, cur_label);
  if (ImGui::BeginCombo("##v", cur_label.c_str())) {
    if (ImGui::Selectable(app.tr("common.unset"), cur.empty())) changed = app.ws.set(ptr, nullptr, app.tr(label_key));
    for (const char* v : values) {
      std::string k = std::string(label_prefix) + "." + v;
      if (ImGui::Selectable(app.tr(k.c_str()), cur == v)) changed = app.ws.set(ptr, v, app.tr(label_key));
    }
    ImGui::EndCombo();
  }
  full_value_tooltip(cur_label.c_str(), combo_value_room());
  finish(app, o);
  ImGui::PopID();
  return changed;
}

bool field_scale(App& app, const char* label_key, const std::string& ptr, const char* label_prefix, FieldOpts o) {
  ImGui::PushID(ptr.c_str());
  if (!o.hide_label) label(app, label_key);
  const OrderedJson* v = at(app, ptr);
  const int cur = v && v->is_number_integer() ? static_cast<int>(v->get<long long>()) : 0;
  const std::string cur_key = std::string(label_prefix) + "." + std::to_string(cur);
  bool changed = false;
  ImGui::SetNextItemWidth(o.width < 0 ? ImGui::GetContentRegionAvail().x : o.width);
  const char* cur_label = cur >= 1 && cur <= 5 ? app.tr(cur_key.c_str()) : app.tr("common.unset");
  a11y::describe(ImGui::GetID("##v"), app.tr(label_key), a11y::Role::combo, cur_label);
  if (ImGui::BeginCombo("##v", cur_label)) {
    if (ImGui::Selectable(app.tr("common.unset"), cur == 0)) changed = app.ws.set(ptr, nullptr, app.tr(label_key));
    for (int n = 1; n <= 5; ++n) {
      const std::string k = std::string(label_prefix) + "." + std::to_string(n);
      if (ImGui::Selectable(app.tr(k.c_str()), cur == n)) changed = app.ws.set(ptr, n, app.tr(label_key));
      if (o.test_id) publish_last_item((std::string(o.test_id) + "." + std::to_string(n)).c_str());
    }
    ImGui::EndCombo();
  }
  full_value_tooltip(cur_label, combo_value_room());
  finish(app, o);
  ImGui::PopID();
  return changed;
}

bool field_system(App& app, const char* label_key, const std::string& ptr, const char* none_key, FieldOpts o) {
  ImGui::PushID(ptr.c_str());
  if (!o.hide_label) label(app, label_key);
  const std::string cur = str_at(app, ptr);
  const OrderedJson& systems = array_at(app, "/systems");
  std::string preview = app.tr(none_key);
  if (int i = index_of(systems, cur); i >= 0) preview = item_str(systems[static_cast<std::size_t>(i)], "name", cur.c_str());
  else if (!cur.empty()) preview = cur;  // an id no system has is shown as it is
  bool changed = false;
  ImGui::SetNextItemWidth(o.width < 0 ? ImGui::GetContentRegionAvail().x : o.width);
  a11y::describe(ImGui::GetID("##v"), app.tr(label_key), a11y::Role::combo, preview);
  if (ImGui::BeginCombo("##v", preview.c_str())) {
    if (ImGui::Selectable(app.tr(none_key), cur.empty())) changed = app.ws.set(ptr, nullptr, app.tr(label_key));
    for (const auto& s : systems) {
      const std::string id = item_str(s, "id");
      if (id.empty()) continue;
      ImGui::PushID(id.c_str());
      if (ImGui::Selectable(item_str(s, "name", id.c_str()).c_str(), cur == id)) changed = app.ws.set(ptr, id, app.tr(label_key));
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  full_value_tooltip(preview.c_str(), combo_value_room());
  finish(app, o);
  ImGui::PopID();
  return changed;
}

bool field_multi(App& app, const char* label_key, const std::string& ptr, const std::vector<const char*>& values,
                 const char* label_prefix, FieldOpts o) {
  ImGui::PushID(ptr.c_str());
  if (!o.hide_label) label(app, label_key);
  const OrderedJson* v = at(app, ptr);
  std::vector<std::string> cur;
  if (v && v->is_array()) {
    for (const auto& x : *v) {
      if (x.is_string()) cur.push_back(x.get<std::string>());
    }
  }
  bool changed = false;
  bool first = true;
  for (const char* val : values) {
    bool on = std::find(cur.begin(), cur.end(), val) != cur.end();
    std::string k = std::string(label_prefix) + "." + val;
    if (!first) same_line_if_fits(toggle_width(app.tr(k.c_str())));  // wraps like text
    first = false;
    ImGui::PushID(val);
    if (checkbox_wrapped(app.tr(k.c_str()), &on)) {
      OrderedJson next = OrderedJson::array();
      for (const char* w : values) {
        bool keep = (std::string(w) == val) ? on : std::find(cur.begin(), cur.end(), w) != cur.end();
        if (keep) next.push_back(w);
      }
      // values this version does not know are kept
      for (const auto& c : cur) {
        bool known = false;
        for (const char* w : values) known = known || c == w;
        if (!known) next.push_back(c);
      }
      changed = app.ws.set(ptr, next, app.tr(label_key));
    }
    ImGui::PopID();
  }
  finish(app, o);
  ImGui::PopID();
  return changed;
}

}  // namespace aims::app
