#pragma once
#include <string_view>
#include "app/app.h"

namespace aims::app {
// The AI systems of the project with their risk class (computed, never stored): search,
// add, duplicate, delete, and the inventory fields of the selected system.
void DrawInventory(App& app);
// Colour and label of a risk class (string key "class.<id>").
unsigned int risk_colour(std::string_view risk_class);
void risk_tag(App& app, std::string_view risk_class);
}  // namespace aims::app
