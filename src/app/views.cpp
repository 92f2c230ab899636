#include "app/views.h"

#include "app/views/view_start.h"

namespace aims::app {

namespace {
const View kViews[] = {
    {"start", "start.title", &DrawStart},
};
}

const View* views() { return kViews; }
std::size_t view_count() { return sizeof(kViews) / sizeof(kViews[0]); }

}  // namespace aims::app
