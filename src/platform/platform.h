// The one seam between the app and the machine it runs on: window and main loop, display
// metrics, language, and (later) storage, files and clipboard. platform_web.cpp implements
// it for the browser; no other file includes Emscripten headers.
#pragma once
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

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
// Milliseconds since 1970 (wall clock, comparable between tabs).
double wall_ms();
// Wall-clock time as "YYYY-MM-DDTHH:MM:SSZ" (UTC) and today's date "YYYY-MM-DD" (local).
std::string now_iso();
std::string today();
// A random id for this tab (to tell our own saves from other tabs').
std::string random_id();
// Called when the page is being hidden or closed: the app saves what is pending.
void on_page_hide(std::function<void()> flush);

// Tells the page (and the browser tests) that the first frame is on screen / assets loaded.
void signal_first_frame();
// Marks a start-up step on the page's timeline (performance.mark; scripts/budget prints them).
void mark(const char* name);

// ---- storage (the browser's localStorage of this origin) --------------------------------
// localStorage is synchronous: a value is on disk when set() returns, so a reload, a crash
// or a closed tab loses nothing; and the 'storage' event tells other tabs of a change.
enum class StoreResult { ok, quota_exceeded, unavailable };
std::optional<std::string> storage_get(const std::string& key);
StoreResult storage_set(const std::string& key, const std::string& value);
void storage_remove(const std::string& key);
std::vector<std::string> storage_keys(const std::string& prefix);
// Bytes used by keys with this prefix (UTF-16 code units x 2, as browsers count).
std::size_t storage_bytes(const std::string& prefix);
// Keys changed by another tab since the last call.
std::vector<std::string> storage_changed_elsewhere();

// ---- files ---------------------------------------------------------------------------------
// Offers data as a download (Blob + <a download>); nothing leaves the machine.
void download(const std::string& filename, const std::string& mime, const std::string& data);
// Opens the file picker; picked or dropped files arrive through take_incoming_files().
void open_file_picker(const std::string& accept);
struct IncomingFile {
  std::string name;
  std::string data;
};
std::vector<IncomingFile> take_incoming_files();

// ---- tests and automation ------------------------------------------------------------------
// Publishes a widget's rectangle (CSS pixels) under a stable id as window.aimsUi[id], and
// the app's state as window.aimsState, so browser tests can find and check what is drawn.
void publish_widget(const char* id, float x0, float y0, float x1, float y1);
void publish_state(const std::string& json);
// ---- accessibility -------------------------------------------------------------------------
// The page's language (<html lang>), a BCP 47 code: follows the app's language.
void set_document_language(const std::string& code);
// Says the text through the page's live region (screen readers read it out) and appends it to
// window.aimsAnnouncements (the browser tests read that).
void announce(const std::string& text);
// Publishes what has the keyboard focus (JSON) as window.aimsFocus at once, not throttled like
// window.aimsState, for the browser tests that move the focus key by key.
void publish_focus(const std::string& json);
// Opens an HTML document in a new tab (a download when pop-ups are blocked).
void open_html(const std::string& filename, const std::string& html);
// The page's "open the accessible report" button, before the canvas in the tab order: its label
// (empty hides it) and what it does when pressed. `open` returns the report as
// {file name, HTML}; the page opens it in a new tab (or offers it as a download).
void set_report_entry(const std::string& label, std::function<std::pair<std::string, std::string>()> open);

// The page's query string without '?', e.g. "demo".
std::string query_string();

// The layout check's sweep (tests/e2e/layout.test.js): the page calls
// Module._aims_layout_sweep(dark, text_scale_percent) and `start` runs with those settings; the
// app then shows each screen for a few frames and publishes what it found cut off. While
// `skip` is set the frames are laid out but not drawn (the check needs the layout only, and
// drawing a 5120×2880 canvas in software takes seconds).
void on_layout_sweep(std::function<void(bool dark, float text_scale)> start);
void skip_drawing(bool skip);

}  // namespace aims::platform
