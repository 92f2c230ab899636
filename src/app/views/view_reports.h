#pragma once
#include "app/app.h"

namespace aims::app {
// Reports and export: the gap report, SoA, risk register and inventory as HTML (prints to
// PDF), Markdown and CSV, plus the project as JSON. Everything is made in the browser.
void DrawReports(App& app);
}  // namespace aims::app
