#include "app/list_editor.h"

#include "app/a11y.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "app/colour.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/cached.h"
#include "core/registers.h"
#include "imgui.h"
#include "imgui_internal.h"  // ImGuiTable: a fixed column's width per frame
#include "platform/platform.h"

namespace aims::app {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return s;
}

std::string test_key(const char* prefix, const char* what) { return std::string(prefix) + "." + what; }

// The height a row had when last drawn (row_h before), less the cell padding: the height of
// its selectable, so a click anywhere in a tall row selects it.
float row_height_of(const RowHeights& h, const std::string& key, float row_h) {
  auto it = h.heights.find(row_key(key));
  const float pad = ImGui::GetStyle().CellPadding.y * 2.0f;
  return std::max(row_h, it != h.heights.end() ? it->second : row_h) - pad;
}

const OrderedJson kEmpty = OrderedJson::array();  // a constant, returned for missing lists

// What a list's table shows, derived from the document (never stored).
struct ListRows {
  std::vector<int> shown;                       // array indexes that pass the filter, in file order
  std::vector<std::vector<std::string>> cells;  // by array index, then column
  // Per column: the narrowest it may be (its longest word, or its whole text for columns as
  // wide as their content) and the width of its longest line unwrapped.
  std::vector<float> min_w, natural_w;
  float need = 0.0f;  // the width the columns need at least (their minimums)
  RowHeights heights;  // rows of wrapped text differ in height (RowCuller)
  std::vector<char> hidden;  // columns out of the table at the width last drawn
  bool sorted = false;
  int sort_col = -1, sort_dir = 0;
  std::vector<int> order;  // `shown` in display order
};

// The list editor's state, one entry per list (by test id and array), kept by the App. The
// rows are rebuilt when the project, the language, the filter or the text size changes.
struct ListEditorState {
  std::unordered_map<std::string, Cached<std::tuple<std::uint64_t, int, std::string, float>, ListRows>> lists;
};

}  // namespace

const OrderedJson& array_at(const App& app, const std::string& ptr) {
  const OrderedJson& d = app.ws.doc();
  try {
    OrderedJson::json_pointer p(ptr);
    if (d.contains(p) && d.at(p).is_array()) return d.at(p);
  } catch (const std::exception&) {
  }
  return kEmpty;
}

int index_of(const OrderedJson& list, const std::string& id) {
  if (id.empty() || !list.is_array()) return -1;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& it = list[i];
    if (it.is_object() && it.contains("id") && it["id"] == id) return static_cast<int>(i);
  }
  return -1;
}

std::string item_str(const OrderedJson& item, const char* field, const char* fallback) {
  if (item.is_object() && item.contains(field) && item[field].is_string()) return item[field].get<std::string>();
  return fallback;
}

std::string subst(const char* text, const std::string& a, const std::string& b) {
  std::string out = text;
  for (auto [key, val] : {std::pair<const char*, const std::string*>{"{1}", &a}, {"{2}", &b}}) {
    for (std::size_t p = out.find(key); p != std::string::npos; p = out.find(key, p + val->size())) {
      out.replace(p, 3, *val);
    }
  }
  return out;
}

void next_form_column() {
  ImGui::Dummy(ImVec2(0.0f, 0.0f));  // ends the cell on a line without a text baseline offset
  ImGui::TableNextColumn();
}

const char* enum_label(const App& app, const char* prefix, const OrderedJson& item, const char* field) {
  std::string v = item_str(item, field);
  if (v.empty()) return "–";
  return app.tr((std::string(prefix) + "." + v).c_str());
}

void overdue_note(const App& app, const OrderedJson& item) {
  if (is_overdue(item, platform::today())) {
    ImGui::PushStyleColor(ImGuiCol_Text, rgb(theme_colours(app).danger));
    ImGui::PushFont(app.fonts.bold);
    ImGui::TextUnformatted(app.tr("reg.overdue"));
    ImGui::PopFont();
    ImGui::PopStyleColor();
  }
}

void due_cell(const App& app, const OrderedJson& item) {
  std::string due = item_str(item, "due", "–");
  ImGui::TextUnformatted(due.c_str());
  if (is_overdue(item, platform::today())) {
    ImGui::SameLine();
    overdue_note(app, item);
  }
}

ListColumn text_column(const char* label, float weight, const char* field, const char* fallback) {
  return {label, weight, [field, fallback](const OrderedJson& item) { return item_str(item, field, fallback); }};
}

ListColumn date_column(const char* label, const char* field) {
  return {label, 0.0f, [field](const OrderedJson& item) { return item_str(item, field, "–"); },
          [field](const OrderedJson& item) { return item_str(item, field, "9999"); }};
}

ListColumn due_column(const App& app, const char* label) {
  ListColumn col = date_column(label, "due");
  col.draw = [&app](const OrderedJson& item) { due_cell(app, item); };
  return col;
}

