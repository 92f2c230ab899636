// Edits to a project document with undo, redo and a change log. Every edit is a set,
// insert or erase at a JSON pointer; an undo step holds the edits and their inverses.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/json_read.h"

namespace aims {

class ProjectEditor {
 public:
  explicit ProjectEditor(OrderedJson doc = OrderedJson::object());

  const OrderedJson& doc() const { return doc_; }
  // Increases with every change (edit, undo, redo): derived results cache on it.
  std::uint64_t revision() const { return revision_; }

  // Sets the value at a JSON pointer (creating missing parent objects). No-op when equal.
  // merge: fold into the previous step when it set the same pointer and is still open
  // (typing into one field is one undo step); close_merge() ends that.
  bool set(const std::string& ptr, OrderedJson value, const std::string& what, const std::string& now,
           bool merge = false);
  void close_merge() { merge_open_ = false; }
  // Inserts into the array at array_ptr (index == size appends).
  bool insert(const std::string& array_ptr, std::size_t index, OrderedJson value, const std::string& what,
              const std::string& now);
  // Removes an object member or array element.
  bool erase(const std::string& ptr, const std::string& what, const std::string& now);

  // Several edits as one undo step (e.g. duplicating a system with its RACI row).
  void begin_group(const std::string& what);
  void end_group(const std::string& now);

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  std::string undo_label() const { return undo_.empty() ? std::string() : undo_.back().what; }
  std::string redo_label() const { return redo_.empty() ? std::string() : redo_.back().what; }
  bool undo(const std::string& now);
  bool redo(const std::string& now);

  // Replaces the whole document (load, reload from another tab): clears undo and redo.
  void reset(OrderedJson doc);

  static constexpr std::size_t kMaxHistory = 1000;  // change-log entries kept in the file
  static constexpr std::size_t kMaxUndo = 500;

 private:
  struct Op {
    enum Kind { kSet, kInsert, kErase } kind;
    std::string ptr;
    std::optional<OrderedJson> before;  // nullopt: did not exist
    std::optional<OrderedJson> after;   // nullopt: removed
  };
  struct Step {
    std::string what;
    std::vector<Op> ops;
  };
  bool apply(const Op& op, bool forward);
  void record(Op op, const std::string& what, const std::string& now);
  void log(const std::string& path, const std::string& what, const std::string& now);

  OrderedJson doc_;
  std::uint64_t revision_ = 1;
  std::vector<Step> undo_, redo_;
  std::optional<Step> group_;
  bool merge_open_ = false;
};

}  // namespace aims
