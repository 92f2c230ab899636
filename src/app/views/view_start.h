#pragma once
#include <string>
#include <vector>

#include "app/app.h"

namespace aims::app {
// The start screen's state.
struct StartState {
  std::string new_name;
  std::string rename_id, rename_buf;
  bool rename_focus = false;
  std::string confirm_delete_id;
  std::vector<InputError> import_errors;  // of the last import (shown until closed)
  std::string import_file;
  double deleted_at = 0;
};
// Start screen: what the app is, and the projects kept in this browser (new, demo, import,
// open, rename, duplicate, delete with undo).
void DrawStart(App& app);
// Imports files the user picked or dropped on the page (any screen).
void take_dropped_files(App& app);
}  // namespace aims::app
