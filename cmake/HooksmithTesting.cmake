# hooksmith_add_test(NAME name SOURCES ... LIBS ... [LABELS ...] [ENV ...] [TIMEOUT s])
#
# Builds one QTest executable that links the libraries (never the executables) and registers it
# with CTest. A QSKIP is reported by CTest as "skipped", never as passed.
function(hooksmith_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    hooksmith_target(${T_NAME})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test hooksmith_test_support ${T_LIBS})
    set_target_properties(${T_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        SKIP_REGULAR_EXPRESSION "SKIP   :"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOOKSMITH_SOURCE_DIR=${PROJECT_SOURCE_DIR};HOOKSMITH_BINARY_DIR=${PROJECT_BINARY_DIR};${HOOKSMITH_TEST_SANITIZER_ENV};${T_ENV}")
endfunction()
