#pragma once
#include "app/app.h"

namespace aims::app {
// Internal audits (ISO/IEC 42001 9.2) with their findings, and management reviews (9.3) with
// their decisions and actions: two lists, each with the form of the selected item.
void DrawAudits(App& app);
}  // namespace aims::app
