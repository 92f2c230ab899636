// Files in memory, for the web build, which has no file system (-sFILESYSTEM=0 saves about
// 10 KB of JavaScript in the download). libxlsxwriter and minizip write through C stdio: in the
// web build their tmpfile() and fopen() are these functions (cmake/xlsx.cmake), and
// core/xlsx.cpp reads what they wrote by name with memfile::take(). The native build writes
// real temporary files instead (Debian's libxlsxwriter cannot be redirected).
#pragma once
#include <cstdio>
#include <string>

extern "C" {
// A temporary file: readable, writable and seekable; its memory is freed when it is closed.
std::FILE* aims_memfile_tmp(void);
// A named file: "w" modes create it (empty) and keep it under its name when it is closed;
// "r" modes read a kept one (null, with errno ENOENT, when there is none).
std::FILE* aims_memfile_open(const char* name, const char* mode);
}

namespace aims::memfile {
// Moves a kept file's contents into `out` and forgets it; false when there is none.
bool take(const std::string& name, std::string& out);
}  // namespace aims::memfile
