// The browser app: wires the platform seam to the shell (top bar, navigation, banners) and
// the views. Sections: [top bar] [navigation] [banners] [frame] [main].
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/a11y.h"
#include "app/views/view_reports.h"
#include "app/colour.h"
#include "app/layout_check.h"
#include "app/theme.h"
#include "app/views.h"
#include "app/views/view_start.h"
#include "app/widgets.h"
#include "core/catalog.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "platform/platform.h"

namespace aims::app {
namespace {

// [top bar] ----------------------------------------------------------------------------------
// Undo or redo one step and say which ("Undone: Name of the organisation").
void undo_redo(App& app, bool redo) {
  const std::string what = redo ? app.ws.editor().redo_label() : app.ws.editor().undo_label();
  if (redo ? app.ws.redo() : app.ws.undo())
    a11y::announce(std::string(app.tr(redo ? "a11y.redone" : "a11y.undone")) + (what.empty() ? "" : ": " + what));
}

void top_bar(App& app) {
  ImGuiStyle& s = ImGui::GetStyle();
  const char* en = app.tr("menu.lang.en");
  const char* de = app.tr("menu.lang.de");
  const char* settings = app.tr("menu.settings");
  const char* undo = app.tr("common.undo");
  const char* redo = app.tr("common.redo");
  const char* menu = app.tr("nav.menu");
  float right_w = ImGui::CalcTextSize(en).x + ImGui::CalcTextSize(de).x + ImGui::CalcTextSize(settings).x +
                  s.FramePadding.x * 6 + s.ItemSpacing.x * 2 + 2.0f;
  if (app.ws.is_open()) right_w += ImGui::CalcTextSize(undo).x + ImGui::CalcTextSize(redo).x + s.FramePadding.x * 4 + s.ItemSpacing.x * 3;
  ImGui::PushFont(app.fonts.heading);
  float left_w = ImGui::CalcTextSize(app.tr("app.name")).x;
  ImGui::PopFont();
  if (app.ui.nav_folded) left_w += ImGui::CalcTextSize(menu).x + s.FramePadding.x * 2 + s.ItemSpacing.x;
  // The buttons go on a second row when the name, the menu button and they do not fit one.
  const bool two_rows = left_w + s.ItemSpacing.x + right_w > ImGui::GetContentRegionAvail().x - 2.0f * s.WindowPadding.x;
  const float rows_h = two_rows ? ImGui::GetFrameHeight() * 2.0f + s.ItemSpacing.y : ImGui::GetFrameHeight();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(s.WindowPadding.x, s.FramePadding.y * 1.6f));
  ImGui::BeginChild("##topbar", ImVec2(0, rows_h + s.FramePadding.y * 3.2f), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
  if (app.ui.top_bar_focus) {  // Escape on the screen: Tab now moves through the top bar
    app.ui.top_bar_focus = false;
    ImGui::SetWindowFocus();
    a11y::announce(app.tr("a11y.top_bar"));
  }
  app.ui.in_top_bar_now = GImGui->NavWindow == ImGui::GetCurrentWindow();
  if (app.ui.nav_folded) {
    if (app.ui.nav_open ? primary_button(app, menu, "nav.menu") : button(menu, "nav.menu")) {
      app.ui.nav_open = !app.ui.nav_open;
    }
    a11y::describe_last(menu, a11y::Role::button, app.tr(app.ui.nav_open ? "a11y.state.expanded" : "a11y.state.collapsed"));
    ImGui::SameLine();
  }
  ImGui::PushFont(app.fonts.heading);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(app.tr("app.name"));
  ImGui::PopFont();

  const float end = ImGui::GetWindowContentRegionMax().x;
  float x = two_rows ? end : end - right_w;
  ImGui::SameLine();
  // Middle: the open project and whether it is saved, or the tagline.
  std::string middle;
  if (app.ws.is_open()) {
    middle = project_name(app.ws.doc()) + "  ·  ";
    switch (app.ws.save_state()) {
      case SaveState::saved: middle += app.tr("save.saved"); break;
      case SaveState::pending: middle += app.tr("save.pending"); break;
      case SaveState::quota_exceeded: middle += app.tr("save.quota"); break;
      case SaveState::conflict: middle += app.tr("save.conflict"); break;
      default: middle += app.tr("save.unavailable"); break;
    }
  } else {
    middle = app.tr("app.tagline");
  }
  if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(middle.c_str()).x + s.ItemSpacing.x * 2 < x) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", middle.c_str());
    publish_last_item("topbar.status");
  }
  if (two_rows) {
    ImGui::NewLine();
    ImGui::SetCursorPosX(std::max(s.WindowPadding.x, end - right_w));
  } else {
    ImGui::SameLine(x > ImGui::GetCursorPosX() ? x : 0.0f);
  }
  if (app.ws.is_open()) {
    ImGui::BeginDisabled(!app.ws.editor().can_undo());
    if (button(undo, "undo")) undo_redo(app, false);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && app.ws.editor().can_undo()) {
      ImGui::SetTooltip("%s: %s (Ctrl+Z)", undo, app.ws.editor().undo_label().c_str());
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!app.ws.editor().can_redo());
    if (button(redo, "redo")) undo_redo(app, true);
    ImGui::EndDisabled();
    ImGui::SameLine(0, s.ItemSpacing.x * 2);
  }
  for (Lang l : {Lang::en, Lang::de}) {
    const bool active = app.settings.lang == l;
    const char* label = l == Lang::en ? en : de;
    const char* id = l == Lang::en ? "lang.en" : "lang.de";
    ImGui::PushID(static_cast<int>(l));
    if (active ? primary_button(app, label, id) : button(label, id)) {
      app.set_language(l);
      app.save_settings();
    }
    ImGui::PopID();
    ImGui::SameLine(0, l == Lang::en ? 2.0f : -1.0f);
  }
  if (button(settings, "settings")) ImGui::OpenPopup("##settings");
  if (ImGui::BeginPopup("##settings")) {
    ImGui::TextDisabled("%s", app.tr("settings.text_size"));
    struct Size {
      const char* key;
      float scale;
    };
    for (Size sz : {Size{"settings.text_size.normal", 1.0f}, Size{"settings.text_size.large", 1.25f},
                    Size{"settings.text_size.presentation", 1.5f}, Size{"settings.text_size.double", 2.0f}}) {
      if (ImGui::RadioButton(app.tr(sz.key), app.settings.text_scale == sz.scale)) {
        app.settings.text_scale = sz.scale;
        app.save_settings();
      }
      publish_last_item(sz.key);
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", app.tr("settings.theme"));
    if (ImGui::RadioButton(app.tr("settings.theme.light"), app.settings.theme == Theme::light)) {
      app.settings.theme = Theme::light;
      app.save_settings();
    }
    publish_last_item("settings.theme.light");
    if (ImGui::RadioButton(app.tr("settings.theme.dark"), app.settings.theme == Theme::dark)) {
      app.settings.theme = Theme::dark;
      app.save_settings();
    }
    publish_last_item("settings.theme.dark");
    ImGui::EndPopup();
  }
  ImGui::EndChild();
}

