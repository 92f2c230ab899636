#pragma once
#include <string>
#include <utility>

#include "app/app.h"

namespace aims::app {
// Reports and export: the gap report, SoA, risk register and inventory as HTML (prints to
// PDF), Markdown and CSV, plus the project as JSON. Everything is made in the browser.
void DrawReports(App& app);
// The whole report as HTML in the UI language ({file name, document}): the accessible way to
// every result (headings, tables with header cells, language attribute). Empty without a project.
std::pair<std::string, std::string> accessible_report(App& app);
// A button that opens that report in a new tab; results screens show it.
void accessible_report_button(App& app);
}  // namespace aims::app
