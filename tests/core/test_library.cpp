// The stored projects: nothing is lost when storage is full, an entry is corrupted, a project
// is deleted, or two tabs save the same project.
#include <random>
#include <set>

#include "core/library.h"
#include "core/project.h"
#include "helpers.h"

namespace {
struct Clock {
  int t = 0;
  std::string operator()() {
    char buf[32];
    std::snprintf(buf, sizeof buf, "2026-11-27T10:%02d:%02dZ", (t / 60) % 60, t % 60);
    ++t;
    return buf;
  }
};
}  // namespace

TEST_CASE("library: create, list, open, edit, save, rename, duplicate") {
  aims::MemoryStore store;
  Clock clock;
  aims::ProjectLibrary lib(store, test::cat(), std::ref(clock), "tabA");
  auto id = lib.create("Mandant Müller", aims::Lang::de);
  REQUIRE(id.has_value());
  auto list = lib.list();
  REQUIRE(list.size() == 1);
  CHECK(list[0].name == "Mandant Müller");
  auto doc = lib.open(*id);
  REQUIRE(doc.has_value());
  (*doc)["organisation"]["name"] = "Müller AG";
  CHECK(lib.save(*id, *doc) == aims::SaveStatus::ok);
  CHECK((*lib.open(*id))["organisation"]["name"] == "Müller AG");
  CHECK(lib.rename(*id, "Mandant Müller 2"));
  auto dup = lib.duplicate(*id, " (Kopie)");
  REQUIRE(dup.has_value());
  CHECK(*dup != *id);
  list = lib.list();
  REQUIRE(list.size() == 2);
  std::set<std::string> names{list[0].name, list[1].name};
  CHECK(names.count("Mandant Müller 2 (Kopie)") == 1);
  CHECK((*lib.open(*dup))["organisation"]["name"] == "Müller AG");
}

TEST_CASE("library: delete goes to the trash and can be undone") {
  aims::MemoryStore store;
  Clock clock;
  aims::ProjectLibrary lib(store, test::cat(), std::ref(clock), "tabA");
  auto id = lib.create("Weg damit", aims::Lang::de);
  REQUIRE(lib.remove(*id));
  CHECK(lib.list().empty());
  REQUIRE(lib.trash().size() == 1);
  CHECK(lib.trash()[0].name == "Weg damit");
  REQUIRE(lib.restore(*id));
  CHECK(lib.list().size() == 1);
  CHECK(lib.trash().empty());
}

TEST_CASE("library: storage full keeps the last good state") {
  aims::MemoryStore store(6000);
  Clock clock;
  aims::ProjectLibrary lib(store, test::cat(), std::ref(clock), "tabA");
  auto id = lib.create("Voll", aims::Lang::de);
  REQUIRE(id.has_value());
  auto doc = lib.open(*id);
  (*doc)["organisation"]["name"] = "Stand 1";
  REQUIRE(lib.save(*id, *doc) == aims::SaveStatus::ok);
  std::string good = *store.get(aims::ProjectLibrary::key_project(*id));
  (*doc)["organisation"]["other_certificates"] = std::string(10000, 'x');
  CHECK(lib.save(*id, *doc) == aims::SaveStatus::quota_exceeded);
  CHECK(*store.get(aims::ProjectLibrary::key_project(*id)) == good);
  CHECK((*lib.open(*id))["organisation"]["name"] == "Stand 1");
  // Creating more projects than fit fails cleanly.
  aims::StoreStatus why = aims::StoreStatus::ok;
  for (int i = 0; i < 20 && why == aims::StoreStatus::ok; ++i) lib.create("P" + std::to_string(i), aims::Lang::en, &why);
  CHECK(why == aims::StoreStatus::quota_exceeded);
  CHECK((*lib.open(*id))["organisation"]["name"] == "Stand 1");
}

