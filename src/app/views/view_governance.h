#pragma once
#include "app/app.h"

namespace aims::app {
// AI governance: the AI governance board, the AI officer, the escalation path and a RACI
// row per AI system (ISO/IEC 42001 clause 5.3, roles, responsibilities and authorities).
void DrawGovernance(App& app);
}  // namespace aims::app
