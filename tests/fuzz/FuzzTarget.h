#pragma once
// What a fuzz target is made of: one file that defines LLVMFuzzerTestOneInput() and includes this
// header. Built with clang and libFuzzer by scripts/fuzz; built with FuzzReplay.cpp as a plain program
// that feeds it the corpus and the regression inputs in every test run (tests/fuzz/CMakeLists.txt).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

/// A property the code under test promises: when it does not hold, the input is a finding.
#define HOOKSMITH_FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition);                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
