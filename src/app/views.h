// Every screen of the app, registered in one list. A view is one file pair in views/ with
// one entry point Draw<Name>(App&); its own state is a struct in that pair, reached with
// app.state<NameState>() (view_state.h).
#pragma once
#include <cstddef>

#include "app/app.h"

namespace aims::app {

struct View {
  const char* id;         // stable, for tests and URLs
  const char* label_key;  // string-table key of its menu label
  void (*draw)(App&);
  bool needs_project;     // shown in the project's navigation
};

const View* views();
std::size_t view_count();
int view_index(const char* id);

}  // namespace aims::app
