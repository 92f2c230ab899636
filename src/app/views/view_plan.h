#pragma once
#include "app/app.h"

namespace aims::app {
// AI objectives (ISO/IEC 42001 6.2) and the task list: two lists with their forms. Tasks sort
// by due date; an overdue item (due before today, not done) says "overdue" in red.
void DrawPlan(App& app);
}  // namespace aims::app
