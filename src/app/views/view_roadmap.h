#pragma once
#include "app/app.h"

namespace aims::app {
// Roadmap: the five steps to the target date on a timeline, with their tasks.
void DrawRoadmap(App& app);
}  // namespace aims::app
