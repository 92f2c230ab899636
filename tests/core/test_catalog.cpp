// The AI Act catalog and the string tables: load, unique IDs, resolvable references, valid
// dates, both languages, and every ID the contract and the reference name.
#include <set>

#include "core/assets.h"
#include "core/i18n.h"
#include "helpers.h"

TEST_CASE("catalog: the embedded catalog loads and passes every integrity check") {
  const aims::Catalog& c = test::cat();
  CHECK(c.version >= 1);
  CHECK(aims::valid_iso_date(c.legal_status_as_of));
  auto problems = aims::check_catalog(c);
  for (const auto& p : problems) FAIL_CHECK(p);
  CHECK(problems.empty());
}

TEST_CASE("catalog: the start screen's legal status date is read without loading the catalog") {
  // The same date as the loaded catalog's.
  CHECK(aims::ai_act_legal_status_as_of() == test::cat().legal_status_as_of);
  // Only a top-level string member counts; a nested one of the same name does not.
  CHECK(aims::top_level_string(R"({"a": {"legal_status_as_of": "1999-01-01"}, "legal_status_as_of": "2026-12-02"})",
                               "legal_status_as_of") == "2026-12-02");
  CHECK(aims::top_level_string(R"({"x": ["legal_status_as_of", "2000-01-01"], "legal_status_as_of": "2026-01-31"})",
                               "legal_status_as_of") == "2026-01-31");
  // Reading stops at the member: whatever follows it is not read.
  CHECK(aims::top_level_string(R"({"version": 1, "legal_status_as_of": "2026-12-02", "rest": [ broken)",
                               "legal_status_as_of") == "2026-12-02");
  // Missing, not a string, or broken before it: empty.
  CHECK(aims::top_level_string(R"({"version": 1})", "legal_status_as_of").empty());
  CHECK(aims::top_level_string(R"({"legal_status_as_of": 20261202})", "legal_status_as_of").empty());
  CHECK(aims::top_level_string(R"({"version": , "legal_status_as_of": "2026-12-02"})", "legal_status_as_of").empty());
  CHECK(aims::top_level_string("", "legal_status_as_of").empty());
}

TEST_CASE("catalog: integrity checks catch broken catalogs") {
  std::string err;
  auto good = aims::load_catalog(aims::assets::find("assets/ai-act/catalog.json"), err);
  REQUIRE(good.has_value());
  auto dup = *good;
  dup.entries.push_back(dup.entries.front());
  dup.index();
  CHECK_FALSE(aims::check_catalog(dup).empty());
  auto no_de = *good;
  no_de.entries[0].title.de.clear();
  no_de.index();
  CHECK_FALSE(aims::check_catalog(no_de).empty());
  auto bad_date = *good;
  bad_date.timeline[0].date_amended = "2026-02-30";
  bad_date.index();
  CHECK_FALSE(aims::check_catalog(bad_date).empty());
  auto bad_source = *good;
  bad_source.entries[1].source = "nowhere";
  bad_source.index();
  CHECK_FALSE(aims::check_catalog(bad_source).empty());
  CHECK_FALSE(aims::load_catalog("{\"format\":\"x\"}", err).has_value());
  CHECK_FALSE(aims::load_catalog("{", err).has_value());
}

TEST_CASE("catalog: every ID of the contract and the reference is present with the right kind") {
  const aims::Catalog& c = test::cat();
  auto need = [&](const std::string& id, const std::string& kind) {
    CAPTURE(id);
    const aims::CatalogEntry* e = c.find(id);
    REQUIRE_MESSAGE(e != nullptr, "missing " << id);
    CHECK(e->kind == kind);
    CHECK_FALSE(e->status.empty());
    CHECK_FALSE(e->source.empty());
  };
  for (int i = 1; i <= 7; ++i) need("def.ai." + std::to_string(i), "definition_element");
  for (const char* x : {"excl.2.3.b", "excl.2.4", "excl.2.6", "excl.2.8", "excl.2.10", "excl.2.12"}) need(x, "exclusion");
  for (const char* x : {"a", "b", "c", "d", "e", "f", "g", "h", "ba", "bb"}) need(std::string("art5.1.") + x, "prohibited_practice");
  for (int i = 1; i <= 12; ++i) need("annex1.A." + std::to_string(i), "annex1_act");
  for (int i = 13; i <= 21; ++i) need("annex1.B." + std::to_string(i), "annex1_act");
  for (const char* x : {"1.a", "1.b", "1.c", "2", "3.a", "3.b", "3.c", "3.d", "4.a", "4.b", "5.a", "5.b", "5.c", "5.d",
                        "6.a", "6.b", "6.c", "6.d", "6.e", "7.a", "7.b", "7.c", "7.d", "8.a", "8.b"}) {
    need(std::string("annex3.") + x, "annex3_point");
  }
  for (const char* x : {"a", "b", "c", "d"}) need(std::string("art6.3.") + x, "art6_3_condition");
  need("art6.3.profiling", "art6_3_condition");
  for (const char* x : {"art50.1", "art50.2", "art50.3", "art50.4.a", "art50.4.b"}) need(x, "transparency_duty");
  for (const char* x : {"art51.2", "art53.2", "art111.3"}) need(x, "gpai_rule");
  for (const char* x : {"art25.1.a", "art25.1.b", "art25.1.c", "art25.3"}) need(x, "role_change");
  for (const auto& r : aims::all_roles()) need("role." + r, "role");
  for (const char* x : {"art4", "art5", "art9", "art10", "art11", "art12", "art13", "art14", "art15", "art16", "art17",
                        "art22", "art23", "art24", "art26", "art27", "art43", "art47", "art48", "art49", "art53",
                        "art55", "art72", "art73"}) {
    need(x, "obligation");
  }
  for (const char* x : {"art99.3", "art99.4", "art99.5", "art99.6", "art101"}) need(x, "fine_tier");
}

