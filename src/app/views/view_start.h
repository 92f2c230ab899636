#pragma once
#include "app/app.h"

namespace aims::app {
// Start screen: what the app is, and the projects kept in this browser (new, demo, import,
// open, rename, duplicate, delete with undo).
void DrawStart(App& app);
// Imports files the user picked or dropped on the page (any screen).
void take_dropped_files(App& app);
}  // namespace aims::app
