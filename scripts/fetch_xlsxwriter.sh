#!/usr/bin/env bash
# Puts the sources of libxlsxwriter 1.1.4 (Debian source package "libxlsxwriter", the version
# of Debian 12's libxlsxwriter-dev) and zlib 1.2.13 (source package "zlib") into
# third_party/libxlsxwriter and third_party/zlib for the WebAssembly build (cmake/xlsx.cmake).
# The native build uses Debian's libxlsxwriter-dev and zlib1g-dev instead.
set -euo pipefail
cd "$(dirname "$0")/.."
XLSX=third_party/libxlsxwriter
ZLIB=third_party/zlib
[ -f "$XLSX/src/workbook.c" ] && [ -f "$ZLIB/deflate.c" ] && exit 0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The versions of Debian 12's binary packages first; the newest source otherwise.
get() {  # package version
  ( cd "$tmp" && apt-get source --download-only "$1=$2" >/dev/null 2>&1 ) || \
    ( cd "$tmp" && apt-get source --download-only "$1" >/dev/null )
}
get libxlsxwriter 1.1.4-2
get zlib 1:1.2.13.dfsg-1
mkdir -p "$tmp/x"
# Python's tarfile reads every compression the orig tarballs use (zlib's is .tar.bz2: tar
# would need lbzip2, which a minimal Debian does not have).
untar() { python3 -c 'import sys, tarfile; tarfile.open(sys.argv[1]).extractall(sys.argv[2])' "$1" "$2"; }
untar "$(ls "$tmp"/libxlsxwriter_*.orig.tar.* | head -n1)" "$tmp/x"
untar "$(ls "$tmp"/zlib_*.orig.tar.* | head -n1)" "$tmp/x"
xsrc=$(find "$tmp/x" -maxdepth 3 -name workbook.c -path '*/src/*' -printf '%h\n' | head -n1)/..
zsrc=$(find "$tmp/x" -maxdepth 2 -name deflate.c -printf '%h\n' | head -n1)
mkdir -p third_party
rm -rf "$XLSX" "$ZLIB"
mkdir -p "$XLSX" "$ZLIB"
# libxlsxwriter: the library and the small libraries it ships (minizip, tmpfileplus, md5, dtoa).
cp -r "$xsrc/src" "$xsrc/include" "$XLSX/"
mkdir -p "$XLSX/third_party"
for d in minizip tmpfileplus md5 dtoa; do
  mkdir -p "$XLSX/third_party/$d"
  cp "$xsrc/third_party/$d"/*.[ch] "$XLSX/third_party/$d/"
done
cp "$xsrc/License.txt" "$XLSX/"
cp "$zsrc"/*.[ch] "$ZLIB/"
cp "$zsrc"/LICENSE "$zsrc"/README "$ZLIB/" 2>/dev/null || true
echo "fetch_xlsxwriter: libxlsxwriter $(sed -n 's/.*LXW_VERSION *"\(.*\)".*/\1/p' $XLSX/include/xlsxwriter.h), zlib $(sed -n 's/.*define ZLIB_VERSION *"\(.*\)".*/\1/p' $ZLIB/zlib.h)"
