// Sections: [labels] [heat map] [form] [view].
#include "app/views/view_risks.h"

#include "app/a11y.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "app/colour.h"
#include "app/fields.h"
#include "app/form.h"
#include "app/list_editor.h"
#include "app/theme.h"
#include "app/widgets.h"
#include "core/registers.h"
#include "imgui.h"

namespace aims::app {

namespace {

// [labels] ------------------------------------------------------------------------------------

// Cell fill per band, light enough for dark text in both themes: green → amber → red.
unsigned int level_fill(RiskLevel l) {
  switch (l) {
    case RiskLevel::low: return colours::kHeatFill[0];
    case RiskLevel::medium: return colours::kHeatFill[1];
    case RiskLevel::high: return colours::kHeatFill[2];
    case RiskLevel::critical: return colours::kHeatFill[3];
    default: return colours::kHeatFill[4];
  }
}

std::string system_name(const App& app, const OrderedJson& risk) {
  std::string id = item_str(risk, "system");
  if (id.empty()) return app.tr("risk.org_wide");
  const OrderedJson& systems = array_at(app, "/systems");
  int i = index_of(systems, id);
  return i < 0 ? id : item_str(systems[static_cast<std::size_t>(i)], "name", id.c_str());
}

std::string rating(const OrderedJson& risk, bool residual) {
  int l = risk_likelihood(risk, residual), i = risk_impact(risk, residual);
  if (l == 0 || i == 0) return "–";
  return std::to_string(l) + " × " + std::to_string(i) + " = " + std::to_string(l * i);
}

std::string score_key(const OrderedJson& risk, bool residual) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", risk_score(risk, residual));
  return buf;
}

// [heat map] ----------------------------------------------------------------------------------
void centred_text(ImDrawList* dl, ImFont* font, float size, ImVec2 a, ImVec2 b, ImU32 col, const char* text) {
  ImVec2 ts = font->CalcTextSizeA(size, 1e9f, 0.0f, text);
  dl->AddText(font, size, ImVec2(std::floor((a.x + b.x - ts.x) * 0.5f), std::floor((a.y + b.y - ts.y) * 0.5f)), col, text);
}

void heat_map(App& app) {
  RiskState& st = app.state<RiskState>();
  const bool residual = st.residual;
  const OrderedJson& risks = array_at(app, "/risks");
  const RiskHeat heat = risk_heat(risks, residual);
  const colours::Theme& pal = theme_colours(app);
  heading(app, app.tr("risk.heat"));
  // Inherent / residual toggle: the active one is filled.
  for (int m = 0; m < 2; ++m) {
    const bool active = residual == (m == 1);
    const char* label = app.tr(m == 0 ? "risk.heat.inherent" : "risk.heat.residual");
    const char* tid = m == 0 ? "risks.heat.inherent" : "risks.heat.residual";
    ImGui::PushID(m);
    if (active ? primary_button(app, label, tid) : button(label, tid)) {
      if (!active) {
        st.residual = m == 1;
        st.filter_l = st.filter_i = 0;
      }
    }
    ImGui::PopID();
    if (m == 0) ImGui::SameLine(0, 2.0f);
  }
  ImGui::Spacing();

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float fs = ImGui::GetFontSize();
  const float cell = std::round(fs * 2.5f);
  const float gap = 2.0f;
  const float axis_w = std::round(fs * 1.4f);
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  ImGui::BeginGroup();
  ImGui::TextUnformatted(app.tr("risk.heat.axis_impact"));
  const ImVec2 org = ImGui::GetCursorScreenPos();
  const float gx = org.x + axis_w;
  for (int i = 5; i >= 1; --i) {
    const float y = org.y + static_cast<float>(5 - i) * cell;
    char num[4];
    std::snprintf(num, sizeof num, "%d", i);
    centred_text(dl, app.fonts.body, fs, ImVec2(org.x, y), ImVec2(gx, y + cell), text, num);
    for (int l = 1; l <= 5; ++l) {
      const float x = gx + static_cast<float>(l - 1) * cell;
      const ImVec2 a(x, y), b(x + cell - gap, y + cell - gap);
      const int n = heat[static_cast<std::size_t>(heat_index(l, i))];
      const RiskLevel lvl = risk_level(l * i);
      const bool on = st.filter_l == l && st.filter_i == i;
      ImGui::SetCursorScreenPos(a);
      ImGui::PushID(heat_index(l, i));
      if (ImGui::InvisibleButton("##cell", ImVec2(cell - gap, cell - gap))) {
        st.filter_l = on ? 0 : l;
        st.filter_i = on ? 0 : i;
      }
      // What the tooltip says, for a screen reader: the cell, its score and band, its count.
      a11y::describe_last(subst(app.tr("risk.heat.cell_tip"), std::to_string(l), std::to_string(i)) + ", " +
                              app.tr("risk.col.score") + " " + std::to_string(l * i) + ", " +
                              app.tr((std::string("risk.level.") + risk_level_id(lvl)).c_str()),
                          a11y::Role::button,
                          subst(app.tr("risk.heat.count"), std::to_string(n)) + (on ? std::string(", ") + app.tr("a11y.state.selected") : ""));
      const bool hovered = ImGui::IsItemHovered();
      char tid[32];
      std::snprintf(tid, sizeof tid, "risks.heat.%d.%d", l, i);
      publish_last_item(tid);
      ImGui::PopID();
      dl->AddRectFilled(a, b, rgb_u32(n > 0 ? level_fill(lvl) : colours::heat_fill_empty(level_fill(lvl))), 3.0f);
      if (on || hovered) dl->AddRect(a, b, rgb_u32(pal.primary), 3.0f, 0, on ? 3.0f : 1.5f);
      char score[4];
      std::snprintf(score, sizeof score, "%d", l * i);
      dl->AddText(app.fonts.body, fs * 0.7f, ImVec2(a.x + 3.0f, a.y + 2.0f), rgb_u32(colours::kHeatText), score);
      char count[8];
      std::snprintf(count, sizeof count, "%d", n);
      centred_text(dl, n > 0 ? app.fonts.bold : app.fonts.body, n > 0 ? fs * 1.15f : fs, ImVec2(a.x, a.y + fs * 0.2f), b,
                   rgb_u32(colours::kHeatText), count);
      if (hovered) {
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(subst(app.tr("risk.heat.cell_tip"), std::to_string(l), std::to_string(i)).c_str());
        ImGui::Text("%s: %d · %s", app.tr("risk.col.score"), l * i,
                    app.tr((std::string("risk.level.") + risk_level_id(lvl)).c_str()));
        ImGui::TextUnformatted(subst(app.tr("risk.heat.count"), std::to_string(n)).c_str());
        ImGui::EndTooltip();
      }
    }
  }
  const float gy = org.y + 5.0f * cell;
  for (int l = 1; l <= 5; ++l) {
    char num[4];
    std::snprintf(num, sizeof num, "%d", l);
    const float x = gx + static_cast<float>(l - 1) * cell;
    centred_text(dl, app.fonts.body, fs, ImVec2(x, gy), ImVec2(x + cell - gap, gy + fs * 1.4f), text, num);
  }
  ImGui::SetCursorScreenPos(ImVec2(org.x, gy + fs * 1.4f));
  ImGui::Dummy(ImVec2(axis_w + 5.0f * cell, 0.0f));
  ImGui::SetCursorScreenPos(ImVec2(gx, ImGui::GetCursorScreenPos().y));
  ImGui::TextUnformatted(app.tr("risk.heat.axis_likelihood"));
  ImGui::EndGroup();

  // Legend beside the grid: the bands in words (colour is never the only signal).
  ImGui::SameLine(0, fs * 1.2f);
  ImGui::BeginGroup();
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeightWithSpacing()));
  const float legend_w = ImGui::GetContentRegionAvail().x;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + legend_w);
  for (RiskLevel lvl : {RiskLevel::critical, RiskLevel::high, RiskLevel::medium, RiskLevel::low}) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    dl->AddRectFilled(ImVec2(p.x, p.y + 1.0f), ImVec2(p.x + h * 1.4f, p.y + h - 1.0f), rgb_u32(level_fill(lvl)), 2.0f);
    ImGui::Dummy(ImVec2(h * 1.4f, h));
    ImGui::SameLine();
    ImGui::TextUnformatted(app.tr((std::string("risk.legend.") + risk_level_id(lvl)).c_str()));
  }
  ImGui::Spacing();
  muted(app, app.tr("risk.heat.legend_cells"));
  int unrated = 0;
  for (const auto& r : risks) unrated += risk_score(r, residual) == 0 ? 1 : 0;
  if (unrated > 0) {
    ImGui::Spacing();
    muted(app, subst(app.tr(residual ? "risk.heat.unrated_residual" : "risk.heat.unrated"), std::to_string(unrated)).c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

// [form] --------------------------------------------------------------------------------------
void risk_form(App& app, int index) {
  const RegisterSpec& reg = form::reg("risks");
  heading(app, app.tr("risk.details"));
  form::draw(app,
             {.test_id = "risks.form",
              .left = {form::field(reg, "title"), form::field(reg, "system"), form::field(reg, "category"),
                       form::field(reg, "measures", {.hint = "risk.measures_hint"}), form::field(reg, "owner"),
                       form::field(reg, "review")},
              .right = {form::field(reg, "likelihood"), form::field(reg, "impact"),
                        form::field(reg, "treatment", {.tooltip = "risk.treatment_tip"}),
                        form::field(reg, "residual_likelihood"), form::field(reg, "residual_impact"),
                        form::field(reg, "status")}},
             "/" + reg.key + "/" + std::to_string(index));
}

}  // namespace

// [view] ----------------------------------------------------------------------------------------
void DrawRisks(App& app) {
  RiskState& st = app.state<RiskState>();
  title(app, app.tr("risk.title"));
  muted(app, app.tr("risk.intro"));
  ImGui::Spacing();

  const bool residual = st.residual;
  const int fl = st.filter_l, fi = st.filter_i;
  const RegisterSpec& reg = form::reg("risks");
  ListSpec spec;
  spec.test_id = "risks";
  spec.array_ptr = "/" + reg.key;
  spec.id_prefix = reg.id_prefix.c_str();
  spec.add_label = app.tr("risk.add");
  spec.make_new = [&app] { return OrderedJson{{"title", app.tr("risk.new")}, {"system", nullptr}, {"status", "open"}}; };
  if (fl > 0) {
    spec.filter_key = std::to_string(fl) + "." + std::to_string(fi) + (residual ? "r" : "i");
    spec.visible = [=](const OrderedJson& r) { return risk_likelihood(r, residual) == fl && risk_impact(r, residual) == fi; };
    spec.toolbar = [&app, &st, fl, fi, residual] {
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(
          subst(app.tr(residual ? "risk.filter.residual" : "risk.filter.inherent"), std::to_string(fl), std::to_string(fi)).c_str());
      ImGui::SameLine();
      if (button(app.tr("risk.filter.clear"), "risks.filter.clear")) st.filter_l = st.filter_i = 0;
    };
  }
  spec.columns = {
      {app.tr("risk.col.title"), 2.6f, [](const OrderedJson& r) { return item_str(r, "title"); }},
      {app.tr("risk.col.system"), 1.6f, [&app](const OrderedJson& r) { return system_name(app, r); }, nullptr, nullptr, 6},
      hide(form::choice_column(app, reg, "category", 1.1f), 5),
      {app.tr("risk.col.score"), 0.0f, [](const OrderedJson& r) { return rating(r, false); },
       [](const OrderedJson& r) { return score_key(r, false); }},
      hide(form::choice_column(app, reg, "treatment", 0.0f), 3),
      {app.tr("risk.col.residual"), 0.0f, [](const OrderedJson& r) { return rating(r, true); },
       [](const OrderedJson& r) { return score_key(r, true); }, nullptr, 2},
      {app.tr("risk.col.owner"), 1.2f, [](const OrderedJson& r) { return item_str(r, "owner"); }, nullptr, nullptr, 4},
      {app.tr("risk.col.review"), 0.0f, [](const OrderedJson& r) { return item_str(r, "review", "–"); },
       [](const OrderedJson& r) { return item_str(r, "review", "9999"); }, nullptr, 1},
      form::choice_column(app, reg, "status", 0.0f),
  };
  const int sel = list_editor(app, spec, st.selected);
  int shown = 0;
  for (const auto& r : array_at(app, "/risks")) shown += !spec.visible || spec.visible(r) ? 1 : 0;
  st.rows_shown = shown;
  if (fl > 0 && shown == 0) muted(app, app.tr("risk.filter.empty"));

  ImGui::Spacing();
  const float heat_w = std::round(ImGui::GetFontSize() * 28.0f);
  const bool side_by_side = ImGui::GetContentRegionAvail().x >= heat_w + ImGui::GetFontSize() * 30.0f;
  if (!side_by_side) {  // large text: the heat map, then the form below it
    heat_map(app);
    ImGui::Spacing();
    if (sel >= 0) risk_form(app, sel);
    else muted(app, app.tr("risk.select_hint"));
  } else if (ImGui::BeginTable("##riskbottom", 2, ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn("##heat", ImGuiTableColumnFlags_WidthFixed, heat_w);
    ImGui::TableSetupColumn("##form", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    heat_map(app);
    next_form_column();
    if (sel >= 0) risk_form(app, sel);
    else muted(app, app.tr("risk.select_hint"));
    ImGui::EndTable();
  }
}

}  // namespace aims::app
