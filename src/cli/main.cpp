// aims: the command-line face of the core (classify, validate, ...). Links only aims_core.
// Exit status: 0 success, 2 bad input or usage, 1 internal error.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/batch.h"
#include "core/catalog.h"
#include "core/changes.h"
#include "core/classify.h"
#include "core/json_write.h"
#include "core/legal_basis.h"
#include "core/project.h"
#include "core/assess.h"
#include "core/compliance.h"
#include "core/iso.h"
#include "core/report.h"
#include "core/drafts.h"
#include "core/workbook.h"
#include <ctime>
#include <filesystem>

namespace {

constexpr int kOk = 0;
constexpr int kBadInput = 2;
constexpr int kInternal = 1;

// Words wrapped into the description column of the usage (33 spaces in, up to 94 characters).
std::string wrap_description(const std::string& text) {
  std::string o;
  const std::string indent(33, ' ');
  std::string line;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    if (!line.empty() && indent.size() + line.size() + 1 + word.size() > 94) {
      o += indent + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    start = end + 1;
  }
  if (!line.empty()) o += indent + line + "\n";
  return o;
}

// The report formats and tables (core/report.h) in the usage text: `--format` lists every row of
// report_formats(), and each row's help is part of the description.
std::string report_usage() {
  std::string tables;
  for (const auto& t : aims::report_csv_tables()) tables += (tables.empty() ? "" : "|") + t;
  std::string o = "  aims report FILE --format " + aims::report_format_names("|", "|") + " [--table " + tables +
                  "] [--lang en|de]\n              [--as-of YYYY-MM-DD] [--out PATH]\n";
  std::string text =
      "the reports for the auditor: gap analysis, Statement of Applicability, risk register, AI system inventory.";
  std::vector<const aims::ReportFormat*> formats;
  for (const auto& f : aims::report_formats()) {
    if (!f.is_export) formats.push_back(&f);
  }
  for (std::size_t i = 0; i < formats.size(); ++i) {
    const aims::ReportFormat& f = *formats[i];
    text += std::string(i == 0 ? " " : "; ") + f.id + ": " + f.help;
    if (f.per_table) text += std::string(", or every table as DIR/<table>") + f.extension + " with --out DIR";
  }
  return o + wrap_description(text);
}

// The exports (the rows of aims::report_formats() marked is_export), words wrapped like the reports'.
std::string export_usage() {
  std::string o = "  aims export FILE --format " + aims::report_format_names("|", "|", true) +
                  " --out PATH [--lang en|de]\n              [--as-of YYYY-MM-DD]\n";
  std::string text = "files for other tools, written to PATH (a file is replaced only once it is complete).";
  bool first = true;
  for (const auto& f : aims::report_formats()) {
    if (!f.is_export) continue;
    text += std::string(first ? " " : "; ") + f.id + ": " + f.help;
    first = false;
  }
  return o + wrap_description(text);
}

// The drafts (aims::draft_kinds()) and their formats (aims::draft_formats()).
std::string draft_usage() {
  std::string ids, fmts;
  for (const auto& k : aims::draft_kinds()) ids += (ids.empty() ? "" : ", ") + std::string(k.id);
  for (const auto& f : aims::draft_formats()) fmts += (fmts.empty() ? "" : "|") + std::string(f.id);
  std::string o = "  aims draft FILE --doc ID|all --format " + fmts +
                  " --out PATH [--lang en|de]\n              [--as-of YYYY-MM-DD] [--record]\n";
  std::string text =
      "document drafts pre-filled from the project, every gap marked and counted (on standard error). ID: " + ids +
      ". A draft that does not apply (no system needs it) is an error for one --doc and left out of all. --doc "
      "all: --out names a directory, or one ZIP when it ends in .zip. --record adds or updates each draft's entry "
      "in the documents register of FILE (status draft); without it FILE is not changed.";
  for (const auto& f : aims::draft_formats()) text += std::string(" ") + f.id + ": " + f.help + ";";
  text.back() = '.';
  return o + wrap_description(text);
}

std::string help_text() {
  return std::string(
    "aims - EU AI Act classification and ISO/IEC 42001 readiness (offline)\n"
    "\n"
    "Usage:\n"
    "  aims classify FILE [options]   classify a profile, a list of profiles or a project (JSON);\n"
    "                                 FILE '-' reads standard input\n"
    "  aims validate FILE             check a project file (every problem with its JSON path);\n"
    "                                 older inputs (a profile, a list of profiles) are migrated\n"
    "  aims assess FILE [--lang en|de] [--as-of YYYY-MM-DD]\n"
    "                                 ISO/IEC 42001 gap assessment of a project: clauses, controls,\n"
    "                                 Statement of Applicability, readiness, advice, roadmap (JSON)\n") +
    report_usage() + export_usage() + draft_usage() +
    "  aims catalog [--check] [--sources [--json] [--lang en|de]]\n"
    "                                 print the AI Act catalog summary (or check it); --sources:\n"
    "                                 every source with its status and how many entries rest on\n"
    "                                 it, the legal status date, what rests on secondary sources\n"
    "                                 and what is unverified\n"
    "  aims --help | --version\n"
    "\n"
    "Options for classify:\n"
    "  --lang en|de        language of titles and reasons (default en)\n"
    "  --as-enacted        use the dates of Reg. (EU) 2024/1689 as enacted instead of as amended\n"
    "                      by Reg. (EU) 2026/1744\n"
    "  --as-of YYYY-MM-DD  list the deadlines still ahead of this date (default: legal status date)\n"
    "  --turnover EUR      worldwide annual turnover, for the maximum fine per tier (Art. 99)\n"
    "  --sme               the company is an SME or start-up (Art. 99(6): the lower amount applies\n"
    "                      to every tier)\n"
    "  --small-midcap      the company is a small mid-cap (Art. 99(6a) as amended: the lower amount\n"
    "                      applies to Art. 99(4) and (5) only, not to Art. 5 breaches): not an SME,\n"
    "                      fewer than 750 employees, turnover <= EUR 150 m or balance sheet total\n"
    "                      <= EUR 129 m (Commission Recommendation (EU) 2025/1099). Not with --sme\n"
    "  --compact           one line of JSON\n"
    "  --changes           for a project: compare each system's result with the one the user\n"
    "                      acknowledged (systems[].acknowledged), after a change of the law or the\n"
    "                      catalog: status unchanged | changed | not_acknowledged, and every change\n"
    "                      with the catalog entry it concerns, old and new value\n"
    "\n"
    "Options for assess, report and export:\n"
    "  --lang en|de        language of the labels and texts (default en)\n"
    "  --as-of YYYY-MM-DD  date of the assessment (default: today, UTC)\n"
    "  --out PATH          report: write to PATH instead of standard output; export: the file\n"
    "                      (xlsx) or the directory (ciso-assistant) to write\n"
    "\n"
    "Exit status: 0 success, 2 invalid input or usage (one message on standard error naming\n"
    "the file, the field and, for broken JSON, line and column), 1 internal error.\n";
}

bool read_input(const std::string& file, std::string& out) {
  if (file == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    out = ss.str();
    return true;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

int usage(const std::string& msg) {
  std::fprintf(stderr, "aims: %s\nTry 'aims --help'.\n", msg.c_str());
  return kBadInput;
}

// The value of the option args[i] (i moves on to it), or nullptr after the usage message when
// the option is the last argument.
const std::string* option_value(const std::vector<std::string>& args, std::size_t& i) {
  if (i + 1 >= args.size()) {
    usage(args[i] + " needs a value");
    return nullptr;
  }
  return &args[++i];
}

// The values of --lang and --as-of, checked alike for every command; false after the usage message.
bool lang_option(const std::string& v, aims::Lang& lang) {
  if (v != "en" && v != "de") {
    usage("--lang must be en or de");
    return false;
  }
  lang = aims::lang_from_code(v);
  return true;
}

bool date_option(const std::string& v, std::string& date) {
  if (!aims::valid_iso_date(v)) {
    usage("--as-of needs a date as YYYY-MM-DD");
    return false;
  }
  date = v;
  return true;
}

// --lang, --as-of and --out, alike for `report` and `export`: 1 when args[i] was one of them
// (i moves past its value), 0 when it is none of them, -1 after the usage message.
int output_option(const std::vector<std::string>& args, std::size_t& i, aims::AssessOptions& opt, std::string& out) {
  const std::string& a = args[i];
  if (a != "--lang" && a != "--as-of" && a != "--out") return 0;
  const std::string* v = option_value(args, i);
  if (!v) return -1;
  if (a == "--lang") return lang_option(*v, opt.lang) ? 1 : -1;
  if (a == "--as-of") return date_option(*v, opt.as_of) ? 1 : -1;
  if (v->empty()) {
    usage("--out needs a path");
    return -1;
  }
  out = *v;
  return 1;
}

// What a command needs of load_project_file and what it shows on standard error besides the
// errors (each command has always shown these, and only these).
struct ProjectFileUse {
  bool iso = false;         // the ISO/IEC 42001 catalog too
  bool migrations = false;  // "FILE: migrated: ..."
  bool warnings = false;    // "FILE: warning: ..."
  bool count = false;       // "FILE: invalid: N problems" after the errors
};

struct ProjectFile {
  const aims::Catalog* cat = nullptr;
  const aims::IsoCatalog* iso = nullptr;  // set when use.iso
  aims::OrderedJson doc;
};

// validate, assess and report: loads the embedded catalogs, reads FILE ('-': standard input)
// and loads it as a project, printing every problem on standard error. Returns kOk with out
// filled, or the exit status.
int load_project_file(const std::string& file, const ProjectFileUse& use, ProjectFile& out) {
  out.cat = aims::ai_act_catalog();
  if (use.iso) out.iso = aims::iso_catalog();
  if (!out.cat || (use.iso && !out.iso)) {
    std::fprintf(stderr, "aims: internal error: %s\n",
                 use.iso ? "an embedded catalog does not load" : "the embedded AI Act catalog does not load");
    return kInternal;
  }
  std::string text;
  if (!read_input(file, text)) {
    std::fprintf(stderr, "%s: cannot read file\n", file.c_str());
    return kBadInput;
  }
  aims::ProjectLoad l = aims::load_project(text, file, *out.cat);
  if (use.migrations) {
    for (const auto& m : l.migrations) std::fprintf(stderr, "%s: migrated: %s\n", file.c_str(), m.c_str());
  }
  if (use.warnings) {
    for (const auto& w : l.warnings) std::fprintf(stderr, "%s: warning: %s\n", file.c_str(), w.c_str());
  }
  if (!l.doc) {
    for (const auto& e : l.errors) std::fprintf(stderr, "%s\n", e.to_string().c_str());
    if (use.count) {
      std::fprintf(stderr, "%s: invalid: %zu problem%s\n", file.c_str(), l.errors.size(),
                   l.errors.size() == 1 ? "" : "s");
    }
    return kBadInput;
  }
  out.doc = std::move(*l.doc);
  return kOk;
}

int cmd_classify(const std::vector<std::string>& args) {
  aims::ClassifyOptions opt;
  std::string file;
  bool compact = false, changes = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--lang") {
      const std::string* v = option_value(args, i);
      if (!v || !lang_option(*v, opt.lang)) return kBadInput;
    } else if (a == "--as-enacted") {
      opt.basis = aims::DateBasis::enacted;
    } else if (a == "--as-of") {
      const std::string* v = option_value(args, i);
      if (!v || !date_option(*v, opt.as_of)) return kBadInput;
    } else if (a == "--turnover") {
      const std::string* v = option_value(args, i);
      if (!v) return kBadInput;
      char* end = nullptr;
      double t = std::strtod(v->c_str(), &end);
      if (end == v->c_str() || *end != '\0' || t < 0) return usage("--turnover needs a number of euros");
      if (!opt.company) opt.company = aims::Company{};
      opt.company->turnover_eur = t;
    } else if (a == "--sme" || a == "--small-midcap") {
      if (!opt.company) opt.company = aims::Company{};
      (a == "--sme" ? opt.company->sme : opt.company->small_midcap) = true;
      if (opt.company->sme && opt.company->small_midcap) {
        return usage("--sme and --small-midcap exclude each other: a small mid-cap is by definition not an SME");
      }
    } else if (a == "--compact") {
      compact = true;
    } else if (a == "--changes") {
      changes = true;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return usage("unknown option " + a);
    } else if (file.empty()) {
      file = a;
    } else {
      return usage("classify takes one FILE");
    }
  }
  if (file.empty()) return usage("classify needs a FILE (or - for standard input)");
  const aims::Catalog* cat = aims::ai_act_catalog();
  if (!cat) {
    std::fprintf(stderr, "aims: internal error: the embedded AI Act catalog does not load\n");
    return kInternal;
  }
  std::string text;
  if (!read_input(file, text)) {
    std::fprintf(stderr, "%s: cannot read file\n", file.c_str());
    return kBadInput;
  }
  aims::InputError err;
  auto batch = aims::read_profiles(text, file, *cat, err);
  if (!batch) {
    std::fprintf(stderr, "%s\n", err.to_string().c_str());
    return kBadInput;
  }
  if (changes) {
    // What changed since the results the user acknowledged (systems[i].acknowledged).
    if (batch->shape != aims::ProfileBatch::Shape::project) {
      return usage("--changes compares a project's acknowledged results: FILE must be a project");
    }
    auto doc = aims::parse_ordered_json(text, file, err);
    if (!doc) {
      std::fprintf(stderr, "%s\n", err.to_string().c_str());
      return kBadInput;
    }
    aims::OrderedJson list = aims::OrderedJson::array();
    const aims::OrderedJson& systems = (*doc)["systems"];
    for (std::size_t i = 0; i < batch->profiles.size(); ++i) {
      const aims::Profile& p = batch->profiles[i];
      std::optional<aims::ResultSnapshot> ack;
      if (i < systems.size() && systems[i].contains("acknowledged") && !systems[i]["acknowledged"].is_null()) {
        ack = aims::snapshot_from_json(systems[i]["acknowledged"], file,
                                       aims::ptr_join(aims::ptr_join("/systems", i), "acknowledged"), err);
        if (!ack) {
          std::fprintf(stderr, "%s\n", err.to_string().c_str());
          return kBadInput;
        }
      }
      const aims::ResultSnapshot now = aims::snapshot(aims::classify(p, *cat, opt), *cat);
      list.push_back(aims::changes_json(p.id, ack, now, *cat, opt.lang));
    }
    const std::string s = compact ? list.dump(-1, ' ', false, aims::OrderedJson::error_handler_t::replace)
                                  : list.dump(2, ' ', false, aims::OrderedJson::error_handler_t::replace);
    std::fwrite(s.data(), 1, s.size(), stdout);
    std::fputc('\n', stdout);
    return kOk;
  }
  // Written straight into one buffer (about 4 KB per classification compact, 6 KB indented).
  std::string s;
  s.reserve(batch->profiles.size() * (compact ? 4096 : 6144));
  aims::JsonWriter out(s, compact ? -1 : 2);
  if (batch->shape == aims::ProfileBatch::Shape::single) {
    aims::write_json(out, aims::classify(batch->profiles[0], *cat, opt));
  } else {
    // A project's sector notes its rules on the obligations (a financial institution's
    // Arts. 17(4), 18(3), 19(2), 26(5)), as every screen shows them.
    std::string sector;
    if (batch->shape == aims::ProfileBatch::Shape::project) {
      if (auto doc = aims::parse_ordered_json(text, file, err)) {
        sector = aims::string_field(aims::member(*doc, "organisation"), "sector");
      }
    }
    out.begin_array();
    for (const auto& p : batch->profiles) {
      aims::Classification c = aims::classify(p, *cat, opt);
      aims::note_sector_rules(c, sector, opt.lang);
      aims::write_json(out, c);
    }
    out.end_array();
  }
  out.finish();
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fputc('\n', stdout);
  return kOk;
}

int cmd_validate(const std::vector<std::string>& args) {
  if (args.size() != 1) return usage("validate takes one FILE (or - for standard input)");
  const std::string& file = args[0];
  ProjectFile p;
  if (int rc = load_project_file(file, {.migrations = true, .warnings = true, .count = true}, p); rc != kOk) return rc;
  const aims::OrderedJson& d = p.doc;
  auto count = [&](const char* k) { return d.contains(k) && d[k].is_array() ? d[k].size() : std::size_t{0}; };
  std::printf("%s: valid aims-project version %d: \"%s\", %zu AI systems, %zu risks, %zu documents, %zu tasks\n",
              file.c_str(), d["version"].get<int>(), aims::project_name(d).c_str(), count("systems"), count("risks"),
              count("documents"), count("tasks"));
  return kOk;
}

std::string today_utc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

int cmd_assess(const std::vector<std::string>& args) {
  std::string file;
  aims::AssessOptions opt;
  opt.as_of = today_utc();
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--lang" && i + 1 < args.size()) {
      if (!lang_option(args[++i], opt.lang)) return kBadInput;
    } else if (a == "--as-of" && i + 1 < args.size()) {
      if (!date_option(args[++i], opt.as_of)) return kBadInput;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return usage("unknown option " + a);
    } else if (file.empty()) {
      file = a;
    } else {
      return usage("assess takes one FILE");
    }
  }
  if (file.empty()) return usage("assess needs a project FILE (or - for standard input)");
  ProjectFile p;
  if (int rc = load_project_file(file, {.iso = true}, p); rc != kOk) return rc;
  aims::Assessment a = aims::assess(p.doc, *p.cat, *p.iso, opt);
  std::string out = aims::to_json(a, opt.lang).dump(2, ' ', false, aims::OrderedJson::error_handler_t::replace);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return kOk;
}

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return false;
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  return static_cast<bool>(out);
}

