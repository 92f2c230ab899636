// Browser implementation of the platform seam: Emscripten's GLFW + WebGL2, canvas sized to
// the window times devicePixelRatio, Dear ImGui's GLFW and OpenGL3 backends.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdio>
#include <cstdlib>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
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

EM_JS(char*, aims_js_language, (), {
  var l = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  var n = lengthBytesUTF8(l) + 1;
  var p = _malloc(n);
  stringToUTF8(l, p, n);
  return p;
});

EM_JS(void, aims_js_first_frame, (), {
  if (window.aimsFirstFrameMs === undefined) {
    window.aimsFirstFrameMs = performance.now();
    var s = document.getElementById('status');
    if (s) s.hidden = true;
    console.log('aims:first-frame ' + window.aimsFirstFrameMs.toFixed(1));
  }
});

namespace aims::platform {
namespace {

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
  aims_sync_canvas_size();
  glfwPollEvents();
  FrameInfo fi = current_info(L->window);
  if (L->cb.before_new_frame) L->cb.before_new_frame(fi);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  if (L->cb.frame) L->cb.frame(fi);
  ImGui::Render();
  glViewport(0, 0, fi.width_px, fi.height_px);
  ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (L->first) {
    L->first = false;
    aims_js_first_frame();
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
  ImGui_ImplOpenGL3_Init("#version 300 es");
  loop.cb = std::move(callbacks);
  if (loop.cb.setup) loop.cb.setup(current_info(loop.window));
  emscripten_set_main_loop_arg(frame, &loop, 0, 1);
  return 0;
}

void reload_font_texture() {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

std::string preferred_language() {
  char* p = aims_js_language();
  std::string s = p ? p : "en";
  std::free(p);
  return s;
}

double now_ms() { return emscripten_get_now(); }

void signal_first_frame() { aims_js_first_frame(); }

}  // namespace aims::platform
