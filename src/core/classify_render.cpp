// The classification as text: the engine's texts, the trace rendered in a language, and the
// classification written as JSON. Sections:
//   [texts]  assets/ai-act/engine-texts.json, each text split at its {placeholders} once
//   [values] a trace value as text and as JSON
//   [trace]  render_step, render_trace, fine_because
//   [json]   write_json (straight into one string), to_json
#include <algorithm>
#include <array>
#include <bit>
#include <cstdio>
#include <numeric>
#include <unordered_map>

#include "core/assets.h"
#include "core/classify.h"
#include "core/classify_trace.h"
#include "core/json_write.h"

namespace aims {
namespace trace {
namespace {

// [texts] ----------------------------------------------------------------------------------
// A text and where its {placeholders} are.
struct Template {
  struct Piece {
    std::string_view literal;  // text before the placeholder (or the end)
    std::string_view name;     // the placeholder's name; empty after the last one
  };
  std::string text;
  std::vector<Piece> pieces;

  explicit Template(std::string t) : text(std::move(t)) {
    const std::string_view s = text;
    std::size_t from = 0, lit = 0;
    for (std::size_t open; (open = s.find('{', from)) != std::string_view::npos;) {
      const std::size_t close = s.find('}', open + 1);
      if (close == std::string_view::npos) break;
      const std::string_view name = s.substr(open + 1, close - open - 1);
      const bool is_name = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
      });
      if (!is_name) {
        from = open + 1;
        continue;
      }
      pieces.push_back({s.substr(lit, open - lit), name});
      from = lit = close + 1;
    }
    pieces.push_back({s.substr(lit), {}});
  }
  Template(const Template&) = delete;  // pieces point into text
  Template& operator=(const Template&) = delete;
};

struct EngineText {
  EngineText(std::string english, std::string german) : en(std::move(english)), de(std::move(german)) {}
  Template en, de;
  const Template& get(Lang l) const { return l == Lang::de && !de.text.empty() ? de : en; }
};

const std::unordered_map<std::string_view, EngineText>& engine_texts() {
  static const auto* texts = [] {
    auto* m = new std::unordered_map<std::string_view, EngineText>();
    static std::vector<std::string> keys;  // the map's keys point into these
    InputError err;
    auto doc = parse_json(assets::find("assets/ai-act/engine-texts.json"), "engine-texts.json", err);
    if (doc && doc->contains("texts") && (*doc)["texts"].is_object()) {
      keys.reserve((*doc)["texts"].size());
      for (auto& [k, v] : (*doc)["texts"].items()) {
        keys.push_back(k);
        m->try_emplace(keys.back(), v.is_object() ? v.value("en", "") : "", v.is_object() ? v.value("de", "") : "");
      }
    }
    return m;
  }();
  return *texts;
}

}  // namespace

// A placeholder's value while a text is written.
struct Arg {
  std::string_view name, value;
};

// Appends the text with this key (the key itself when there is none), each {placeholder}
// filled with the value of the argument of that name (left as it is when there is none).
void append_say(std::string& out, Lang lang, std::string_view key, const Arg* args, std::size_t n) {
  const auto& texts = engine_texts();
  const auto it = texts.find(key);
  if (it == texts.end()) {
    out += key;
    return;
  }
  for (const Template::Piece& piece : it->second.get(lang).pieces) {
    out += piece.literal;
    if (piece.name.empty()) continue;
    const Arg* a = std::find_if(args, args + n, [&](const Arg& x) { return x.name == piece.name; });
    if (a != args + n) {
      out += a->value;
    } else {
      out += '{';
      out += piece.name;
      out += '}';
    }
  }
}

std::string say(Lang lang, std::string_view key, const Vars& vars) {
  std::vector<Arg> args;
  args.reserve(vars.size());
  for (const auto& [name, value] : vars) args.push_back({name, value});
  std::string s;
  append_say(s, lang, key, args.data(), args.size());
  return s;
}

}  // namespace trace

namespace {

using namespace trace;
using K = TraceValue::Kind;

std::string fmt_flop(double f) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", f);
  return buf;
}

std::string fmt_eur(Lang lang, double v) {
  char buf[48];
  if (v >= 1e6) std::snprintf(buf, sizeof buf, "%g", v / 1e6);
  else std::snprintf(buf, sizeof buf, "%.0f", v);
  std::string n = buf;
  if (lang == Lang::de) std::replace(n.begin(), n.end(), '.', ',');
  const Arg args[] = {{"n", n}};
  std::string s;
  append_say(s, lang, v >= 1e6 ? "fmt.eur_million" : "fmt.eur", args, 1);
  return s;
}

