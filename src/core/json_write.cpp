#include "core/json_write.h"

#include <array>
#include <cassert>
#include <cstring>
#include <cmath>
#include "core/json_read.h"

namespace aims {
namespace {

// Length of the well-formed UTF-8 sequence that starts at s[i] (a byte >= 0x80), 0 when there
// is none (Unicode 15, table 3-7: no overlong form, no surrogate, nothing above U+10FFFF).
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto at = [&](std::size_t k) -> unsigned { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  auto in = [&](std::size_t k, unsigned lo, unsigned hi) { return at(k) >= lo && at(k) <= hi; };
  const unsigned c = at(0);
  if (c >= 0xC2 && c <= 0xDF) return in(1, 0x80, 0xBF) ? 2 : 0;
  if (c == 0xE0) return in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
  if (c == 0xED) return in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF) ? 3 : 0;
  if (c == 0xF0) return in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  if (c == 0xF4) return in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
  return 0;
}

// What a byte asks of a JSON string: 0 nothing, 1 an escape, 2 a check (it starts a UTF-8
// sequence, copied as it is when well-formed).
constexpr auto kByteClass = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<std::size_t>(c)] = 1;
  t['"'] = t['\\'] = 1;
  for (int c = 0x80; c < 0x100; ++c) t[static_cast<std::size_t>(c)] = 2;
  return t;
}();

// Whether s goes between the quotes as it is: nothing to escape, well-formed UTF-8.
bool as_is(std::string_view s) {
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    while (i < n && kByteClass[b[i]] == 0) ++i;  // plain ASCII, the usual
    if (i == n) break;
    if (kByteClass[b[i]] == 1) return false;
    const std::size_t len = utf8_length(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  const std::size_t start = out.size();
  out += '"';
  std::size_t copied = 0;  // s[0, copied) is in out
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const std::size_t n = utf8_length(s, i);
      if (n == 0) {
        // Invalid UTF-8 (never in text read from JSON): nlohmann's own replacement, as the
        // command-line tool asked of it before.
        out.resize(start);
        out += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
        return;
      }
      i += n;  // copied as it is
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s.data() + copied, i - copied);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default: {
        static constexpr char hex[] = "0123456789abcdef";
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 0xF];
      }
    }
    copied = ++i;
  }
  out.append(s.data() + copied, s.size() - copied);
  out += '"';
}

void append_json_number(std::string& out, double x) {
  if (!std::isfinite(x)) {
    out += "null";
    return;
  }
  char buf[64];
  const char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, x);
  out.append(buf, static_cast<std::size_t>(end - buf));
}

JsonWriter::JsonWriter(std::string& out, int indent) : out_(out), len_(out.size()), indent_(indent) {
  out_.resize(std::max(out_.capacity(), len_ + 256));
}

void JsonWriter::grow(std::size_t n) { out_.resize(std::max(2 * out_.size(), len_ + n)); }

void JsonWriter::put(std::string_view s) {
  if (!s.empty()) std::memcpy(room(s.size()), s.data(), s.size());
}

void JsonWriter::string(std::string_view s) {
  if (as_is(s)) {
    char* p = room(s.size() + 2);
    p[0] = '"';
    if (!s.empty()) std::memcpy(p + 1, s.data(), s.size());
    p[s.size() + 1] = '"';
    return;
  }
  std::string escaped;
  append_json_string(escaped, s);
  put(escaped);
}

void JsonWriter::newline(int level) {
  char* p = room(1 + static_cast<std::size_t>(level * indent_));
  *p = '\n';
  std::memset(p + 1, ' ', static_cast<std::size_t>(level * indent_));
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (level_ == 0) return;  // the document itself
  const std::uint64_t bit = std::uint64_t{1} << level_;
  if (has_items_ & bit) put(',');
  has_items_ |= bit;
  if (indent_ >= 0) newline(level_);
}

void JsonWriter::open(char bracket) {
  before_value();
  put(bracket);
  ++level_;
  assert(level_ < 64);
  has_items_ &= ~(std::uint64_t{1} << level_);
}

void JsonWriter::close(char bracket) {
  assert(level_ > 0 && !after_key_);
  if (indent_ >= 0 && (has_items_ >> level_ & 1u)) newline(level_ - 1);
  --level_;
  put(bracket);
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  string(name);
  put(indent_ >= 0 ? std::string_view(": ") : std::string_view(":"));
  after_key_ = true;
  return *this;
}

void JsonWriter::value(std::string_view s) {
  before_value();
  string(s);
}

void JsonWriter::value(bool b) {
  before_value();
  put(b ? std::string_view("true") : std::string_view("false"));
}

void JsonWriter::value(double x) {
  before_value();
  if (!std::isfinite(x)) {
    put("null");
    return;
  }
  char buf[64];
  const char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, x);
  put(std::string_view(buf, static_cast<std::size_t>(end - buf)));
}

void JsonWriter::null() {
  before_value();
  put("null");
}

}  // namespace aims
