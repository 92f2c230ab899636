#pragma once
#include "app/app.h"

namespace aims::app {
// Dashboard: readiness, AI systems per risk class, the next AI Act deadlines on a timeline,
// maturity per clause group (radar), top gaps and blockers, and the recommendation.
void DrawDashboard(App& app);
}  // namespace aims::app
