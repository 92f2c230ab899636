#include "core/editor.h"

namespace aims {

namespace {
using Ptr = OrderedJson::json_pointer;

bool valid_ptr(const std::string& s) {
  try {
    Ptr p(s);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}
}  // namespace

ProjectEditor::ProjectEditor(OrderedJson doc) : doc_(std::move(doc)) {}

void ProjectEditor::reset(OrderedJson doc) {
  doc_ = std::move(doc);
  undo_.clear();
  redo_.clear();
  group_.reset();
  ++revision_;
}

bool ProjectEditor::apply(const Op& op, bool forward) {
  try {
    Ptr p(op.ptr);
    // An insert undone is an erase; an erase undone is an insert; a set restores before.
    Op::Kind kind = op.kind;
    const std::optional<OrderedJson>& value = forward ? op.after : op.before;
    if (kind == Op::kInsert && !forward) kind = Op::kErase;
    else if (kind == Op::kErase && !forward) kind = Op::kInsert;
    if (kind == Op::kSet) {
      if (value) doc_[p] = *value;
      else if (doc_.contains(p)) {
        OrderedJson& parent = doc_[p.parent_pointer()];
        if (parent.is_object()) parent.erase(p.back());
      }
    } else if (kind == Op::kInsert) {
      OrderedJson& arr = doc_[p.parent_pointer()];
      if (arr.is_array()) {
        std::size_t idx = static_cast<std::size_t>(std::stoul(p.back()));
        if (idx > arr.size()) return false;
        arr.insert(arr.begin() + static_cast<std::ptrdiff_t>(idx), *value);
      } else {
        arr[p.back()] = *value;
      }
    } else {
      OrderedJson& parent = doc_[p.parent_pointer()];
      if (parent.is_array()) {
        std::size_t idx = static_cast<std::size_t>(std::stoul(p.back()));
        if (idx >= parent.size()) return false;
        parent.erase(parent.begin() + static_cast<std::ptrdiff_t>(idx));
      } else if (parent.is_object()) {
        parent.erase(p.back());
      }
    }
    ++revision_;
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

void ProjectEditor::log(const std::string& path, const std::string& what, const std::string& now) {
  if (!doc_.is_object()) return;
  OrderedJson& h = doc_["history"];
  if (!h.is_array()) h = OrderedJson::array();
  h.push_back({{"at", now}, {"path", path}, {"what", what}});
  if (h.size() > kMaxHistory) h.erase(h.begin(), h.begin() + static_cast<std::ptrdiff_t>(h.size() - kMaxHistory));
  if (doc_.contains("project") && doc_["project"].is_object()) doc_["project"]["modified"] = now;
}

void ProjectEditor::record(Op op, const std::string& what, const std::string& now) {
  redo_.clear();
  std::string path = op.ptr;
  if (group_) {
    group_->ops.push_back(std::move(op));
  } else {
    undo_.push_back({what, {std::move(op)}});
    if (undo_.size() > kMaxUndo) undo_.erase(undo_.begin());
    log(path, what, now);
  }
}

bool ProjectEditor::set(const std::string& ptr, OrderedJson value, const std::string& what, const std::string& now,
                        bool merge) {
  if (!valid_ptr(ptr) || ptr.empty()) return false;
  Ptr p(ptr);
  if (merge && merge_open_ && !group_ && !undo_.empty() && undo_.back().ops.size() == 1 &&
      undo_.back().ops[0].kind == Op::kSet && undo_.back().ops[0].ptr == ptr && doc_.contains(p)) {
    if (doc_.at(p) == value) return false;
    doc_[p] = value;
    undo_.back().ops[0].after = std::move(value);
    redo_.clear();
    ++revision_;
    if (doc_.contains("project") && doc_["project"].is_object()) doc_["project"]["modified"] = now;
    return true;
  }
  merge_open_ = merge;
  std::optional<OrderedJson> before;
  try {
    if (doc_.contains(p)) before = doc_.at(p);
  } catch (const std::exception&) {
    return false;
  }
  if (before && *before == value) return false;
  // When parents are missing, record the edit at the highest missing ancestor so that undo
  // removes everything the edit created.
  Ptr top = p;
  while (!top.parent_pointer().empty() && !doc_.contains(top.parent_pointer())) top = top.parent_pointer();
  if (top != p) {
    try {
      if (!doc_.at(top.parent_pointer()).is_object()) return false;
    } catch (const std::exception&) {
      return false;
    }
    doc_[p] = std::move(value);
    ++revision_;
    Op op{Op::kSet, top.to_string(), std::nullopt, doc_.at(top)};
    record(std::move(op), what, now);
    return true;
  }
  Op op{Op::kSet, ptr, before, std::move(value)};
  if (!apply(op, true)) return false;
  record(std::move(op), what, now);
  return true;
}

bool ProjectEditor::insert(const std::string& array_ptr, std::size_t index, OrderedJson value, const std::string& what,
                           const std::string& now) {
  if (!valid_ptr(array_ptr)) return false;
  Ptr p(array_ptr);
  if (!doc_.contains(p)) doc_[p] = OrderedJson::array();
  const OrderedJson& arr = doc_.at(p);
  if (!arr.is_array() || index > arr.size()) return false;
  Op op{Op::kInsert, array_ptr + "/" + std::to_string(index), std::nullopt, std::move(value)};
  if (!apply(op, true)) return false;
  record(std::move(op), what, now);
  return true;
}

bool ProjectEditor::erase(const std::string& ptr, const std::string& what, const std::string& now) {
  if (!valid_ptr(ptr) || ptr.empty()) return false;
  Ptr p(ptr);
  if (!doc_.contains(p)) return false;
  const OrderedJson& parent = doc_.at(p.parent_pointer());
  Op op{parent.is_array() ? Op::kErase : Op::kSet, ptr, doc_.at(p), std::nullopt};
  if (!apply(op, true)) return false;
  record(std::move(op), what, now);
  return true;
}

void ProjectEditor::begin_group(const std::string& what) {
  if (!group_) group_ = Step{what, {}};
}

void ProjectEditor::end_group(const std::string& now) {
  if (!group_) return;
  Step s = std::move(*group_);
  group_.reset();
  if (s.ops.empty()) return;
  std::string path = s.ops.front().ptr;
  std::string what = s.what;
  undo_.push_back(std::move(s));
  if (undo_.size() > kMaxUndo) undo_.erase(undo_.begin());
  log(path, what, now);
}

bool ProjectEditor::undo(const std::string& now) {
  if (undo_.empty()) return false;
  Step s = std::move(undo_.back());
  undo_.pop_back();
  for (auto it = s.ops.rbegin(); it != s.ops.rend(); ++it) apply(*it, false);
  log(s.ops.empty() ? std::string() : s.ops.front().ptr, "undo: " + s.what, now);
  redo_.push_back(std::move(s));
  return true;
}

bool ProjectEditor::redo(const std::string& now) {
  if (redo_.empty()) return false;
  Step s = std::move(redo_.back());
  redo_.pop_back();
  for (const Op& op : s.ops) apply(op, true);
  log(s.ops.empty() ? std::string() : s.ops.front().ptr, "redo: " + s.what, now);
  undo_.push_back(std::move(s));
  return true;
}

}  // namespace aims
