// The classification written straight as JSON text (write_json, JsonWriter): the bytes
// nlohmann's dump gives for the same document, indented and compact, with every string escaped
// as JSON requires; and the trace it writes is the trace the app renders (render_trace).
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include "core/classify.h"
#include "core/json_write.h"
#include "helpers.h"

namespace {

aims::OrderedJson golden() {
  const std::string text = test::read_file(std::string(AIMS_SOURCE_DIR) + "/tests/core/data/classify-golden.json");
  aims::InputError err;
  auto doc = aims::parse_ordered_json(text, "classify-golden.json", err);
  REQUIRE_MESSAGE(doc.has_value(), err.to_string());
  return *doc;
}

aims::ClassifyOptions german_enacted_sme() {
  aims::ClassifyOptions de;
  de.lang = aims::Lang::de;
  de.basis = aims::DateBasis::enacted;
  de.as_of = "2025-06-01";
  de.company = aims::Company{20000000.0, true, false};
  return de;
}

std::string nlohmann_string(const std::string& s) {
  return aims::OrderedJson(s).dump(-1, ' ', false, aims::OrderedJson::error_handler_t::replace);
}

std::string written_string(const std::string& s) {
  std::string out;
  aims::append_json_string(out, s);
  return out;
}

}  // namespace

TEST_CASE("The written classification is the golden text, compact and indented, in both languages") {
  const aims::OrderedJson doc = golden();
  const auto& profiles = doc["profiles"];
  for (const auto& [key, opt] : {std::pair{"en", aims::ClassifyOptions{}}, std::pair{"de_enacted_sme", german_enacted_sme()}}) {
    const auto& expected = doc[key];
    REQUIRE(profiles.size() == expected.size());
    for (std::size_t i = 0; i < profiles.size(); ++i) {
      aims::InputError err;
      auto p = aims::profile_from_json(aims::Json::parse(profiles[i].dump()), test::cat(), "golden", "", err);
      REQUIRE(p.has_value());
      const aims::Classification c = aims::classify(*p, test::cat(), opt);
      CAPTURE(key);
      CAPTURE(p->id);
      CHECK(aims::to_json_text(c) == expected[i].dump());
      CHECK(aims::to_json_text(c, 2) == expected[i].dump(2));
      CHECK(aims::to_json_text(c, 0) == expected[i].dump(0));
    }
  }
}

TEST_CASE("The written trace is the trace the app renders, step by step") {
  const aims::OrderedJson doc = golden();
  for (const aims::ClassifyOptions& opt : {aims::ClassifyOptions{}, german_enacted_sme()}) {
    for (const auto& profile : doc["profiles"]) {
      aims::InputError err;
      auto p = aims::profile_from_json(aims::Json::parse(profile.dump()), test::cat(), "golden", "", err);
      REQUIRE(p.has_value());
      const aims::Classification c = aims::classify(*p, test::cat(), opt);
      const aims::Json written = aims::Json::parse(aims::to_json_text(c))["trace"];
      const std::vector<aims::TraceText> shown = aims::render_trace(c);
      REQUIRE(written.size() == shown.size());
      for (std::size_t i = 0; i < shown.size(); ++i) {
        CAPTURE(p->id);
        CAPTURE(shown[i].rule);
        CHECK(written[i]["rule"] == shown[i].rule);
        CHECK(written[i]["ref"] == shown[i].ref);
        CHECK(written[i]["inputs"] == shown[i].inputs);
        CHECK(written[i]["result"] == shown[i].result);
        CHECK(written[i]["because"] == shown[i].because);
      }
    }
  }
}

TEST_CASE("Strings are escaped as JSON requires: control characters, quotes, backslashes; UTF-8 kept") {
  // The forms themselves, not only agreement with nlohmann.
  CHECK(written_string("plain") == R"("plain")");
  CHECK(written_string("say \"hi\"") == R"("say \"hi\"")");
  CHECK(written_string("C:\\dir\\file") == R"("C:\\dir\\file")");
  CHECK(written_string("a\nb\tc\rd\be\ff") == R"("a\nb\tc\rd\be\ff")");
  CHECK(written_string(std::string("nul\0x", 5)) == R"("nul\u0000x")");
  CHECK(written_string("\x01\x1f") == R"("\u0001\u001f")");
  CHECK(written_string("\x7f/") == "\"\x7f/\"");  // DEL and the solidus stay as they are
  CHECK(written_string("Größe – 5 € 𝄞") == "\"Größe – 5 € 𝄞\"");  // UTF-8 stays UTF-8
  // Every control character, and every one around quotes and multi-byte text, as nlohmann writes it.
  std::string all;
  for (int ch = 1; ch < 0x20; ++ch) all += static_cast<char>(ch);
  all += "\"\\ä\"\x01€\\";
  all += '\0';
  CHECK(written_string(all) == nlohmann_string(all));
}

