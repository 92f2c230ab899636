// UI string tables (assets/i18n/<lang>.json). Every label the app shows comes from here.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace aims {

enum class Lang { en, de };

const char* lang_code(Lang l);
// "de", "de-AT", "de_CH" ... -> de; everything else -> en.
Lang lang_from_code(std::string_view code);

// Replaces every {name} in text by its value, name by name in the order given.
std::string fill_placeholders(std::string text,
                              std::initializer_list<std::pair<const char*, std::string>> vars);

class Strings {
 public:
  // Loads the embedded table for a language. Returns false (and keeps nothing) on error.
  bool load(Lang lang);
  // Loads from JSON text (used by load() and by tests).
  bool load_text(std::string_view text, std::string* error = nullptr);

  Lang lang() const { return lang_; }
  // The translation of key; the key itself when missing (visible, never a crash).
  const char* tr(std::string_view key) const;
  bool has(std::string_view key) const;
  std::vector<std::string> keys() const;

 private:
  Lang lang_ = Lang::en;
  std::unordered_map<std::string, std::string> map_;
  mutable std::unordered_map<std::string, std::string> missing_;
};

}  // namespace aims