// [navigation] -------------------------------------------------------------------------------
// As wide as the longest label in this language (at least 230 px), with room for a scrollbar.
float nav_width(const App& app) {
  const ImGuiStyle& st = ImGui::GetStyle();
  float longest = 0.0f;
  for (std::size_t i = 0; i < view_count(); ++i) {
    if (views()[i].needs_project) longest = std::max(longest, ImGui::CalcTextSize(app.tr(views()[i].label_key)).x);
  }
  for (const char* k : {"nav.export", "nav.close", "nav.privacy"}) {
    longest = std::max(longest, ImGui::CalcTextSize(app.tr(k)).x + st.FramePadding.x * 2.0f);
  }
  return std::max(230.0f * app.fonts.scale, longest + st.WindowPadding.x * 2.0f + st.ItemSpacing.x * 2.0f + st.ScrollbarSize);
}

// The navigation folds into the top bar's menu button when it would take more than 32 % of the
// window or leave the screen less than 34 lines of text wide (200 % text or browser zoom on a
// laptop; 150 % at 1280 px still has it beside the screen).
void fold_navigation(App& app) {
  const float window = ImGui::GetIO().DisplaySize.x;
  const float need = app.ui.nav_width = nav_width(app);
  app.ui.nav_folded = app.ws.is_open() && (need > window * 0.32f || window - need < ImGui::GetFontSize() * 34.0f);
  if (!app.ui.nav_folded) app.ui.nav_open = false;
}

