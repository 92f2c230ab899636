// Each view's own state (filters, selection, caches), declared next to the view's code and
// kept by the App: app.state<InventoryState>() gives the one instance, made on first use.
// Nothing here knows the views; a view's state type can live in its .cpp (private to it) or
// its .h (when another file reads it, e.g. window.aimsState). Being owned by the App, it can
// be reset (ViewStates::reset) and tested, unlike a function-local static.
#pragma once
#include <memory>
#include <typeindex>
#include <typeinfo>
#include <unordered_map>

namespace aims::app {

class ViewStates {
 public:
  template <class State>
  State& get() {
    std::shared_ptr<void>& slot = slots_[std::type_index(typeid(State))];
    if (!slot) slot = std::make_shared<State>();
    return *static_cast<State*>(slot.get());
  }
  void reset() { slots_.clear(); }

 private:
  // By type: a tag object's address is not safe (identical constants may be merged).
  std::unordered_map<std::type_index, std::shared_ptr<void>> slots_;
};

}  // namespace aims::app
