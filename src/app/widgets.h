// Small building blocks shared by the views: headings, wrapped paragraphs, cards.
#pragma once
#include "app/app.h"

namespace aims::app {

void heading(const App& app, const char* text);
void title(const App& app, const char* text);
void paragraph(const char* text);
void muted(const App& app, const char* text);
void bullet_paragraph(const char* text);
// A white rounded panel with padding; pair with end_card().
bool begin_card(const char* id, float height = 0.0f);
void end_card();

}  // namespace aims::app
