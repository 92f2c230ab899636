// Browser implementation of the platform seam: Emscripten's GLFW + WebGL2, canvas sized to
// the window times devicePixelRatio, Dear ImGui's GLFW backend for input and our own WebGL 2
// renderer (gl_renderer.cpp) for its draw data.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <bitset>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <string>
#include <unordered_map>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_internal.h"  // ImGuiWindow::Hidden (publish_widget)
#include "platform/gl_renderer.h"
#include "platform/platform.h"

// Keeps the canvas backing store at CSS size x devicePixelRatio. Browser.setCanvasSize
// fires GLFW's resize handling, so glfwGetWindowSize follows (toolchain notes, pitfall 4).
EM_JS(int, aims_sync_canvas_size, (), {
  var c = Module['canvas'];
  var dpr = window.devicePixelRatio || 1;
  var w = Math.max(1, Math.round(c.clientWidth * dpr));
  var h = Math.max(1, Math.round(c.clientHeight * dpr));
  if (c.width != w || c.height != h) {
    Browser.setCanvasSize(w, h);
    return 1;
  }
  return 0;
});

EM_JS(double, aims_device_pixel_ratio, (), { return window.devicePixelRatio || 1; });

// Emscripten 3.1.6's GLFW passes raw wheel deltas (pixels, browser sign) to the scroll
// callback, so wheels scrolled the wrong way and far too fast. We normalise them ourselves:
// one notch = 1 line in ImGui's units, upwards positive.
EM_JS(void, aims_js_wheel_init, (), {
  window.aimsWheel = { x: 0, y: 0 };
  Module['canvas'].addEventListener('wheel', function (e) {
    var k = e.deltaMode === 1 ? 1 / 3 : (e.deltaMode === 2 ? 1 : 1 / 100);
    window.aimsWheel.x += -e.deltaX * k;
    window.aimsWheel.y += -e.deltaY * k;
  }, { passive: true });
});
EM_JS(double, aims_js_wheel_take, (int axis), {
  var w = window.aimsWheel;
  if (!w) return 0;
  var v = axis ? w.y : w.x;
  if (axis) w.y = 0; else w.x = 0;
  return v;
});

EM_JS(char*, aims_js_language, (), {
  var l = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  var n = lengthBytesUTF8(l) + 1;
  var p = _malloc(n);
  stringToUTF8(l, p, n);
  return p;
});

// System clipboard. Emscripten's GLFW keeps a clipboard of its own only; ImGui's copy goes
// to navigator.clipboard (Ctrl+C is a user gesture), and a paste event (Ctrl+V) brings the
// system clipboard's text in before ImGui asks for it in the next frame.
EM_JS(void, aims_js_clipboard_init, (), {
  window.aimsClipboard = "";
  window.addEventListener("paste", function (e) {
    if (e.clipboardData) window.aimsClipboard = e.clipboardData.getData("text/plain") || "";
  });
});
EM_JS(void, aims_js_clipboard_set, (const char* text), {
  var t = UTF8ToString(text);
  window.aimsClipboard = t;
  try { if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(function () {}); } catch (e) {}
});
EM_JS(char*, aims_js_clipboard_get, (), {
  var s = window.aimsClipboard || "";
  var n = lengthBytesUTF8(s) + 1;
  var p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
});

// CPU time of the last frames (ms, exponential average) for the benchmarks.
// aimsFrameMs: building the frame (app + ImGui); aimsFrameTotalMs: including GL submission;
// aimsFrameSum / aimsFrameCount: sum and number of the frames (for a mean over a window).
EM_JS(void, aims_js_frame_time, (double ms, double total), {
  window.aimsFrameMs = window.aimsFrameMs === undefined ? ms : window.aimsFrameMs * 0.9 + ms * 0.1;
  window.aimsFrameMsMax = Math.max(window.aimsFrameMsMax || 0, ms);
  window.aimsFrameSum = (window.aimsFrameSum || 0) + ms;  // a benchmark resets these two
  window.aimsFrameCount = (window.aimsFrameCount || 0) + 1;
  window.aimsFrameTotalMs = window.aimsFrameTotalMs === undefined ? total : window.aimsFrameTotalMs * 0.9 + total * 0.1;
});

