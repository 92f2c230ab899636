// Colours written as 0xRRGGBB (the palette, risk classes, charts): the one place that unpacks them.
#pragma once
#include "imgui.h"

namespace aims::app {

inline ImVec4 rgb(unsigned int hex, float alpha = 1.0f) {
  return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f, static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                static_cast<float>(hex & 0xFF) / 255.0f, alpha);
}

// The same packed for the draw list.
inline ImU32 rgb_u32(unsigned int hex, float alpha = 1.0f) { return ImGui::ColorConvertFloat4ToU32(rgb(hex, alpha)); }

}  // namespace aims::app
