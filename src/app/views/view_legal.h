#pragma once
#include "app/app.h"

namespace aims::app {
// Legal basis: the legal status date, every source of the AI Act catalog with its status and
// how many entries rest on it, what rests on secondary sources and what is unverified; and,
// with a project open, what changed with the law for each AI system since the user last
// acknowledged its result (acknowledge one or all).
void DrawLegal(App& app);
}  // namespace aims::app
