#pragma once
#include "app/app.h"

namespace aims::app {
// The risk view's state (window.aimsState publishes it for the browser tests).
struct RiskState {
  std::string selected;          // the selected risk's id
  bool residual = false;         // heat map and filter use the residual rating
  int filter_l = 0, filter_i = 0;  // heat-map cell filtering the risk table (0: none)
  int rows_shown = 0;            // rows the risk table showed last frame
};
// The risk register (ISO/IEC 42001 6.1.2 risk assessment, 6.1.3 risk treatment): a table of
// risks with add / duplicate / delete, the form of the selected risk, and a 5x5 heat map
// (likelihood x impact, inherent or residual) whose cells filter the table.
void DrawRisks(App& app);
}  // namespace aims::app
