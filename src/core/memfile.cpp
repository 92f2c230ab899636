// fopencookie (glibc, and musl in Emscripten) is a GNU extension.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include "core/memfile.h"

#include <sys/types.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <memory>

namespace aims::memfile {
namespace {

struct File {
  std::string data;
  std::size_t pos = 0;
  std::string name;  // kept under this name when closed ("" = temporary)
};

std::map<std::string, std::string>& kept() {
  static std::map<std::string, std::string> files;
  return files;
}

ssize_t read_fn(void* c, char* buf, std::size_t n) {
  auto* f = static_cast<File*>(c);
  if (f->pos >= f->data.size()) return 0;
  n = std::min(n, f->data.size() - f->pos);
  std::memcpy(buf, f->data.data() + f->pos, n);
  f->pos += n;
  return static_cast<ssize_t>(n);
}

ssize_t write_fn(void* c, const char* buf, std::size_t n) {
  auto* f = static_cast<File*>(c);
  if (f->pos > f->data.size()) f->data.resize(f->pos);  // a seek past the end leaves zeros
  f->data.replace(f->pos, std::min(n, f->data.size() - f->pos), buf, n);
  f->pos += n;
  return static_cast<ssize_t>(n);
}

int seek_fn(void* c, off_t* off, int whence) {
  auto* f = static_cast<File*>(c);
  const off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? static_cast<off_t>(f->pos) : static_cast<off_t>(f->data.size());
  const off_t to = base + *off;
  if (to < 0) {
    errno = EINVAL;
    return -1;
  }
  f->pos = static_cast<std::size_t>(to);
  *off = to;
  return 0;
}

int close_fn(void* c) {
  std::unique_ptr<File> f(static_cast<File*>(c));
  if (!f->name.empty()) kept()[f->name] = std::move(f->data);
  return 0;
}

std::FILE* open(std::unique_ptr<File> f, const char* mode) {
  const cookie_io_functions_t io{read_fn, write_fn, seek_fn, close_fn};
  std::FILE* s = fopencookie(f.get(), mode, io);
  if (s) f.release();
  return s;
}

}  // namespace

bool take(const std::string& name, std::string& out) {
  auto it = kept().find(name);
  if (it == kept().end()) return false;
  out = std::move(it->second);
  kept().erase(it);
  return true;
}

}  // namespace aims::memfile

using namespace aims::memfile;

extern "C" std::FILE* aims_memfile_tmp(void) { return open(std::make_unique<File>(), "w+"); }

extern "C" std::FILE* aims_memfile_open(const char* name, const char* mode) {
  auto f = std::make_unique<File>();
  f->name = name ? name : "";
  if (std::strchr(mode, 'r') && !std::strchr(mode, '+')) {
    auto it = kept().find(f->name);
    if (it == kept().end()) {
      errno = ENOENT;
      return nullptr;
    }
    f->data = it->second;
    f->name.clear();  // reading leaves the kept file as it is
    return open(std::move(f), mode);
  }
  return open(std::move(f), mode);
}
