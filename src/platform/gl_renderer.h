// Draws Dear ImGui's draw data with WebGL 2 (OpenGL ES 3.0). The app owns the whole GL
// context, so unlike a general-purpose backend this one never reads GL state back (no
// glGet*, no backup and restore around the draw): it sets the few states it needs on every
// frame and leaves them. Shaders are checked once at start (link status only), after the
// work that can run while the GPU process compiles them.
// The font atlas is uploaded as one-channel alpha (R8): a quarter of the RGBA32 upload, and
// the same pixels, since ImGui's RGBA atlas is white with the glyph coverage as alpha.
#pragma once

struct ImDrawData;

namespace aims::platform::gl {

// Starts compiling the shaders (the GPU process works on them meanwhile) and creates the
// buffers. finish() waits for the shaders: false (with a message on stderr) on failure.
void start();
bool finish();
// (Re)uploads the font atlas of the current ImGui context and sets its texture id.
void upload_fonts();
// Clears the framebuffer to `clear` (r, g, b; opaque) and draws `data`.
void render(const ImDrawData* data, const float clear[3]);

}  // namespace aims::platform::gl
