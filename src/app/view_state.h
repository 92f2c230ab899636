// Each view's own state (filters, selection, caches), declared next to the view's code and
// kept by the App: app.state<InventoryState>() gives the one instance, made on first use.
// Nothing here knows the views; a view's state type can live in its .cpp (private to it) or
// its .h (when another file reads it, e.g. window.aimsState). Being owned by the App, it can
// be reset (ViewStates::reset) and tested, unlike a function-local static.
#pragma once
#include <memory>
#include <unordered_map>

namespace aims::app {

class ViewStates {
 public:
  template <class State>
  State& get() {
    std::shared_ptr<void>& slot = slots_[tag<State>()];
    if (!slot) slot = std::make_shared<State>();
    return *static_cast<State*>(slot.get());
  }
  void reset() { slots_.clear(); }

 private:
  // One address per state type (a constant, not state).
  template <class State>
  static const void* tag() {
    static const char t = 0;
    return &t;
  }
  std::unordered_map<const void*, std::shared_ptr<void>> slots_;
};

}  // namespace aims::app
