// A stand-in fuzz target for the tests of FuzzReplay.cpp itself: the input "crash" fails its check.
#include "FuzzTarget.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    HOOKSMITH_FUZZ_CHECK(!(size == 5 && std::memcmp(data, "crash", 5) == 0));
    return 0;
}
