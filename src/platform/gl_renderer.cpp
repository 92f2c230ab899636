// WebGL 2 renderer for Dear ImGui's draw data; see gl_renderer.h for what it does not do.
#include "platform/gl_renderer.h"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>

#include "imgui.h"

namespace aims::platform::gl {
namespace {

GLuint g_program = 0;
GLint g_projection = -1;
GLuint g_vao = 0;
GLuint g_vertices = 0;
GLuint g_indices = 0;
GLuint g_font = 0;

// Attribute locations are fixed in the shader (layout), so nothing is looked up per frame.
constexpr const char* kVertexShader = R"(#version 300 es
precision highp float;
layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_colour;
uniform mat4 u_projection;
out vec2 v_uv;
out vec4 v_colour;
void main() {
  v_uv = a_uv;
  v_colour = a_colour;
  gl_Position = u_projection * vec4(a_pos, 0.0, 1.0);
}
)";

// The atlas holds coverage only (R8): the colour comes from the vertex, the alpha from both.
constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D u_texture;
in vec2 v_uv;
in vec4 v_colour;
layout(location = 0) out vec4 o_colour;
void main() {
  o_colour = vec4(v_colour.rgb, v_colour.a * texture(u_texture, v_uv).r);
}
)";

GLuint compile(GLenum kind, const char* source) {
  GLuint s = glCreateShader(kind);
  glShaderSource(s, 1, &source, nullptr);
  glCompileShader(s);
  return s;
}

void print_log(const char* what, GLuint object, bool program) {
  char text[1024] = {};
  GLsizei n = 0;
  if (program) glGetProgramInfoLog(object, sizeof text, &n, text);
  else glGetShaderInfoLog(object, sizeof text, &n, text);
  std::fprintf(stderr, "aims: %s: %s\n", what, n > 0 ? text : "(no log)");
}

// The states the draw needs. The app draws nothing else with this context, so they are set
// without looking at what was there before, and left as they are afterwards.
void set_state(const ImDrawData* d, int fb_w, int fb_h) {
  glViewport(0, 0, fb_w, fb_h);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glUseProgram(g_program);
  // Orthographic projection of ImGui's display rectangle onto clip space (column-major).
  const float l = d->DisplayPos.x;
  const float r = d->DisplayPos.x + d->DisplaySize.x;
  const float t = d->DisplayPos.y;
  const float b = d->DisplayPos.y + d->DisplaySize.y;
  const float m[16] = {
      2.0f / (r - l),    0.0f,              0.0f,  0.0f,
      0.0f,              2.0f / (t - b),    0.0f,  0.0f,
      0.0f,              0.0f,              -1.0f, 0.0f,
      (r + l) / (l - r), (t + b) / (b - t), 0.0f,  1.0f,
  };
  glUniformMatrix4fv(g_projection, 1, GL_FALSE, m);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(g_vao);
  glBindBuffer(GL_ARRAY_BUFFER, g_vertices);
}

GLuint g_vs = 0;
GLuint g_fs = 0;

}  // namespace

void start() {
  g_vs = compile(GL_VERTEX_SHADER, kVertexShader);
  g_fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  g_program = glCreateProgram();
  glAttachShader(g_program, g_vs);
  glAttachShader(g_program, g_fs);
  glLinkProgram(g_program);

  // One vertex array for the life of the page: the index buffer binding and the vertex
  // layout (ImDrawVert: 2 floats position, 2 floats uv, 4 bytes colour) are recorded in it.
  glGenVertexArrays(1, &g_vao);
  glGenBuffers(1, &g_vertices);
  glGenBuffers(1, &g_indices);
  glBindVertexArray(g_vao);
  glBindBuffer(GL_ARRAY_BUFFER, g_vertices);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g_indices);
  constexpr auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
  glBindVertexArray(0);

  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "aims_webgl2";
  // No ImGuiBackendFlags_RendererHasVtxOffset: WebGL 2 has no base-vertex draw, so ImGui
  // keeps every draw list's indices within 16 bits instead.
}

bool finish() {
  // The one status query (it waits for the compiler): a link fails when a shader failed.
  GLint linked = GL_FALSE;
  glGetProgramiv(g_program, GL_LINK_STATUS, &linked);
  if (!linked) {
    print_log("vertex shader", g_vs, false);
    print_log("fragment shader", g_fs, false);
    print_log("shader program", g_program, true);
  }
  glDetachShader(g_program, g_vs);
  glDetachShader(g_program, g_fs);
  glDeleteShader(g_vs);
  glDeleteShader(g_fs);
  if (!linked) return false;
  g_projection = glGetUniformLocation(g_program, "u_projection");
  glUseProgram(g_program);
  glUniform1i(glGetUniformLocation(g_program, "u_texture"), 0);
  return true;
}

void upload_fonts() {
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* pixels = nullptr;
  int w = 0;
  int h = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
  if (!g_font) glGenTextures(1, &g_font);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, g_font);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);  // rows of w bytes, any w
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, w, h, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(g_font)));
}

void render(const ImDrawData* d, const float clear[3]) {
  const int fb_w = static_cast<int>(d->DisplaySize.x * d->FramebufferScale.x);
  const int fb_h = static_cast<int>(d->DisplaySize.y * d->FramebufferScale.y);
  glDisable(GL_SCISSOR_TEST);  // the clear covers the whole framebuffer
  glViewport(0, 0, fb_w, fb_h);
  glClearColor(clear[0], clear[1], clear[2], 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  if (fb_w <= 0 || fb_h <= 0 || d->CmdListsCount == 0) return;
  set_state(d, fb_w, fb_h);

  const ImVec2 origin = d->DisplayPos;
  const ImVec2 scale = d->FramebufferScale;
  constexpr GLenum index_type = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
  GLuint bound = 0;
  for (int n = 0; n < d->CmdListsCount; ++n) {
    const ImDrawList* list = d->CmdLists[n];
    if (list->VtxBuffer.Size == 0 || list->IdxBuffer.Size == 0) continue;
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                 list->VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                 list->IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback) {
        if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
          set_state(d, fb_w, fb_h);
          bound = 0;
        } else {
          cmd.UserCallback(list, &cmd);
        }
        continue;
      }
      // Clip rectangle in framebuffer pixels; GL's scissor counts rows from the bottom.
      const float x0 = (cmd.ClipRect.x - origin.x) * scale.x;
      const float y0 = (cmd.ClipRect.y - origin.y) * scale.y;
      const float x1 = (cmd.ClipRect.z - origin.x) * scale.x;
      const float y1 = (cmd.ClipRect.w - origin.y) * scale.y;
      if (x1 <= x0 || y1 <= y0) continue;
      glScissor(static_cast<GLint>(x0), static_cast<GLint>(static_cast<float>(fb_h) - y1), static_cast<GLsizei>(x1 - x0),
                static_cast<GLsizei>(y1 - y0));
      const auto tex = static_cast<GLuint>(reinterpret_cast<std::intptr_t>(cmd.TextureId));
      if (tex != bound) {
        glBindTexture(GL_TEXTURE_2D, tex);
        bound = tex;
      }
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), index_type,
                     reinterpret_cast<void*>(static_cast<std::intptr_t>(cmd.IdxOffset * sizeof(ImDrawIdx))));
    }
  }
}

}  // namespace aims::platform::gl
