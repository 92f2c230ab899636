// Reading what `aims classify` and the app accept: one profile, a list of profiles, or a
// project file's systems, with one precise error for the first problem.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/profile.h"

namespace aims {

struct ProfileBatch {
  enum class Shape { single, list, project } shape = Shape::single;
  std::vector<Profile> profiles;
};

// text: the file's content; file: its name for messages.
std::optional<ProfileBatch> read_profiles(std::string_view text, const std::string& file, const Catalog& cat,
                                          InputError& err);

}  // namespace aims
