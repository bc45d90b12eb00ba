#pragma once

#include "util/ParallelFor.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace parallax {

// Has the system map the pages of [begin, begin + bytes) now, on `threads` threads (0: every core).
// The first write to a fresh page makes the kernel clear it, and in a virtual machine the host
// supply it: about 0.3 s on one thread for the 0.4 GB of matches and word diffs of a one-story
// folder of 1,000 articles, a serial step where both cores could do it. Only a hint: where the
// system cannot do it (not Linux, a kernel before 5.14), the pages are mapped on first write, as
// before. Small ranges are left alone.
inline void mapPagesOnAllCores(void* begin, std::size_t bytes, unsigned threads = 0) {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    constexpr std::size_t worthIt = std::size_t(16) << 20;
    constexpr std::size_t chunk = std::size_t(8) << 20; // a multiple of any page size, huge ones too
    constexpr std::uintptr_t page = 4096;
    if (bytes < worthIt)
        return;
    const std::uintptr_t first = (reinterpret_cast<std::uintptr_t>(begin) + page - 1) & ~(page - 1);
    const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(begin) + bytes) & ~(page - 1);
    const std::size_t chunks = (end - first + chunk - 1) / chunk;
    const std::atomic_bool never{false};
    parallelFor(
        chunks, never,
        [&](std::size_t k) {
            const std::uintptr_t from = first + k * chunk;
            const std::uintptr_t to = std::min<std::uintptr_t>(end, from + chunk);
            madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE); // a hint: errors ignored
        },
        threads);
#else
    (void)begin, (void)bytes, (void)threads;
#endif
}

// v.resize(n) for a large n, the new storage's pages mapped on every core first (mapPagesOnAllCores)
// so that only the elements' construction is left to this thread.
template <typename T> void resizeOnAllCores(std::vector<T>& v, std::size_t n, unsigned threads = 0) {
    if (n > v.capacity()) {
        v.reserve(n);
        mapPagesOnAllCores(v.data() + v.size(), (n - v.size()) * sizeof(T), threads);
    }
    v.resize(n);
}

} // namespace parallax
