#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace parallax {

// Calls body(i) for every i in [0, count) on up to `threads` threads (0: one per core), handing out
// indices one at a time so uneven items (one huge file among small ones) balance themselves. Stops
// handing out work once `cancel` is set. body must be safe to call concurrently for distinct i.
// Returns when every started call has returned.
//
// An exception thrown by body (on any thread) is carried back: no further index is handed out, the
// calls already running finish, and the first exception is rethrown here, on the calling thread.
// It never reaches std::terminate. When the system refuses another thread, the work runs on the
// threads it has (at least the caller's).
template <typename Body>
void parallelFor(std::size_t count, const std::atomic_bool& cancel, Body&& body, unsigned threads = 0) {
    if (count == 0)
        return;
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = unsigned(std::min<std::size_t>(threads, count));
    std::atomic<std::size_t> next{0};
    std::atomic_bool failed{false};
    std::mutex failureMutex;
    std::exception_ptr failure;
    auto worker = [&]() noexcept {
        try {
            for (std::size_t i = next++; i < count && !cancel.load(std::memory_order_relaxed) &&
                                         !failed.load(std::memory_order_relaxed);
                 i = next++)
                body(i);
        } catch (...) {
            const std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            failed.store(true);
        }
    };
    {
        std::vector<std::jthread> pool;
        if (threads > 1) {
            try {
                pool.reserve(threads - 1);
                for (unsigned t = 1; t < threads; ++t)
                    pool.emplace_back(worker);
            } catch (const std::system_error&) {
                // No more threads to be had (a process limit): the ones started and this one do it.
            } catch (const std::bad_alloc&) {
            }
        }
        worker();
    } // joins the pool
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace parallax
