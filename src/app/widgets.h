// Small building blocks shared by the views: headings, wrapped paragraphs, cards.
#pragma once
#include <string>
#include <vector>
#include <string_view>

#include "app/app.h"

namespace aims::app {

void heading(const App& app, const char* text);
void title(const App& app, const char* text);
void paragraph(const char* text);
void muted(const App& app, const char* text);
void bullet_paragraph(const char* text);
// A panel of the given width whose height follows its content (white, rounded, bordered);
// pair with end_panel(). Uses draw-list channels so the background is drawn behind.
void begin_panel(const App& app, float width);
void end_panel(const App& app);
// A horizontal rule across the current column (width w).
void rule(float w);
// A white rounded panel with padding; pair with end_card().
bool begin_card(const char* id, float height = 0.0f);
void end_card();
// A filled button in the primary colour with white text (the one main action of a screen).
bool primary_button(const App& app, const char* label, const char* test_id = nullptr);
// A normal (outlined) button; test_id publishes its rectangle for the browser tests.
bool button(const char* label, const char* test_id = nullptr);
// Notes the first line of a tooltip shown this frame (window.aimsState.tooltip, for the
// browser tests: a tooltip must quote its article). tooltip_shown() returns it and clears it.
void note_tooltip(const std::string& text);
std::string tooltip_shown();
// Publishes the last item's rectangle under test_id (see platform::publish_widget).
void publish_last_item(const char* test_id);

// Escape closes the panel open on the screen (a register entry's form, a system's form, a
// requirement's details, a draft's preview): true once per key press, for the first panel that
// asks, unless a text field has the key (Escape ends its editing first) or a pop-up is open
// (ImGui closes it). Says "closed" to screen readers. The caller closes its panel and calls
// refocus_on() with the key of the control that opened it.
bool escape_closes_panel(App& app);
// Gives the keyboard focus back to the control that opened a panel: refocus_on(app, key) when
// closing, then focus_if_asked(app, key) right after drawing each candidate control.
void refocus_on(App& app, std::string key);
void focus_if_asked(App& app, const std::string& key);

// Text fitted to a width (default: what is left of the cell or line): a longer text is cut
// with "…" and shown in full in a tooltip while hovered, so nothing is cut off silently.
// Only the first line of a text with line breaks is shown.
void fitted_text(const char* text, float width = -1.0f);
// A checkbox whose label wraps onto further lines when it does not fit the space left (long
// German labels, large text); clicking the label toggles it too.
bool checkbox_wrapped(const char* label, bool* v);
// `want` columns when each would be at least `need` wide in the space left, otherwise one
// (a form's two columns stack when a label's longest word would not fit half the width).
int fitting_columns(int want, float need);
// Continues the line for an item of width w when it fits, else starts a new line (a row of
// radio buttons or checkboxes that wraps like text).
void same_line_if_fits(float w);
// The text's first line shortened with "…" to at most max_w wide (unchanged when it fits).
std::string ellipsize(const char* text, float max_w);
// Width of a radio button or checkbox with this label.
float toggle_width(const char* label);
inline void fitted_text(const std::string& text, float width = -1.0f) { fitted_text(text.c_str(), width); }

// Two table cells of a row: an id in bold, then a title that wraps within its column (the
// requirement and control tables). The title is the last item, e.g. for a tooltip on hover.
void id_title_cells(const App& app, const char* id, const char* title);
// Width of a requirement-number column: the widest number of the ISO catalog in bold, or its
// header, at least 80 px at normal text size.
float id_column_width(const App& app, const char* header);

// Draws only the rows of a table (with ScrollY) that are in view, for tables whose rows differ
// in height (wrapped text, an opened detail row), where ImGuiListClipper cannot be used. A
// row out of view becomes an empty row of the height it had when last drawn, so the scroll
// range and position are exactly as if every row were drawn. Rows are known by a stable key;
// a row never drawn yet is drawn. The heights are dropped when the table's width, the font
// size or `layout` (e.g. the language) changes.
// Column widths for a table whose text wraps: each column gets its minimum (its longest word,
// or its whole text for columns that never wrap), then `room` (the width left over) goes to the
// columns with a weight > 0, by weight, each up to its natural (unwrapped) width; whatever is
// still left widens them further by weight. Columns of weight 0 keep their minimum.
// Sets up the current table's columns at fixed widths that fill `table_w`: each at least as
// wide as its header and its `min_w` (its longest word, a button), the rest shared by weight.
void setup_fitted_columns(const std::vector<const char*>& labels, std::vector<float> min_w,
                          const std::vector<float>& weights, float table_w);
std::vector<float> fit_column_widths(const std::vector<float>& min_w, const std::vector<float>& natural_w,
                                     const std::vector<float>& weights, float room);
// The width of the longest run of the text without a space (ImGui wraps only at spaces).
float longest_word(std::string_view text);

// A row's key for RowCuller from a stable text (e.g. a requirement id).
unsigned int row_key(std::string_view s);

class RowCuller {
 public:
  // after BeginTable and the header row; draw_all: this frame every row is drawn (a control in
  // a row out of view is to take the keyboard focus, see refocus_on)
  RowCuller(RowHeights& m, int layout, bool draw_all = false);
  // Starts the next row (TableNextRow). True: draw its cells; false: leave it empty.
  bool row(unsigned int key, int flags = 0, float min_height = 0.0f);
  void end();  // before EndTable: records the last row's height
 private:
  void record();
  RowHeights& m_;
  bool draw_all_ = false;
  unsigned int key_ = 0;
  float y1_ = 0.0f;
  bool measuring_ = false;
};

}  // namespace aims::app
