#pragma once
#include "app/app.h"

namespace aims::app {
// Gap assessment: clauses 4–10 and the Annex A controls with maturity, status, notes,
// evidence references, owner and due date; filters by group, status and gap.
void DrawAssessment(App& app);
}  // namespace aims::app
