// Charts drawn with ImDrawList (no plotting library): each reserves its space as one item,
// writes every value as text beside its shape, and never relies on colour alone.
#pragma once
#include <string>
#include <vector>


namespace aims::app {

struct Bar {
  std::string label;
  float value = 0;
  unsigned int colour = 0x1F5FA8;
  std::string value_text;  // shown at the end of the bar
};
void bar_chart(const char* id, const std::vector<Bar>& bars, float width);

struct RadarAxis {
  std::string label;
  float value = 0;  // 0–100
};
void radar_chart(const char* id, const std::vector<RadarAxis>& axes, float size);

struct TimelineMark {
  std::string date;   // YYYY-MM-DD
  std::string label;  // short text under the mark
  std::string tip;    // shown on hover over the mark or its label (e.g. the articles behind it)
  unsigned int colour = 0x1F5FA8;
};
struct TimelineSpan {
  std::string start, end, label;
  unsigned int colour = 0x1F5FA8;
};
// A horizontal time axis from `from` to `to` with spans (one row each) and marks.
void timeline(const char* id, const std::string& from, const std::string& to, const std::vector<TimelineSpan>& spans,
              const std::vector<TimelineMark>& marks, const std::string& today, const char* today_label, float width,
              unsigned int today_colour);

}  // namespace aims::app
