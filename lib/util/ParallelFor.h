#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace parallax {

// Calls body(i) for every i in [0, count) on up to `threads` threads (0: one per core), handing out
// indices one at a time so uneven items (one huge file among small ones) balance themselves. Stops
// handing out work once `cancel` is set. body must be safe to call concurrently for distinct i.
// Returns when every started call has returned.
template <typename Body>
void parallelFor(std::size_t count, const std::atomic_bool& cancel, Body&& body, unsigned threads = 0) {
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = unsigned(std::min<std::size_t>(threads, count));
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < count && !cancel.load(std::memory_order_relaxed); i = next++)
            body(i);
    };
    if (threads <= 1) {
        worker();
        return;
    }
    std::vector<std::jthread> pool;
    pool.reserve(threads - 1);
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
}

} // namespace parallax
