# Registered by dossier_cc_test (cmake/Helpers.cmake), label "unit".
dossier_cc_test(base_test SRCS ${CMAKE_CURRENT_SOURCE_DIR}/unit/base_test.cc DEPS dossier_base)
dossier_cc_test(model_test SRCS ${CMAKE_CURRENT_SOURCE_DIR}/unit/model_test.cc DEPS dossier_model)
dossier_cc_test(ingest_test SRCS ${CMAKE_CURRENT_SOURCE_DIR}/unit/ingest_test.cc DEPS dossier_ingest)
dossier_cc_test(store_test SRCS ${CMAKE_CURRENT_SOURCE_DIR}/unit/store_test.cc DEPS dossier_store dossier_ingest)
dossier_cc_test(search_test SRCS ${CMAKE_CURRENT_SOURCE_DIR}/unit/search_test.cc DEPS dossier_search)
dossier_cc_test(engine_test SRCS ${CMAKE_CURRENT_SOURCE_DIR}/unit/engine_test.cc DEPS dossier_engine)
dossier_cc_test(nlp_test SRCS ${CMAKE_CURRENT_SOURCE_DIR}/unit/nlp_test.cc DEPS dossier_nlp)
dossier_cc_test(resolve_test SRCS ${CMAKE_CURRENT_SOURCE_DIR}/unit/resolve_test.cc DEPS dossier_resolve)
