// What a lawyer's review of the catalog found (issue #13, review of 2 December 2026 against the
// regulation as amended by Reg. (EU) 2026/1744): one test per finding. Each failed on the
// catalog and engine before the review; the facts themselves live in assets/, not here.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/classify.h"
#include "core/json_read.h"
#include "core/legal_basis.h"
#include "helpers.h"

namespace {

bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

bool covers(const aims::CatalogEntry* e, const std::string& id) {
  REQUIRE(e != nullptr);
  for (const auto& c : e->covers) {
    if (c == id) return true;
  }
  return false;
}

const aims::FineTier* tier(const aims::Classification& c, std::string_view id) {
  for (const auto& f : c.fines) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

aims::Json asset(const std::string& rel) {
  const std::string text = test::read_file(std::string(AIMS_SOURCE_DIR) + "/" + rel);
  aims::InputError err;
  auto j = aims::parse_json(text, rel, err);
  REQUIRE_MESSAGE(j.has_value(), err.to_string());
  return *j;
}

const aims::Json& question(const aims::Json& q, const std::string& id) {
  for (const auto& x : q["questions"]) {
    if (x["id"] == id) return x;
  }
  FAIL("no question " << id);
  return q;
}

// Every German and English text of the catalog, the engine texts, the questionnaire and the
// string tables, with where it comes from.
void all_texts(const aims::Json& j, const std::string& where, std::vector<std::pair<std::string, std::string>>& out) {
  if (j.is_string()) {
    out.emplace_back(where, j.get<std::string>());
  } else if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) all_texts(it.value(), where + "/" + it.key(), out);
  } else if (j.is_array()) {
    for (std::size_t i = 0; i < j.size(); ++i) all_texts(j[i], where + "/" + std::to_string(i), out);
  }
}

std::vector<std::pair<std::string, std::string>> texts() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const char* f : {"assets/ai-act/catalog.json", "assets/ai-act/engine-texts.json", "assets/ai-act/questionnaire.json",
                        "assets/i18n/de.json", "assets/i18n/en.json", "assets/i18n/de.views.json",
                        "assets/i18n/en.views.json", "assets/i18n/de.report.json", "assets/i18n/en.report.json",
                        "assets/i18n/de.assess.json", "assets/i18n/en.assess.json"}) {
    all_texts(asset(f), f, out);
  }
  return out;
}

const char* kHighRiskDeployer = R"({"id":"cv","roles":["deployer"],"annex3":["annex3.4.a"],"profiling":true})";
const char* kBannedEmotion = R"({"id":"emo","roles":["deployer"],"prohibited_practices":["art5.1.f"]})";

}  // namespace

TEST_CASE("legal 1: small mid-caps get the lower amount for Art. 99(4) and (5) only (Art. 99(6a))") {
  const aims::Catalog& c = test::cat();
  REQUIRE(c.find("art99.6a") != nullptr);
  CHECK(c.find("art99.6a")->status == "amended");
  CHECK(c.find("art99.6a")->source == "omnibus-2026-1744");
  CHECK(c.find("art99.6")->status == "law");  // Art. 99(6) itself is unchanged
  CHECK(covers(c.find("art99.6a"), "art99.4"));
  CHECK(covers(c.find("art99.6a"), "art99.5"));
  CHECK_FALSE(covers(c.find("art99.6a"), "art99.3"));

  aims::ClassifyOptions smc;
  smc.company = aims::Company{100e6, false, true};
  aims::ClassifyOptions sme;
  sme.company = aims::Company{100e6, true, false};
  // An Art. 5 breach: higher of EUR 35 m or 7 % for a small mid-cap, lower for an SME.
  const auto banned_smc = test::run(kBannedEmotion, smc);
  const auto* t3 = tier(banned_smc, "art99.3");
  REQUIRE(t3 != nullptr);
  CHECK(t3->rule == "higher");
  CHECK(*t3->max_eur == doctest::Approx(35e6));
  const auto banned_sme = test::run(kBannedEmotion, sme);
  REQUIRE(tier(banned_sme, "art99.3") != nullptr);
  CHECK(tier(banned_sme, "art99.3")->rule == "lower");
  CHECK(*tier(banned_sme, "art99.3")->max_eur == doctest::Approx(7e6));
  // A deployer duty (Art. 99(4)): lower for both.
  const auto hr_smc = test::run(kHighRiskDeployer, smc);
  REQUIRE(tier(hr_smc, "art99.4") != nullptr);
  CHECK(tier(hr_smc, "art99.4")->rule == "lower");
  CHECK(*tier(hr_smc, "art99.4")->max_eur == doctest::Approx(3e6));
  CHECK(contains(aims::fine_because(hr_smc, *tier(hr_smc, "art99.4")), "Art. 99(6a)"));
  // Neither: higher everywhere.
  aims::ClassifyOptions big;
  big.company = aims::Company{100e6, false, false};
  CHECK(tier(test::run(kHighRiskDeployer, big), "art99.4")->rule == "higher");
}

