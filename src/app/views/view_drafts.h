#pragma once
#include "app/app.h"

namespace aims::app {
// Document drafts (issue #15): the drafts that apply to this project (AI policy, FRIA, ...,
// core/drafts.h) with their gap counts, a preview of the rendered text, a download per format
// and a ZIP of all. A download adds or updates the draft's entry in the documents register.
void DrawDrafts(App& app);
}  // namespace aims::app