EM_JS(void, aims_js_first_frame, (), {
  if (window.aimsFirstFrameMs === undefined) {
    window.aimsFirstFrameMs = performance.now();
    var s = document.getElementById('status');
    if (s) s.hidden = true;
    console.log('aims:first-frame ' + window.aimsFirstFrameMs.toFixed(1));
    window.dispatchEvent(new Event('aims:first-frame'));  // boot.js: service worker after this
  }
});

EM_JS(void, aims_js_mark, (const char* name), {
  try { performance.mark(UTF8ToString(name)); } catch (e) {}
});

// ---- storage ---------------------------------------------------------------------------
EM_JS(char*, aims_js_storage_get, (const char* key), {
  try {
    var v = window.localStorage.getItem(UTF8ToString(key));
    if (v === null) return 0;
    var n = lengthBytesUTF8(v) + 1;
    var p = _malloc(n);
    stringToUTF8(v, p, n);
    return p;
  } catch (e) { return 0; }
});

// 0 ok, 1 quota exceeded, 2 unavailable
EM_JS(int, aims_js_storage_set, (const char* key, const char* value), {
  try {
    window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value));
    return 0;
  } catch (e) {
    if (e && (e.name === 'QuotaExceededError' || e.code === 22 || e.code === 1014)) return 1;
    return 2;
  }
});

EM_JS(void, aims_js_storage_remove, (const char* key), {
  try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});

// Keys with a prefix, joined by "\n".
EM_JS(char*, aims_js_storage_keys, (const char* prefix), {
  var pre = UTF8ToString(prefix);
  var out = [];
  try {
    for (var i = 0; i < window.localStorage.length; i++) {
      var k = window.localStorage.key(i);
      if (k !== null && k.indexOf(pre) === 0) out.push(k);
    }
  } catch (e) {}
  var s = out.join('\n');
  var n = lengthBytesUTF8(s) + 1;
  var p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
});

EM_JS(double, aims_js_storage_bytes, (const char* prefix), {
  var pre = UTF8ToString(prefix);
  var total = 0;
  try {
    for (var i = 0; i < window.localStorage.length; i++) {
      var k = window.localStorage.key(i);
      if (k !== null && k.indexOf(pre) === 0) total += 2 * (k.length + (window.localStorage.getItem(k) || "").length);
    }
  } catch (e) {}
  return total;
});

EM_JS(char*, aims_js_storage_changed, (), {
  if (!window.aimsStorageWatch) {
    window.aimsStorageWatch = [];
    window.addEventListener('storage', function (e) { if (e.key) window.aimsStorageWatch.push(e.key); });
  }
  var s = window.aimsStorageWatch.join('\n');
  window.aimsStorageWatch.length = 0;
  var n = lengthBytesUTF8(s) + 1;
  var p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
});

// ---- files -------------------------------------------------------------------------------
EM_JS(void, aims_js_download, (const char* name, const char* mime, const char* data, int len), {
  var bytes = HEAPU8.slice(data, data + len);
  var blob = new Blob([bytes], { type: UTF8ToString(mime) });
  var url = URL.createObjectURL(blob);
  var a = document.createElement('a');
  a.href = url;
  a.download = UTF8ToString(name);
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
});

EM_JS(void, aims_js_init_files, (), {
  if (window.aimsIncoming) return;
  window.aimsIncoming = [];
  function take(files) {
    for (var i = 0; i < files.length; i++) {
      (function (f) {
        var r = new FileReader();
        r.onload = function () { window.aimsIncoming.push({ name: f.name, data: new Uint8Array(r.result) }); };
        r.readAsArrayBuffer(f);
      })(files[i]);
    }
  }
  window.aimsTakeFiles = take;
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files) take(e.dataTransfer.files);
  });
});

