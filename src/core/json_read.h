// Reading JSON from users and files: every problem becomes one InputError that names the
// file, the field (as a JSON path such as /systems/3/annex3/0) and, for syntax errors, the
// line and column. Nothing here aborts; callers decide what to keep.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aims {

struct Text;  // core/catalog.h

// One JSON type for everything (catalogs, projects, output): objects keep their keys in document
// order. A second type (nlohmann::json, keys sorted) would instantiate the library twice, which
// cost the web build about 50 KB of wasm. OrderedJson is the same type, kept as a name where the
// order is the point (what is written back for the user).
using OrderedJson = nlohmann::ordered_json;
using Json = OrderedJson;

struct InputError {
  std::string file;     // as the user named it ("-" for standard input)
  std::string path;     // JSON pointer of the field, "" for the document
  std::string message;  // what is wrong, in English
  int line = 0;         // 1-based; 0 when not a syntax error
  int column = 0;

  // "file: line 3, column 7: message" or "file: at /systems/0/id: message"
  std::string to_string() const;
};

// Line and column (1-based) of a byte offset in text.
std::pair<int, int> line_column(std::string_view text, std::size_t offset);

// Parses text; on a syntax error returns nullopt and fills err (with line and column).
// Depth is limited so hostile input cannot exhaust the stack.
std::optional<Json> parse_json(std::string_view text, const std::string& file, InputError& err,
                               int max_depth = 64);
std::optional<OrderedJson> parse_ordered_json(std::string_view text, const std::string& file,
                                              InputError& err, int max_depth = 64);

// Builds a JSON pointer: ptr_join("/systems", 3) == "/systems/3".
std::string ptr_join(const std::string& base, const std::string& key);
std::string ptr_join(const std::string& base, std::size_t index);

// Human name of a JSON value's type ("string", "number", ...).
const char* type_name(const Json& j);

// Lenient readers for documents that were checked already (the embedded catalogs, a validated
// project): a value that is missing, null or of another type reads as empty. None throws.
//
// The value at key; null (or fallback) when j is not an object or the value is missing or null.
const Json& member(const Json& j, const char* key);
const Json& member_or(const Json& j, const char* key, const Json& fallback);
// The string at key; "" otherwise.
std::string string_field(const Json& j, const char* key);
// The strings of the array at key (items that are not strings are skipped).
std::vector<std::string> string_list_field(const Json& j, const char* key);
// The {"en": ..., "de": ...} text at key (a language that is not a string reads as "").
Text text_field(const Json& j, const char* key);

}  // namespace aims
