# aims_embed(NAME OUT_CPP FILE...): compiles files into a C++ source as byte arrays,
# reachable through aims::assets::find("path/relative/to/repo") (see src/core/assets.h).
# With python3 (always there in development and CI), JSON files are embedded without their
# indentation (cmake/embed_prepare.py); without it, as they are.
find_program(AIMS_EMBED_PYTHON python3)
function(aims_embed name out_cpp)
  set(abs_files)
  foreach(f ${ARGN})
    list(APPEND abs_files ${CMAKE_SOURCE_DIR}/${f})
  endforeach()
  string(REPLACE ";" "|" files_arg "${ARGN}")
  set(root ${CMAKE_SOURCE_DIR})
  set(prepare)
  if(AIMS_EMBED_PYTHON)
    set(root ${CMAKE_BINARY_DIR}/embed/${name})
    set(prepare COMMAND ${AIMS_EMBED_PYTHON} ${CMAKE_SOURCE_DIR}/cmake/embed_prepare.py
                ${CMAKE_SOURCE_DIR} ${root} ${ARGN})
  endif()
  add_custom_command(
    OUTPUT ${out_cpp}
    ${prepare}
    COMMAND ${CMAKE_COMMAND} -DROOT=${root} -DOUT=${out_cpp} -DNAME=${name}
            "-DFILES=${files_arg}" -P ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
    DEPENDS ${abs_files} ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake ${CMAKE_SOURCE_DIR}/cmake/embed_prepare.py
    COMMENT "Embedding ${name}"
    VERBATIM)
endfunction()
