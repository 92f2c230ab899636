#pragma once
#include "app/app.h"

namespace aims::app {
// Reports and export: the gap report, SoA, risk register and inventory as HTML (prints to
// PDF), Markdown and CSV, plus the project as JSON. Everything is made in the browser.
void DrawReports(App& app);
// Where your data is: what is stored in this browser, how big, export everything, delete
// everything (with confirmation). Reachable without an open project.
void DrawPrivacy(App& app);
}  // namespace aims::app
