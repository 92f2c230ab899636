#pragma once
#include "app/app.h"

namespace aims::app {
// Classification questionnaire for one AI system: plain-language questions (skipped when
// they cannot matter) and the live result with its reasons, obligations, open questions
// and fine exposure.
void DrawClassify(App& app);
}
