#include "core/batch.h"

#include <set>

namespace aims {

namespace {
bool read_list(const Json& arr, const std::string& base, const std::string& file, const Catalog& cat,
               ProfileBatch& out, InputError& err) {
  std::set<std::string> seen;
  out.profiles.reserve(arr.size());
  for (std::size_t i = 0; i < arr.size(); ++i) {
    std::string path = ptr_join(base, i);
    auto p = profile_from_json(arr[i], cat, file, path, err);
    if (!p) return false;
    if (!seen.insert(p->id).second) {
      err = InputError{};
      err.file = file;
      err.path = ptr_join(path, "id");
      err.message = "duplicate system id '" + p->id + "'";
      return false;
    }
    out.profiles.push_back(std::move(*p));
  }
  return true;
}
}  // namespace

std::optional<ProfileBatch> read_profiles(std::string_view text, const std::string& file, const Catalog& cat,
                                          InputError& err) {
  auto doc = parse_json(text, file, err);
  if (!doc) return std::nullopt;
  ProfileBatch b;
  const Json& d = *doc;
  if (d.is_array()) {
    b.shape = ProfileBatch::Shape::list;
    if (!read_list(d, "", file, cat, b, err)) return std::nullopt;
    return b;
  }
  if (d.is_object() && d.contains("format") && d["format"].is_string() && d["format"] == "aims-project") {
    b.shape = ProfileBatch::Shape::project;
    auto it = d.find("systems");
    if (it == d.end() || it->is_null()) return b;
    if (!it->is_array()) {
      err = InputError{file, "/systems", std::string("expected a list of AI systems, found ") + type_name(*it)};
      return std::nullopt;
    }
    if (!read_list(*it, "/systems", file, cat, b, err)) return std::nullopt;
    return b;
  }
  if (d.is_object()) {
    auto p = profile_from_json(d, cat, file, "", err);
    if (!p) return std::nullopt;
    b.profiles.push_back(std::move(*p));
    return b;
  }
  err = InputError{file, "", std::string("expected a system profile, a list of profiles or a project, found ") +
                                 type_name(d)};
  return std::nullopt;
}

}  // namespace aims