// aims report: the gap analysis, SoA, risk register and inventory in one of the formats of
// aims::report_formats() (HTML, Markdown, CSV, ...).
int cmd_report(const std::vector<std::string>& args) {
  std::string file, table, out;
  const aims::ReportFormat* format = nullptr;
  aims::AssessOptions opt;
  opt.as_of = today_utc();
  const std::vector<std::string> tables = aims::report_csv_tables();
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--format") {
      const std::string* v = option_value(args, i);
      if (!v) return kBadInput;
      format = aims::find_report_format(*v);
      if (!format || format->is_export) {
        return usage("--format must be " + aims::report_format_names(", ", " or ") +
                     (format ? std::string(" (") + format->id + " is made by 'aims export')" : std::string()));
      }
    } else if (a == "--table") {
      const std::string* v = option_value(args, i);
      if (!v) return kBadInput;
      if (std::find(tables.begin(), tables.end(), *v) == tables.end()) {
        return usage("--table must be soa, gaps, risks or inventory");
      }
      table = *v;
    } else if (const int o = output_option(args, i, opt, out); o != 0) {
      if (o < 0) return kBadInput;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return usage("unknown option " + a);
    } else if (file.empty()) {
      file = a;
    } else {
      return usage("report takes one FILE");
    }
  }
  if (file.empty()) return usage("report needs a project FILE (or - for standard input)");
  if (!format) return usage("report needs --format " + aims::report_format_names(", ", " or "));
  if (!table.empty() && !format->per_table) {
    std::string with;
    for (const auto& f : aims::report_formats()) {
      if (f.per_table) with += (with.empty() ? "" : " or ") + std::string(f.id);
    }
    return usage("--table goes with --format " + with);
  }
  if (format->per_table && table.empty() && out.empty()) {
    std::string names;
    for (const auto& t : tables) names += (names.empty() ? "" : "|") + t;
    return usage(std::string("--format ") + format->id + " needs --table " + names + ", or --out DIR to write all " +
                 (tables.size() == 4 ? std::string("four") : std::to_string(tables.size())) + " tables");
  }
  ProjectFile p;
  if (int rc = load_project_file(file, {.iso = true, .warnings = true, .count = true}, p); rc != kOk) return rc;
  const aims::Catalog& cat = *p.cat;
  const aims::IsoCatalog& iso = *p.iso;
  const aims::OrderedJson& doc = p.doc;
  const aims::Assessment a = aims::assess(doc, cat, iso, opt);
  const aims::ReportInput in{doc, a, cat, iso, opt.lang};

  if (format->per_table && table.empty()) {  // every table into the directory --out
    std::error_code ec;
    if (std::filesystem::exists(out, ec) && !std::filesystem::is_directory(out, ec)) {
      return usage("--out " + out + " is a file; without --table it names a directory for the four tables");
    }
    std::filesystem::create_directories(out, ec);
    if (ec) {
      std::fprintf(stderr, "%s: cannot create directory: %s\n", out.c_str(), ec.message().c_str());
      return kBadInput;
    }
    for (const auto& t : tables) {
      const std::string path = (std::filesystem::path(out) / (t + format->extension)).string();
      if (!write_file(path, format->render(in, t))) {
        std::fprintf(stderr, "%s: cannot write file\n", path.c_str());
        return kBadInput;
      }
      std::printf("%s\n", path.c_str());
    }
    return kOk;
  }
  const std::string report = format->render(in, table);
  if (out.empty()) {
    std::fwrite(report.data(), 1, report.size(), stdout);
    return kOk;
  }
  if (!write_file(out, report)) {
    std::fprintf(stderr, "%s: cannot write file\n", out.c_str());
    return kBadInput;
  }
  return kOk;
}

