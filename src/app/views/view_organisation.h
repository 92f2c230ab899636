#pragma once
#include "app/app.h"

namespace aims::app {
// The organisation: who it is, its size, existing management systems and resources.
void DrawOrganisation(App& app);
}
