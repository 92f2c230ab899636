# libxlsxwriter (the .xlsx workbooks) and minizip + zlib (the hand-over ZIP) for aims_core.
#  - native: Debian's libxlsxwriter-dev 1.1.4, libminizip-dev and zlib1g-dev;
#  - WebAssembly: the same versions built here from Debian's source packages
#    (scripts/fetch_xlsxwriter.sh puts them into third_party/libxlsxwriter and third_party/zlib);
#    libxlsxwriter's own copy of minizip is used, and no MD5 (only for images, which we never add).
# Gives the target aims_xlsx_deps to link.
add_library(aims_xlsx_deps INTERFACE)
if(EMSCRIPTEN)
  set(XLSX_DIR ${CMAKE_SOURCE_DIR}/third_party/libxlsxwriter)
  set(ZLIB_DIR ${CMAKE_SOURCE_DIR}/third_party/zlib)
  if(NOT EXISTS ${XLSX_DIR}/src/workbook.c OR NOT EXISTS ${ZLIB_DIR}/deflate.c)
    message(FATAL_ERROR "libxlsxwriter or zlib sources missing in third_party/: run scripts/setup first.")
  endif()
  enable_language(C)
  set(_z adler32 compress crc32 deflate inffast inflate inftrees trees uncompr zutil)
  list(TRANSFORM _z PREPEND ${ZLIB_DIR}/)
  list(TRANSFORM _z APPEND .c)
  add_library(aims_zlib STATIC ${_z})
  target_include_directories(aims_zlib SYSTEM PUBLIC ${ZLIB_DIR})
  target_compile_options(aims_zlib PRIVATE -w)
  file(GLOB _x ${XLSX_DIR}/src/*.c)
  add_library(aims_xlsxwriter STATIC ${_x} ${XLSX_DIR}/third_party/minizip/ioapi.c
              ${XLSX_DIR}/third_party/minizip/zip.c)
  target_include_directories(aims_xlsxwriter SYSTEM PUBLIC ${XLSX_DIR}/include ${XLSX_DIR}/third_party/minizip)
  # No file system in the browser (-sFILESYSTEM=0): the libraries' temporary files and the
  # workbook or archive they write are files in memory (src/core/memfile.h).
  target_compile_definitions(aims_xlsxwriter PRIVATE NOCRYPT NOUNCRYPT USE_NO_MD5 USE_STANDARD_TMPFILE
                             tmpfile=aims_memfile_tmp fopen=aims_memfile_open fopen64=aims_memfile_open)
  target_compile_options(aims_xlsxwriter PRIVATE -w)
  target_link_libraries(aims_xlsxwriter PUBLIC aims_zlib)
  target_link_libraries(aims_xlsx_deps INTERFACE aims_xlsxwriter)
  target_compile_definitions(aims_xlsx_deps INTERFACE AIMS_MEMFILES)
else()
  find_path(XLSXWRITER_INCLUDE_DIR xlsxwriter.h REQUIRED)
  find_library(XLSXWRITER_LIBRARY xlsxwriter REQUIRED)
  find_path(MINIZIP_INCLUDE_DIR zip.h PATH_SUFFIXES minizip REQUIRED)
  find_library(MINIZIP_LIBRARY minizip REQUIRED)
  find_package(ZLIB REQUIRED)
  target_include_directories(aims_xlsx_deps SYSTEM INTERFACE ${XLSXWRITER_INCLUDE_DIR} ${MINIZIP_INCLUDE_DIR})
  target_link_libraries(aims_xlsx_deps INTERFACE ${XLSXWRITER_LIBRARY} ${MINIZIP_LIBRARY} ZLIB::ZLIB)
endif()
