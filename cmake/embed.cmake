# aims_embed(NAME OUT_CPP FILE...): compiles files into a C++ source as byte arrays,
# reachable through aims::assets::find("path/relative/to/repo") (see src/core/assets.h).
function(aims_embed name out_cpp)
  set(abs_files)
  foreach(f ${ARGN})
    list(APPEND abs_files ${CMAKE_SOURCE_DIR}/${f})
  endforeach()
  string(REPLACE ";" "|" files_arg "${ARGN}")
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DROOT=${CMAKE_SOURCE_DIR} -DOUT=${out_cpp} -DNAME=${name}
            "-DFILES=${files_arg}" -P ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
    DEPENDS ${abs_files} ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
    COMMENT "Embedding ${name}"
    VERBATIM)
endfunction()