EM_JS(void, aims_js_open_picker, (const char* accept), {
  var input = document.createElement('input');
  input.type = 'file';
  input.accept = UTF8ToString(accept);
  input.onchange = function () { if (input.files) window.aimsTakeFiles(input.files); };
  input.click();
});

EM_JS(int, aims_js_incoming_count, (), { return window.aimsIncoming ? window.aimsIncoming.length : 0; });
EM_JS(int, aims_js_incoming_size, (), { return window.aimsIncoming[0].data.length; });
EM_JS(char*, aims_js_incoming_name, (), {
  var s = window.aimsIncoming[0].name;
  var n = lengthBytesUTF8(s) + 1;
  var p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
});
EM_JS(void, aims_js_incoming_take, (char* dest), {
  var f = window.aimsIncoming.shift();
  HEAPU8.set(f.data, dest);
});

// ---- tests and automation ----------------------------------------------------------------
EM_JS(void, aims_js_set_lang, (const char* code), {
  document.documentElement.lang = UTF8ToString(code);
});
EM_JS(void, aims_js_announce, (const char* text), {
  var t = UTF8ToString(text);
  window.aimsAnnouncements = window.aimsAnnouncements || [];
  window.aimsAnnouncements.push(t);
  if (window.aimsAnnouncements.length > 200) window.aimsAnnouncements.shift();
  var el = document.getElementById('a11y-live');
  if (!el) return;
  // A changed text node is read out; the same text twice in a row gets a no-break space so it
  // is read again.
  el.textContent = (el.textContent === t) ? t + '\u00a0' : t;
});
EM_JS(void, aims_js_publish_focus, (const char* json), {
  try { window.aimsFocus = JSON.parse(UTF8ToString(json)); } catch (e) {}
});
EM_JS(void, aims_js_set_report_entry, (const char* label), {
  var b = document.getElementById('a11y-report');
  if (!b) return;
  var l = UTF8ToString(label);
  b.textContent = l;
  b.hidden = l.length === 0;
  if (!b.aimsBound) {
    b.aimsBound = true;
    b.addEventListener('click', function () { Module._aims_open_report(); });
  }
});
EM_JS(void, aims_js_open_html, (const char* name, const char* data, int len), {
  var blob = new Blob([HEAPU8.slice(data, data + len)], { type: 'text/html;charset=utf-8' });
  var url = URL.createObjectURL(blob);
  var w = window.open(url, '_blank');
  if (!w) {  // pop-ups blocked: offer it as a download instead
    var a = document.createElement('a');
    a.href = url; a.download = UTF8ToString(name);
    document.body.appendChild(a); a.click(); a.remove();
  }
  window.aimsOpenedReports = (window.aimsOpenedReports || 0) + 1;
  setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
});

EM_JS(void, aims_js_publish_widget, (const char* id, float x0, float y0, float x1, float y1), {
  var d = window.devicePixelRatio || 1;
  window.aimsUi = window.aimsUi || {};
  window.aimsUi[UTF8ToString(id)] = { x0: x0 / d, y0: y0 / d, x1: x1 / d, y1: y1 / d,
                                      x: (x0 + x1) / 2 / d, y: (y0 + y1) / 2 / d };
});
EM_JS(void, aims_js_unpublish_widget, (const char* id), {
  if (window.aimsUi) delete window.aimsUi[UTF8ToString(id)];
});
EM_JS(void, aims_js_publish_state, (const char* json), {
  try { window.aimsState = JSON.parse(UTF8ToString(json)); } catch (e) {}
});
EM_JS(char*, aims_js_query, (), {
  var s = window.location.search || ""; if (s.charAt(0) == "?") s = s.substring(1);
  var n = lengthBytesUTF8(s) + 1;
  var p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
});

