#pragma once
#include "app/app.h"

namespace aims::app {
// Where your data is: what is stored in this browser, how big, export everything, delete
// everything (with confirmation). Reachable without an open project.
void DrawPrivacy(App& app);
}  // namespace aims::app
