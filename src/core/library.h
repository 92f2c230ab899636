// The projects kept in a key-value store (the browser's localStorage, or memory in tests):
// list, create, open, save, rename, duplicate, delete with undo, import and export.
// Nothing is ever lost: a failed save keeps the last good copy, a corrupted entry is set
// aside (not deleted), a deleted project goes to the trash first, and a save never
// overwrites a newer copy written by another tab.
#pragma once
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/json_read.h"

namespace aims {

enum class StoreStatus { ok, quota_exceeded, unavailable };

class KeyValueStore {
 public:
  virtual ~KeyValueStore() = default;
  virtual std::optional<std::string> get(const std::string& key) = 0;
  virtual StoreStatus set(const std::string& key, const std::string& value) = 0;
  virtual void remove(const std::string& key) = 0;
  virtual std::vector<std::string> keys(const std::string& prefix) = 0;
};

// In memory, with an optional quota in bytes (for tests and the CLI).
class MemoryStore : public KeyValueStore {
 public:
  explicit MemoryStore(std::size_t quota_bytes = 0) : quota_(quota_bytes) {}
  std::optional<std::string> get(const std::string& key) override;
  StoreStatus set(const std::string& key, const std::string& value) override;
  void remove(const std::string& key) override;
  std::vector<std::string> keys(const std::string& prefix) override;
  std::size_t bytes() const;
  std::map<std::string, std::string> data;  // visible to tests
  std::size_t quota_ = 0;
};

struct ProjectInfo {
  std::string id;
  std::string name;
  std::string modified;
  std::size_t bytes = 0;
  std::size_t systems = 0;
};

struct SetAside {
  std::string id;      // the storage id it had
  std::string reason;  // what was wrong, with path/line/column
};

enum class SaveStatus { ok, quota_exceeded, conflict, unavailable };

class ProjectLibrary {
 public:
  // now: current timestamp "YYYY-MM-DDTHH:MM:SSZ"; tab: this tab's id (for conflicts).
  ProjectLibrary(KeyValueStore& store, const Catalog& cat, std::function<std::string()> now, std::string tab);
  // The same with the catalog got on first use (the app starts without loading it).
  ProjectLibrary(KeyValueStore& store, std::function<const Catalog&()> cat, std::function<std::string()> now,
                 std::string tab);

  // The projects, newest first. Entries that cannot be read are set aside (see set_aside()).
  std::vector<ProjectInfo> list();
  std::vector<SetAside> set_aside() const { return set_aside_; }
  // Set-aside (corrupted) entries still in storage, for export or deletion.
  std::vector<std::string> quarantined();
  std::optional<std::string> quarantined_text(const std::string& id);
  void purge_quarantined(const std::string& id);

  // Creates and stores a new project; returns its id (nullopt when storage refused it).
  std::optional<std::string> create(const std::string& name, Lang lang, StoreStatus* why = nullptr);
  // Stores a given document (demo, import) under a fresh id; the document's own id is
  // replaced, so an existing project is never overwritten.
  std::optional<std::string> add(OrderedJson doc, StoreStatus* why = nullptr);

  // Loads a stored project. A corrupted one is moved aside and reported in error.
  std::optional<OrderedJson> open(const std::string& id, std::string* error = nullptr);

  // Saves; refuses (conflict) when another tab saved since this tab last loaded or saved.
  SaveStatus save(const std::string& id, const OrderedJson& doc);
  // Saves even if another tab saved in between (the user chose to overwrite).
  SaveStatus save_over(const std::string& id, const OrderedJson& doc);
  // True when the stored copy was written by another tab after our last load/save.
  bool changed_elsewhere(const std::string& id);

  bool rename(const std::string& id, const std::string& name);
  std::optional<std::string> duplicate(const std::string& id, const std::string& copy_suffix);
  // Moves to the trash (restorable); purge_trash empties it.
  bool remove(const std::string& id);
  std::vector<ProjectInfo> trash();
  bool restore(const std::string& id);
  void purge_trash(const std::string& id);

  // Keys used in the store.
  static std::string key_project(const std::string& id) { return "aims.project." + id; }
  static std::string key_meta(const std::string& id) { return "aims.meta." + id; }
  static std::string key_trash(const std::string& id) { return "aims.trash." + id; }
  static std::string key_quarantine(const std::string& id) { return "aims.quarantine." + id; }

 private:
  std::string new_id();
  StoreStatus write(const std::string& id, const OrderedJson& doc);
  std::optional<std::string> stored_etag(const std::string& id);

  KeyValueStore& store_;
  std::function<const Catalog&()> cat_;
  std::function<std::string()> now_;
  std::string tab_;
  std::uint64_t counter_ = 0;
  std::map<std::string, std::string> etags_;  // id -> etag of our last load/save
  std::vector<SetAside> set_aside_;
};

}  // namespace aims