// [values] ---------------------------------------------------------------------------------
void append_ref(std::string& out, const Catalog& cat, Lang lang, std::string_view id) {
  const std::uint16_t i = cat.index_of(id);
  out += i == kNoIndex ? id : std::string_view(cat.entries[i].ref.get(lang));
}

void append_refs(std::string& out, const Classification& c, Lang lang, std::uint16_t off, std::uint16_t len) {
  for (std::uint16_t i = 0; i < len; ++i) {
    if (i) out += ", ";
    append_ref(out, *c.catalog, lang, c.ids[off + i]);
  }
}

// A value as text: the reference and the placeholders of a reason.
void append_text(std::string& out, const Classification& c, const TraceValue& v, Lang lang) {
  switch (v.kind) {
    case K::absent:
    case K::null: return;
    case K::boolean: out += v.flag ? "true" : "false"; return;
    case K::text:
    case K::long_text: out += v.text(); return;
    case K::ids:
      for (std::uint16_t i = 0; i < v.len; ++i) {
        if (i) out += ", ";
        out += c.ids[v.off + i];
      }
      return;
    case K::refs: {
      const std::size_t start = out.size();
      if (!v.text().empty()) append_say(out, lang, v.text(), nullptr, 0);
      if (v.len > 0) {
        if (out.size() > start) out += ", ";
        append_refs(out, c, lang, v.off, v.len);
      }
      return;
    }
    case K::key: append_say(out, lang, v.text(), nullptr, 0); return;
    case K::entry_ref:
      if (v.off < c.catalog->entries.size()) out += c.catalog->entries[v.off].ref.get(lang);
      return;
    case K::flop:
      if (c.training_flop) out += fmt_flop(*c.training_flop);
      return;
    case K::market:
      if (c.on_market_since) out += *c.on_market_since;
      return;
  }
}

std::string value_text(const Classification& c, const TraceValue& v, Lang lang) {
  std::string s;
  append_text(s, c, v, lang);
  return s;
}

Json value_json(const Classification& c, const TraceValue& v, Lang lang) {
  switch (v.kind) {
    case K::absent:
    case K::null: return Json(nullptr);
    case K::boolean: return Json(v.flag != 0);
    case K::text:
    case K::long_text: return Json(std::string(v.text()));
    case K::ids: {
      Json a = Json::array();
      for (std::uint16_t i = 0; i < v.len; ++i) a.push_back(std::string(c.ids[v.off + i]));
      return a;
    }
    case K::refs:
    case K::key:
    case K::entry_ref: return Json(value_text(c, v, lang));
    case K::flop: return c.training_flop ? Json(*c.training_flop) : Json(nullptr);
    case K::market: return c.on_market_since ? Json(*c.on_market_since) : Json(nullptr);
  }
  return Json(nullptr);
}

// The same value written as JSON; text: a buffer to render into.
void write_value(JsonWriter& w, const Classification& c, const TraceValue& v, Lang lang, std::string& text) {
  switch (v.kind) {
    case K::absent:
    case K::null: w.null(); return;
    case K::boolean: w.value(v.flag != 0); return;
    case K::text:
    case K::long_text: w.value(v.text()); return;
    case K::ids:
      w.begin_array();
      for (std::uint16_t i = 0; i < v.len; ++i) w.value(c.ids[v.off + i]);
      w.end_array();
      return;
    case K::refs:
    case K::key:
    case K::entry_ref:
      text.clear();
      append_text(text, c, v, lang);
      w.value(text);
      return;
    case K::flop: c.training_flop ? w.value(*c.training_flop) : w.null(); return;
    case K::market: c.on_market_since ? w.value(*c.on_market_since) : w.null(); return;
  }
}

// An input that is the profile's own value, from Classification::inputs.
TraceValue profile_value(const Classification& c, Name name) {
  const ProfileValues& in = c.inputs;
  switch (name) {
    case Name::ai_system: return text(in.ai_system);
    case Name::act: return (in.flags >> bit_of(name) & 1u) ? text(in.act) : null();
    case Name::exclusions: return ids(in.exclusions);
    case Name::prohibited_practices: return ids(in.practices);
    case Name::prohibited_exceptions: return ids(in.exceptions);
    case Name::annex3: return ids(in.annex3);
    case Name::conditions: return ids(in.conditions);
    case Name::transparency: return ids(in.transparency);
    case Name::transparency_exceptions: return ids(in.transparency_exceptions);
    case Name::roles: return ids(in.roles);
    case Name::training_flop: return c.training_flop ? of_kind(K::flop) : null();
    case Name::on_market_since: return of_kind(K::market);
    default: return boolean((in.flags >> bit_of(name) & 1u) != 0);  // the yes/no answers
  }
}

