#pragma once

// What every fuzz target checks besides "no crash, no sanitizer report": the contracts the headers
// promise. A broken contract aborts, so libFuzzer keeps the input as a crash.
//
// Each target's body is a plain function, so the normal test suite replays the inputs kept under
// tests/data/fuzz/TARGET/ through the very same checks (FuzzReplay.h); libFuzzer's entry point is
// compiled only without PARALLAX_FUZZ_REPLAY.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define PARALLAX_FUZZ_CHECK(cond)                                                                            \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            std::fprintf(stderr, "contract broken: %s (%s:%d)\n", #cond, __FILE__, __LINE__);                \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (0)

namespace parallax::fuzz {

int fuzzDecode(const std::uint8_t* data, std::size_t size);    // fuzz_decode.cpp
int fuzzHtml(const std::uint8_t* data, std::size_t size);      // fuzz_html.cpp
int fuzzSentences(const std::uint8_t* data, std::size_t size); // fuzz_sentences.cpp
int fuzzNumbers(const std::uint8_t* data, std::size_t size);   // fuzz_numbers.cpp
int fuzzClaims(const std::uint8_t* data, std::size_t size);    // fuzz_claims.cpp

} // namespace parallax::fuzz
