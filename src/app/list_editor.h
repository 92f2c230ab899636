// A selectable, sortable table over a JSON array of items with ids (risks, documents, …) with
// add / duplicate / delete buttons, and a small editor for nested lists without ids (audit
// findings, review actions). Selection is kept by item id, so it survives undo and sorting.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "app/app.h"

namespace aims::app {

struct ListColumn {
  const char* label = "";  // translated header
  float weight = 1.0f;     // share of the table width; 0: as wide as its content (dates, states)
  // What the cell shows; also the sort key unless `sort` is given.
  std::function<std::string(const OrderedJson&)> text;
  std::function<std::string(const OrderedJson&)> sort = nullptr;
  // Draws the cell instead of `text` (e.g. with a colour and a word).
  std::function<void(const OrderedJson&)> draw = nullptr;
  // When the columns do not fit the width, the columns with hide_order > 0 leave the table,
  // lowest number first (their values stay in the row's form below the table); 0: always shown.
  int hide_order = 0;
};

// The column with a hide order (ListColumn::hide_order).
inline ListColumn hide(ListColumn c, int order) {
  c.hide_order = order;
  return c;
}

// Columns most lists have. A string member, as a share of the width (weight 0: as wide as its
// content), with `fallback` when it is missing.
ListColumn text_column(const char* label, float weight, const char* field, const char* fallback = "");
// A date member, as wide as its content: "–" when unset, sorted after every date.
ListColumn date_column(const char* label, const char* field);
// The due date with the word "overdue" after it (due_cell), sorted like date_column.
ListColumn due_column(const App& app, const char* label);
// The label of an enumeration member (enum_label).
ListColumn enum_column(const App& app, const char* label, float weight, const char* prefix, const char* field);

struct ListSpec {
  const char* test_id = "";      // "<test_id>.add", ".duplicate", ".delete", ".row.<n>", ".col.<n>"
  std::string array_ptr;         // "/risks"
  const char* id_prefix = "x";   // new ids "<prefix>-<n>"
  const char* add_label = "";    // translated label of the add button
  std::vector<ListColumn> columns;
  std::function<OrderedJson()> make_new;                     // a new item (the id is added)
  std::function<bool(const OrderedJson&)> visible = nullptr;  // row filter
  std::string filter_key;  // changes whenever `visible` would pick other rows (cached until then)
  const char* copy_field = "title";                           // gets " (copy)" when duplicated
  std::function<void()> toolbar = nullptr;                    // drawn after the buttons, same line
};

// Draws the toolbar and the table. `selected` holds the selected item's id ("" for none).
// Returns the array index of the selected item, or -1.
int list_editor(App& app, const ListSpec& spec, std::string& selected);

// The array at ptr in the open document (an empty array when missing).
const OrderedJson& array_at(const App& app, const std::string& ptr);
// Index of the item with this id, or -1.
int index_of(const OrderedJson& list, const std::string& id);

// Items of a nested list (no ids) drawn one after another, each under a bold title
// (`item_title` with "{1}" replaced by its number) by draw_item(item_ptr, index) and with a
// remove button, and an add button below that appends make_new().
void nested_list(App& app, const std::string& array_ptr, const char* item_title, const char* add_label,
                 const char* remove_label, const char* test_id, const std::function<OrderedJson()>& make_new,
                 const std::function<void(const std::string&, int)>& draw_item);

// The text with "{1}" and "{2}" replaced (string-table texts with a number or a name in them).
std::string subst(const char* text, const std::string& a, const std::string& b = std::string());
// Moves to the next column of a form table with the labels of both columns on one line
// (a table aligns a cell's first text to the previous cell's last framed widget otherwise).
void next_form_column();
// Label of an enumeration value ("<prefix>.<value>") or "–" when unset.
const char* enum_label(const App& app, const char* prefix, const OrderedJson& item, const char* field);
// A string field of an item, or "" (or `fallback`) when missing.
std::string item_str(const OrderedJson& item, const char* field, const char* fallback = "");
// A due date as text, followed by the word "overdue" in the danger colour when it is past
// and the item is not done (colour is never the only signal).
void due_cell(const App& app, const OrderedJson& item);
// Only the word "overdue" in the danger colour, when the item is overdue (for forms).
void overdue_note(const App& app, const OrderedJson& item);

}  // namespace aims::app
