// Writing spreadsheets and archives: a Workbook (core/workbook.h) as .xlsx with libxlsxwriter,
// and several files as one ZIP with minizip (zlib's contrib, shipped with libxlsxwriter).
// Both libraries write to a file: a temporary one, read back and removed (in the browser, a
// file in memory: core/memfile.h).
#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>

#include "core/memfile.h"
#include "core/workbook.h"

namespace aims {

namespace {

#ifdef AIMS_MEMFILES
// The web build has no file system: libxlsxwriter and minizip write to a file in memory under
// this name (core/memfile.h), taken back by read().
struct TempFile {
  std::string path;
  TempFile() {
    static unsigned n = 0;
    path = "aims-" + std::to_string(++n);
  }
  ~TempFile() {
    std::string rest;
    memfile::take(path, rest);  // a file left by a failed write
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  std::string read() const {
    std::string out;
    memfile::take(path, out);
    return out;
  }
};
#else
// A fresh temporary file name (the file exists, empty, until the guard removes it).
// C stdio and $TMPDIR rather than <fstream>/<filesystem>: a file stream pulls libc++'s locale
// facets into the web build (about 50 KB of wasm) for one read of a temporary file.
struct TempFile {
  std::string path;
  TempFile() {
    const char* env = std::getenv("TMPDIR");
    std::string dir = env && *env ? env : "/tmp";
    if (dir.size() > 1 && dir.back() == '/') dir.pop_back();
    std::string tmpl = dir + "/aims-XXXXXX";
    int fd = mkstemp(tmpl.data());
    if (fd >= 0) {
      close(fd);
      path = tmpl;
    }
  }
  ~TempFile() {
    if (!path.empty()) std::remove(path.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  std::string read() const {
    std::string out;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return out;
    char buf[16384];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    std::fclose(f);
    return out;
  }
};
#endif

void set_error(std::string* error, std::string msg) {
  if (error) *error = std::move(msg);
}

// Fill colours of the risk levels (as the app's heat map: green, yellow, orange, red).
lxw_color_t level_colour(const std::string& level) {
  if (level == "low") return 0xC6EFCE;
  if (level == "medium") return 0xFFEB9C;
  if (level == "high") return 0xF8CBAD;
  if (level == "critical") return 0xFF8080;
  return LXW_COLOR_WHITE;
}

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* top = nullptr;   // every cell: top-aligned
  lxw_format* wrap = nullptr;  // long text
  lxw_format* date = nullptr;
  lxw_format* text = nullptr;  // "@": what is typed stays text (ids such as 4.1)
  std::map<std::string, lxw_format*> levels;
};

Formats make_formats(lxw_workbook* wb, const std::string& lang) {
  Formats f;
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_font_color(f.header, LXW_COLOR_WHITE);
  format_set_bg_color(f.header, 0x1F4E79);
  format_set_pattern(f.header, LXW_PATTERN_SOLID);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(f.header, LXW_BORDER_THIN);
  f.top = workbook_add_format(wb);
  format_set_align(f.top, LXW_ALIGN_VERTICAL_TOP);
  f.wrap = workbook_add_format(wb);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap(f.wrap);
  f.date = workbook_add_format(wb);
  format_set_align(f.date, LXW_ALIGN_VERTICAL_TOP);
  format_set_align(f.date, LXW_ALIGN_LEFT);
  format_set_num_format(f.date, lang == "de" ? "dd.mm.yyyy" : "yyyy-mm-dd");
  f.text = workbook_add_format(wb);
  format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
  format_set_num_format(f.text, "@");
  for (const char* level : {"low", "medium", "high", "critical"}) {
    lxw_format* x = workbook_add_format(wb);
    format_set_align(x, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(x, level_colour(level));
    format_set_pattern(x, LXW_PATTERN_SOLID);
    f.levels[level] = x;
  }
  return f;
}

lxw_error write_sheet(lxw_workbook* wb, const Formats& f, const WbSheet& s) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, s.name.c_str());
  if (!ws) return LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED;
  const auto ncols = static_cast<lxw_col_t>(s.columns.size());
  const auto last_row = static_cast<lxw_row_t>(s.rows.size());
  for (lxw_col_t c = 0; c < ncols; ++c) {
    const WbColumn& col = s.columns[c];
    worksheet_set_column(ws, c, c, col.width, col.wrap ? f.wrap : f.top);
    worksheet_write_string(ws, 0, c, col.header.c_str(), f.header);
  }
  for (lxw_row_t r = 0; r < last_row; ++r) {
    const auto& row = s.rows[r];
    for (lxw_col_t c = 0; c < ncols && c < row.size(); ++c) {
      const WbCell& x = row[c];
      lxw_format* fmt = s.columns[c].wrap ? f.wrap : f.top;
      if (!x.level.empty()) {
        auto it = f.levels.find(x.level);
        if (it != f.levels.end()) fmt = it->second;
      }
      lxw_error e = LXW_NO_ERROR;
      switch (x.kind) {
        case WbCell::Kind::empty: break;
        case WbCell::Kind::text: e = worksheet_write_string(ws, r + 1, c, x.text.c_str(), fmt); break;
        case WbCell::Kind::number: e = worksheet_write_number(ws, r + 1, c, x.number, fmt); break;
        case WbCell::Kind::boolean: e = worksheet_write_boolean(ws, r + 1, c, x.number != 0, fmt); break;
        case WbCell::Kind::date: {
          lxw_datetime d{};
          d.year = std::stoi(x.text.substr(0, 4));
          d.month = std::stoi(x.text.substr(5, 2));
          d.day = std::stoi(x.text.substr(8, 2));
          e = worksheet_write_datetime(ws, r + 1, c, &d, f.date);
          break;
        }
      }
      if (e != LXW_NO_ERROR) return e;
    }
  }
  if (s.header_styled && ncols > 0) {
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, last_row, static_cast<lxw_col_t>(ncols - 1));
  }
  for (lxw_col_t c = 0; c < ncols; ++c) {
    if (!s.columns[c].maturity || last_row == 0) continue;
    // libxlsxwriter takes char** (it does not write through it).
    static char l0[] = "0", l1[] = "1", l2[] = "2", l3[] = "3", l4[] = "4", l5[] = "5";
    static char* levels[] = {l0, l1, l2, l3, l4, l5, nullptr};
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST;
    v.value_list = levels;
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    lxw_error e = worksheet_data_validation_range(ws, 1, c, last_row, c, &v);
    if (e != LXW_NO_ERROR) return e;
  }
  return LXW_NO_ERROR;
}

}  // namespace

std::string render_xlsx(const Workbook& wb, std::string* error) {
  TempFile tmp;
  if (tmp.path.empty()) {
    set_error(error, "cannot create a temporary file");
    return {};
  }
  lxw_workbook_options opt{};
  lxw_workbook* book = workbook_new_opt(tmp.path.c_str(), &opt);
  if (!book) {
    set_error(error, "cannot start the workbook");
    return {};
  }
  std::string title = wb.title, subject = wb.subject;  // libxlsxwriter takes char*
  lxw_doc_properties props{};
  props.title = title.data();
  props.subject = subject.data();
  workbook_set_properties(book, &props);
  workbook_set_custom_property_string(book, "Language", wb.lang.c_str());
  const Formats f = make_formats(book, wb.lang);
  for (const auto& s : wb.sheets) {
    if (lxw_error e = write_sheet(book, f, s); e != LXW_NO_ERROR) {
      workbook_close(book);
      set_error(error, "sheet '" + s.name + "': " + lxw_strerror(e));
      return {};
    }
  }
  if (lxw_error e = workbook_close(book); e != LXW_NO_ERROR) {
    set_error(error, lxw_strerror(e));
    return {};
  }
  return tmp.read();
}

std::string zip_files(const std::vector<std::pair<std::string, std::string>>& files, std::string* error) {
  TempFile tmp;
  if (tmp.path.empty()) {
    set_error(error, "cannot create a temporary file");
    return {};
  }
  zipFile z = zipOpen(tmp.path.c_str(), APPEND_STATUS_CREATE);
  if (!z) {
    set_error(error, "cannot start the archive");
    return {};
  }
  bool ok = true;
  // Every entry dated now (UTC), as a ZIP tool would.
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  for (const auto& [name, data] : files) {
    zip_fileinfo info{};
    info.tmz_date.tm_sec = static_cast<uInt>(tm.tm_sec);
    info.tmz_date.tm_min = static_cast<uInt>(tm.tm_min);
    info.tmz_date.tm_hour = static_cast<uInt>(tm.tm_hour);
    info.tmz_date.tm_mday = static_cast<uInt>(tm.tm_mday);
    info.tmz_date.tm_mon = static_cast<uInt>(tm.tm_mon);
    info.tmz_date.tm_year = static_cast<uInt>(tm.tm_year + 1900);
    // Names are UTF-8: general purpose bit 11.
    ok = zipOpenNewFileInZip4(z, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                              Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0,
                              0, 1 << 11) == ZIP_OK &&
         zipWriteInFileInZip(z, data.data(), static_cast<unsigned>(data.size())) == ZIP_OK &&
         zipCloseFileInZip(z) == ZIP_OK;
    if (!ok) break;
  }
  if (zipClose(z, nullptr) != ZIP_OK || !ok) {
    set_error(error, "cannot write the archive");
    return {};
  }
  return tmp.read();
}

}  // namespace aims