TEST_CASE("library: a corrupted entry is set aside and reported; the others still open") {
  aims::MemoryStore store;
  Clock clock;
  aims::ProjectLibrary lib(store, test::cat(), std::ref(clock), "tabA");
  auto good = lib.create("Gut", aims::Lang::de);
  auto bad = lib.create("Kaputt", aims::Lang::de);
  store.data[aims::ProjectLibrary::key_project(*bad)] = "{\"format\":\"aims-project\",\"version\":1,\"systems\":[{";
  store.remove(aims::ProjectLibrary::key_meta(*bad));
  auto list = lib.list();
  REQUIRE(list.size() == 1);
  CHECK(list[0].id == *good);
  REQUIRE(lib.set_aside().size() == 1);
  CHECK(lib.set_aside()[0].reason.find("line 1") != std::string::npos);
  CHECK(lib.quarantined() == std::vector<std::string>{*bad});
  CHECK(lib.quarantined_text(*bad)->find("aims-project") != std::string::npos);  // kept, not deleted
  // A corrupted entry found on open is set aside too.
  store.data[aims::ProjectLibrary::key_project(*good)] = "{\"format\":\"aims-project\",\"version\":1,\"risks\":[{\"id\":\"r\",\"impact\":9}]}";
  std::string err;
  CHECK_FALSE(lib.open(*good, &err).has_value());
  CHECK(err.find("/risks/0/impact") != std::string::npos);
  CHECK(lib.quarantined().size() == 2);
}

TEST_CASE("library: two tabs never overwrite each other silently") {
  aims::MemoryStore store;
  Clock clock;
  aims::ProjectLibrary a(store, test::cat(), std::ref(clock), "tabA");
  aims::ProjectLibrary b(store, test::cat(), std::ref(clock), "tabB");
  auto id = a.create("Geteilt", aims::Lang::de);
  auto da = a.open(*id);
  auto db = b.open(*id);
  (*db)["organisation"]["name"] = "von B";
  REQUIRE(b.save(*id, *db) == aims::SaveStatus::ok);
  CHECK(a.changed_elsewhere(*id));
  (*da)["organisation"]["name"] = "von A";
  CHECK(a.save(*id, *da) == aims::SaveStatus::conflict);
  CHECK((*b.open(*id))["organisation"]["name"] == "von B");
  // A reloads, then saves fine; or overwrites deliberately.
  auto fresh = a.open(*id);
  (*fresh)["organisation"]["sites"] = 2;
  CHECK(a.save(*id, *fresh) == aims::SaveStatus::ok);
  CHECK(b.save(*id, *db) == aims::SaveStatus::conflict);
  CHECK(b.save_over(*id, *db) == aims::SaveStatus::ok);
}

TEST_CASE("library: import adds, never overwrites") {
  aims::MemoryStore store;
  Clock clock;
  aims::ProjectLibrary lib(store, test::cat(), std::ref(clock), "tabA");
  auto id = lib.create("Original", aims::Lang::de);
  auto doc = lib.open(*id);
  auto copy = lib.add(*doc);  // same project id inside: stored under a new one
  REQUIRE(copy.has_value());
  CHECK(*copy != *id);
  CHECK(lib.list().size() == 2);
  CHECK((*lib.open(*copy))["project"]["id"] == *copy);
}

TEST_CASE("fuzz: mutated project files never crash loading and never change what is stored") {
  aims::MemoryStore store;
  Clock clock;
  aims::ProjectLibrary lib(store, test::cat(), std::ref(clock), "tabA");
  std::string demo = test::read_file(std::string(AIMS_SOURCE_DIR) + "/assets/project/demo-de.json");
  auto l = aims::load_project(demo, "demo", test::cat());
  REQUIRE(l.doc.has_value());
  auto id = lib.add(*l.doc);
  REQUIRE(id.has_value());
  const auto before = store.data;
  std::mt19937 rng(1234);
  int accepted = 0, rejected = 0;
  for (int round = 0; round < 300; ++round) {
    std::string s = demo;
    int edits = 1 + static_cast<int>(rng() % 6);
    for (int e = 0; e < edits; ++e) {
      std::size_t pos = rng() % s.size();
      switch (rng() % 4) {
        case 0: s[pos] = "{}[]\",:0a-\xc3\x00"[rng() % 12]; break;
        case 1: s.erase(pos, 1 + rng() % 40); break;
        case 2: s.insert(pos, s.substr(rng() % s.size(), rng() % 60)); break;
        default: s.insert(pos, "null"); break;
      }
    }
    auto r = aims::load_project(s, "fuzz.json", test::cat());
    if (r.doc) {
      ++accepted;
      CHECK(r.errors.empty());
    } else {
      ++rejected;
      REQUIRE_FALSE(r.errors.empty());
      CHECK_FALSE(r.errors.front().message.empty());
    }
  }
  CHECK(store.data == before);  // loading a file touches nothing stored
  CHECK(rejected > 0);
  MESSAGE("project fuzz: " << accepted << " accepted, " << rejected << " rejected");
}
