// Soft line breaks of the multi-line text fields (src/app/wrap_rows.h): where rows end for a
// given width, with made-up character widths.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "app/wrap_rows.h"

namespace {

using aims::app::wrap::row_count;
using aims::app::wrap::row_end;

// Every character is 1 wide, except 'W' (2) and 'i' (0.5).
float advance(char32_t c) { return c == U'W' ? 2.0f : c == U'i' ? 0.5f : 1.0f; }

std::vector<std::u32string> rows(const std::u32string& t, float width) {
  std::vector<std::u32string> out;
  const int len = static_cast<int>(t.size());
  for (int i = 0; i < len;) {
    const int e = row_end(t.data(), i, len, width, advance);
    REQUIRE(e > i);  // every row has a character
    out.push_back(t.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(e - i)));
    i = e;
  }
  return out;
}

}  // namespace

TEST_CASE("wrap: rows end before the word that would not fit; blanks stay with the word before") {
  CHECK(rows(U"aaa bbb ccc", 7) == std::vector<std::u32string>{U"aaa bbb ", U"ccc"});
  CHECK(rows(U"abcd efgh", 4) == std::vector<std::u32string>{U"abcd ", U"efgh"});
  CHECK(rows(U"Prüfung für Änderungen", 12) == std::vector<std::u32string>{U"Prüfung für ", U"Änderungen"});
  // Several blanks hang at the row's end; the next row starts with the next word.
  CHECK(rows(U"ab    cd", 3) == std::vector<std::u32string>{U"ab    ", U"cd"});
  // Text that fits is one row.
  CHECK(rows(U"kurz", 10) == std::vector<std::u32string>{U"kurz"});
}

TEST_CASE("wrap: a word wider than the row is broken between letters, never into empty rows") {
  CHECK(rows(U"abcdefghij", 4) == std::vector<std::u32string>{U"abcd", U"efgh", U"ij"});
  CHECK(rows(U"ab Datenschutzbeauftragter", 6) ==
        std::vector<std::u32string>{U"ab ", U"Datens", U"chutzb", U"eauftr", U"agter"});
  // No room at all: one character per row.
  CHECK(rows(U"abc", 0) == std::vector<std::u32string>{U"a", U"b", U"c"});
}

TEST_CASE("wrap: a line break ends its row and belongs to it") {
  CHECK(rows(U"ab\ncd", 10) == std::vector<std::u32string>{U"ab\n", U"cd"});
  CHECK(rows(U"ab\n\ncd", 10) == std::vector<std::u32string>{U"ab\n", U"\n", U"cd"});
  CHECK(rows(U"aaa bbb\nc", 5) == std::vector<std::u32string>{U"aaa ", U"bbb\n", U"c"});
}

TEST_CASE("wrap: widths of the characters count, not their number") {
  CHECK(rows(U"WWW ii", 8) == std::vector<std::u32string>{U"WWW ii"});  // 6 + 1 + 0.5 + 0.5
  CHECK(rows(U"WWW iiiii", 8) == std::vector<std::u32string>{U"WWW ", U"iiiii"});
  float width = -1.0f, ink = -1.0f;
  const std::u32string t = U"WW ab  cd";
  CHECK(row_end(t.data(), 0, static_cast<int>(t.size()), 8.0f, advance, &width, &ink) == 7);
  CHECK(width == doctest::Approx(9.0));  // "WW ab  " with its blanks
  CHECK(ink == doctest::Approx(7.0));    // what shows: "WW ab"
}

TEST_CASE("wrap: the row count includes the empty row after a final line break") {
  auto count = [](const std::u32string& t, float w) { return row_count(t.data(), static_cast<int>(t.size()), w, advance); };
  CHECK(count(U"", 10) == 1);
  CHECK(count(U"abc", 10) == 1);
  CHECK(count(U"abc\n", 10) == 2);
  CHECK(count(U"aaa bbb ccc", 7) == 2);
  CHECK(count(U"aaa bbb ccc\nd", 7) == 3);
}
