# nlp: annotators built on the ingest module (included from the root
# CMakeLists.txt).
dossier_cc_library(nlp_time
  SRCS ${PROJECT_SOURCE_DIR}/src/nlp/timex.cc
  DEPS dossier_ingest)

# Driver used by tools/tempeval_eval.py.
add_executable(timex_driver ${PROJECT_SOURCE_DIR}/tools/timex_driver.cc)
target_link_libraries(timex_driver PRIVATE dossier_nlp_time)

if(DOSSIER_BUILD_TESTS)
  find_package(GTest REQUIRED)
  include(GoogleTest)
  dossier_cc_test(timex_test
    SRCS ${PROJECT_SOURCE_DIR}/tests/unit/timex_test.cc
    DEPS dossier_nlp_time)
  # Next to the other unit-test binaries: build-dir/tests/timex_test.
  set_target_properties(timex_test PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
endif()
