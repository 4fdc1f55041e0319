# Compiler warnings and Qt strictness applied to every Hooksmith target.
add_library(hooksmith_warnings INTERFACE)
target_compile_options(hooksmith_warnings INTERFACE
    -Wall -Wextra -Wpedantic
    -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wcast-qual -Wformat=2 -Wimplicit-fallthrough
    $<$<BOOL:${HOOKSMITH_WERROR}>:-Werror>)
target_compile_definitions(hooksmith_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS)

function(hooksmith_target target)
    target_link_libraries(${target} PRIVATE hooksmith_warnings)
endfunction()
