// A value computed from what it depends on, kept until that changes: Cached<Key, Value>.
// The key holds everything the value depends on (a revision, a language, a filter text, ...),
// compared with ==; get() recomputes only when the key differs from the last one.
//
//   Cached<std::pair<std::uint64_t, Lang>, std::vector<Mark>> marks;
//   const auto& m = marks.get({rev, lang}, [&] { return build_marks(...); });
#pragma once
#include <optional>
#include <utility>

namespace aims {

template <class Key, class Value>
class Cached {
 public:
  // The value for key, computed by make() (returning a Value) when the key changed.
  template <class Make>
  const Value& get(const Key& key, Make&& make) {
    if (!key_ || !(*key_ == key)) {
      value_ = std::forward<Make>(make)();
      key_ = key;
    }
    return value_;
  }
  // For values filled in place: true (and the key remembered) when the value must be rebuilt.
  bool stale(const Key& key) {
    if (key_ && *key_ == key) return false;
    key_ = key;
    return true;
  }
  Value& value() { return value_; }
  const Value& value() const { return value_; }
  const std::optional<Key>& key() const { return key_; }
  void reset() {
    key_.reset();
    value_ = Value{};
  }

 private:
  std::optional<Key> key_;
  Value value_{};
};

}  // namespace aims