TEST_CASE("legal 2: Art. 99(4) reaches the duties of Art. 25(2) and 25(4) (point (da))") {
  const aims::Catalog& c = test::cat();
  CHECK(covers(c.find("art99.4"), "art25.2"));
  CHECK(covers(c.find("art99.4"), "art25.4"));
  CHECK(contains(c.find("art99.4")->summary.en, "Art. 25(2) and (4)"));
}

TEST_CASE("legal 3: Art. 10(5) is deleted; the basis for bias detection is Art. 4a") {
  const aims::Catalog& c = test::cat();
  const auto* e = c.find("excl.2.7");
  CHECK(contains(e->summary.en, "Art. 4a"));
  CHECK(contains(e->summary.de, "Art. 4a"));
  CHECK_FALSE(contains(e->summary.en, "10(5)"));
  CHECK_FALSE(contains(e->summary.de, "10 Abs. 5"));
  CHECK(contains(c.find("art10")->note.en, "Art. 4a(1)"));
  CHECK(contains(c.find("art10")->note.en, "deleted"));
}

TEST_CASE("legal 4: the carve-out of Art. 5(1)(g) and the limits of (ba)/(bb) can be claimed") {
  const aims::Catalog& c = test::cat();
  for (const char* x : {"art5.1.g", "art5.1.ba", "art5.1.bb"}) {
    CHECK_MESSAGE(c.find(x)->has_exception, x);
    CHECK_MESSAGE(!c.find(x)->exception.en.empty(), x);
  }
  CHECK(contains(c.find("art5.1.bb")->exception.en, "acting with right"));
  // A valid (g) claim lifts the ban; the engine reads this from the catalog.
  const auto g = test::run(R"({"id":"g","roles":["provider"],"prohibited_practices":["art5.1.g"],
                               "prohibited_exceptions":["art5.1.g"]})");
  CHECK(g.risk_class != "prohibited");
  CHECK(g.prohibited_practices.empty());
  CHECK(g.open_questions.empty());
  // Without the claim it stays banned.
  CHECK(test::run(R"({"id":"g","roles":["provider"],"prohibited_practices":["art5.1.g"]})").risk_class == "prohibited");
  // The questionnaire no longer says that only three prohibitions have exceptions.
  const auto q = asset("assets/ai-act/questionnaire.json");
  const auto& help = question(q, "q.prohibited_exceptions")["help"];
  CHECK_FALSE(contains(help["en"].get<std::string>(), "three"));
  CHECK_FALSE(contains(help["de"].get<std::string>(), "drei"));
}

TEST_CASE("legal 5: the Art. 50(2) exception has two alternatives") {
  const auto* e = test::cat().find("art50.2");
  CHECK(contains(e->exception.en, "assistive function for standard editing, or where it does not substantially alter"));
  CHECK(contains(e->exception.de, "oder die vom Betreiber bereitgestellten Eingabedaten"));
}

