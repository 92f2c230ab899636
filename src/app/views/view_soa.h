#pragma once
#include "app/app.h"

namespace aims::app {
// Statement of Applicability: applicability and justification per control, with the
// suggestions from the AI Act classification and existing certifications (accept or override).
void DrawSoa(App& app);
}  // namespace aims::app
