# The browser app: Dear ImGui 1.86 (from Debian's source package, scripts/fetch_imgui.sh),
# GLFW and WebGL2 built into Emscripten, our app and the web platform layer.
set(IMGUI_DIR ${CMAKE_SOURCE_DIR}/third_party/imgui)
if(NOT EXISTS ${IMGUI_DIR}/imgui.cpp)
  message(FATAL_ERROR "Dear ImGui sources missing in ${IMGUI_DIR}: run scripts/setup first.")
endif()
# Only ImGui's GLFW backend is used: the draw data is rendered by src/platform/gl_renderer.cpp
# (no GL state read back per frame), not by ImGui's OpenGL3 backend.
# imgui.cpp, imgui_tables.cpp, imgui_draw.cpp, imgui_widgets.cpp and imstb_textedit.h are compiled
# from copies with small changes (Tab reaches every control; no built-in fallback font; multi-line
# text fields wrap words; cmake/patch_imgui.py says which and why); the source tree stays as
# Debian ships it.
find_program(AIMS_PATCH_PYTHON python3 REQUIRED)
# The patched imstb_textedit.h is written as imstb_textedit_aims.h, which the patched
# imgui_widgets.cpp includes by that name.
set(AIMS_IMGUI_PATCHED)
foreach(f imgui.cpp imgui_tables.cpp imgui_draw.cpp imgui_widgets.cpp imstb_textedit.h)
  string(REPLACE "imstb_textedit.h" "imstb_textedit_aims.h" out ${f})
  add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/imgui_patched/${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/imgui_patched
    COMMAND ${AIMS_PATCH_PYTHON} ${CMAKE_SOURCE_DIR}/cmake/patch_imgui.py ${IMGUI_DIR}/${f} ${CMAKE_BINARY_DIR}/imgui_patched/${out}
    DEPENDS ${IMGUI_DIR}/${f} ${CMAKE_SOURCE_DIR}/cmake/patch_imgui.py
    COMMENT "${f} with Tab reaching every control and word-wrapped text fields")
  list(APPEND AIMS_IMGUI_PATCHED ${CMAKE_BINARY_DIR}/imgui_patched/${out})
