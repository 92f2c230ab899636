#include "core/assets.h"

namespace aims::assets {

std::string_view find_in(const Entry* table, std::string_view path) {
  for (const Entry* e = table; e->path != nullptr; ++e) {
    if (path == e->path) return {e->data, e->size};
  }
  return {};
}

std::string_view find(std::string_view path) { return find_in(aims_core_assets_table, path); }

}  // namespace aims::assets