// Writes data to path completely or not at all: into a temporary file beside it (same
// directory, so the rename stays on one file system), then renamed over it. On failure the
// temporary file is removed and why is in `why`.
bool write_file_atomic(const std::filesystem::path& path, const std::string& data, std::string& why) {
  std::filesystem::path tmp = path;
  tmp += ".tmp-" + std::to_string(static_cast<long>(getpid()));
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      why = std::strerror(errno);
      return false;
    }
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.flush();
    if (!out) {
      why = std::strerror(errno);
      out.close();
      std::error_code ec;
      std::filesystem::remove(tmp, ec);
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    why = ec.message();
    std::filesystem::remove(tmp, ec);
    return false;
  }
  return true;
}

// Writes files (name and bytes) into the directory out_dir, which is created when missing: each
// file completely or not at all (write_file_atomic), its path printed once it is written.
// kOk, or kBadInput after the message when the directory cannot be made or a file not written
// (the files before it stay written).
int write_files(const std::string& out_dir, const std::vector<std::pair<std::string, std::string>>& files) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) {
    std::fprintf(stderr, "%s: cannot create directory: %s\n", out_dir.c_str(), ec.message().c_str());
    return kBadInput;
  }
  std::string why;
  for (const auto& [name, data] : files) {
    const std::filesystem::path path = std::filesystem::path(out_dir) / name;
    if (!write_file_atomic(path, data, why)) {
      std::fprintf(stderr, "%s: cannot write file: %s\n", path.string().c_str(), why.c_str());
      return kBadInput;
    }
    std::printf("%s\n", path.string().c_str());
  }
  return kOk;
}

