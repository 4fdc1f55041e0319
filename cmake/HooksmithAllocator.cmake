# The allocator of the headless programs (hooksmith-cli). Qt's HTTP stack allocates in one thread and
# frees in another for every request; glibc's malloc then takes the other thread's arena lock, and the
# two threads wait on each other. gperftools' tcmalloc keeps such frees in per-thread caches: about
# 20% less CPU per delivery (docs/performance.md). Sanitizer and Valgrind builds choose "system".
set(HOOKSMITH_MALLOC "tcmalloc" CACHE STRING "Allocator of hooksmith-cli: tcmalloc or system")
set_property(CACHE HOOKSMITH_MALLOC PROPERTY STRINGS tcmalloc system)

if(HOOKSMITH_MALLOC STREQUAL "tcmalloc")
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(TCMALLOC REQUIRED IMPORTED_TARGET libtcmalloc_minimal)
elseif(NOT HOOKSMITH_MALLOC STREQUAL "system")
    message(FATAL_ERROR "HOOKSMITH_MALLOC is \"${HOOKSMITH_MALLOC}\": use tcmalloc or system")
endif()

# Makes `target` (an executable) allocate through HOOKSMITH_MALLOC. Nothing in the program calls
# tcmalloc by name, so the program keeps every library it names even where the linker would drop
# unused ones.
function(hooksmith_use_server_allocator target)
    if(HOOKSMITH_MALLOC STREQUAL "tcmalloc")
        target_link_options(${target} PRIVATE "LINKER:--no-as-needed")
        target_link_libraries(${target} PRIVATE PkgConfig::TCMALLOC)
    endif()
endfunction()
