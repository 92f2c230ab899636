#include "core/library.h"

#include <algorithm>

#include "core/project.h"

namespace aims {

// ---- MemoryStore ---------------------------------------------------------------------------
std::optional<std::string> MemoryStore::get(const std::string& key) {
  auto it = data.find(key);
  if (it == data.end()) return std::nullopt;
  return it->second;
}

std::size_t MemoryStore::bytes() const {
  std::size_t n = 0;
  for (const auto& [k, v] : data) n += k.size() + v.size();
  return n;
}

StoreStatus MemoryStore::set(const std::string& key, const std::string& value) {
  if (quota_ > 0) {
    std::size_t now = bytes();
    auto it = data.find(key);
    std::size_t old = it == data.end() ? 0 : key.size() + it->second.size();
    if (now - old + key.size() + value.size() > quota_) return StoreStatus::quota_exceeded;
  }
  data[key] = value;
  return StoreStatus::ok;
}

void MemoryStore::remove(const std::string& key) { data.erase(key); }

std::vector<std::string> MemoryStore::keys(const std::string& prefix) {
  std::vector<std::string> out;
  for (auto it = data.lower_bound(prefix); it != data.end() && it->first.rfind(prefix, 0) == 0; ++it) {
    out.push_back(it->first);
  }
  return out;
}

// ---- ProjectLibrary ------------------------------------------------------------------------
ProjectLibrary::ProjectLibrary(KeyValueStore& store, const Catalog& cat, std::function<std::string()> now,
                               std::string tab)
    : ProjectLibrary(store, [&cat]() -> const Catalog& { return cat; }, std::move(now), std::move(tab)) {}

ProjectLibrary::ProjectLibrary(KeyValueStore& store, std::function<const Catalog&()> cat,
                               std::function<std::string()> now, std::string tab)
    : store_(store), cat_(std::move(cat)), now_(std::move(now)), tab_(std::move(tab)) {}

std::string ProjectLibrary::new_id() {
  // Unique per tab and time; collisions with stored ids are checked.
  for (;;) {
    std::string base = now_();
    std::string digits;
    for (char c : base) {
      if (c >= '0' && c <= '9') digits += c;
    }
    std::string id = "p" + digits + "-" + tab_ + "-" + std::to_string(++counter_);
    if (!store_.get(key_project(id)) && !store_.get(key_trash(id))) return id;
  }
}

std::optional<std::string> ProjectLibrary::stored_etag(const std::string& id) {
  auto meta = store_.get(key_meta(id));
  if (!meta) return std::nullopt;
  InputError err;
  auto j = parse_json(*meta, key_meta(id), err);
  if (!j || !j->is_object() || !j->contains("etag") || !(*j)["etag"].is_string()) return std::nullopt;
  return (*j)["etag"].get<std::string>();
}

StoreStatus ProjectLibrary::write(const std::string& id, const OrderedJson& doc) {
  std::string text = project_to_text(doc);
  std::string etag = tab_ + ":" + std::to_string(++counter_) + ":" + now_();
  std::string modified = now_();
  if (doc.contains("project") && doc["project"].is_object() && doc["project"].contains("modified") &&
      doc["project"]["modified"].is_string()) {
    modified = doc["project"]["modified"].get<std::string>();
  }
  std::size_t systems = doc.contains("systems") && doc["systems"].is_array() ? doc["systems"].size() : 0;
  Json meta = {{"etag", etag}, {"name", project_name(doc)}, {"modified", modified}, {"bytes", text.size()},
               {"systems", systems}};
  // The project first: if it does not fit, the old copy and its meta stay as they were.
  StoreStatus st = store_.set(key_project(id), text);
  if (st != StoreStatus::ok) return st;
  st = store_.set(key_meta(id), meta.dump());
  if (st != StoreStatus::ok) {
    // The project is stored; the meta is only a cache of it. Drop the stale one so list()
    // rebuilds it from the project itself.
    store_.remove(key_meta(id));
    etags_.erase(id);
    return StoreStatus::ok;
  }
  etags_[id] = etag;
  return StoreStatus::ok;
}

std::vector<ProjectInfo> ProjectLibrary::list() {
  std::vector<ProjectInfo> out;
  const std::string prefix = "aims.project.";
  for (const std::string& key : store_.keys(prefix)) {
    std::string id = key.substr(prefix.size());
    ProjectInfo info;
    info.id = id;
    bool have_meta = false;
    if (auto meta = store_.get(key_meta(id))) {
      InputError err;
      if (auto j = parse_json(*meta, key_meta(id), err); j && j->is_object()) {
        info.name = j->value("name", "");
        info.modified = j->value("modified", "");
        info.bytes = j->value("bytes", std::size_t{0});
        info.systems = j->value("systems", std::size_t{0});
        have_meta = true;
      }
    }
    if (!have_meta) {
      auto text = store_.get(key);
      ProjectLoad l = load_project(text ? *text : std::string(), key, cat_());
      if (!l.doc) {
        std::string reason = l.errors.empty() ? "unreadable" : l.errors.front().to_string();
        if (l.errors.size() > 1) reason += " (+" + std::to_string(l.errors.size() - 1) + " more)";
        if (store_.set(key_quarantine(id), text ? *text : std::string()) == StoreStatus::ok) store_.remove(key);
        set_aside_.push_back({id, reason});
        continue;
      }
      info.name = project_name(*l.doc);
      info.modified = l.doc->contains("project") ? (*l.doc)["project"].value("modified", "") : "";
      info.bytes = text->size();
      info.systems = (*l.doc)["systems"].size();
    }
    out.push_back(std::move(info));
  }
  std::sort(out.begin(), out.end(), [](const ProjectInfo& a, const ProjectInfo& b) {
    return a.modified != b.modified ? a.modified > b.modified : a.name < b.name;
  });
  return out;
}

std::vector<std::string> ProjectLibrary::quarantined() {
  std::vector<std::string> out;
  const std::string prefix = "aims.quarantine.";
  for (const std::string& k : store_.keys(prefix)) out.push_back(k.substr(prefix.size()));
  return out;
}

std::optional<std::string> ProjectLibrary::quarantined_text(const std::string& id) {
  return store_.get(key_quarantine(id));
}

void ProjectLibrary::purge_quarantined(const std::string& id) { store_.remove(key_quarantine(id)); }

std::optional<std::string> ProjectLibrary::create(const std::string& name, Lang lang, StoreStatus* why) {
  std::string id = new_id();
  OrderedJson doc = new_project(id, name, lang, now_());
  StoreStatus st = write(id, doc);
  if (why) *why = st;
  if (st != StoreStatus::ok) return std::nullopt;
  return id;
}

std::optional<std::string> ProjectLibrary::add(OrderedJson doc, StoreStatus* why) {
  std::string id = new_id();
  if (!doc.contains("project") || !doc["project"].is_object()) doc["project"] = OrderedJson::object();
  doc["project"]["id"] = id;
  StoreStatus st = write(id, doc);
  if (why) *why = st;
  if (st != StoreStatus::ok) return std::nullopt;
  return id;
}

std::optional<OrderedJson> ProjectLibrary::open(const std::string& id, std::string* error) {
  auto text = store_.get(key_project(id));
  if (!text) {
    if (error) *error = "no stored project with id " + id;
    return std::nullopt;
  }
  ProjectLoad l = load_project(*text, key_project(id), cat_());
  if (!l.doc) {
    std::string reason = l.errors.empty() ? "unreadable" : l.errors.front().to_string();
    if (store_.set(key_quarantine(id), *text) == StoreStatus::ok) {
      store_.remove(key_project(id));
      store_.remove(key_meta(id));
    }
    set_aside_.push_back({id, reason});
    if (error) *error = reason;
    return std::nullopt;
  }
  if (auto e = stored_etag(id)) etags_[id] = *e;
  else etags_.erase(id);
  return l.doc;
}

bool ProjectLibrary::changed_elsewhere(const std::string& id) {
  auto stored = stored_etag(id);
  auto it = etags_.find(id);
  if (!stored) return false;
  return it == etags_.end() || it->second != *stored;
}

SaveStatus ProjectLibrary::save(const std::string& id, const OrderedJson& doc) {
  if (changed_elsewhere(id)) return SaveStatus::conflict;
  return save_over(id, doc);
}

SaveStatus ProjectLibrary::save_over(const std::string& id, const OrderedJson& doc) {
  switch (write(id, doc)) {
    case StoreStatus::ok: return SaveStatus::ok;
    case StoreStatus::quota_exceeded: return SaveStatus::quota_exceeded;
    default: return SaveStatus::unavailable;
  }
}

bool ProjectLibrary::rename(const std::string& id, const std::string& name) {
  auto doc = open(id);
  if (!doc) return false;
  (*doc)["project"]["name"] = name;
  (*doc)["project"]["modified"] = now_();
  return write(id, *doc) == StoreStatus::ok;
}

std::optional<std::string> ProjectLibrary::duplicate(const std::string& id, const std::string& copy_suffix) {
  auto doc = open(id);
  if (!doc) return std::nullopt;
  (*doc)["project"]["name"] = project_name(*doc) + copy_suffix;
  (*doc)["project"]["created"] = now_();
  (*doc)["project"]["modified"] = now_();
  return add(std::move(*doc));
}

bool ProjectLibrary::remove(const std::string& id) {
  auto text = store_.get(key_project(id));
  if (!text) return false;
  if (store_.set(key_trash(id), *text) != StoreStatus::ok) return false;  // keep it rather than lose it
  store_.remove(key_project(id));
  store_.remove(key_meta(id));
  etags_.erase(id);
  return true;
}

std::vector<ProjectInfo> ProjectLibrary::trash() {
  std::vector<ProjectInfo> out;
  const std::string prefix = "aims.trash.";
  for (const std::string& key : store_.keys(prefix)) {
    ProjectInfo info;
    info.id = key.substr(prefix.size());
    if (auto text = store_.get(key)) {
      InputError err;
      if (auto j = parse_ordered_json(*text, key, err)) info.name = project_name(*j);
      info.bytes = text->size();
    }
    out.push_back(std::move(info));
  }
  return out;
}

bool ProjectLibrary::restore(const std::string& id) {
  auto text = store_.get(key_trash(id));
  if (!text) return false;
  ProjectLoad l = load_project(*text, key_trash(id), cat_());
  if (!l.doc) return false;
  if (write(id, *l.doc) != StoreStatus::ok) return false;
  store_.remove(key_trash(id));
  return true;
}

void ProjectLibrary::purge_trash(const std::string& id) { store_.remove(key_trash(id)); }

}  // namespace aims