TEST_CASE("catalog: legal facts the engine relies on") {
  const aims::Catalog& c = test::cat();
  CHECK(c.find("art51.2")->threshold_flop == doctest::Approx(1e25));
  CHECK(c.find("annex1.A.1")->moved_to == "annex1.B.21");
  CHECK(c.find("annex1.A.11")->section == "A");
  CHECK(c.find("annex1.B.15")->section == "B");
  CHECK(c.find("art99.3")->amount_eur == doctest::Approx(35e6));
  CHECK(c.find("art99.3")->percent == doctest::Approx(7));
  CHECK(c.find("art99.4")->amount_eur == doctest::Approx(15e6));
  CHECK(c.find("art99.5")->amount_eur == doctest::Approx(7.5e6));
  CHECK(c.find("art50.3")->binds == "deployer");
  CHECK(c.find("art50.1")->binds == "provider");
  for (const char* x : {"art5.1.d", "art5.1.f", "art5.1.g", "art5.1.h", "art5.1.ba", "art5.1.bb"}) CHECK(c.find(x)->has_exception);
  for (const char* x : {"art5.1.a", "art5.1.b", "art5.1.c", "art5.1.e"}) CHECK_FALSE(c.find(x)->has_exception);
  // The amended timeline (Reg. (EU) 2026/1744) and the enacted one.
  CHECK(c.milestone("tl.annex3")->date_enacted == "2026-08-02");
  CHECK(c.milestone("tl.annex3")->date_amended == "2027-12-02");
  CHECK(c.milestone("tl.annex1")->date_enacted == "2027-08-02");
  CHECK(c.milestone("tl.annex1")->date_amended == "2028-08-02");
  CHECK(c.milestone("tl.ch1_2")->date_amended == "2025-02-02");
  CHECK(c.milestone("tl.gpai_gov")->date_amended == "2025-08-02");
  CHECK(c.milestone("tl.general")->date_amended == "2026-08-02");
  CHECK(c.milestone("tl.gpai_legacy")->date_amended == "2027-08-02");
  CHECK(c.milestone("tl.art5_new")->date_amended == "2026-12-02");
  // Amended entries say so.
  CHECK(c.find("art5.1.ba")->status == "amended");
  CHECK(c.find("annex1.B.21")->status == "amended");
}

TEST_CASE("catalog: German uses the official terms of the KI-Verordnung") {
  const aims::Catalog& c = test::cat();
  CHECK(c.find("role.provider")->title.de.find("Anbieter") != std::string::npos);
  CHECK(c.find("role.deployer")->title.de.find("Betreiber") != std::string::npos);
  CHECK(c.find("role.importer")->title.de.find("Einführer") != std::string::npos);
  CHECK(c.find("role.distributor")->title.de.find("Händler") != std::string::npos);
  CHECK(c.find("art27")->title.de.find("Grundrechte-Folgenabschätzung") != std::string::npos);
  CHECK(c.find("annex3.4.a")->ref.de.find("Anhang III") != std::string::npos);
  for (const auto& e : c.entries) {
    CHECK_MESSAGE(e.ref.de.find("Bereitsteller") == std::string::npos, e.id);
    CHECK_MESSAGE(e.summary.de.find("Bereitsteller") == std::string::npos, e.id);
  }
}

TEST_CASE("strings: English and German tables have the same keys and no empty text") {
  aims::Strings en, de;
  REQUIRE(en.load(aims::Lang::en));
  REQUIRE(de.load(aims::Lang::de));
  std::set<std::string> ke, kd;
  for (auto& k : en.keys()) ke.insert(k);
  for (auto& k : de.keys()) kd.insert(k);
  CHECK(ke == kd);
  for (const auto& k : ke) {
    CHECK_MESSAGE(std::string(en.tr(k)).size() > 0, k);
    CHECK_MESSAGE(std::string(de.tr(k)).size() > 0, k);
  }
  CHECK(std::string(de.tr("menu.language")) == "Sprache");
  CHECK(std::string(de.tr("no.such.key")) == "no.such.key");
  CHECK(aims::lang_from_code("de-AT") == aims::Lang::de);
  CHECK(aims::lang_from_code("de_CH") == aims::Lang::de);
  CHECK(aims::lang_from_code("dev") == aims::Lang::en);
  CHECK(aims::lang_from_code("fr-FR") == aims::Lang::en);
}