// aims export: a file for another tool (the rows of aims::report_formats() marked is_export):
// one file at --out, or, for an export of several files, each into the directory --out.
int cmd_export(const std::vector<std::string>& args) {
  std::string file, out;
  const aims::ReportFormat* format = nullptr;
  aims::AssessOptions opt;
  opt.as_of = today_utc();
  const std::string names = aims::report_format_names(", ", " or ", true);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--format") {
      const std::string* v = option_value(args, i);
      if (!v) return kBadInput;
      format = aims::find_report_format(*v);
      if (!format || !format->is_export) {
        return usage("--format must be " + names +
                     (format ? std::string(" (") + format->id + " is made by 'aims report')" : std::string()));
      }
    } else if (const int o = output_option(args, i, opt, out); o != 0) {
      if (o < 0) return kBadInput;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return usage("unknown option " + a);
    } else if (file.empty()) {
      file = a;
    } else {
      return usage("export takes one FILE");
    }
  }
  if (file.empty()) return usage("export needs a project FILE (or - for standard input)");
  if (!format) return usage("export needs --format " + names);
  if (out.empty()) return usage(std::string("export needs --out ") + (format->files ? "DIR" : "PATH"));
  ProjectFile p;
  if (int rc = load_project_file(file, {.iso = true, .warnings = true, .count = true}, p); rc != kOk) return rc;
  const aims::Assessment a = aims::assess(p.doc, *p.cat, *p.iso, opt);
  const aims::ReportInput in{p.doc, a, *p.cat, *p.iso, opt.lang};
  std::error_code ec;
  std::string why;
  if (!format->files) {
    if (std::filesystem::is_directory(out, ec)) return usage("--out " + out + " is a directory; it names the file to write");
    const std::string data = format->render(in, "");
    if (data.empty()) {
      std::fprintf(stderr, "aims: internal error: the %s file could not be made\n", format->id);
      return kInternal;
    }
    if (!write_file_atomic(out, data, why)) {
      std::fprintf(stderr, "%s: cannot write file: %s\n", out.c_str(), why.c_str());
      return kBadInput;
    }
    std::printf("%s\n", out.c_str());
    return kOk;
  }
  if (std::filesystem::exists(out, ec) && !std::filesystem::is_directory(out, ec)) {
    return usage("--out " + out + " is a file; for --format " + format->id + " it names a directory");
  }
  const auto files = format->files(in);
  for (const auto& [name, data] : files) {
    if (data.empty()) {
      std::fprintf(stderr, "aims: internal error: %s could not be made\n", name.c_str());
      return kInternal;
    }
  }
  return write_files(out, files);
}