// Beside the screen, or (folded and opened) in its place, as wide as the window.
void navigation(App& app) {
  const float s = app.fonts.scale;
  const ImGuiStyle& st = ImGui::GetStyle();
  const bool folded = app.ui.nav_folded;
  // Entries as high as a button; lower, down to a line of text, when that is what it takes for
  // every entry and the three buttons below to fit the window (a 1366x768 laptop shows 17
  // entries without scrolling the navigation).
  int entries = 0;
  for (std::size_t i = 0; i < view_count(); ++i) entries += views()[i].needs_project ? 1 : 0;
  const float fh = ImGui::GetFrameHeight();
  const float footer = 3.0f * (fh + st.ItemSpacing.y) + 2.0f * st.ItemSpacing.y + 1.0f;
  const float room = ImGui::GetContentRegionAvail().y - 2.0f * st.WindowPadding.y - footer;
  const float row_h = std::clamp(room / static_cast<float>(std::max(entries, 1)) - st.ItemSpacing.y,
                                 ImGui::GetTextLineHeight() + 4.0f * s, fh);
  ImGui::BeginChild(folded ? "##nav-folded" : "##nav",
                    ImVec2(folded ? 0.0f : std::min(app.ui.nav_width, ImGui::GetContentRegionAvail().x * 0.32f), 0), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding);
  // Opened from the menu button: the keyboard focus moves into it, and a screen reader hears so.
  if (folded && (!app.ui.nav_shown || app.ui.back_to_screen)) {
    app.ui.back_to_screen = false;
    ImGui::SetWindowFocus();
    a11y::announce(app.tr("a11y.menu_opened"));
  }
  auto go = [&app](int view) {
    app.ui.view = view;
    app.ui.nav_open = false;
  };
  for (std::size_t i = 0; i < view_count(); ++i) {
    const View& v = views()[i];
    if (!v.needs_project) continue;
    ImGui::PushID(v.id);
    bool sel = app.ui.view == static_cast<int>(i);
    if (ImGui::Selectable(app.tr(v.label_key), sel, 0, ImVec2(0, row_h))) go(static_cast<int>(i));
    publish_last_item((std::string("nav.") + v.id).c_str());
    ImGui::PopID();
  }
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  if (button(app.tr("nav.export"), "nav.export")) {
    platform::download(app.ws.export_name(), "application/json", app.ws.export_text());
    app.ui.nav_open = false;
  }
  if (button(app.tr("nav.close"), "nav.close")) {
    app.ws.close();
    go(0);
  }
  if (button(app.tr("nav.privacy"), "nav.privacy")) go(view_index("privacy"));
  ImGui::EndChild();
}

// [banners] ----------------------------------------------------------------------------------
void banner(App& app, unsigned int colour, const char* text_key, const char* test_id) {
  ImGui::PushStyleColor(ImGuiCol_Text, rgb(colour));
  ImGui::PushFont(app.fonts.bold);
  ImGui::TextWrapped("%s", app.tr(text_key));
  ImGui::PopFont();
  ImGui::PopStyleColor();
  publish_last_item(test_id);
}

void banners(App& app) {
  if (!app.ws.is_open()) return;
  if (app.ws.conflict()) {
    banner(app, theme_colours(app).danger, "banner.conflict", "banner.conflict");
    if (primary_button(app, app.tr("banner.conflict.reload"), "banner.conflict.reload")) app.ws.resolve_conflict_reload();
    ImGui::SameLine();
    if (button(app.tr("banner.conflict.keep"), "banner.conflict.keep")) app.ws.resolve_conflict_keep_mine();
    ImGui::Separator();
  } else if (app.ws.save_state() == SaveState::quota_exceeded) {
    banner(app, theme_colours(app).danger, "banner.quota", "banner.quota");
    if (primary_button(app, app.tr("nav.export"), "banner.quota.export")) {
      platform::download(app.ws.export_name(), "application/json", app.ws.export_text());
    }
    ImGui::Separator();
  } else if (app.ws.open_elsewhere()) {
    banner(app, theme_colours(app).warn, "banner.open_elsewhere", "banner.open_elsewhere");
    ImGui::Separator();
  }
}

// [frame] ------------------------------------------------------------------------------------
void shortcuts(App& app) {
  ImGuiIO& io = ImGui::GetIO();
  if (!app.ws.is_open()) return;
  // Alt+Down / Alt+Up: next / previous screen of the navigation (also from a text field).
  const bool down = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow));
  const bool up = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow));
  if (app.ui.alt && !io.KeyCtrl && (down || up)) {
    std::vector<int> order;
    for (std::size_t i = 0; i < view_count(); ++i) {
      if (views()[i].needs_project) order.push_back(static_cast<int>(i));
    }
    auto it = std::find(order.begin(), order.end(), app.ui.view);
    int pos = it == order.end() ? 0 : static_cast<int>(it - order.begin());
    pos = (pos + (down ? 1 : -1) + static_cast<int>(order.size())) % static_cast<int>(order.size());
    app.ui.view = order[static_cast<std::size_t>(pos)];
  }
  if (io.WantTextInput) return;
  if (io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z))) {
    undo_redo(app, io.KeyShift);
  }
  if (io.KeyCtrl && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y))) undo_redo(app, true);
}

