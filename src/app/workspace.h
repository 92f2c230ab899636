// The open project and the stored ones, as the app uses them: the library over the
// browser's storage, the editor of the open project, autosave, conflicts with other tabs,
// import and export, and results derived from the document (cached by revision).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/assess.h"
#include "core/cached.h"
#include "core/classify.h"
#include "core/editor.h"
#include "core/library.h"
#include "core/project.h"
#include "core/project_classes.h"

namespace aims::app {

// KeyValueStore over the platform's storage (localStorage in the browser).
class PlatformStore : public KeyValueStore {
 public:
  std::optional<std::string> get(const std::string& key) override;
  StoreStatus set(const std::string& key, const std::string& value) override;
  void remove(const std::string& key) override;
  std::vector<std::string> keys(const std::string& prefix) override;
};

enum class SaveState { saved, pending, quota_exceeded, conflict, unavailable };

class Workspace {
 public:
  Workspace();

  ProjectLibrary& library() { return library_; }
  const std::string& tab() const { return tab_; }

  // ---- the open project -----------------------------------------------------------------
  bool open(const std::string& id, std::string* error = nullptr);
  void close();
  bool is_open() const { return !id_.empty(); }
  const std::string& id() const { return id_; }
  const OrderedJson& doc() const { return editor_.doc(); }
  ProjectEditor& editor() { return editor_; }

  // Edits (each is one undo step unless merge folds typing into one field).
  bool set(const std::string& ptr, OrderedJson value, const std::string& what, bool merge = false);
  bool insert(const std::string& array_ptr, std::size_t index, OrderedJson value, const std::string& what);
  bool erase(const std::string& ptr, const std::string& what);
  bool undo();
  bool redo();
  // Several edits as one undo step.
  void begin_group(const std::string& what) { editor_.begin_group(what); }
  void end_group();

  // Called once per frame: saves pending changes, watches other tabs.
  void tick(double now_ms);
  // Saves now if anything is pending (page hidden or closed).
  void flush();
  SaveState save_state() const { return save_state_; }
  double last_save_duration_ms() const { return last_save_ms_; }
  // Another tab saved this project since we loaded it: reload theirs or keep ours.
  bool conflict() const { return save_state_ == SaveState::conflict; }
  void resolve_conflict_reload();
  void resolve_conflict_keep_mine();
  // Another tab has this project open right now.
  bool open_elsewhere() const { return open_elsewhere_; }

  // ---- results derived from the document, recomputed when it changes ---------------------
  // The key of the project's classifications now: revision, language, today, organisation data.
  ClassesKey classes_key(Lang lang) const;
  // The one classification of every system (project_classes.h), made once per key and read
  // by every screen: dashboard, questionnaire, inventory, assessment, SoA, roadmap, reports.
  const ProjectClasses& classes(Lang lang);
  // The ISO/IEC 42001 assessment for today, in a language, made from classes(lang).
  const Assessment& assessment(Lang lang);

  // ---- import and export ------------------------------------------------------------------
  std::string export_text() const { return project_to_text(doc()); }
  std::string export_name() const;
  // Loads a file; on success stores it as a new project and returns its id. Never
  // overwrites: a project with the same id inside is stored under a new one.
  std::optional<std::string> import_file(const std::string& name, const std::string& text,
                                         std::vector<InputError>& errors, StoreStatus* why = nullptr);
  // Opens the demo project, creating it on first use.
  // which: "" the main demo (a manufacturer), "finance" the small credit-institution demo.
  std::optional<std::string> open_demo(std::string* error = nullptr, std::string_view which = {});

  // ---- deleting with undo -------------------------------------------------------------------
  bool remove(const std::string& id);
  std::optional<std::string> recently_deleted() const { return deleted_; }
  bool undo_remove();
  void forget_deleted() { deleted_.reset(); }

  static constexpr const char* kDemoMarker = "demo-brenner";
  static constexpr const char* kFinanceDemoMarker = "demo-finance";

 private:
  void save_now();
  void heartbeat(double now_ms);

  PlatformStore store_;
  std::string tab_;
  ProjectLibrary library_;
  ProjectEditor editor_;
  std::string id_;
  std::uint64_t saved_revision_ = 0;
  SaveState save_state_ = SaveState::saved;
  double last_save_ms_ = 0;
  double last_save_at_ = -1e9;
  double last_heartbeat_ = -1e9;
  bool open_elsewhere_ = false;
  std::optional<std::string> deleted_;
  Cached<ClassesKey, std::shared_ptr<const ProjectClasses>> classes_;
  Cached<ClassesKey, Assessment> assessment_;
};

}  // namespace aims::app
