#include "core/json_read.h"

#include "core/catalog.h"

namespace aims {

std::string InputError::to_string() const {
  std::string s = file.empty() ? std::string("<input>") : file;
  if (line > 0) {
    s += ": line " + std::to_string(line) + ", column " + std::to_string(column);
  }
  if (!path.empty()) s += ": at " + path;
  s += ": " + message;
  return s;
}

std::pair<int, int> line_column(std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  int line = 1;
  int col = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++col;  // count UTF-8 code points, not bytes
    }
  }
  return {line, col};
}

namespace {

// Rejects nesting deeper than max_depth before nlohmann's recursive parser sees it.
bool depth_ok(std::string_view text, int max_depth, std::size_t& where) {
  int depth = 0;
  bool in_string = false;
  bool escape = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (escape) escape = false;
      else if (c == '\\') escape = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      if (++depth > max_depth) {
        where = i;
        return false;
      }
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

std::string clean_message(const std::string& what) {
  // nlohmann: "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error
  // while parsing value - invalid literal; last read: 'tru,'" -> keep the part after the
  // location.
  std::string m = what;
  auto p = m.find("]: ");
  if (p == std::string::npos) p = m.find("] ");
  if (p != std::string::npos) m = m.substr(m.find(' ', p) + 1);
  auto c = m.find(": ");
  if (m.rfind("parse error", 0) == 0 && c != std::string::npos) m = m.substr(c + 2);
  return m;
}

template <class J>
std::optional<J> parse_impl(std::string_view text, const std::string& file, InputError& err,
                            int max_depth) {
  err = InputError{};
  err.file = file;
  std::size_t where = 0;
  if (!depth_ok(text, max_depth, where)) {
    auto [l, c] = line_column(text, where);
    err.line = l;
    err.column = c;
    err.message = "nesting deeper than " + std::to_string(max_depth) + " levels";
    return std::nullopt;
  }
  try {
    return J::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    // byte is 1-based position of the offending character (0 for empty input).
    std::size_t off = e.byte > 0 ? e.byte - 1 : 0;
    auto [l, c] = line_column(text, off);
    err.line = l;
    err.column = c;
    err.message = text.empty() ? std::string("empty input, expected JSON") : clean_message(e.what());
    return std::nullopt;
  } catch (const std::exception& e) {
    err.message = e.what();
    return std::nullopt;
  }
}

}  // namespace

std::optional<Json> parse_json(std::string_view text, const std::string& file, InputError& err,
                               int max_depth) {
  return parse_impl<Json>(text, file, err, max_depth);
}

std::optional<OrderedJson> parse_ordered_json(std::string_view text, const std::string& file,
                                              InputError& err, int max_depth) {
  return parse_impl<Json>(text, file, err, max_depth);
}

std::string ptr_join(const std::string& base, const std::string& key) {
  std::string k;
  for (char c : key) {
    if (c == '~') k += "~0";
    else if (c == '/') k += "~1";
    else k += c;
  }
  return base + "/" + k;
}

std::string ptr_join(const std::string& base, std::size_t index) {
  return base + "/" + std::to_string(index);
}

const char* type_name(const Json& j) {
  switch (j.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "boolean";
    case Json::value_t::string: return "string";
    case Json::value_t::object: return "object";
    case Json::value_t::array: return "array";
    case Json::value_t::discarded: return "invalid";
    default: return "number";
  }
}

namespace {

template <class J>
const J& member_or_impl(const J& j, const char* key, const J& fallback) {
  if (!j.is_object()) return fallback;
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? fallback : *it;
}

template <class J>
std::string string_field_impl(const J& j, const char* key) {
  if (!j.is_object()) return {};
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->template get<std::string>() : std::string();
}

}  // namespace

const Json& member(const Json& j, const char* key) {
  static const Json kNull;
  return member_or_impl(j, key, kNull);
}

const OrderedJson& member_or(const OrderedJson& j, const char* key, const OrderedJson& fallback) {
  return member_or_impl(j, key, fallback);
}

std::string string_field(const Json& j, const char* key) { return string_field_impl(j, key); }

std::vector<std::string> string_list_field(const Json& j, const char* key) {
  std::vector<std::string> v;
  const Json& a = member(j, key);
  if (a.is_array()) {
    for (const Json& x : a) {
      if (x.is_string()) v.push_back(x.get<std::string>());
    }
  }
  return v;
}

Text text_field(const Json& j, const char* key) {
  const Json& o = member(j, key);
  return {string_field(o, "en"), string_field(o, "de")};
}

}  // namespace aims