endforeach()
add_library(imgui STATIC
  ${AIMS_IMGUI_PATCHED}
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
# The patched editor calls the word-wrapping functions of src/app/text_wrap.cpp (linked into the
# app, the only user of this library).
target_include_directories(imgui PRIVATE ${CMAKE_SOURCE_DIR}/src)
# IMGUI_ENABLE_TEST_ENGINE turns on ImGui's item hooks (label, kind and state of each control),
# which src/app/a11y.cpp implements to tell screen readers what has the keyboard focus.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_ENABLE_TEST_ENGINE)

# Fonts: Inter (Debian's fonts-inter), subset to the glyphs the app needs with fonttools.
set(AIMS_FONT_DIR /usr/share/fonts/opentype/inter)
set(AIMS_GLYPHS "U+0020-007E,U+00A0-017F,U+2013-2014,U+2018-201E,U+2022,U+2026,U+2030,U+2039-203A,U+20AC,U+2122,U+2190-2193,U+2212,U+2264-2265,U+00D7,U+2713,U+2715,U+25B2,U+25BC,U+25B6,U+25CF,U+25CB,U+2715")
set(AIMS_FONT_OUT ${CMAKE_BINARY_DIR}/fonts)
file(MAKE_DIRECTORY ${AIMS_FONT_OUT})
# The subset fonts get TrueType outlines (cmake/font_to_truetype.py): the atlas builds about a
# third faster than from CFF outlines. The script runs with the Python that runs pyftsubset
# (its own #! line), which is the one that has fontTools.
find_program(AIMS_PYFTSUBSET pyftsubset REQUIRED)
file(STRINGS ${AIMS_PYFTSUBSET} _pyft_first LIMIT_COUNT 1)
string(REGEX REPLACE "^#! *" "" AIMS_FONT_PYTHON "${_pyft_first}")
separate_arguments(AIMS_FONT_PYTHON UNIX_COMMAND "${AIMS_FONT_PYTHON}")
set(_font_files)
foreach(style Regular SemiBold)
  set(subset ${AIMS_FONT_OUT}/Inter-${style}.otf)
  set(out ${AIMS_FONT_OUT}/Inter-${style}.ttf)
  add_custom_command(OUTPUT ${out}
    COMMAND ${AIMS_PYFTSUBSET} ${AIMS_FONT_DIR}/Inter-${style}.otf --unicodes=${AIMS_GLYPHS}
            --layout-features= --no-hinting --desubroutinize --name-IDs= --output-file=${subset}
    COMMAND ${AIMS_FONT_PYTHON} ${CMAKE_SOURCE_DIR}/cmake/font_to_truetype.py ${subset} ${out}
    DEPENDS ${AIMS_FONT_DIR}/Inter-${style}.otf ${CMAKE_SOURCE_DIR}/cmake/font_to_truetype.py
    COMMENT "Subsetting Inter-${style}, TrueType outlines" VERBATIM)
  list(APPEND _font_files ${out})
endforeach()
add_custom_target(aims_fonts DEPENDS ${_font_files})
# Embed the subset fonts (paths relative to the build dir are passed through ROOT).
add_custom_command(
  OUTPUT ${CMAKE_BINARY_DIR}/generated/app_assets.cpp
  COMMAND ${CMAKE_COMMAND} -DROOT=${CMAKE_BINARY_DIR} -DOUT=${CMAKE_BINARY_DIR}/generated/app_assets.cpp
          -DNAME=aims_app_assets "-DFILES=fonts/Inter-Regular.ttf|fonts/Inter-SemiBold.ttf"
          -P ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
  DEPENDS ${_font_files} ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
  COMMENT "Embedding fonts" VERBATIM)

file(GLOB_RECURSE AIMS_APP_SOURCES CONFIGURE_DEPENDS src/app/*.cpp)
add_executable(index ${AIMS_APP_SOURCES} src/platform/platform_web.cpp src/platform/gl_renderer.cpp
  ${CMAKE_BINARY_DIR}/generated/app_assets.cpp)
target_include_directories(index PRIVATE src)
target_link_libraries(index PRIVATE aims_core imgui)
target_compile_options(index PRIVATE ${AIMS_WARNINGS})
set_target_properties(index PROPERTIES SUFFIX ".html")
target_link_options(index PRIVATE
  -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1
  -sMINIFY_HTML=0 -sENVIRONMENT=web
  # web/boot.js creates the WebGL context (its WebGL 2 check) and hands it over: one context.
  -sGL_PREINITIALIZED_CONTEXT=1
  # WebGL 2 core is all the renderer uses: no extension is switched on at start (each is a
  # call into the GPU process). No file system: libxlsxwriter and minizip write the exports
  # (.xlsx, .zip) to files in memory (core/memfile.h).
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sFILESYSTEM=0
  "-sEXPORTED_FUNCTIONS=['_main','_malloc','_free','_aims_flush','_aims_open_report','_aims_layout_sweep']"
  # Binaryen's optimisation passes repeated until the module stops shrinking (1.3 KB gzip).
  -sBINARYEN_EXTRA_PASSES=--converge
  # Only the Module properties web/boot.js sets are read; no eval or new Function (the page's
  # Content-Security-Policy forbids them anyway); the browsers we support all have TextDecoder.
  "-sINCOMING_MODULE_JS_API=['canvas','preinitializedWebGLContext','print','printErr','onAbort','locateFile','preRun','instantiateWasm']"
  -sDYNAMIC_EXECUTION=0 -sTEXTDECODER=2
  --shell-file ${CMAKE_SOURCE_DIR}/shell/index.html)
set_property(TARGET index APPEND PROPERTY LINK_DEPENDS ${CMAKE_SOURCE_DIR}/shell/index.html)
# index.js minified after every link (scripts/minify_js.js, terser from npm), before the
# offline editions below are made from it.
find_program(AIMS_NODE NAMES node nodejs REQUIRED)
add_custom_command(TARGET index POST_BUILD
  COMMAND ${AIMS_NODE} ${CMAKE_SOURCE_DIR}/scripts/minify_js.js ${CMAKE_BINARY_DIR}/index.js
  VERBATIM)

# Static files served beside the app (web/sw.js is a template, generated below).
file(GLOB AIMS_WEB_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/*)
list(FILTER AIMS_WEB_FILES EXCLUDE REGEX "/sw\\.js$")
# Scripts among them are minified on the way (scripts/minify_js.js), the others copied.
set(AIMS_WEB_NAMES)
set(AIMS_WEB_OUTPUTS)
foreach(f ${AIMS_WEB_FILES})
  get_filename_component(n ${f} NAME)
  if(n MATCHES "\\.js$")
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/${n}
      COMMAND ${AIMS_NODE} ${CMAKE_SOURCE_DIR}/scripts/minify_js.js ${f} ${CMAKE_BINARY_DIR}/${n}
      DEPENDS ${f} ${CMAKE_SOURCE_DIR}/scripts/minify_js.js VERBATIM)
  else()
    configure_file(${f} ${CMAKE_BINARY_DIR}/${n} COPYONLY)
  endif()
  list(APPEND AIMS_WEB_NAMES ${n})
  list(APPEND AIMS_WEB_OUTPUTS ${CMAKE_BINARY_DIR}/${n})
endforeach()

# Offline editions, rebuilt after every link of the app (scripts/build_sw.js,
# scripts/build_one_file.js; both need only node):
#  - sw.js: the service worker, precaching index.html, index.js, index.wasm and web/*, with a
#    hash of exactly these files in its cache name;
#  - aims-readiness.html: the one-file edition (wasm, boot.js, css, icon inlined) for file://.
add_custom_command(
  OUTPUT ${CMAKE_BINARY_DIR}/sw.js
  COMMAND ${AIMS_NODE} ${CMAKE_SOURCE_DIR}/scripts/build_sw.js ${CMAKE_SOURCE_DIR}/web/sw.js
          ${CMAKE_BINARY_DIR} ${CMAKE_BINARY_DIR}/sw.js index.html index.js index.wasm ${AIMS_WEB_NAMES}
  COMMAND ${AIMS_NODE} ${CMAKE_SOURCE_DIR}/scripts/minify_js.js ${CMAKE_BINARY_DIR}/sw.js
  DEPENDS index ${CMAKE_SOURCE_DIR}/web/sw.js ${CMAKE_SOURCE_DIR}/scripts/build_sw.js
          ${CMAKE_SOURCE_DIR}/scripts/minify_js.js ${AIMS_WEB_OUTPUTS}
  COMMENT "Generating the service worker sw.js" VERBATIM)
add_custom_command(
  OUTPUT ${CMAKE_BINARY_DIR}/aims-readiness.html
  COMMAND ${AIMS_NODE} ${CMAKE_SOURCE_DIR}/scripts/build_one_file.js ${CMAKE_SOURCE_DIR}/shell/index.html
          ${CMAKE_BINARY_DIR} ${CMAKE_BINARY_DIR}/aims-readiness.html
  DEPENDS index ${CMAKE_SOURCE_DIR}/shell/index.html ${CMAKE_SOURCE_DIR}/scripts/build_one_file.js ${AIMS_WEB_OUTPUTS}
  COMMENT "Building the one-file edition aims-readiness.html" VERBATIM)
add_custom_target(aims_offline ALL DEPENDS ${CMAKE_BINARY_DIR}/sw.js ${CMAKE_BINARY_DIR}/aims-readiness.html)
