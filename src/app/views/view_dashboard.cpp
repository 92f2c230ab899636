#include "app/views/view_dashboard.h"
#include "app/views/view_reports.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <map>

#include "app/colour.h"
#include "app/theme.h"
#include "app/charts.h"
#include "app/views/view_inventory.h"
#include "app/widgets.h"
#include "core/cached.h"
#include "core/dates.h"
#include "core/project_classes.h"
#include "imgui.h"
#include "platform/platform.h"

namespace aims::app {

namespace {

// Derived from the project's classifications, kept until they change.
struct DashboardState {
  Cached<ClassesKey, std::vector<int>> counts;  // systems per risk class (in the bar chart's order)
  Cached<ClassesKey, std::vector<TimelineMark>> marks;  // the AI Act deadlines on the timeline
};

void big_number(App& app, const char* text) {
  ImGui::PushFont(app.fonts.title);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

void progress(float frac, float width) {
  ImVec2 p = ImGui::GetCursorScreenPos();
  float h = ImGui::GetTextLineHeight() * 0.7f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + width, p.y + h), ImGui::GetColorU32(ImGuiCol_FrameBgHovered), h * 0.5f);
  dl->AddRectFilled(p, ImVec2(p.x + width * std::clamp(frac, 0.0f, 1.0f), p.y + h), IM_COL32(31, 95, 168, 255), h * 0.5f);
  ImGui::Dummy(ImVec2(width, h));
}

// What already exists (GDPR, NIS2) and carries over, the AI Act's links to the GDPR for the
// systems, and the sector's rules: the report's chapter 6 in one card.
void existing_card(App& app, const Assessment& a, float width) {
  const Lang L = app.settings.lang;
  const ExistingCompliance& e = a.existing;
  char buf[256];
  begin_panel(app, width);
  heading(app, app.tr("dash.existing"));
  int in_place = 0;
  std::size_t carried = 0;
  for (const auto& p : e.gdpr) {
    if (!p.in_place) continue;
    ++in_place;
    carried += p.carried.size();
  }
  std::snprintf(buf, sizeof buf, app.tr("dash.existing_gdpr"), in_place, static_cast<int>(e.gdpr.size()), static_cast<int>(carried));
  bullet_paragraph(buf);
  publish_last_item("dash.existing.gdpr");
  if (e.nis2_entity.empty()) {
    bullet_paragraph(app.tr("dash.existing_nis2_unknown"));
  } else {
    std::size_t n = 0;
    for (const auto& p : e.nis2) n += p.in_place ? p.carried.size() : 0;
    std::string line = std::string(app.tr("org.nis2")) + ": " + app.tr(("org.nis2." + e.nis2_entity).c_str());
    if (e.nis2_in_scope) {
      if (n) std::snprintf(buf, sizeof buf, app.tr("dash.existing_nis2_carried"), static_cast<int>(n));
      line += " – " + std::string(n ? buf : app.tr("dash.existing_nis2_none"));
    }
    bullet_paragraph(line.c_str());
  }
  publish_last_item("dash.existing.nis2");
  for (const auto& l : e.links) {
    std::string sys;
    for (std::size_t k = 0; k < l.systems.size() && k < 2; ++k) sys += (k ? ", " : "") + l.systems[k];
    if (l.systems.size() > 2) sys += " +" + std::to_string(l.systems.size() - 2);
    const std::string line = l.link->ref.get(L) + ": " + l.link->text.get(L) + " (" + sys + "; " +
                             app.tr(("status." + l.link->status).c_str()) + ")";
    bullet_paragraph(line.c_str());
  }
  if (e.sector_data) {
    ImGui::Spacing();
    std::string h = std::string(app.tr("org.sector")) + ": " + app.tr(("org.sector." + e.sector).c_str());
    ImGui::PushFont(app.fonts.bold);
    paragraph(h.c_str());
    ImGui::PopFont();
    for (const auto& n : e.obligation_notes) {
      if (!n.rule || n.systems.empty()) continue;
      const std::string line = n.rule->ref.get(L) + ": " + n.rule->text.get(L) + " (" +
                               app.tr(("status." + n.rule->status).c_str()) + ")";
      bullet_paragraph(line.c_str());
    }
    for (const auto& r : e.sector_data->rules) {
      bool noted = false;
      for (const auto& n : e.obligation_notes) noted = noted || (n.rule == &r && !n.systems.empty());
      if (noted) continue;
      const std::string line = r.ref.get(L) + ": " + r.text.get(L) + " (" + app.tr(("status." + r.status).c_str()) + ")";
      bullet_paragraph(line.c_str());
    }
  }
  publish_last_item("dash.existing");
  end_panel(app);
}

}  // namespace

