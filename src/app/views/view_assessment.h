#pragma once
#include "app/app.h"

namespace aims::app {
// Gap assessment: clauses 4–10 and the Annex A controls with maturity, status, notes,
// evidence references, owner and due date; filters by group, status and gap.
void DrawAssessment(App& app);
// Statement of Applicability: applicability and justification per control, with the
// suggestions from the AI Act classification and existing certifications (accept or override).
void DrawSoa(App& app);
}  // namespace aims::app
