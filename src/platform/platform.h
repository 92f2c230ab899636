// The one seam between the app and the machine it runs on: window and main loop, display
// metrics, language, and (later) storage, files and clipboard. platform_web.cpp implements
// it for the browser; no other file includes Emscripten headers.
#pragma once
#include <functional>
#include <string>

namespace aims::platform {

struct FrameInfo {
  int width_px = 0;   // framebuffer size in device pixels
  int height_px = 0;
  float dpr = 1.0f;   // device pixels per CSS pixel
};

struct Callbacks {
  // Called once after the window, GL context and Dear ImGui context exist.
  std::function<void(const FrameInfo&)> setup;
  // Called once per display frame between ImGui::NewFrame() and ImGui::Render().
  std::function<void(const FrameInfo&)> frame;
  // Called before NewFrame when the app must rebuild its fonts (device pixel ratio changed).
  std::function<void(const FrameInfo&)> before_new_frame;
};

// Creates the window and runs the main loop. On the web it does not return.
int run(Callbacks callbacks);

// Re-uploads the font atlas texture after the app rebuilt its fonts.
void reload_font_texture();

// The user's preferred language as a BCP 47 code ("de-DE", "en").
std::string preferred_language();

// Milliseconds since an arbitrary start (monotonic).
double now_ms();

// Tells the page (and the browser tests) that the first frame is on screen / assets loaded.
void signal_first_frame();

}  // namespace aims::platform