// aims draft: document drafts pre-filled from the project (core/drafts.h) in one of the
// formats of aims::draft_formats(): one draft to the file --out, or all that apply into the
// directory --out (or one ZIP when --out ends in .zip). The input is changed only with --record.
int cmd_draft(const std::vector<std::string>& args) {
  std::string file, out, doc_id;
  bool record = false;
  const aims::DraftFormat* format = nullptr;
  aims::AssessOptions opt;
  opt.as_of = today_utc();
  std::string ids;
  for (const auto& k : aims::draft_kinds()) ids += (ids.empty() ? "" : ", ") + std::string(k.id);
  std::string fmts;
  for (const auto& f : aims::draft_formats()) fmts += (fmts.empty() ? "" : ", ") + std::string(f.id);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--doc") {
      const std::string* v = option_value(args, i);
      if (!v) return kBadInput;
      if (*v != "all" && !aims::find_draft_kind(*v)) return usage("--doc must be " + ids + " or all");
      doc_id = *v;
    } else if (a == "--format") {
      const std::string* v = option_value(args, i);
      if (!v) return kBadInput;
      format = aims::find_draft_format(*v);
      if (!format) return usage("--format must be " + fmts);
    } else if (a == "--record") {
      record = true;
    } else if (const int o = output_option(args, i, opt, out); o != 0) {
      if (o < 0) return kBadInput;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return usage("unknown option " + a);
    } else if (file.empty()) {
      file = a;
    } else {
      return usage("draft takes one FILE");
    }
  }
  if (file.empty()) return usage("draft needs a project FILE");
  if (doc_id.empty()) return usage("draft needs --doc " + ids + " or all");
  if (!format) return usage("draft needs --format " + fmts);
  if (out.empty()) return usage(doc_id == "all" ? "draft needs --out DIR or --out FILE.zip" : "draft needs --out PATH");
  if (record && file == "-") return usage("--record writes the register entry back into FILE; not with standard input");
  ProjectFile p;
  if (int rc = load_project_file(file, {.iso = true, .warnings = true, .count = true}, p); rc != kOk) return rc;
  const aims::Assessment a = aims::assess(p.doc, *p.cat, *p.iso, opt);
  const aims::DraftInput in{p.doc, a, *p.cat, *p.iso, opt.lang, opt.as_of};
  std::vector<aims::DraftDocument> drafts;
  if (doc_id == "all") {
    drafts = aims::build_drafts(in);
  } else if (auto d = aims::build_draft(in, doc_id)) {
    drafts.push_back(std::move(*d));
  } else {
    std::fprintf(stderr, "%s: the %s draft does not apply to this project (no system needs it)\n", file.c_str(),
                 doc_id.c_str());
    return kBadInput;
  }
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& d : drafts) {
    std::string data = format->render(d);
    if (data.empty()) {
      std::fprintf(stderr, "aims: internal error: the %s draft could not be made\n", d.id.c_str());
      return kInternal;
    }
    files.emplace_back(aims::draft_file_name(d, *format), std::move(data));
    std::fprintf(stderr, "%s: %d gap%s to fill\n", files.back().first.c_str(), aims::draft_gaps(d),
                 aims::draft_gaps(d) == 1 ? "" : "s");
  }
  std::error_code ec;
  std::string why;
  const bool zip = out.size() > 4 && out.compare(out.size() - 4, 4, ".zip") == 0;
  if (doc_id != "all" || zip) {
    if (std::filesystem::is_directory(out, ec)) return usage("--out " + out + " is a directory; it names the file to write");
    const std::string data = doc_id != "all" ? files[0].second : aims::zip_files(files);
    if (data.empty()) {
      std::fprintf(stderr, "aims: internal error: the ZIP could not be made\n");
      return kInternal;
    }
    if (!write_file_atomic(out, data, why)) {
      std::fprintf(stderr, "%s: cannot write file: %s\n", out.c_str(), why.c_str());
      return kBadInput;
    }
    std::printf("%s\n", out.c_str());
  } else {
    if (std::filesystem::exists(out, ec) && !std::filesystem::is_directory(out, ec)) {
      return usage("--out " + out + " is a file; for --doc all it names a directory (or a .zip)");
    }
    if (const int rc = write_files(out, files); rc != kOk) return rc;
  }
  if (record) {
    std::string owner;
    if (p.doc.contains("governance") && p.doc["governance"].is_object() && p.doc["governance"].contains("ai_officer") &&
        p.doc["governance"]["ai_officer"].is_object() && p.doc["governance"]["ai_officer"].contains("name") &&
        p.doc["governance"]["ai_officer"]["name"].is_string()) {
      owner = p.doc["governance"]["ai_officer"]["name"].get<std::string>();
    }
    for (const auto& d : drafts) aims::record_draft(p.doc, d, owner);
    const std::string text = p.doc.dump(2, ' ', false, aims::OrderedJson::error_handler_t::replace) + "\n";
    if (!write_file_atomic(file, text, why)) {
      std::fprintf(stderr, "%s: cannot write file: %s\n", file.c_str(), why.c_str());
      return kBadInput;
    }
    std::fprintf(stderr, "%s: documents register: %zu draft%s recorded\n", file.c_str(), drafts.size(),
                 drafts.size() == 1 ? "" : "s");
  }
  return kOk;
}

