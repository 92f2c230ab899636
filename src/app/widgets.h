// Small building blocks shared by the views: headings, wrapped paragraphs, cards.
#pragma once
#include "app/app.h"

namespace aims::app {

void heading(const App& app, const char* text);
void title(const App& app, const char* text);
void paragraph(const char* text);
void muted(const App& app, const char* text);
void bullet_paragraph(const char* text);
// A panel of the given width whose height follows its content (white, rounded, bordered);
// pair with end_panel(). Uses draw-list channels so the background is drawn behind.
void begin_panel(const App& app, float width);
void end_panel(const App& app);
// A horizontal rule across the current column (width w).
void rule(float w);
// A white rounded panel with padding; pair with end_card().
bool begin_card(const char* id, float height = 0.0f);
void end_card();
// A filled button in the primary colour with white text (the one main action of a screen).
bool primary_button(const App& app, const char* label, const char* test_id = nullptr);
// A normal (outlined) button; test_id publishes its rectangle for the browser tests.
bool button(const char* label, const char* test_id = nullptr);
// Publishes the last item's rectangle under test_id (see platform::publish_widget).
void publish_last_item(const char* test_id);

}  // namespace aims::app
