#pragma once
// Shared by every fuzz target: a property violation must end the process the way libFuzzer (and
// the corpus replay test) recognise as a crash, with the reason on stderr.

#include <cstdio>
#include <cstdlib>

#define WOD_FUZZ_CHECK(condition, what)                                                          \
    do {                                                                                         \
        if (!(condition)) {                                                                      \
            std::fprintf(stderr, "fuzz property violated: %s (%s:%d)\n", what, __FILE__,       \
                         __LINE__);                                                              \
            std::abort();                                                                        \
        }                                                                                        \
    } while (false)
