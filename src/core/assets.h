// Content compiled into the binary at build time (cmake/embed.cmake): catalogs and
// string tables from assets/. The core reads them through find(); nothing is fetched.
#pragma once
#include <cstddef>
#include <string_view>

namespace aims::assets {

struct Entry {
  const char* path;  // relative to the repository, e.g. "assets/i18n/de.json"
  const char* data;
  std::size_t size;
};

// The table generated for the core (catalogs, string tables).
extern const Entry aims_core_assets_table[];

// Looks a path up in a table; empty view when absent.
std::string_view find_in(const Entry* table, std::string_view path);
// Looks a path up in the core's table.
std::string_view find(std::string_view path);

}  // namespace aims::assets
