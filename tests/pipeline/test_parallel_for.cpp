// parallelFor: every index once, cancel, and an exception in a worker carried back to the caller.
#include "util/ParallelFor.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace parallax;

TEST(ParallelFor, CallsEveryIndexOnce) {
    const std::atomic_bool never{false};
    for (unsigned threads : {0u, 1u, 2u, 7u}) {
        std::vector<std::atomic_int> calls(1000);
        parallelFor(
            calls.size(), never, [&](std::size_t i) { ++calls[i]; }, threads);
        for (std::size_t i = 0; i < calls.size(); ++i)
            ASSERT_EQ(calls[i].load(), 1) << "index " << i << " with " << threads << " threads";
    }
    parallelFor(0, never, [](std::size_t) { FAIL() << "no index in an empty range"; });
}

TEST(ParallelFor, StopsHandingOutWorkOnceCancelled) {
    std::atomic_bool cancel{false};
    std::atomic_int calls{0};
    parallelFor(
        100000, cancel,
        [&](std::size_t) {
            if (++calls == 10)
                cancel = true;
        },
        4);
    EXPECT_LT(calls.load(), 100);
}

TEST(ParallelFor, AnExceptionInAWorkerReachesTheCaller) {
    const std::atomic_bool never{false};
    for (unsigned threads : {1u, 2u, 4u}) {
        std::atomic_int calls{0};
        try {
            parallelFor(
                100000, never,
                [&](std::size_t i) {
                    ++calls;
                    if (i == 20)
                        throw std::runtime_error("sentence tokens differ");
                    std::this_thread::sleep_for(std::chrono::microseconds(50));
                },
                threads);
            ADD_FAILURE() << "no exception with " << threads << " threads";
        } catch (const std::runtime_error& e) {
            EXPECT_EQ(std::string(e.what()), "sentence tokens differ");
        }
        // The rest of the work was cancelled. How many items other threads take before the throw is
        // seen depends on scheduling (a descheduled thrower, a sanitizer build), not on the contract:
        // far fewer than the 100,000 asked for is what is promised.
        EXPECT_LE(calls.load(), 2000) << threads << " threads";
    }
}

TEST(ParallelFor, TheFirstOfSeveralExceptionsWinsAndNoneTerminates) {
    const std::atomic_bool never{false};
    // Every item throws, on every thread at once; exactly one exception comes back.
    EXPECT_THROW(parallelFor(
                     1000, never, [](std::size_t) { throw std::logic_error("every item fails"); }, 4),
                 std::logic_error);
    // Not only std::exception: anything thrown is carried.
    EXPECT_THROW(parallelFor(
                     10, never,
                     [](std::size_t i) {
                         if (i == 3)
                             throw 42;
                     },
                     2),
                 int);
}

TEST(ParallelFor, AnExceptionLeavesNoWorkerRunning) {
    const std::atomic_bool never{false};
    std::atomic_int running{0};
    EXPECT_THROW(parallelFor(
                     64, never,
                     [&](std::size_t i) {
                         ++running;
                         if (i == 0)
                             throw std::runtime_error("first");
                         std::this_thread::sleep_for(std::chrono::milliseconds(2));
                         --running;
                     },
                     4),
                 std::runtime_error);
    // Only the call that threw never decremented: every other started call had returned.
    EXPECT_EQ(running.load(), 1);
}
