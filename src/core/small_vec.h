// A vector of trivially copyable values that keeps its first N elements inside the object and
// moves to the heap only beyond them: a classification fills its lists without allocating.
#pragma once
#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace aims {

template <class T, std::size_t N>
class SmallVec {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

 public:
  using value_type = T;
  using size_type = std::size_t;
  using iterator = T*;
  using const_iterator = const T*;
  using reference = T&;
  using const_reference = const T&;

  SmallVec() : ptr_(inline_data()) {}
  SmallVec(const SmallVec& o) : ptr_(inline_data()) { assign(o); }
  SmallVec& operator=(const SmallVec& o) {
    if (this != &o) {
      size_ = 0;
      assign(o);
    }
    return *this;
  }
  SmallVec(SmallVec&& o) noexcept : ptr_(inline_data()) { take(o); }
  SmallVec& operator=(SmallVec&& o) noexcept {
    if (this != &o) {
      release();
      take(o);
    }
    return *this;
  }
  ~SmallVec() {
    if (on_heap()) std::free(ptr_);
  }

  T* data() { return ptr_; }
  const T* data() const { return ptr_; }
  std::size_t size() const { return size_; }
  std::size_t capacity() const { return cap_; }
  bool empty() const { return size_ == 0; }
  T* begin() { return data(); }
  T* end() { return data() + size_; }
  const T* begin() const { return data(); }
  const T* end() const { return data() + size_; }
  T& operator[](std::size_t i) { return data()[i]; }
  const T& operator[](std::size_t i) const { return data()[i]; }
  T& front() { return data()[0]; }
  const T& front() const { return data()[0]; }
  T& back() { return data()[size_ - 1]; }
  const T& back() const { return data()[size_ - 1]; }

  void reserve(std::size_t n) {
    if (n > capacity()) grow(n);
  }
  void clear() { size_ = 0; }
  void push_back(const T& v) {
    if (size_ == cap_) [[unlikely]] {
      const T copy = v;  // v may live in this vector
      grow(size_ * 2);
      data()[size_++] = copy;
      return;
    }
    data()[size_++] = v;
  }
  template <class... A>
  T& emplace_back(A&&... a) {
    if (size_ == cap_) [[unlikely]] grow(size_ * 2);
    T* p = ::new (static_cast<void*>(data() + size_)) T{std::forward<A>(a)...};
    ++size_;
    return *p;
  }
  void pop_back() { --size_; }
  // Room for n more elements; then up to n push_unchecked() calls need no capacity check.
  [[gnu::always_inline]] void ensure_room(std::size_t n) {
    if (size_ + n > cap_) [[unlikely]] grow(std::max(size_ * 2, size_ + n));
  }
  void push_unchecked(const T& v) {
    assert(size_ < cap_);
    data()[size_++] = v;
  }
  // Sets the size within the capacity (reserve first); new elements are left as they are.
  void resize_uninitialized(std::size_t n) { size_ = n; }

  // Element-wise equality with a std::vector (e.g. of std::string against string_views).
  template <class U, class A>
  friend bool operator==(const SmallVec& a, const std::vector<U, A>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const T& x, const U& y) { return x == y; });
  }

 private:
  T* inline_data() { return reinterpret_cast<T*>(buf_); }
  const T* inline_data() const { return reinterpret_cast<const T*>(buf_); }
  [[gnu::noinline, gnu::cold]] void grow(std::size_t n) {
    n = std::max(n, N + 1);
    T* p = static_cast<T*>(std::malloc(n * sizeof(T)));
    if (!p) throw std::bad_alloc();
    if (size_ > 0) std::memcpy(static_cast<void*>(p), static_cast<const void*>(ptr_), size_ * sizeof(T));
    if (on_heap()) std::free(ptr_);
    ptr_ = p;
    cap_ = n;
  }
  void assign(const SmallVec& o) {
    reserve(o.size_);
    if (o.size_ > 0) std::memcpy(static_cast<void*>(data()), static_cast<const void*>(o.data()), o.size_ * sizeof(T));
    size_ = o.size_;
  }
  bool on_heap() const { return ptr_ != inline_data(); }
  // Takes o's elements (its heap block, or a copy of its inline ones); this holds none.
  void take(SmallVec& o) {
    if (o.on_heap()) {
      ptr_ = o.ptr_;
      cap_ = o.cap_;
      o.ptr_ = o.inline_data();
      o.cap_ = N;
    } else if (o.size_ > 0) {
      std::memcpy(static_cast<void*>(buf_), static_cast<const void*>(o.buf_), o.size_ * sizeof(T));
    }
    size_ = o.size_;
    o.size_ = 0;
  }
  void release() {
    if (on_heap()) std::free(ptr_);
    ptr_ = inline_data();
    cap_ = N;
    size_ = 0;
  }

  T* ptr_;  // buf_ or a heap block
  std::size_t size_ = 0, cap_ = N;
  alignas(T) unsigned char buf_[N * sizeof(T)];
};

// Text kept inside the object up to N - 1 bytes (on the heap beyond), always NUL-terminated:
// a classification copies the profile's id and name without allocating.
template <std::size_t N>
class SmallText {
 public:
  SmallText() { chars_.push_back('\0'); }
  SmallText(std::string_view s) { assign(s); }  // NOLINT: implicit, like std::string
  SmallText& operator=(std::string_view s) {
    assign(s);
    return *this;
  }
  void assign(std::string_view s) {
    chars_.clear();
    chars_.reserve(s.size() + 1);
    if (!s.empty()) std::memcpy(chars_.data(), s.data(), s.size());
    chars_.resize_uninitialized(s.size());
    chars_.push_back('\0');
  }
  std::string_view view() const { return {chars_.data(), chars_.size() - 1}; }
  operator std::string_view() const { return view(); }  // NOLINT
  std::string str() const { return std::string(view()); }
  const char* c_str() const { return chars_.data(); }
  const char* data() const { return chars_.data(); }
  std::size_t size() const { return chars_.size() - 1; }
  bool empty() const { return size() == 0; }
  friend bool operator==(const SmallText& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const SmallText& a, const char* b) { return a.view() == std::string_view(b); }
  friend std::string operator+(const std::string& a, const SmallText& b) { return a + std::string(b.view()); }
  friend std::string operator+(const SmallText& a, const std::string& b) { return std::string(a.view()) + b; }
  friend std::string operator+(const char* a, const SmallText& b) { return a + std::string(b.view()); }

 private:
  SmallVec<char, N> chars_;
};

}  // namespace aims