// A step's inputs as the trace shows them: by name in alphabetical order, each name once (a
// profile's value over a value of the rule's).
struct Inputs {
  static constexpr std::size_t kMax = 32 + 6;
  std::array<TraceValue, kMax> values;
  std::size_t n = 0;
};

// The alphabetical rank of each Name.
constexpr auto kNameRank = [] {
  constexpr std::size_t n = std::size(kNames);
  std::array<std::uint8_t, n> order{}, rank{};
  for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<std::uint8_t>(i);
  std::sort(order.begin(), order.end(),
            [](std::uint8_t a, std::uint8_t b) { return std::string_view(kNames[a]) < std::string_view(kNames[b]); });
  for (std::size_t i = 0; i < n; ++i) rank[order[i]] = static_cast<std::uint8_t>(i);
  return rank;
}();

Inputs inputs_of(const Classification& c, const TraceStep& t) {
  Inputs x;
  auto put = [&](TraceValue v, std::uint8_t name) {
    v.name = name & 0x7Fu;
    for (std::size_t i = 0; i < x.n; ++i) {
      if (x.values[i].name == v.name) {
        x.values[i] = v;
        return;
      }
    }
    x.values[x.n++] = v;
  };
  const TraceValue* v = c.trace_values.data() + t.first;
  for (std::uint16_t i = 0; i < t.n_inputs; ++i) put(v[2 + i], v[2 + i].name);
  for (std::uint32_t m = t.from_profile; m != 0; m &= m - 1) {
    const auto name = static_cast<std::uint8_t>(std::countr_zero(m));
    put(profile_value(c, static_cast<Name>(name)), name);
  }
  std::sort(x.values.begin(), x.values.begin() + static_cast<std::ptrdiff_t>(x.n),
            [](const TraceValue& a, const TraceValue& b) { return kNameRank[a.name] < kNameRank[b.name]; });
  return x;
}

// A step's reason; args: a buffer for the placeholders' values.
void append_because(std::string& out, const Classification& c, const TraceStep& t, Lang lang, std::string& args) {
  const TraceValue* v = c.trace_values.data() + t.first + 2 + t.n_inputs;
  args.clear();
  std::array<std::size_t, kMaxStepValues + 1> ends{};
  for (std::uint16_t i = 0; i < t.n_args && i < kMaxStepValues; ++i) {
    append_text(args, c, v[i], lang);
    ends[i] = args.size();
  }
  std::array<Arg, kMaxStepValues> a{};
  std::size_t begin = 0;
  for (std::uint16_t i = 0; i < t.n_args && i < kMaxStepValues; ++i) {
    a[i] = {kNames[v[i].name], std::string_view(args).substr(begin, ends[i] - begin)};
    begin = ends[i];
  }
  append_say(out, lang, t.because, a.data(), std::min<std::size_t>(t.n_args, kMaxStepValues));
}

}  // namespace

// [trace] ----------------------------------------------------------------------------------
const char* trace_value_name(std::uint8_t name) { return name < std::size(kNames) ? kNames[name] : ""; }

TraceText render_step(const Classification& c, const TraceStep& t, Lang lang) {
  TraceText x;
  const TraceValue* v = c.trace_values.data() + t.first;
  x.rule = t.rule;
  x.ref = value_text(c, v[0], lang);
  x.inputs = Json::object();
  const Inputs in = inputs_of(c, t);
  for (std::size_t i = 0; i < in.n; ++i) x.inputs[kNames[in.values[i].name]] = value_json(c, in.values[i], lang);
  x.result = value_json(c, v[1], lang);
  std::string args;
  append_because(x.because, c, t, lang, args);
  return x;
}

std::vector<TraceText> render_trace(const Classification& c, Lang lang) {
  std::vector<TraceText> v;
  if (!c.catalog) return v;
  v.reserve(c.trace.size());
  for (const TraceStep& t : c.trace) v.push_back(render_step(c, t, lang));
  return v;
}

std::vector<TraceText> render_trace(const Classification& c) { return render_trace(c, c.lang); }

