// Application state shared by the views: settings, strings, fonts and UI state. Domain data
// (projects, answers) lives in the core; this holds only what the interface needs.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/charts.h"
#include "app/workspace.h"
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
  int theme = -1;      // the theme the style was built for
};

// Heights of a table's rows as last drawn, by row key (see RowCuller in widgets.h).
struct RowHeights {
  std::unordered_map<unsigned int, float> heights;
  float width = -1.0f, font = -1.0f;
  int layout = -1;
};

struct UiState {
  int view = 0;                 // index into the view list (views.h)
  int focused_view = -1;        // the view whose window last got the keyboard focus
  bool alt = false;             // Alt held (taken from ImGui before each frame, see main.cpp)
  std::string published_state;  // last window.aimsState sent to the page
  std::vector<std::string> clipped;  // text cut off in the last frame (layout_check.h)
  std::string tooltip;               // tooltip text shown in the last frame (note_tooltip)
  // The text field being edited (its buffer lives here while active).
  unsigned int edit_id = 0;
  std::string edit_buf;
  std::string scratch;
  // Start screen
  std::string new_name;
  std::string rename_id, rename_buf;
  bool rename_focus = false;
  std::string confirm_delete_id;
  std::vector<InputError> import_errors;
  std::string import_file;
  std::string message;  // one-line notice (string already translated)
  double deleted_at = 0;
  // Inventory
  int selected_system = -1;
  std::string filter;
  // Inventory display cache: rows in display order and their role text, rebuilt when the
  // project, the search text, the sort or the language changes.
  std::uint64_t inv_rev = 0;
  std::string inv_filter;
  int inv_sort_col = -1, inv_sort_dir = 0, inv_lang = -1;
  std::vector<int> inv_order;
  std::vector<std::string> inv_roles;
  double state_published_at = 0;
  // The part of window.aimsState that follows from the document (by revision and day).
  std::uint64_t state_rev = 0;
  std::string state_today;
  Json state_doc;
  // Dashboard cache (deadline marks by revision and language).
  std::uint64_t dash_rev = 0;
  int dash_lang = -1;
  std::vector<TimelineMark> dash_marks;
  std::uint64_t dash_count_rev = 0;
  std::vector<int> dash_counts;  // systems per risk class (in the bar chart's order)
  // Gap assessment
  int gap_group = 0;   // 0 all, 1 clauses, 2 controls
  int gap_status = 0;  // 0 any, 1 not started, 2 in progress, 3 implemented
  bool gap_only_gaps = false;
  std::string gap_open;  // requirement whose details are open
  RowHeights gap_rows, soa_rows;
  bool gap_compact = false;  // gap table: maturity under the title (narrow window)
  // Classify view: the shown system's profile and result (by revision, system and language).
  std::uint64_t cls_rev = 0;
  int cls_sel = -1, cls_lang = -1;
  std::optional<Profile> cls_profile;
  Classification cls_result;
  std::string cls_error;
  // Governance: the systems that get a RACI row (by revision).
  std::uint64_t raci_rev = 0;
  std::vector<int> raci_rows;
  // registers (governance, risks, documents, trainings, audits, plan): selection by item id
  std::string sel_risk, sel_document, sel_training, sel_audit, sel_review, sel_objective, sel_task;
  bool risk_residual = false;                   // heat map and filter use the residual rating
  int risk_filter_l = 0, risk_filter_i = 0;     // heat-map cell filtering the risk table (0: none)
  int risk_rows_shown = 0;                      // rows the risk table showed last frame
};

struct App {
  Settings settings;
  Strings strings;
  Fonts fonts;
  UiState ui;
  Workspace ws;
  std::string legal_status_as_of;  // shown with every legal result

  const char* tr(const char* key) const { return strings.tr(key); }
  void set_language(Lang l);
  // Settings live in the browser's storage (key aims.settings) and survive reloads.
  void load_settings(Lang fallback);
  void save_settings() const;
  // The state the browser tests read as window.aimsState.
  std::string state_json();
};

}  // namespace aims::app
