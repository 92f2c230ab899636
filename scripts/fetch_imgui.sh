#!/usr/bin/env bash
# Puts Dear ImGui 1.86's sources (Debian source package "imgui") into third_party/imgui.
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=third_party/imgui
[ -f "$DEST/imgui.cpp" ] && exit 0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
( cd "$tmp" && apt-get source --download-only imgui=1.86+ds-1 >/dev/null 2>&1 || \
  (cd "$tmp" && apt-get source --download-only imgui >/dev/null) )
tarball=$(ls "$tmp"/imgui_*.orig.tar.* | head -n1)
mkdir -p "$tmp/x"
tar xf "$tarball" -C "$tmp/x"
src=$(find "$tmp/x" -maxdepth 2 -name imgui.cpp -printf '%h\n' | head -n1)
mkdir -p third_party
rm -rf "$DEST"
mkdir -p "$DEST"
cp "$src"/*.cpp "$src"/*.h "$DEST"/
mkdir -p "$DEST/backends"
cp "$src"/backends/imgui_impl_glfw.* "$src"/backends/imgui_impl_opengl3.* "$src"/backends/imgui_impl_opengl3_loader.h "$DEST/backends/"
cp "$src"/LICENSE.txt "$DEST/" 2>/dev/null || true
echo "fetch_imgui: $(grep -m1 'define IMGUI_VERSION ' $DEST/imgui.h)"
