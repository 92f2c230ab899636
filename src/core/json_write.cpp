#include "core/json_write.h"

#include <cassert>
#include <cmath>
#include <nlohmann/json.hpp>

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
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
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

void JsonWriter::newline(int level) {
  out_ += '\n';
  out_.append(static_cast<std::size_t>(level * indent_), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (level_ == 0) return;  // the document itself
  const std::uint64_t bit = std::uint64_t{1} << level_;
  if (has_items_ & bit) out_ += ',';
  has_items_ |= bit;
  if (indent_ >= 0) newline(level_);
}

void JsonWriter::open(char bracket) {
  before_value();
  out_ += bracket;
  ++level_;
  assert(level_ < 64);
  has_items_ &= ~(std::uint64_t{1} << level_);
}

void JsonWriter::close(char bracket) {
  assert(level_ > 0 && !after_key_);
  if (indent_ >= 0 && (has_items_ >> level_ & 1u)) newline(level_ - 1);
  --level_;
  out_ += bracket;
}

void JsonWriter::begin_object() { open('{'); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('['); }
void JsonWriter::end_array() { close(']'); }

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  append_json_string(out_, name);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
  return *this;
}

void JsonWriter::value(std::string_view s) {
  before_value();
  append_json_string(out_, s);
}

void JsonWriter::value(bool b) {
  before_value();
  out_ += b ? "true" : "false";
}

void JsonWriter::value(double x) {
  before_value();
  append_json_number(out_, x);
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

}  // namespace aims