ListColumn enum_column(const App& app, const char* label, float weight, const char* prefix, const char* field) {
  return {label, weight, [&app, prefix, field](const OrderedJson& item) { return std::string(enum_label(app, prefix, item, field)); }};
}

int list_editor(App& app, const ListSpec& spec, std::string& selected) {
  if (!selected.empty() && escape_closes_panel(app)) {
    refocus_on(app, std::string(spec.test_id) + ".row:" + selected);
    selected.clear();
  }
  // ---- toolbar -----------------------------------------------------------------------------
  {
    const OrderedJson& list = array_at(app, spec.array_ptr);
    const int sel = index_of(list, selected);
    if (primary_button(app, spec.add_label, test_key(spec.test_id, "add").c_str())) {
      OrderedJson item = spec.make_new ? spec.make_new() : OrderedJson::object();
      std::string id = next_item_id(list, spec.id_prefix);
      OrderedJson withid = {{"id", id}};
      for (auto it = item.begin(); it != item.end(); ++it) withid[it.key()] = it.value();
      if (app.ws.insert(spec.array_ptr, list.size(), withid, spec.add_label)) {
        selected = id;
        a11y::announce(app.tr("a11y.added"));
      }
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(sel < 0);
    if (button(app.tr("common.duplicate"), test_key(spec.test_id, "duplicate").c_str()) && sel >= 0) {
      OrderedJson copy = list[static_cast<std::size_t>(sel)];
      std::string id = next_item_id(list, spec.id_prefix);
      copy["id"] = id;
      if (spec.copy_field && copy.contains(spec.copy_field) && copy[spec.copy_field].is_string()) {
        copy[spec.copy_field] = copy[spec.copy_field].get<std::string>() + app.tr("common.copy_suffix");
      }
      if (app.ws.insert(spec.array_ptr, static_cast<std::size_t>(sel) + 1, copy, app.tr("common.duplicate"))) {
        selected = id;
        a11y::announce(app.tr("a11y.added"));
      }
    }
    ImGui::SameLine();
    if (button(app.tr("common.delete"), test_key(spec.test_id, "delete").c_str()) && sel >= 0) {
      if (app.ws.erase(spec.array_ptr + "/" + std::to_string(sel), app.tr("common.delete"))) {
        selected.clear();
        a11y::announce(app.tr("a11y.deleted"));
      }
    }
    ImGui::EndDisabled();
    if (spec.toolbar) {
      ImGui::SameLine();
      spec.toolbar();
    }
  }

  // ---- table -------------------------------------------------------------------------------
  // Rows, cell texts and the width the columns need are computed when the project, the
  // language, the filter or the text size changes; the sorted order when the sort changes too.
  const OrderedJson& list = array_at(app, spec.array_ptr);
  auto& cached = app.state<ListEditorState>().lists[std::string(spec.test_id) + " " + spec.array_ptr];
  ListRows& cache = cached.value();
  const std::uint64_t rev = app.ws.editor().revision();
  const int lang = static_cast<int>(app.settings.lang);
  const ImGuiStyle& st = ImGui::GetStyle();
  const float em = ImGui::GetFontSize();
  if (cached.stale({rev, lang, spec.filter_key, em})) {
    cache.sorted = false;
    cache.shown.clear();
    cache.cells.assign(list.size(), {});
    for (int i = 0; i < static_cast<int>(list.size()); ++i) {
      const OrderedJson& item = list[static_cast<std::size_t>(i)];
      if (spec.visible && !spec.visible(item)) continue;
      cache.shown.push_back(i);
      auto& row = cache.cells[static_cast<std::size_t>(i)];
      for (const auto& col : spec.columns) row.push_back(col.text ? col.text(item) : std::string());
    }
    // What each column needs: text columns wrap between words, so their longest word (or
    // header word) is their minimum; columns as wide as their content (dates, states, scores)
    // never wrap. When the window is narrower than the minimums (large text), the table
    // scrolls sideways with the first column fixed.
    cache.min_w.assign(spec.columns.size(), 0.0f);
    cache.natural_w.assign(spec.columns.size(), 0.0f);
    cache.need = 0.0f;
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
      const ListColumn& col = spec.columns[c];
      const float extra = col.draw ? em * 4.0f : 0.0f;
      const float arrow = em * 1.25f;  // the header's sort arrow and its spacing
      float lo = longest_word(col.label) + arrow;
      float hi = ImGui::CalcTextSize(col.label).x + arrow;
      for (int i : cache.shown) {
        const std::string& t = cache.cells[static_cast<std::size_t>(i)][c];
        hi = std::max(hi, ImGui::CalcTextSize(t.c_str()).x + extra);
        lo = std::max(lo, (col.weight > 0.0f ? longest_word(t) : ImGui::CalcTextSize(t.c_str()).x) + extra);
      }
      cache.min_w[c] = col.weight > 0.0f ? lo : hi;
      cache.natural_w[c] = std::max(hi, cache.min_w[c]);
      cache.need += cache.min_w[c] + st.CellPadding.x * 2.0f;
    }
    cache.heights.heights.clear();
  }
  const float avail_w = ImGui::GetContentRegionAvail().x - st.ScrollbarSize;  // and the vertical scrollbar
  // Columns that do not fit leave the table, in their hide order.
  std::vector<char> hidden(spec.columns.size(), 0);
  float need = cache.need;
  while (need > avail_w) {
    std::size_t drop = spec.columns.size();
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
      const int h = spec.columns[c].hide_order;
      if (h > 0 && !hidden[c] && (drop == spec.columns.size() || h <= spec.columns[drop].hide_order)) drop = c;
    }
    if (drop == spec.columns.size()) break;
    hidden[drop] = 1;
    need -= cache.min_w[drop] + st.CellPadding.x * 2.0f;
  }
  const bool scroll_x = need > avail_w;
  // Column widths for this width: every column its minimum, then the room left to the text
  // columns by weight, each up to its unwrapped width; what is still left widens them further.
  std::vector<float> weights(spec.columns.size(), 0.0f);
  for (std::size_t c = 0; c < weights.size(); ++c) weights[c] = hidden[c] ? 0.0f : spec.columns[c].weight;
  std::vector<float> widths = fit_column_widths(cache.min_w, cache.natural_w, weights, avail_w - need);
  for (std::size_t c = 0; c < widths.size(); ++c) {
    if (hidden[c]) widths[c] = 0.0f;
  }
  // As high as its rows: the page scrolls, not the table (a table that scrolls on its own
  // would take the mouse wheel from the page whenever the pointer is over it).
  // (A table that scrolls sideways is a window of its own: it gets the height of its rows as
  // last drawn, so it never scrolls vertically either.)
  const float row_h = ImGui::GetTextLineHeight() + st.CellPadding.y * 2.0f;
  float height = 0.0f;
  if (scroll_x) {
    height = row_h * 1.5f + 4.0f + st.ScrollbarSize;  // header, borders, horizontal scrollbar, slack
    for (int i : cache.shown) {
      const std::string& id = item_str(list[static_cast<std::size_t>(i)], "id", "");
      auto it = cache.heights.heights.find(row_key(id.empty() ? std::to_string(i) : id));
      height += it != cache.heights.heights.end() ? it->second : row_h;
    }
  }
  const int ncol = static_cast<int>(spec.columns.size());
  ImGui::PushID(spec.test_id);
  if (ncol > 0 && ImGui::BeginTable("##list", ncol,
                                    ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                        ImGuiTableFlags_Sortable |
                                        ImGuiTableFlags_SortTristate | ImGuiTableFlags_SizingFixedFit |
                                        ImGuiTableFlags_Hideable |
                                        (scroll_x ? ImGuiTableFlags_ScrollX : 0),
                                    ImVec2(0, height), scroll_x ? need : 0.0f)) {
    if (scroll_x) ImGui::TableSetupScrollFreeze(1, 0);
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
      ImGui::TableSetupColumn(spec.columns[c].label, ImGuiTableColumnFlags_WidthFixed, widths[c]);
      // The width of this frame (TableSetupColumn takes a fixed width only the first time).
      ImGuiTableColumn& column = ImGui::GetCurrentTable()->Columns[static_cast<int>(c)];
      column.WidthRequest = widths[c];
      // Shown or hidden as the width asks when that changes (in between, the header's
      // context menu lets the user show or hide columns).
      if (cache.hidden.size() != hidden.size() || cache.hidden[c] != hidden[c]) column.IsUserEnabledNextFrame = !hidden[c];
    }
    cache.hidden = hidden;
    // The table's rows are a window of their own: text wraps at the edge of each cell there too.
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < ncol; ++c) {
      ImGui::TableSetColumnIndex(c);
      ImGui::PushID(c);
      ImGui::TableHeader(spec.columns[static_cast<std::size_t>(c)].label);
      ImGui::PopID();
      publish_last_item((std::string(spec.test_id) + ".col." + std::to_string(c)).c_str());
    }
    int sort_col = -1, sort_dir = 0;
    if (ImGuiTableSortSpecs* ss = ImGui::TableGetSortSpecs(); ss && ss->SpecsCount > 0) {
      sort_col = ss->Specs[0].ColumnIndex;
      sort_dir = static_cast<int>(ss->Specs[0].SortDirection);
    }
    if (!cache.sorted || cache.sort_col != sort_col || cache.sort_dir != sort_dir) {
      cache.sorted = true;
      cache.sort_col = sort_col;
      cache.sort_dir = sort_dir;
      cache.order = cache.shown;
      if (sort_col >= 0 && sort_col < ncol) {
        const ListColumn& col = spec.columns[static_cast<std::size_t>(sort_col)];
        std::vector<std::string> keys(list.size());
        for (int i : cache.order) {
          keys[static_cast<std::size_t>(i)] = col.sort ? col.sort(list[static_cast<std::size_t>(i)])
                                                       : lower(cache.cells[static_cast<std::size_t>(i)][static_cast<std::size_t>(sort_col)]);
        }
        const bool desc = sort_dir == static_cast<int>(ImGuiSortDirection_Descending);
        std::stable_sort(cache.order.begin(), cache.order.end(), [&](int a, int b) {
          return desc ? keys[static_cast<std::size_t>(b)] < keys[static_cast<std::size_t>(a)]
                      : keys[static_cast<std::size_t>(a)] < keys[static_cast<std::size_t>(b)];
        });
      }
    }
    // Text wraps within its column and the row is as high as its highest cell; only the rows
    // in view are drawn (RowCuller: the others keep the height they had).
    RowCuller cull(cache.heights, lang, !app.ui.refocus.empty());
    for (int r = 0; r < static_cast<int>(cache.order.size()); ++r) {
      const int i = cache.order[static_cast<std::size_t>(r)];
      const OrderedJson& item = list[static_cast<std::size_t>(i)];
      const std::string id = item_str(item, "id", "");
      if (!cull.row(row_key(id.empty() ? std::to_string(i) : id))) continue;
      ImGui::PushID(id.empty() ? std::to_string(i).c_str() : id.c_str());
      for (int c = 0; c < ncol; ++c) {
        const ListColumn& col = spec.columns[static_cast<std::size_t>(c)];
        ImGui::TableSetColumnIndex(c);
        if (c == 0) {
          // The row's hit area spans all columns and its full height; the cell content is
          // drawn over it.
          const ImVec2 at = ImGui::GetCursorPos();
          if (ImGui::Selectable("##row", selected == id && !id.empty(),
                                ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap,
                                ImVec2(0.0f, row_height_of(cache.heights, id.empty() ? std::to_string(i) : id, row_h)))) {
            selected = id;
          }
          if (!app.ui.refocus.empty()) focus_if_asked(app, std::string(spec.test_id) + ".row:" + id);
          {  // a screen reader hears the row as its cells, like a table row
            std::string said;
            for (const std::string& cell : cache.cells[static_cast<std::size_t>(i)]) {
              if (cell.empty()) continue;
              if (!said.empty()) said += ", ";
              said += cell;
            }
            a11y::describe_last(said, a11y::Role::row, selected == id && !id.empty() ? app.tr("a11y.state.selected") : "");
          }
          if (r < 50) publish_last_item((std::string(spec.test_id) + ".row." + std::to_string(r)).c_str());
          ImGui::SetCursorPos(at);
        }
        const std::string& text = cache.cells[static_cast<std::size_t>(i)][static_cast<std::size_t>(c)];
        if (col.draw) col.draw(item);
        else ImGui::TextUnformatted(text.c_str());  // wraps at the column's edge (the view's wrap position)
      }
      ImGui::PopID();
    }
    cull.end();
    ImGui::PopTextWrapPos();
    ImGui::EndTable();
  }
  ImGui::PopID();
  return index_of(array_at(app, spec.array_ptr), selected);
}