TEST_CASE("legal 6: one reading for the dates of Chapter III Section 5 (Arts. 40-49)") {
  const aims::Catalog& c = test::cat();
  // The timeline's note (not loaded by the engine) says the same.
  const auto cat_json = asset("assets/ai-act/catalog.json");
  for (const auto& t : cat_json["timeline"]) {
    if (t["id"] != "tl.general") continue;
    CHECK_FALSE(contains(t["note"]["en"].get<std::string>(), "unverified"));
    CHECK(contains(t["note"]["en"].get<std::string>(), "Art. 16"));
  }
  for (const char* x : {"art43", "art47", "art48", "art49"}) {
    const auto* e = c.find(x);
    CHECK_MESSAGE(e->milestone == "@route", x);
    CHECK_MESSAGE(contains(e->note.en, "Art. 16"), x);
    CHECK_MESSAGE(contains(e->note.de, "Art. 16"), x);
  }
  CHECK(contains(c.find("art49.2")->note.en, "Art. 6(4)"));
  CHECK(c.find("art49.2")->milestone == "tl.annex3");
  // The engine follows it: a provider's Art. 43 and 49 dates are the route's date.
  const auto p = test::run(R"({"id":"p","roles":["provider"],"annex3":["annex3.4.a"]})");
  CHECK(test::ob_date(p, "art43") == test::ob_date(p, "art9"));
  CHECK(test::ob_date(p, "art49") == "2027-12-02");
}

TEST_CASE("legal 7: German terms of the official KI-Verordnung") {
  const aims::Catalog& c = test::cat();
  CHECK(contains(c.find("art51.1.a")->title.de, "Fähigkeiten mit hoher Wirkkraft"));
  CHECK(contains(c.find("art4")->summary.de, "unterstützen"));
  CHECK_FALSE(contains(c.find("art4")->summary.de, "fördern"));
  CHECK(contains(c.find("def.ai.3")->question.de, "nach seiner Betriebsaufnahme"));
  CHECK(contains(c.find("art27")->summary.de, "Einrichtungen des öffentlichen Rechts"));
  CHECK(contains(c.find("art27")->summary.en, "bodies governed by public law"));
  for (const auto& [where, text] : texts()) {
    CHECK_MESSAGE(!contains(text, "KI-Büro"), where);
    CHECK_MESSAGE(!contains(text, "hoher Wirkung"), where);
    CHECK_MESSAGE(!contains(text, "mittlerer Kapitalisierung"), where);
    CHECK_MESSAGE(!contains(text, "öffentliche Stelle"), where);
    CHECK_MESSAGE(!contains(text, "public bod"), where);
    CHECK_MESSAGE(!contains(text, "nach der Inbetriebnahme lernen"), where);
  }
  aims::ClassifyOptions de;
  de.lang = aims::Lang::de;
  const auto fria = test::run(R"({"id":"f","roles":["deployer"],"annex3":["annex3.5.b"],"profiling":true})", de);
  CHECK(fria.fria_required);
  bool said = false;
  for (const auto& t : aims::render_trace(fria)) said = said || contains(t.because, "Einrichtung des öffentlichen Rechts");
  CHECK(said);
}

TEST_CASE("legal 8: Annex I B.20 covers engines and propellers; Dir. 2006/42/EC is repealed only from 2027") {
  const aims::Catalog& c = test::cat();
  CHECK(contains(c.find("annex1.B.20")->summary.en, "engines, propellers"));
  CHECK(contains(c.find("annex1.B.20")->summary.de, "Motoren, Propeller"));
  CHECK(contains(c.find("annex1.A.1")->summary.en, "20 Jan 2027"));
  CHECK(contains(c.find("annex1.A.1")->summary.de, "20. Jan. 2027"));
}

TEST_CASE("legal 9: Art. 101 reaches every GPAI provision, not only Arts. 53 and 55") {
  const aims::Catalog& c = test::cat();
  for (const char* x : {"art52.1", "art53", "art54", "art55", "art51.1.a"}) CHECK_MESSAGE(covers(c.find("art101"), x), x);
  CHECK(contains(c.find("art101")->summary.en, "Art. 93"));
  CHECK(contains(c.find("art101")->summary.en, "information requests"));
}

