# dossier_embed_data(TARGET OUTPUT FILES...): generates OUTPUT, a C++ source
# defining dossier::data::Find(name) over the given data files, so that
# lexicons ship inside the binary and need no install path. Regenerated when
# a data file changes.
function(dossier_embed_data target output)
  set(files ${ARGN})
  string(JOIN "|" joined ${files})
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DFILES=${joined}
            -DBASE=${PROJECT_SOURCE_DIR}/data -P ${PROJECT_SOURCE_DIR}/cmake/EmbedDataScript.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/EmbedDataScript.cmake
    COMMENT "Embedding data files"
    VERBATIM)
  add_library(${target} STATIC ${output})
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR}/src)
endfunction()
