// Files in memory (src/core/memfile.h), which libxlsxwriter and minizip write through in the
// web build: what is written, sought and read back, and what a closed named file keeps.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "core/memfile.h"

using aims::memfile::take;

TEST_CASE("memfile: a temporary file reads back what was written, after seeking") {
  std::FILE* f = aims_memfile_tmp();
  REQUIRE(f != nullptr);
  CHECK(std::fputs("Prüfung 2026", f) >= 0);
  CHECK(std::fseek(f, 0, SEEK_END) == 0);
  CHECK(std::ftell(f) == 13);  // "ü" is two bytes
  CHECK(std::fseek(f, 0, SEEK_SET) == 0);
  char buf[32] = {};
  CHECK(std::fread(buf, 1, sizeof buf - 1, f) == 13);
  CHECK(std::string(buf) == "Prüfung 2026");
  // Overwriting in the middle keeps the rest.
  CHECK(std::fseek(f, 9, SEEK_SET) == 0);
  CHECK(std::fputs("19", f) >= 0);
  CHECK(std::fseek(f, 0, SEEK_SET) == 0);
  CHECK(std::fread(buf, 1, sizeof buf - 1, f) == 13);
  CHECK(std::string(buf, 13) == "Prüfung 1926");
  CHECK(std::fclose(f) == 0);
}

TEST_CASE("memfile: a named file is kept when closed, read by name, and taken once") {
  std::FILE* w = aims_memfile_open("book.xlsx", "wb");
  REQUIRE(w != nullptr);
  const std::string data("PK\x03\x04\0\x01\x02", 7);  // binary, with a zero byte
  CHECK(std::fwrite(data.data(), 1, data.size(), w) == data.size());
  // A write beyond the end (minizip seeks back and forth) leaves zeros between.
  CHECK(std::fseek(w, 10, SEEK_SET) == 0);
  CHECK(std::fputc('Z', w) == 'Z');
  CHECK(std::fclose(w) == 0);

  std::FILE* r = aims_memfile_open("book.xlsx", "rb");
  REQUIRE(r != nullptr);
  char buf[16] = {};
  CHECK(std::fread(buf, 1, sizeof buf, r) == 11);
  CHECK(std::fclose(r) == 0);

  std::string out;
  REQUIRE(take("book.xlsx", out));
  CHECK(out == data + std::string(3, '\0') + "Z");
  CHECK_FALSE(take("book.xlsx", out));                        // taken once
  CHECK(aims_memfile_open("book.xlsx", "rb") == nullptr);      // gone
  CHECK(aims_memfile_open("missing.zip", "rb") == nullptr);
}
