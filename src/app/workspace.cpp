#include "app/workspace.h"

#include "core/assets.h"
#include "platform/platform.h"

namespace aims::app {

// ---- PlatformStore -----------------------------------------------------------------------
std::optional<std::string> PlatformStore::get(const std::string& key) { return platform::storage_get(key); }

StoreStatus PlatformStore::set(const std::string& key, const std::string& value) {
  switch (platform::storage_set(key, value)) {
    case platform::StoreResult::ok: return StoreStatus::ok;
    case platform::StoreResult::quota_exceeded: return StoreStatus::quota_exceeded;
    default: return StoreStatus::unavailable;
  }
}

void PlatformStore::remove(const std::string& key) { platform::storage_remove(key); }

std::vector<std::string> PlatformStore::keys(const std::string& prefix) { return platform::storage_keys(prefix); }

// ---- Workspace ---------------------------------------------------------------------------
namespace {
std::string key_open(const std::string& id) { return "aims.open." + id; }
}  // namespace

Workspace::Workspace()
    : tab_(platform::random_id()),
      // The catalog loads when a project is first read, not when the app starts.
      library_(store_, []() -> const Catalog& { return *ai_act_catalog(); }, [] { return platform::now_iso(); }, tab_) {}

bool Workspace::open(const std::string& id, std::string* error) {
  flush();
  auto doc = library_.open(id, error);
  if (!doc) return false;
  if (is_open()) platform::storage_remove(key_open(id_));
  editor_.reset(std::move(*doc));
  id_ = id;
  saved_revision_ = editor_.revision();
  save_state_ = SaveState::saved;
  // Someone else has it open when their heartbeat is fresh (written in the last 5 s).
  open_elsewhere_ = false;
  if (auto hb = platform::storage_get(key_open(id))) {
    InputError err;
    if (auto j = parse_json(*hb, "open", err); j && j->is_object() && j->value("tab", "") != tab_) {
      open_elsewhere_ = platform::wall_ms() - j->value("wall_ms", -1e9) < 5000.0;
    }
  }
  last_heartbeat_ = -1e9;
  platform::storage_set("aims.last_project", id);  // reopened after a reload
  return true;
}

void Workspace::close() {
  flush();
  if (is_open()) platform::storage_remove(key_open(id_));
  platform::storage_remove("aims.last_project");
  id_.clear();
  editor_.reset(OrderedJson::object());
  open_elsewhere_ = false;
}

bool Workspace::set(const std::string& ptr, OrderedJson value, const std::string& what, bool merge) {
  return is_open() && editor_.set(ptr, std::move(value), what, platform::now_iso(), merge);
}

bool Workspace::insert(const std::string& array_ptr, std::size_t index, OrderedJson value, const std::string& what) {
  return is_open() && editor_.insert(array_ptr, index, std::move(value), what, platform::now_iso());
}

bool Workspace::erase(const std::string& ptr, const std::string& what) {
  return is_open() && editor_.erase(ptr, what, platform::now_iso());
}

void Workspace::end_group() { editor_.end_group(platform::now_iso()); }

bool Workspace::undo() { return is_open() && editor_.undo(platform::now_iso()); }
bool Workspace::redo() { return is_open() && editor_.redo(platform::now_iso()); }

void Workspace::save_now() {
  if (!is_open() || save_state_ == SaveState::conflict) return;
  double t0 = platform::now_ms();
  SaveStatus st = library_.save(id_, editor_.doc());
  last_save_ms_ = platform::now_ms() - t0;
  last_save_at_ = t0;
  switch (st) {
    case SaveStatus::ok:
      saved_revision_ = editor_.revision();
      save_state_ = SaveState::saved;
      break;
    case SaveStatus::quota_exceeded: save_state_ = SaveState::quota_exceeded; break;
    case SaveStatus::conflict: save_state_ = SaveState::conflict; break;
    default: save_state_ = SaveState::unavailable; break;
  }
}

void Workspace::flush() {
  if (is_open() && editor_.revision() != saved_revision_) save_now();
}

void Workspace::heartbeat(double now_ms) {
  if (!is_open() || now_ms - last_heartbeat_ < 2000.0) return;
  last_heartbeat_ = now_ms;
  Json j = {{"tab", tab_}, {"wall_ms", platform::wall_ms()}};
  platform::storage_set(key_open(id_), j.dump());
}

void Workspace::tick(double now_ms) {
  if (!is_open()) return;
  heartbeat(now_ms);
  // Another tab saved our project: stop saving and ask (never overwrite silently).
  for (const std::string& key : platform::storage_changed_elsewhere()) {
    if (key == ProjectLibrary::key_meta(id_) && library_.changed_elsewhere(id_)) save_state_ = SaveState::conflict;
    if (key == key_open(id_)) open_elsewhere_ = true;
  }
  if (editor_.revision() == saved_revision_) return;
  if (save_state_ == SaveState::conflict) return;
  // Save at once while saves are quick; large projects at most every 250 ms.
  if (last_save_ms_ < 10.0 || now_ms - last_save_at_ > 250.0) save_now();
  else save_state_ = SaveState::pending;
}

void Workspace::resolve_conflict_reload() {
  std::string id = id_;
  id_.clear();
  save_state_ = SaveState::saved;
  open(id);
}

void Workspace::resolve_conflict_keep_mine() {
  if (!is_open()) return;
  double t0 = platform::now_ms();
  SaveStatus st = library_.save_over(id_, editor_.doc());
  last_save_ms_ = platform::now_ms() - t0;
  save_state_ = st == SaveStatus::ok ? SaveState::saved
                : st == SaveStatus::quota_exceeded ? SaveState::quota_exceeded
                                                   : SaveState::unavailable;
  if (st == SaveStatus::ok) saved_revision_ = editor_.revision();
}

ClassesKey Workspace::classes_key(Lang lang) const {
  return aims::classes_key(editor_.doc(), editor_.revision(), lang, platform::today());
}

const ProjectClasses& Workspace::classes(Lang lang) {
  const ClassesKey key = classes_key(lang);
  return *classes_.get(key, [&] { return classify_project(editor_.doc(), *ai_act_catalog(), key); });
}

const Assessment& Workspace::assessment(Lang lang) {
  const ClassesKey key = classes_key(lang);
  classes(lang);
  return assessment_.get(key, [&] {
    AssessOptions opt;
    opt.as_of = key.as_of;
    opt.lang = lang;
    return assess(editor_.doc(), *ai_act_catalog(), *iso_catalog(), opt, classes_.value());
  });
}

std::string Workspace::export_name() const { return export_file_name(doc(), platform::today()); }

std::optional<std::string> Workspace::import_file(const std::string& name, const std::string& text,
                                                  std::vector<InputError>& errors, StoreStatus* why) {
  ProjectLoad l = load_project(text, name, *ai_act_catalog());
  errors = l.errors;
  if (!l.doc) return std::nullopt;
  if (!l.doc->contains("project") || !(*l.doc)["project"].is_object()) (*l.doc)["project"] = OrderedJson::object();
  OrderedJson& meta = (*l.doc)["project"];
  if (!meta.contains("name") || !meta["name"].is_string() || meta["name"].get<std::string>().empty()) {
    std::string base = name;
    for (const char* ext : {".aims.json", ".json"}) {
      if (base.size() > std::string(ext).size() && base.substr(base.size() - std::string(ext).size()) == ext) {
        base = base.substr(0, base.size() - std::string(ext).size());
        break;
      }
    }
    meta["name"] = base;
  }
  if (!meta.contains("created")) meta["created"] = platform::now_iso();
  meta["modified"] = platform::now_iso();
  return library_.add(std::move(*l.doc), why);
}

std::optional<std::string> Workspace::open_demo(std::string* error, std::string_view which) {
  const bool finance = which == "finance";
  const char* marker = finance ? kFinanceDemoMarker : kDemoMarker;
  const char* file = finance ? "demo-finance.json" : "demo-de.json";
  // Reuse the stored demo if there is one.
  for (const ProjectInfo& info : library_.list()) {
    if (auto text = platform::storage_get(ProjectLibrary::key_project(info.id))) {
      if (text->find(std::string("\"demo_of\": \"") + marker + "\"") != std::string::npos) {
        if (open(info.id, error)) return info.id;
      }
    }
  }
  std::string_view demo = assets::find(std::string("assets/project/") + file);
  ProjectLoad l = load_project(demo, file, *ai_act_catalog());
  if (!l.doc) {
    if (error) *error = l.errors.empty() ? "demo project unreadable" : l.errors.front().to_string();
    return std::nullopt;
  }
  (*l.doc)["project"]["demo_of"] = marker;
  StoreStatus why = StoreStatus::ok;
  auto id = library_.add(std::move(*l.doc), &why);
  if (!id) {
    if (error) *error = why == StoreStatus::quota_exceeded ? "storage full" : "storage unavailable";
    return std::nullopt;
  }
  if (!open(*id, error)) return std::nullopt;
  return id;
}

bool Workspace::remove(const std::string& id) {
  if (id == id_) close();
  if (!library_.remove(id)) return false;
  deleted_ = id;
  return true;
}

bool Workspace::undo_remove() {
  if (!deleted_) return false;
  bool ok = library_.restore(*deleted_);
  deleted_.reset();
  return ok;
}

}  // namespace aims::app
