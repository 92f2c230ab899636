#pragma once
#include "app/app.h"

namespace aims::app {
// Start screen: what the app is, what stays private, and (later) the projects.
void DrawStart(App& app);
}
