#include "app/app.h"

namespace aims::app {

void App::set_language(Lang l) {
  if (strings.load(l)) settings.lang = l;
}

}  // namespace aims::app
