// Application state shared by the views: settings, strings, fonts and UI state. Domain data
// (projects, answers) lives in the core; this holds only what the interface needs.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "app/charts.h"
#include "app/view_state.h"
#include "app/workspace.h"
#include "core/cached.h"
#include "core/i18n.h"

struct ImFont;

namespace aims::app {

enum class Theme { light, dark };

struct Settings {
  Lang lang = Lang::en;
  Theme theme = Theme::light;
  float text_scale = 1.0f;  // 1.0 normal, 1.25 large, 1.5 presentation
};

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
  float scale = 0.0f;  // the scale the atlas was built for (dpr x text size)
  float dpr = 1.0f;    // device pixels per CSS pixel at the last apply_theme
  int theme = -1;      // the theme the style was built for
};

// Heights of a table's rows as last drawn, by row key (see RowCuller in widgets.h).
struct RowHeights {
  std::unordered_map<unsigned int, float> heights;
  float width = -1.0f, font = -1.0f;
  int layout = -1;
};

// What the whole interface shares: the current view, the text field being edited, the
// selected system (inventory and questionnaire), the one-line notice, and what was published
// to the page. Each view's own state (filters, selections, caches) is declared next to the
// view and kept in App::view_states (view_state.h).
struct UiState {
  int view = 0;                 // index into the view list (views.h)
  // A window too narrow for the navigation beside the screen (large text, browser zoom): the
  // navigation folds into the top bar's "Menu" button, which shows it in place of the screen.
  bool nav_folded = false;
  float nav_width = 0.0f;       // what the navigation needs beside the screen (this frame)
  bool nav_open = false;
  bool nav_shown = false;       // the folded navigation was shown in the last frame
  // Escape on a screen with nothing to close takes the keyboard to the top bar; Escape there
  // goes back to the screen (main.cpp, escape_to_top_bar).
  bool top_bar_focus = false;   // asked for: the top bar takes the focus in the next frame
  bool in_top_bar = false;      // the top bar had the keyboard focus in the last frame
  bool in_top_bar_now = false;  // ... in this frame (ImGui's own Escape may have moved it)
  bool back_to_screen = false;  // the screen (or the opened menu) takes the focus back
  bool popup_was_open = false;  // a pop-up was open in the last frame (Escape closed it)
  int focused_view = -1;        // the view whose window last got the keyboard focus
  bool alt = false;             // Alt held (taken from ImGui before each frame, see main.cpp)
  std::string published_state;  // last window.aimsState sent to the page
  double state_published_at = 0;
  std::vector<std::string> clipped;  // text cut off in the last frame (layout_check.h)
  std::string tooltip;               // tooltip text shown in the last frame (note_tooltip)
  std::string report_entry;          // label of the page's "accessible report" button ("" = hidden)
  // For the browser tests: the key of the project's classifications each screen last drew
  // from (by view id), and the highest maximum fine the questionnaire's result last showed.
  std::map<std::string, ClassesKey, std::less<>> classes_drawn;
  std::optional<double> shown_fine_max;
  // The text field being edited (its buffer lives here while active).
  unsigned int edit_id = 0;
  std::string edit_buf;
  std::string scratch;
  std::string message;        // one-line notice on the start screen (string already translated)
  int selected_system = -1;   // by its place in /systems (inventory, questionnaire)
  int escape_frame = -1;      // the frame in which Escape closed a panel (one per key press)
  std::string refocus;        // control to take the keyboard focus back when drawn (refocus_on)
  int refocus_frame = -1;     // when it was asked (a control not drawn soon after is let go)
  // The layout check's sweep (platform::on_layout_sweep): each screen in turn for a few frames,
  // what was cut off on each (by view id), published as window.aimsState.sweep.
  struct Sweep {
    int run = 0;              // number of the sweep (the latest asked for)
    bool active = false;
    std::size_t next = 0;     // index into `views`
    int frame = 0;            // frames shown of the current screen
    int back_to = 0;          // the screen shown before the sweep, shown again after it
    std::vector<int> views;   // view indices; kSweepNavigation: the folded navigation, opened
    std::map<std::string, std::vector<std::string>> found;
  } sweep;
  // The part of window.aimsState that follows from the document (by revision and day).
  Cached<std::pair<std::uint64_t, std::string>, Json> state_doc;
};

struct App;
// Notes which classifications a screen drew (UiState::classes_drawn).
void note_classes_drawn(App& app, std::string_view view, const ProjectClasses& classes);

struct App {
  Settings settings;
  Strings strings;
  Fonts fonts;
  UiState ui;
  ViewStates view_states;
  Workspace ws;
  std::string legal_status_as_of;  // shown with every legal result

  const char* tr(const char* key) const { return strings.tr(key); }
  // A view's own state (view_state.h), made on first use.
  template <class State>
  State& state() { return view_states.get<State>(); }
  void set_language(Lang l);
  // Settings live in the browser's storage (key aims.settings) and survive reloads.
  void load_settings(Lang fallback);
  void save_settings() const;
  // The state the browser tests read as window.aimsState.
  std::string state_json();
};

}  // namespace aims::app