// Escape that closed nothing (no panel, pop-up or text field took it): from the screen, the
// keyboard focus goes to the top bar (menu, undo, language, settings), where Tab moves
// through its buttons; from the top bar, back to the screen.
void escape_to_top_bar(App& app) {
  const bool popup = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
  const bool closed_popup = app.ui.popup_was_open;
  const bool in_top_bar = app.ui.in_top_bar;  // before this frame's Escape
  app.ui.popup_was_open = popup;
  app.ui.in_top_bar = app.ui.in_top_bar_now;
  if (!ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) return;
  if (popup || closed_popup || app.ui.escape_frame == ImGui::GetFrameCount() || app.ui.edit_id != 0 ||
      ImGui::GetIO().WantTextInput || ImGui::IsAnyItemActive()) {
    return;
  }
  app.ui.escape_frame = ImGui::GetFrameCount();
  if (in_top_bar) {
    app.ui.back_to_screen = true;  // the opened menu says so itself when it takes the focus
    if (!(app.ui.nav_folded && app.ui.nav_open)) a11y::announce(app.tr("a11y.back_to_screen"));
  } else {
    app.ui.top_bar_focus = true;
  }
}

// The layout check's sweep: every screen of the navigation (the start screen when no project
// is open; "where your data is" always) is shown for kSweepFrames frames, and what the last of them found cut off is kept.
// Tables and auto-sized panels take their sizes in the frame after they first appear.
constexpr int kSweepFrames = 3;
constexpr int kSweepNavigation = -1;

void start_sweep(App& app, bool dark, float text_scale) {
  auto& s = app.ui.sweep;
  app.settings.theme = dark ? Theme::dark : Theme::light;
  app.settings.text_scale = text_scale;
  ++s.run;
  s.next = 0;
  s.frame = 0;
  if (!s.active) s.back_to = app.ui.view;
  s.found.clear();
  s.views.clear();
  for (std::size_t i = 0; i < view_count(); ++i) {
    const std::string_view id = views()[i].id;
    if (id == "privacy" || (views()[i].needs_project == app.ws.is_open() && (app.ws.is_open() || id == "start"))) {
      s.views.push_back(static_cast<int>(i));
    }
  }
  // Last, the folded navigation opened (where the window is wide enough for it beside the
  // screen, this shows the first screen again).
  if (app.ws.is_open()) s.views.push_back(kSweepNavigation);
  s.active = true;
  platform::skip_drawing(true);
}

void sweep_before(App& app) {
  auto& s = app.ui.sweep;
  if (!s.active || s.frame != 0) return;
  if (s.views[s.next] == kSweepNavigation) {
    app.ui.view = s.views.front();
    app.ui.nav_open = true;
  } else {
    app.ui.view = s.views[s.next];
  }
}

void sweep_after(App& app) {
  auto& s = app.ui.sweep;
  if (!s.active || ++s.frame < kSweepFrames) return;
  const int shown = s.views[s.next];
  s.found[shown == kSweepNavigation ? "navigation" : views()[static_cast<std::size_t>(shown)].id] = app.ui.clipped;
  s.frame = 0;
  if (++s.next == s.views.size()) {
    s.active = false;
    app.ui.view = s.back_to;
    app.ui.nav_open = false;
    platform::skip_drawing(false);
  }
}