void nested_list(App& app, const std::string& array_ptr, const char* item_title, const char* add_label,
                 const char* remove_label, const char* test_id, const std::function<OrderedJson()>& make_new,
                 const std::function<void(const std::string&, int)>& draw_item) {
  const OrderedJson& list = array_at(app, array_ptr);
  int remove = -1;
  for (int i = 0; i < static_cast<int>(list.size()); ++i) {
    ImGui::PushID(i);
    ImGui::PushFont(app.fonts.bold);
    ImGui::TextUnformatted(subst(item_title, std::to_string(i + 1)).c_str());
    ImGui::PopFont();
    draw_item(array_ptr + "/" + std::to_string(i), i);
    if (button(remove_label, (std::string(test_id) + ".remove." + std::to_string(i)).c_str())) remove = i;
    ImGui::Separator();
    ImGui::PopID();
  }
  if (remove >= 0 && app.ws.erase(array_ptr + "/" + std::to_string(remove), remove_label)) a11y::announce(app.tr("a11y.deleted"));
  if (button(add_label, (std::string(test_id) + ".add").c_str())) {
    if (app.ws.insert(array_ptr, array_at(app, array_ptr).size(), make_new ? make_new() : OrderedJson::object(), add_label))
      a11y::announce(app.tr("a11y.added"));
  }
}

}  // namespace aims::app