int cmd_catalog(const std::vector<std::string>& args) {
  const aims::Catalog* cat = aims::ai_act_catalog();
  if (!cat) {
    std::fprintf(stderr, "aims: internal error: the embedded AI Act catalog does not load\n");
    return kInternal;
  }
  bool check = false, sources = false, json = false;
  aims::Lang lang = aims::Lang::en;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--check") {
      check = true;
    } else if (a == "--sources") {
      sources = true;
    } else if (a == "--json") {
      json = true;
    } else if (a == "--lang") {
      const std::string* v = option_value(args, i);
      if (!v || !lang_option(*v, lang)) return kBadInput;
    } else {
      return usage("unknown option for catalog: " + a);
    }
  }
  if (check) {
    auto problems = aims::check_catalog(*cat);
    for (const auto& p : problems) std::fprintf(stderr, "catalog: %s\n", p.c_str());
    if (!problems.empty()) return kInternal;
  }
  if (sources) {
    const aims::LegalBasis b = aims::legal_basis(*cat);
    const std::string out = json ? aims::to_json(b, lang).dump(2) + "\n" : aims::to_text(b, lang);
    std::fputs(out.c_str(), stdout);
    return kOk;
  }
  std::printf("AI Act catalog version %d, legal status as of %s, %zu entries, %zu milestones\n", cat->version,
              cat->legal_status_as_of.c_str(), cat->entries.size(), cat->timeline.size());
  return kOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::fputs(help_text().c_str(), stderr);
    return kBadInput;
  }
  const std::string cmd = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  try {
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
      std::fputs(help_text().c_str(), stdout);
      return kOk;
    }
    if (cmd == "--version" || cmd == "-V") {
      const aims::Catalog* cat = aims::ai_act_catalog();
      std::printf("aims %s (AI Act catalog legal status %s)\n", AIMS_VERSION,
                  cat ? cat->legal_status_as_of.c_str() : "unavailable");
      return kOk;
    }
    if (cmd == "classify") return cmd_classify(rest);
    if (cmd == "catalog") return cmd_catalog(rest);
    if (cmd == "validate") return cmd_validate(rest);
    if (cmd == "assess") return cmd_assess(rest);
    if (cmd == "report") return cmd_report(rest);
    if (cmd == "export") return cmd_export(rest);
    if (cmd == "draft") return cmd_draft(rest);
    return usage("unknown command '" + cmd + "'");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "aims: internal error: %s\n", e.what());
    return kInternal;
  }
}
