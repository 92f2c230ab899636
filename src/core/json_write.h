// JSON text written straight into one string, without building a document first: the same
// bytes nlohmann::json::dump(indent, ' ', false, error_handler_t::replace) writes for the same
// values (strings escaped alike, invalid UTF-8 replaced by U+FFFD, numbers as nlohmann writes
// doubles, the same line breaks and indentation, "[]" and "{}" when empty).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace aims {

// Appends s as a JSON string, quotes included.
void append_json_string(std::string& out, std::string_view s);
// Appends a number as nlohmann writes a double ("null" when not finite).
void append_json_number(std::string& out, double x);

class JsonWriter {
 public:
  // Appends to out. indent < 0: compact; otherwise that many spaces per level. Up to 63 levels.
  // While writing, out is kept larger than what is written (room to write into without a call
  // per piece): out holds exactly the text after finish(), which the destructor also calls.
  explicit JsonWriter(std::string& out, int indent = -1);
  ~JsonWriter() { finish(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;
  void finish() { out_.resize(len_); }

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // The name of the next member of the object being written; its value follows.
  JsonWriter& key(std::string_view name);

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(bool b);
  void value(double x);
  void null();
  // A string, or null when empty.
  void text_or_null(std::string_view s) { s.empty() ? null() : value(s); }

 private:
  // n bytes of room at the end of what is written, counted as written.
  char* room(std::size_t n) {
    if (n > out_.size() - len_) grow(n);
    char* p = out_.data() + len_;
    len_ += n;
    return p;
  }
  void grow(std::size_t n);
  void put(char c) { *room(1) = c; }
  void put(std::string_view s);
  void string(std::string_view s);
  void before_value();  // the separator and indentation the next value needs
  void open(char bracket);
  void close(char bracket);
  void newline(int level);

  std::string& out_;
  std::size_t len_;              // bytes of out_ written
  int indent_;
  int level_ = 0;                // containers open
  bool after_key_ = false;       // a member's name is written, its value is next
  std::uint64_t has_items_ = 0;  // bit d: the container at level d has a member already
};

}  // namespace aims
