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
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    hooksmith_add_qtest(${T_NAME} $<TARGET_FILE:${T_NAME}>)
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOOKSMITH_SOURCE_DIR=${PROJECT_SOURCE_DIR};HOOKSMITH_BINARY_DIR=${PROJECT_BINARY_DIR};${HOOKSMITH_TEST_SANITIZER_ENV};${T_ENV}")
endfunction()

# hooksmith_add_qtest(NAME PROGRAM [ARG]...)
#
# Registers a QtTest program with CTest through run-qtest, which exits with 77 when the program passed
# but a function called QSKIP: CTest then reports the test as skipped (SKIP_RETURN_CODE), and a
# failure or crash in the same program still fails it. (SKIP_REGULAR_EXPRESSION would not do: it wins
# over the exit status, so a failed test that also skipped something would pass as skipped.)
function(hooksmith_add_qtest name program)
    add_test(NAME ${name} COMMAND "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/run-qtest" "${program}" ${ARGN})
    set_tests_properties(${name} PROPERTIES SKIP_RETURN_CODE 77)
endfunction()
