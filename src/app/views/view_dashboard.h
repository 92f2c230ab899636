#pragma once
#include "app/app.h"

namespace aims::app {
// Dashboard: readiness, AI systems per risk class, the next AI Act deadlines on a timeline,
// maturity per clause group (radar), top gaps and blockers, and the recommendation.
void DrawDashboard(App& app);
// Roadmap: the five steps to the target date on a timeline, with their tasks.
void DrawRoadmap(App& app);
}  // namespace aims::app