void draw(App& app, const platform::FrameInfo& fi) {
  (void)fi;
  sweep_before(app);
  take_dropped_files(app);
  shortcuts(app);
  if (!app.ws.is_open() && views()[app.ui.view].needs_project) app.ui.view = 0;
  if (app.ws.is_open() && app.ui.view == view_index("start")) app.ui.view = view_index("dashboard");
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleVar();
  fold_navigation(app);
  if (app.ui.nav_open && escape_closes_panel(app)) app.ui.nav_open = false;
  top_bar(app);
  const bool nav_in_place = app.ui.nav_folded && app.ui.nav_open;
  if (app.ws.is_open() && !app.ui.nav_folded) {
    navigation(app);
    ImGui::SameLine(0, 0);
  }
  if (nav_in_place) {
    navigation(app);
  } else {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    const View& v = views()[static_cast<std::size_t>(app.ui.view) < view_count() ? app.ui.view : 0];
    // One scrolling region per view: each view opens at its own scroll position, not the last one's.
    // A newly shown view takes the keyboard focus, so Tab moves through its fields at once; so
    // does the screen shown again when the folded navigation closes.
    const bool take_focus = app.ui.focused_view != app.ui.view || app.ui.nav_shown || app.ui.back_to_screen;
    app.ui.back_to_screen = false;
    if (app.ui.focused_view != app.ui.view && app.ui.focused_view >= 0)  // a screen reader hears the new screen's name
      a11y::announce(std::string(app.tr("a11y.view")) + ": " + app.tr((std::string("nav.") + v.id).c_str()));
    app.ui.focused_view = app.ui.view;
    ImGui::BeginChild((std::string("##content-") + v.id).c_str(), ImVec2(0, 0), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding);
    if (take_focus) ImGui::SetWindowFocus();
    ImGui::PopStyleColor();
    banners(app);
    ImGui::PushID(v.id);
    ImGui::PushTextWrapPos(0.0f);  // text wraps at the edge of its window or cell, never runs past it
    v.draw(app);
    ImGui::PopTextWrapPos();
    ImGui::PopID();
    ImGui::EndChild();
  }
  app.ui.nav_shown = nav_in_place;
  ImGui::End();
  escape_to_top_bar(app);
  app.ui.clipped = layout::clipped_this_frame();
  sweep_after(app);
  a11y::end_frame(app);
  // The page's "open the accessible report" button (first in the tab order): shown while a
  // project is open, labelled in the UI language.
  std::string entry = app.ws.is_open() ? app.tr("a11y.report_link") : "";
  if (entry != app.ui.report_entry) {
    app.ui.report_entry = entry;
    platform::set_report_entry(entry, [&app] { return accessible_report(app); });
  }
  app.ui.tooltip = tooltip_shown();
  app.ws.tick(platform::now_ms());
  // Publish the state for the browser tests when it changed (checked at most every 100 ms).
  double now = platform::now_ms();
  if (now - app.ui.state_published_at > 100.0) {
    app.ui.state_published_at = now;
    std::string state = app.state_json();
    if (state != app.ui.published_state) {
      platform::publish_state(state);
      app.ui.published_state = std::move(state);
    }
  }
}

}  // namespace
}  // namespace aims::app

// [main] -------------------------------------------------------------------------------------
int main() {
  using namespace aims;
  platform::mark("aims:main");
  static app::App application;  // lives as long as the page
  application.load_settings(lang_from_code(platform::preferred_language()));
  // The start screen needs the catalog's date only: the catalog itself loads on first use (a
  // project opened below) or right after the first frame (see cb.frame).
  application.legal_status_as_of = ai_act_legal_status_as_of();
  platform::mark("aims:catalogs");
  // index.html?demo opens the demo project at once.
  std::string q = platform::query_string();
  // index.html?demo=finance opens the small credit-institution demo instead.
  if (q == "demo" || q.rfind("demo&", 0) == 0 || q == "demo=finance" || q.rfind("demo=finance&", 0) == 0) {
    std::string err;
    const bool finance = q.rfind("demo=finance", 0) == 0;
    if (application.ws.open_demo(&err, finance ? "finance" : "")) application.ui.view = app::view_index("dashboard");
  } else if (auto last = platform::storage_get("aims.last_project")) {
    // A reload comes back to the project that was open.
    if (application.ws.open(*last)) application.ui.view = app::view_index("dashboard");
  }
  platform::mark("aims:project");
  platform::on_page_hide([] { application.ws.flush(); });
  platform::on_layout_sweep([](bool dark, float text_scale) { app::start_sweep(application, dark, text_scale); });
  platform::Callbacks cb;
  cb.setup = [](const platform::FrameInfo& fi) {
    if (app::apply_theme(application, fi.dpr)) platform::reload_font_texture();
    std::printf("aims:ready\n");
  };
  cb.before_new_frame = [](const platform::FrameInfo& fi) {
    if (app::apply_theme(application, fi.dpr)) platform::reload_font_texture();
    // Alt is ours (Alt+Down / Alt+Up change screens): ImGui 1.86 would otherwise move the
    // keyboard focus to a menu layer when Alt is released, and Tab would stop working. Alt
    // with Ctrl (AltGr on German keyboards: @, €, {) is left to ImGui, which needs it to type.
    ImGuiIO& io = ImGui::GetIO();
    application.ui.alt = io.KeyAlt;
    if (!io.KeyCtrl) io.KeyAlt = false;
  };
  cb.frame = [](const platform::FrameInfo& fi) {
    app::draw(application, fi);
    // After the first frame is on screen: load the AI Act catalog, so that the first click
    // that needs it does not wait for it.
    static int frames = 0;
    if (++frames == 2) ai_act_catalog();
  };
  return platform::run(std::move(cb));
}