TEST_CASE("legal 10: Art. 25(2) and 25(4) as amended") {
  const aims::Catalog& c = test::cat();
  CHECK(contains(c.find("art25.2")->summary.en, "failure modes"));
  CHECK(contains(c.find("art25.2")->summary.en, "technical access"));
  CHECK_FALSE(contains(c.find("art25.2")->note.en, "follows the 2024 text"));
  CHECK(contains(c.find("art25.4")->summary.en, "services, components or processes"));
  CHECK_FALSE(contains(c.find("art25.4")->note.en, "follows the 2024 text"));
}

TEST_CASE("legal 11: wording of time and the Annex I questions") {
  const auto q = asset("assets/ai-act/questionnaire.json");
  const auto& ban = question(q, "q.prohibited")["help"];
  CHECK_FALSE(contains(ban["en"].get<std::string>(), "since 2 December 2026"));
  CHECK(contains(ban["en"].get<std::string>(), "from 2 December 2026"));
  CHECK(contains(ban["de"].get<std::string>(), "ab dem 2. Dezember 2026"));
  const auto& safety = question(q, "q.annex1_safety");
  CHECK(contains(safety["ref"]["en"].get<std::string>(), "6(1a)"));
  CHECK(contains(safety["ref"]["en"].get<std::string>(), "3(14)"));
  CHECK(contains(safety["help"]["en"].get<std::string>(), "automation or convenience"));
  const auto& third = question(q, "q.annex1_third_party");
  CHECK(contains(third["ref"]["en"].get<std::string>(), "6(1a)"));
  CHECK(contains(third["help"]["en"].get<std::string>(), "non-safety related aspects"));
}

TEST_CASE("legal 12: legal status date of the review; the amending act rests on secondary sources") {
  const aims::Catalog& c = test::cat();
  CHECK(c.legal_status_as_of == "2026-12-02");
  const auto* omnibus = c.source("omnibus-2026-1744");
  REQUIRE(omnibus != nullptr);
  CHECK(omnibus->status == "amended");
  // The default as-of date of a classification is the legal status date.
  CHECK(test::run(kHighRiskDeployer).as_of.view() == "2026-12-02");
}

TEST_CASE("legal basis: every source with its status and the entries resting on it") {
  const aims::Catalog& c = test::cat();
  const aims::LegalBasis b = aims::legal_basis(c);
  CHECK(b.legal_status_as_of == c.legal_status_as_of);
  REQUIRE(b.sources.size() == c.sources.size());
  int entries = 0, milestones = 0;
  for (const auto& u : b.sources) {
    entries += u.entries;
    milestones += u.milestones;
  }
  // Every entry and milestone rests on exactly one listed source.
  CHECK(entries == static_cast<int>(c.entries.size()));
  CHECK(milestones == static_cast<int>(c.timeline.size()));
  // Everything that is "amended" is listed as resting on secondary sources, and nothing else.
  int amended = 0;
  for (const auto& e : c.entries) amended += e.status == "amended";
  CHECK(static_cast<int>(b.secondary.size()) == amended);
  bool has_99_6a = false;
  for (const auto* e : b.secondary) has_99_6a = has_99_6a || e->id == "art99.6a";
  CHECK(has_99_6a);
  const std::string text = aims::to_text(b, aims::Lang::en);
  CHECK(contains(text, "legal status as of " + c.legal_status_as_of));
  CHECK(contains(text, "The OJ text itself was not read"));
  CHECK(contains(aims::to_text(b, aims::Lang::de), "Amtsblatttext"));
  const auto j = aims::to_json(b, aims::Lang::de);
  CHECK(j["sources"][1]["id"] == "omnibus-2026-1744");
  CHECK(j["sources"][1]["entries"].get<int>() == b.sources[1].entries);
}
