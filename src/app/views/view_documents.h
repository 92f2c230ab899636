#pragma once
#include "app/app.h"

namespace aims::app {
// Documented information (ISO/IEC 42001 7.5): the list of documents with kind, status, owner,
// version, review date and location, the form of the selected one, and which kinds an
// audit expects that are not yet approved.
void DrawDocuments(App& app);
}  // namespace aims::app
