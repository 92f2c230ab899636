#pragma once
#include "app/app.h"

namespace aims::app {
// Trainings and AI literacy (Art. 4 AI Act, ISO/IEC 42001 7.2 competence and 7.3 awareness):
// the list of trainings with audience, date, participants and whether it is mandatory.
void DrawTrainings(App& app);
}  // namespace aims::app
