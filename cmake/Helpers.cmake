# dossier_cc_library(NAME SRCS ... DEPS ...): a static library dossier_NAME
# whose headers are included as "module/header.h" from src/.
function(dossier_cc_library name)
  cmake_parse_arguments(ARG "" "" "SRCS;DEPS" ${ARGN})
  add_library(dossier_${name} STATIC ${ARG_SRCS})
  target_include_directories(dossier_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(dossier_${name} PUBLIC ${ARG_DEPS})
endfunction()

# dossier_cc_test(NAME SRCS ... DEPS ... [LABELS ...]): a GoogleTest binary
# whose cases ctest discovers one by one.
function(dossier_cc_test name)
  cmake_parse_arguments(ARG "" "" "SRCS;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SRCS})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    DOSSIER_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    DOSSIER_BINARY_DIR="${PROJECT_BINARY_DIR}")
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  gtest_discover_tests(${name} PROPERTIES LABELS "${ARG_LABELS}" DISCOVERY_TIMEOUT 60)
endfunction()