EM_JS(double, aims_js_wall_ms, (), { return Date.now(); });
EM_JS(char*, aims_js_now_iso, (), {
  var s = new Date().toISOString().substring(0, 19) + "Z";
  var n = lengthBytesUTF8(s) + 1;
  var p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
});
EM_JS(char*, aims_js_today, (), {
  var d = new Date();
  var s = d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  var n = lengthBytesUTF8(s) + 1;
  var p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
});
// The tab's id survives reloads of the same tab (sessionStorage is per tab), so a reload is
// not mistaken for another tab.
EM_JS(char*, aims_js_random_id, (), {
  var s = "";
  try { s = sessionStorage.getItem("aims.tab") || ""; } catch (e) {}
  if (!s) {
    var a = new Uint8Array(6);
    crypto.getRandomValues(a);
    s = Array.from(a, function (b) { return b.toString(16).padStart(2, "0"); }).join("");
    try { sessionStorage.setItem("aims.tab", s); } catch (e) {}
  }
  var n = lengthBytesUTF8(s) + 1;
  var p = _malloc(n);
  stringToUTF8(s, p, n);
  return p;
});
EM_JS(void, aims_js_on_page_hide, (), {
  var f = function () { if (Module["_aims_flush"]) Module["_aims_flush"](); };
  window.addEventListener("pagehide", f);
  document.addEventListener("visibilitychange", function () { if (document.visibilityState === "hidden") f(); });
});

namespace aims::platform {
namespace {
std::function<void()> g_flush;  // the app's flush, called from JS on pagehide
}
}  // namespace aims::platform

extern "C" EMSCRIPTEN_KEEPALIVE void aims_flush() {
  if (aims::platform::g_flush) aims::platform::g_flush();
}