std::string fine_because(const Classification& c, const FineTier& f) {
  if (!c.catalog) return {};
  const Lang lang = c.lang;
  std::string refs, rule;
  append_refs(refs, c, lang, f.hit_off, f.hit_len);
  append_say(rule, lang, f.rule == "lower" ? "fine.lower" : "fine.higher", nullptr, 0);
  const std::string amount = fmt_eur(lang, f.amount_eur), percent = fmt_flop(f.percent);
  const Arg args[] = {{"ids", refs}, {"amount", amount}, {"percent", percent}, {"rule", rule}};
  std::string s;
  append_say(s, lang, f.hit_len == 0 ? "fine.tier_info" : "fine.tier", args, std::size(args));
  if (f.lowered_by != kNoIndex) {
    const CatalogEntry& r = c.catalog->entries[f.lowered_by];
    const Arg ref[] = {{"ref", r.ref.get(lang)}};
    s += ' ';
    append_say(s, lang, r.applies_to == "small_midcap" ? "fine.small_midcap" : "fine.sme", ref, 1);
  }
  return s;
}

// [json] -----------------------------------------------------------------------------------
namespace {

template <class V>
void write_list(JsonWriter& w, const char* name, const V& v) {
  w.key(name).begin_array();
  for (std::string_view x : v) w.value(x);
  w.end_array();
}

}  // namespace

void write_json(JsonWriter& w, const Classification& c) {
  w.begin_object();
  w.key("system").value(c.system.view());
  if (!c.name.empty()) w.key("name").value(c.name.view());
  w.key("risk_class").value(c.risk_class);
  write_list(w, "high_risk_routes", c.high_risk_routes);
  w.key("derogation_6_3").value(c.derogation_6_3);
  write_list(w, "prohibited_practices", c.prohibited_practices);
  write_list(w, "transparency", c.transparency);
  w.key("gpai").value(c.gpai);
  write_list(w, "effective_roles", c.effective_roles);
  w.key("fria_required").value(c.fria_required);
  w.key("registration").value(c.registration);
  w.key("conformity_assessment").value(c.conformity_assessment);
  w.key("obligations").begin_array();
  for (const Obligation& o : c.obligations) {
    w.begin_object();
    w.key("id").value(o.id);
    w.key("ref").value(o.ref);
    w.key("role").value(o.role);
    w.key("applies_from").text_or_null(o.applies_from);
    w.key("title").value(o.title);
    w.key("status").value(o.status);
    if (!o.note.empty()) w.key("note").value(o.note);
    w.end_object();
  }
  w.end_array();
  w.key("applies_from").text_or_null(c.applies_from);
  write_list(w, "open_questions", c.open_questions);
  w.key("trace").begin_array();
  if (c.catalog) {
    std::string text, args;
    for (const TraceStep& t : c.trace) {
      const TraceValue* v = c.trace_values.data() + t.first;
      w.begin_object();
      w.key("rule").value(t.rule);
      text.clear();
      append_text(text, c, v[0], c.lang);
      w.key("ref").value(text);
      w.key("inputs").begin_object();
      const Inputs in = inputs_of(c, t);
      for (std::size_t i = 0; i < in.n; ++i) {
        w.key(kNames[in.values[i].name]);
        write_value(w, c, in.values[i], c.lang, text);
      }
      w.end_object();
      w.key("result");
      write_value(w, c, v[1], c.lang, text);
      text.clear();
      append_because(text, c, t, c.lang, args);
      w.key("because").value(text);
      w.end_object();
    }
  }
  w.end_array();
  w.key("legal_status_as_of").value(c.legal_status_as_of);
  w.key("date_basis").value(c.date_basis);
  w.key("deadlines").begin_object();
  w.key("as_of").value(c.as_of.view());
  w.key("ahead").begin_array();
  for (const Deadline& d : c.deadlines) {
    w.begin_object();
    w.key("date").value(d.date);
    w.key("obligation").value(d.obligation);
    w.key("role").value(d.role);
    w.key("ref").value(d.ref);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.key("fine_exposure").begin_array();
  for (const FineTier& f : c.fines) {
    w.begin_object();
    w.key("tier").value(f.id);
    w.key("ref").value(f.ref);
    w.key("amount_eur").value(f.amount_eur);
    w.key("percent").value(f.percent);
    w.key("rule").value(f.rule);
    w.key("max_eur");
    f.max_eur ? w.value(*f.max_eur) : w.null();
    w.key("because").value(fine_because(c, f));
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

std::string to_json_text(const Classification& c, int indent) {
  std::string s;
  s.reserve(indent < 0 ? 4096 : 8192);
  JsonWriter w(s, indent);
  write_json(w, c);
  w.finish();
  return s;
}

OrderedJson to_json(const Classification& c) {
  const std::string text = to_json_text(c);
  return OrderedJson::parse(text.data(), text.data() + text.size());
}

}  // namespace aims
