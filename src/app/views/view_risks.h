#pragma once
#include "app/app.h"

namespace aims::app {
// The risk register (ISO/IEC 42001 6.1.2 risk assessment, 6.1.3 risk treatment): a table of
// risks with add / duplicate / delete, the form of the selected risk, and a 5x5 heat map
// (likelihood x impact, inherent or residual) whose cells filter the table.
void DrawRisks(App& app);
}  // namespace aims::app
