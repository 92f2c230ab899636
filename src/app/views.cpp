#include "app/views.h"

#include <cstring>

#include "app/views/view_inventory.h"
#include "app/views/view_organisation.h"
#include "app/views/view_start.h"

namespace aims::app {

namespace {
const View kViews[] = {
    {"start", "nav.start", &DrawStart, false},
    {"organisation", "nav.organisation", &DrawOrganisation, true},
    {"inventory", "nav.inventory", &DrawInventory, true},
};
}

const View* views() { return kViews; }
std::size_t view_count() { return sizeof(kViews) / sizeof(kViews[0]); }
int view_index(const char* id) {
  for (std::size_t i = 0; i < view_count(); ++i) {
    if (std::strcmp(kViews[i].id, id) == 0) return static_cast<int>(i);
  }
  return 0;
}

}  // namespace aims::app
