# Builds everything with sanitizers (the `asan` preset: AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer). Undefined behaviour aborts instead of printing and going on, so a report
# fails the test that caused it. The tests' environment sets the runtime options (HooksmithTesting.cmake);
# the leak suppressions of third-party libraries are in tests/sanitizers/lsan.supp.
set(HOOKSMITH_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address;undefined (empty: none)")

if(HOOKSMITH_SANITIZE)
    if(NOT HOOKSMITH_MALLOC STREQUAL "system")
        message(FATAL_ERROR "HOOKSMITH_SANITIZE needs HOOKSMITH_MALLOC=system: tcmalloc replaces the "
                            "allocator the sanitizers watch")
    endif()
    list(JOIN HOOKSMITH_SANITIZE "," _hooksmith_sanitizers)
    add_compile_options(-fsanitize=${_hooksmith_sanitizers} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${_hooksmith_sanitizers} -fno-sanitize-recover=all)
endif()

# The sanitizers' runtime options for every test, inherited by the processes a test starts (the CLI as
# a child process). Reports go to files in sanitizer-reports/ of the build directory as well as making
# the process fail: scripts/test fails when it finds one there, so that a report from a child process
# whose exit status a test does not look at (a relay it stops, a helper it kills) still fails the run.
set(HOOKSMITH_SANITIZER_REPORTS "${PROJECT_BINARY_DIR}/sanitizer-reports")
set(HOOKSMITH_TEST_SANITIZER_ENV "")
if(HOOKSMITH_SANITIZE)
    file(MAKE_DIRECTORY "${HOOKSMITH_SANITIZER_REPORTS}")
    set(_log "log_path=${HOOKSMITH_SANITIZER_REPORTS}/report")
    list(APPEND HOOKSMITH_TEST_SANITIZER_ENV
        "ASAN_OPTIONS=${_log}:detect_leaks=1:check_initialization_order=1:strict_init_order=1:halt_on_error=1"
        "UBSAN_OPTIONS=${_log}:print_stacktrace=1:halt_on_error=1"
        "LSAN_OPTIONS=${_log}:suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0")
endif()