void DrawDashboard(App& app) {
  DashboardState& st = app.state<DashboardState>();
  const Lang L = app.settings.lang;
  const Assessment& a = app.ws.assessment(L);
  const std::vector<Classification>& classes = a.classifications();
  note_classes_drawn(app, "dashboard", *a.classes);
  const float s = app.fonts.scale;
  title(app, app.tr("dash.title"));
  accessible_report_button(app);
  const float avail = ImGui::GetContentRegionAvail().x;
  const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
  const bool wide = avail > 900 * s;
  const float col_w = wide ? (avail - gap) / 2.0f : avail;

  // Row 1: readiness | systems per class
  ImGui::BeginGroup();
  begin_panel(app, col_w);
  heading(app, app.tr("dash.readiness"));
  char buf[160];
  std::snprintf(buf, sizeof buf, "%d %%", a.readiness.percent);
  big_number(app, buf);
  publish_last_item("dash.readiness");
  progress(static_cast<float>(a.readiness.percent) / 100.0f, col_w - 2 * ImGui::GetStyle().WindowPadding.x);
  std::snprintf(buf, sizeof buf, app.tr("dash.months"), a.readiness.months_low, a.readiness.months_high);
  paragraph(buf);
  ImGui::PushFont(app.fonts.bold);
  paragraph(app.tr(("dash.approach." + a.advice.approach).c_str()));
  ImGui::PopFont();
  for (std::size_t i = 1; i < a.advice.reasons.size(); ++i) bullet_paragraph(a.advice.reasons[i].c_str());
  end_panel(app);
  ImGui::EndGroup();
  if (wide) ImGui::SameLine(0, gap);
  ImGui::BeginGroup();
  begin_panel(app, col_w);
  heading(app, app.tr("dash.systems"));
  // Systems per class, counted when the classifications change.
  static const char* const kClasses[] = {"prohibited", "high_risk", "limited_risk", "minimal_risk", "out_of_scope", "not_ai_system"};
  const std::vector<int>& counts = st.counts.get(a.classes->key, [&] {
    std::vector<int> n(std::size(kClasses), 0);
    for (const auto& c : classes) {
      for (std::size_t k = 0; k < std::size(kClasses); ++k) {
        if (c.risk_class == kClasses[k]) ++n[k];
      }
    }
    return n;
  });
  std::vector<Bar> bars;
  for (std::size_t k = 0; k < std::size(kClasses); ++k) {
    bars.push_back({app.tr((std::string("class.") + kClasses[k]).c_str()), static_cast<float>(counts[k]),
                    risk_colour(kClasses[k]), {}});
  }
  bar_chart("classes", bars, col_w - 2 * ImGui::GetStyle().WindowPadding.x);
  std::snprintf(buf, sizeof buf, app.tr("dash.systems_total"), classes.size());
  muted(app, buf);
  end_panel(app);
  ImGui::EndGroup();

  // Row 2: deadlines timeline (full width)
  begin_panel(app, avail);
  heading(app, app.tr("dash.deadlines"));
  // Deadline marks, rebuilt only when the classifications (project, language, date) change.
  std::vector<TimelineMark>& marks = st.marks.value();
  if (st.marks.stale(a.classes->key)) {
    // One pass over the deadlines: the mark's label (the articles, in the UI language) and its
    // tip (each obligation due that day with its article, title, role and number of systems).
    std::map<std::pair<std::string, std::string>, int> dl;  // (date, ref) -> systems
    std::map<std::string, std::map<std::string, int>> tips;  // date -> line -> systems
    const Catalog* cat = ai_act_catalog();
    for (const auto& c : classes) {
      for (const auto& d : c.deadlines) {
        const CatalogEntry* e = cat ? cat->find(d.obligation) : nullptr;
        const std::string ref = e ? e->ref.get(L) : std::string(d.ref);
        dl[{std::string(d.date), ref}]++;
        tips[std::string(d.date)][ref + " – " + (e ? e->title.get(L) : std::string(d.obligation)) + " (" +
                                  app.tr(("role." + std::string(d.role)).c_str()) + ")"]++;
      }
    }
    std::map<std::string, std::string> by_date;
    for (const auto& [k, n] : dl) {
      std::string& t = by_date[k.first];
      if (t.size() < 60) t += (t.empty() ? "" : ", ") + k.second;
      else if (t.back() != '.') t += " …";
    }
    marks.clear();
    for (const auto& [date, text] : by_date) {
      std::string tip = date;
      for (const auto& [line, n] : tips[date]) {
        tip += "\n• " + line + " – " + std::to_string(n) + " " + app.tr(n == 1 ? "dash.system_one" : "dash.system_many");
      }
      marks.push_back({date, text, tip, 0xC2410C});
    }
  }
  std::string last = add_months(a.as_of, 12);
  for (const auto& m : marks) last = std::max(last, m.date);
  if (marks.empty()) muted(app, app.tr("dash.no_deadlines"));
  else {
    ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
    timeline("deadlines", a.as_of, add_months(last, 3), {}, marks, a.as_of, app.tr("dash.today"),
             avail - 2 * ImGui::GetStyle().WindowPadding.x, theme_colours(app).danger);
  }
  end_panel(app);

  // Row 3: radar | gaps and blockers
  ImGui::BeginGroup();
  begin_panel(app, col_w);
  heading(app, app.tr("dash.maturity"));
  std::vector<RadarAxis> axes;
  for (const auto& g : a.clause_groups) axes.push_back({g.group->number + " " + g.group->title.get(L), static_cast<float>(g.score)});
  float size = std::min(col_w - 2 * ImGui::GetStyle().WindowPadding.x, 460.0f * s);
  radar_chart("radar", axes, size);
  end_panel(app);
  ImGui::EndGroup();
  if (wide) ImGui::SameLine(0, gap);
  ImGui::BeginGroup();
  begin_panel(app, col_w);
  heading(app, app.tr("dash.blockers"));
  if (a.readiness.blockers.empty()) muted(app, app.tr("dash.no_blockers"));
  for (const auto& b : a.readiness.blockers) {
    std::string line = b.title;
    for (const auto& r : b.blocker->requirements) line += (r == b.blocker->requirements.front() ? " (" : ", ") + r;
    line += ")";
    bullet_paragraph(line.c_str());
  }
  publish_last_item("dash.blockers");
  ImGui::Spacing();
  heading(app, app.tr("dash.top_gaps"));
  std::vector<const RequirementResult*> gaps;
  for (const auto* list : {&a.clauses, &a.controls}) {
    for (const auto& r : *list) {
      if (r.applicable && r.maturity < 3) gaps.push_back(&r);
    }
  }
  std::stable_sort(gaps.begin(), gaps.end(), [](const RequirementResult* x, const RequirementResult* y) { return x->maturity < y->maturity; });
  for (std::size_t i = 0; i < gaps.size() && i < 6; ++i) {
    std::snprintf(buf, sizeof buf, "%s %s – %s %d", gaps[i]->req->id.c_str(), gaps[i]->req->title.get(L).c_str(),
                  app.tr("gap.maturity"), gaps[i]->maturity);
    bullet_paragraph(buf);
  }
  end_panel(app);
  ImGui::EndGroup();

  // Row 4: existing compliance and sector (full width)
  existing_card(app, a, avail);
}

}  // namespace aims::app
