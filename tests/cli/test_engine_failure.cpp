// An engine failure (an exception in a worker thread of a stage) as the CLI reports it: the reason
// on stderr, exit code 1. Injected through PipelineOptions, which the command line cannot reach, so
// this calls the command's analysis step directly.
#include "CliContext.h"
#include "CommandAnalysis.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <stdexcept>
#include <string>

using namespace parallax;
using namespace parallax::cli;

TEST(CliEngineFailure, AnExceptionInAWorkerIsExitCodeOneWithTheReason) {
    PipelineOptions options;
    options.threads = 2;
    std::atomic_int built{0};
    options.load.onDocument = [&](const Document&) {
        if (++built == 3)
            throw std::runtime_error("restoreTokens: sentence tokens differ from the document's");
    };
    ExitCode failed = Done;
    testing::internal::CaptureStderr();
    const Analysis* analysis = nullptr;
    {
        CliContext context;
        analysis = analyseForCommand(context, QStringLiteral(PARALLAX_SAMPLES_DIR), options, failed);
    } // flushes stderr
    std::fflush(stderr);
    const std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(analysis, nullptr);
    EXPECT_EQ(failed, InternalError);
    EXPECT_EQ(int(failed), 1);
    EXPECT_EQ(err, "parallax-cli: error: the analysis failed while reading articles: restoreTokens: sentence "
                   "tokens differ from the document's\n");
}

TEST(CliEngineFailure, AMissingFolderIsStillNothingToAnalyse) {
    ExitCode failed = Done;
    testing::internal::CaptureStderr();
    {
        CliContext context;
        EXPECT_EQ(analyseForCommand(context, QStringLiteral("/nonexistent/parallax"), {}, failed), nullptr);
    }
    std::fflush(stderr);
    testing::internal::GetCapturedStderr();
    EXPECT_EQ(failed, NothingToAnalyse);
}