TEST_CASE("Invalid UTF-8 is replaced by U+FFFD as the tool did with nlohmann's replace") {
  for (const std::string& s :
       {std::string("a\x80z"), std::string("\xC3"), std::string("trunc \xE2\x82"), std::string("\xC0\xAF overlong"),
        std::string("\xED\xA0\x80 surrogate"), std::string("\xF4\x90\x80\x80 too high"), std::string("\xF5\xFF"),
        std::string("ok \xC3\xA4 then \xE2\x28\xA1 bad"), std::string("\xF0\x9F\x98")}) {
    CAPTURE(s);
    const std::string w = written_string(s);
    CHECK(w == nlohmann_string(s));
    CHECK(w.find("\xEF\xBF\xBD") != std::string::npos);
  }
}

TEST_CASE("Names and ids with quotes, backslashes, control characters and UTF-8 come back as they went in") {
  aims::Profile p = test::profile(R"({"id":"x","roles":["provider"],"transparency":["art50.1"]})");
  p.id = "id \"quoted\" \\ back\tslash\x01 Ünïcödé";
  p.name = "Système \"d'IA\"\n2. Zeile \\ 😀 \x1f";
  const aims::Classification c = aims::classify(p, test::cat());
  for (int indent : {-1, 2}) {
    const std::string text = aims::to_json_text(c, indent);
    CHECK(text.find(R"(id \"quoted\" \\ back\tslash\u0001 Ünïcödé)") != std::string::npos);
    const aims::Json back = aims::Json::parse(text);
    CHECK(back["system"] == p.id);
    CHECK(back["name"] == p.name);
  }
  // Invalid UTF-8 in a name set in code: still valid JSON, the bad byte replaced.
  p.name = "bad \xFF byte";
  const aims::Json back = aims::Json::parse(aims::to_json_text(aims::classify(p, test::cat())));
  CHECK(back["name"] == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("Numbers are written as nlohmann writes doubles") {
  for (double x : {0.0, -0.0, 1.0, 7.0, 0.1, 1.5, 1e25, 3.5e7, 7e6, 15000000.0, 1e15, 1e16, 1.2345678901234567e20,
                   1e-5, 2.5e-300, 1.7976931348623157e308, 3.0e22, 123.456, 70000000.0, 0.3}) {
    CAPTURE(x);
    std::string out;
    aims::append_json_number(out, x);
    CHECK(out == aims::OrderedJson(x).dump());
  }
  std::string out;
  aims::append_json_number(out, 35000000.0);
  CHECK(out == "35000000.0");
  out.clear();
  aims::append_json_number(out, std::numeric_limits<double>::quiet_NaN());
  CHECK(out == "null");
}

TEST_CASE("The writer lays out nested and empty containers like nlohmann's dump") {
  const aims::OrderedJson doc = aims::OrderedJson::parse(
      R"({"a":[],"b":{},"c":[1.5,{"d":null,"e":[true,false],"f":{}}],"g":"x","h":[[],[[]]],"i":{"j":{"k":[]}}})");
  for (int indent : {-1, 0, 2, 4}) {
    CAPTURE(indent);
    std::string out;
    aims::JsonWriter w(out, indent);
    w.begin_object();
    w.key("a").begin_array();
    w.end_array();
    w.key("b").begin_object();
    w.end_object();
    w.key("c").begin_array();
    w.value(1.5);
    w.begin_object();
    w.key("d").null();
    w.key("e").begin_array();
    w.value(true);
    w.value(false);
    w.end_array();
    w.key("f").begin_object();
    w.end_object();
    w.end_object();
    w.end_array();
    w.key("g").value("x");
    w.key("h").begin_array();
    w.begin_array();
    w.end_array();
    w.begin_array();
    w.begin_array();
    w.end_array();
    w.end_array();
    w.end_array();
    w.key("i").begin_object();
    w.key("j").begin_object();
    w.key("k").begin_array();
    w.end_array();
    w.end_object();
    w.end_object();
    w.end_object();
    w.finish();
    CHECK(out == doc.dump(indent));
  }
}