namespace aims::platform {
namespace {

std::string take_c_string(char* p) {
  std::string s = p ? p : "";
  std::free(p);
  return s;
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    if (nl > start) out.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

// Dear ImGui 1.86 reads key state once per frame (io.KeysDown), so a key pressed and released
// between two frames - common on a slow frame or with fast typing - would be lost. Keys,
// characters and mouse buttons are queued here in arrival order and handed to the backend at
// the start of a frame; a second transition of the same key or button waits for the next
// frame, and so does everything after it, so the order of keys, typed characters and clicks
// is kept (a click right after typing acts on the typed text, however slow the frames). A
// press of a key that types nothing (Tab, Enter, arrows, ...) ends the frame's share too, and
// the next frame takes nothing: what follows it (text typed into the field Tab moves to)
// waits until ImGui has acted on it (focus moves one frame after the Tab).
struct InputEvent {
  enum Kind { key_event, char_event, button_event } kind = key_event;
  int key = 0, scancode = 0, action = 0, mods = 0;  // key: GLFW key; button: GLFW mouse button
  unsigned int codepoint = 0;
};
std::deque<InputEvent> g_input;
constexpr std::size_t kMaxQueued = 512;

// Mouse buttons as the queue has delivered them (ImGui's GLFW backend would read the live
// state, which can be ahead of keys still queued).
constexpr int kButtons = 5;  // ImGuiMouseButton_COUNT
bool g_button_down[kButtons] = {};

void queue_key(GLFWwindow*, int key, int scancode, int action, int mods) {
  if (g_input.size() < kMaxQueued) g_input.push_back({InputEvent::key_event, key, scancode, action, mods, 0});
}
void queue_char(GLFWwindow*, unsigned int c) {
  if (g_input.size() < kMaxQueued) g_input.push_back({InputEvent::char_event, 0, 0, 0, 0, c});
}
void queue_button(GLFWwindow*, int button, int action, int mods) {
  if (button < 0 || button >= kButtons) return;
  if (g_input.size() < kMaxQueued) g_input.push_back({InputEvent::button_event, button, 0, action, mods, 0});
}

bool g_input_pause = false;  // a key that types nothing was pressed: one frame without input

void drain_input(GLFWwindow* w) {
  if (g_input_pause) {
    g_input_pause = false;
    return;
  }
  std::bitset<GLFW_KEY_LAST + 1> changed;
  std::bitset<kButtons> buttons_changed;
  while (!g_input.empty()) {
    const InputEvent& e = g_input.front();
    if (e.kind == InputEvent::char_event) {
      ImGui_ImplGlfw_CharCallback(w, e.codepoint);
    } else if (e.kind == InputEvent::button_event) {
      const auto b = static_cast<std::size_t>(e.key);
      if (buttons_changed[b]) break;  // next frame
      buttons_changed[b] = true;
      g_button_down[b] = e.action == GLFW_PRESS;  // a release waits for the next frame (above)
      ImGui_ImplGlfw_MouseButtonCallback(w, e.key, e.action, e.mods);
    } else {
      // A key that types (below 256, without Ctrl or Super) reaches InputText as a character,
      // which ImGui queues itself: several of them may go into one frame. Space also presses
      // the focused button, which ImGui sees only if the key is down at a frame: its release
      // waits for the next frame like any other key's.
      const bool types = e.key < GLFW_KEY_ESCAPE && e.key != GLFW_KEY_SPACE && (e.mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER)) == 0;
      if (e.key >= 0 && e.key <= GLFW_KEY_LAST && e.action != GLFW_REPEAT) {
        if (changed[static_cast<std::size_t>(e.key)]) break;  // next frame
        if (!types) changed[static_cast<std::size_t>(e.key)] = true;
      }
      ImGui_ImplGlfw_KeyCallback(w, e.key, e.scancode, e.action, e.mods);
      // GLFW numbers the keys that type nothing from 256 on; modifiers from 340 on.
      if (e.action != GLFW_RELEASE && e.key >= GLFW_KEY_ESCAPE && e.key < GLFW_KEY_LEFT_SHIFT) {
        g_input.pop_front();
        g_input_pause = true;
        break;  // the rest in two frames
      }
    }
    g_input.pop_front();
  }
}

// Widget rectangles the page knows (window.aimsUi): sent only when new or moved, and withdrawn
// at the end of a frame that did not draw them (rows scrolled out of a clipped table, another
// view), so the page never holds a stale rectangle and unchanged ones cost no call into JS.
struct Published {
  float x0, y0, x1, y1;
  unsigned int frame;
};
std::unordered_map<std::string, Published> g_published;
unsigned int g_frame_no = 0;
float g_published_dpr = 0.0f;
bool g_skip_drawing = false;

void withdraw_stale_widgets() {
  for (auto it = g_published.begin(); it != g_published.end();) {
    if (it->second.frame != g_frame_no) {
      aims_js_unpublish_widget(it->first.c_str());
      it = g_published.erase(it);
    } else {
      ++it;
    }
  }
}

struct Loop {
  GLFWwindow* window = nullptr;
  Callbacks cb;
  float last_dpr = 0.0f;
  bool first = true;
};

FrameInfo current_info(GLFWwindow* w) {
  FrameInfo fi;
  glfwGetFramebufferSize(w, &fi.width_px, &fi.height_px);
  fi.dpr = static_cast<float>(aims_device_pixel_ratio());
  return fi;
}

void frame(void* arg) {
  auto* L = static_cast<Loop*>(arg);
  const double t0 = emscripten_get_now();
  aims_sync_canvas_size();
  glfwPollEvents();
  drain_input(L->window);
  FrameInfo fi = current_info(L->window);
  if (L->cb.before_new_frame) L->cb.before_new_frame(fi);
  ImGui_ImplGlfw_NewFrame();
  for (int b = 0; b < kButtons; ++b) ImGui::GetIO().MouseDown[b] = g_button_down[b];  // the queue's, not the live state
  ImGui::GetIO().MouseWheel += static_cast<float>(aims_js_wheel_take(1));
  ImGui::GetIO().MouseWheelH += static_cast<float>(aims_js_wheel_take(0));
  ImGui::NewFrame();
  if (fi.dpr != g_published_dpr) {  // the page converts to CSS pixels: send every rectangle again
    g_published_dpr = fi.dpr;
    for (auto& entry : g_published) entry.second.x0 = -1e30f;
  }
  ++g_frame_no;
  if (L->cb.frame) L->cb.frame(fi);
  withdraw_stale_widgets();
  ImGui::Render();
  const double t_ui = emscripten_get_now() - t0;  // the app and ImGui, before GL submission
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  const float clear[3] = {bg.x, bg.y, bg.z};
  if (!g_skip_drawing) gl::render(ImGui::GetDrawData(), clear);
  if (L->first) {
    L->first = false;
    aims_js_first_frame();
  } else {
    aims_js_frame_time(t_ui, emscripten_get_now() - t0);
  }
}

}  // namespace

int run(Callbacks callbacks) {
  if (!glfwInit()) {
    std::fprintf(stderr, "aims: glfwInit failed\n");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  // ImGui needs no alpha, depth or stencil buffer, nor antialiasing. web/boot.js creates the
  // context with the same attributes and Emscripten takes it over (GL_PREINITIALIZED_CONTEXT).
  glfwWindowHint(GLFW_ALPHA_BITS, 0);
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  glfwWindowHint(GLFW_SAMPLES, 0);
  static Loop loop;  // lives for the page's lifetime (the main loop never returns)
  aims_sync_canvas_size();
  int w = 0;
  int h = 0;
  emscripten_get_canvas_element_size("#canvas", &w, &h);
  loop.window = glfwCreateWindow(w > 0 ? w : 1280, h > 0 ? h : 720, "AIMS Readiness", nullptr, nullptr);
  if (!loop.window) {
    std::fprintf(stderr, "aims: could not create a WebGL2 context\n");
    return 1;
  }
  glfwMakeContextCurrent(loop.window);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplGlfw_InitForOpenGL(loop.window, true);
  glfwSetKeyCallback(loop.window, queue_key);  // see drain_input
  glfwSetCharCallback(loop.window, queue_char);
  glfwSetMouseButtonCallback(loop.window, queue_button);
  gl::start();  // the GPU process compiles the shaders while the fonts are built
  mark("aims:gl");
  glfwSetScrollCallback(loop.window, [](GLFWwindow*, double, double) {});  // see aims_js_wheel_init
  aims_js_clipboard_init();
  io.SetClipboardTextFn = [](void*, const char* text) { aims_js_clipboard_set(text); };
  io.GetClipboardTextFn = [](void*) -> const char* {
    static std::string last;  // ImGui reads the pointer before the next call
    char* p = aims_js_clipboard_get();
    last = p ? p : "";
    std::free(p);
    return last.c_str();
  };
  aims_js_wheel_init();
  aims_js_init_files();
  aims_js_storage_changed();  // start listening for other tabs
  loop.cb = std::move(callbacks);
  if (loop.cb.setup) loop.cb.setup(current_info(loop.window));
  if (!io.Fonts->TexID) gl::upload_fonts();  // setup built no fonts of its own: ImGui's default
  mark("aims:fonts");
  if (!gl::finish()) {
    std::fprintf(stderr, "aims: could not compile the WebGL2 shaders\n");
    return 1;
  }
  // The first frame at once, not one animation frame later; then the browser's frames.
  frame(&loop);
  emscripten_set_main_loop_arg(frame, &loop, 0, 1);
  return 0;
}

void reload_font_texture() { gl::upload_fonts(); }

std::string preferred_language() {
  char* p = aims_js_language();
  std::string s = p ? p : "en";
  std::free(p);
  return s;
}

double now_ms() { return emscripten_get_now(); }

std::string now_iso() { return take_c_string(aims_js_now_iso()); }
double wall_ms() { return aims_js_wall_ms(); }
std::string today() { return take_c_string(aims_js_today()); }
std::string random_id() { return take_c_string(aims_js_random_id()); }

void on_page_hide(std::function<void()> flush) {
  g_flush = std::move(flush);
  aims_js_on_page_hide();
}

void signal_first_frame() { aims_js_first_frame(); }

void mark(const char* name) { aims_js_mark(name); }

std::optional<std::string> storage_get(const std::string& key) {
  char* p = aims_js_storage_get(key.c_str());
  if (!p) return std::nullopt;
  return take_c_string(p);
}

StoreResult storage_set(const std::string& key, const std::string& value) {
  switch (aims_js_storage_set(key.c_str(), value.c_str())) {
    case 0: return StoreResult::ok;
    case 1: return StoreResult::quota_exceeded;
    default: return StoreResult::unavailable;
  }
}

void storage_remove(const std::string& key) { aims_js_storage_remove(key.c_str()); }

std::vector<std::string> storage_keys(const std::string& prefix) {
  return split_lines(take_c_string(aims_js_storage_keys(prefix.c_str())));
}

std::size_t storage_bytes(const std::string& prefix) {
  return static_cast<std::size_t>(aims_js_storage_bytes(prefix.c_str()));
}

std::vector<std::string> storage_changed_elsewhere() { return split_lines(take_c_string(aims_js_storage_changed())); }

void download(const std::string& filename, const std::string& mime, const std::string& data) {
  aims_js_download(filename.c_str(), mime.c_str(), data.data(), static_cast<int>(data.size()));
}

void open_file_picker(const std::string& accept) {
  aims_js_init_files();
  aims_js_open_picker(accept.c_str());
}

std::vector<IncomingFile> take_incoming_files() {
  std::vector<IncomingFile> out;
  aims_js_init_files();
  while (aims_js_incoming_count() > 0) {
    IncomingFile f;
    f.name = take_c_string(aims_js_incoming_name());
    f.data.resize(static_cast<std::size_t>(aims_js_incoming_size()));
    aims_js_incoming_take(f.data.data());
    out.push_back(std::move(f));
  }
  return out;
}

void publish_widget(const char* id, float x0, float y0, float x1, float y1) {
  // A window ImGui hides for a frame (a popup measuring itself before it is placed) is not on
  // screen: its widgets are not published, so the page never sees them at a passing position.
  if (const ImGuiWindow* win = ImGui::GetCurrentContext() ? ImGui::GetCurrentWindowRead() : nullptr; win && win->Hidden) return;
  auto [it, fresh] = g_published.try_emplace(id, Published{x0, y0, x1, y1, g_frame_no});
  Published& p = it->second;
  p.frame = g_frame_no;
  if (!fresh && p.x0 == x0 && p.y0 == y0 && p.x1 == x1 && p.y1 == y1) return;  // the page has it
  p.x0 = x0;
  p.y0 = y0;
  p.x1 = x1;
  p.y1 = y1;
  aims_js_publish_widget(id, x0, y0, x1, y1);
}

void publish_state(const std::string& json) { aims_js_publish_state(json.c_str()); }

void set_document_language(const std::string& code) { aims_js_set_lang(code.c_str()); }

void open_html(const std::string& filename, const std::string& html) {
  aims_js_open_html(filename.c_str(), html.data(), static_cast<int>(html.size()));
}

void announce(const std::string& text) {
  if (!text.empty()) aims_js_announce(text.c_str());
}

void publish_focus(const std::string& json) { aims_js_publish_focus(json.c_str()); }

namespace {
std::function<std::pair<std::string, std::string>()> g_open_report;
}

void set_report_entry(const std::string& label, std::function<std::pair<std::string, std::string>()> open) {
  g_open_report = std::move(open);
  aims_js_set_report_entry(label.c_str());
}

std::string query_string() { return take_c_string(aims_js_query()); }

std::function<void(bool, float)> g_layout_sweep;
void on_layout_sweep(std::function<void(bool, float)> start) { g_layout_sweep = std::move(start); }
void skip_drawing(bool skip) { g_skip_drawing = skip; }

}  // namespace aims::platform

// The layout check's sweep (platform.h, on_layout_sweep).
extern "C" EMSCRIPTEN_KEEPALIVE void aims_layout_sweep(int dark, int text_scale_percent) {
  if (aims::platform::g_layout_sweep) aims::platform::g_layout_sweep(dark != 0, static_cast<float>(text_scale_percent) / 100.0f);
}

// The page's "open the accessible report" button (shell/index.html, #a11y-report).
extern "C" EMSCRIPTEN_KEEPALIVE void aims_open_report() {
  if (!aims::platform::g_open_report) return;
  auto [name, html] = aims::platform::g_open_report();
  if (!html.empty()) aims::platform::open_html(name, html);
}
