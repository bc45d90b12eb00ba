#pragma once

// Where the tests find the real seed corpus. It lives outside this tree (../shared) and is never
// copied in; a test that needs it skips with this message when it is absent.
#include <QDir>
#include <QString>

#include <gtest/gtest.h>

namespace parallax::test {

inline QString seedCorpusDir() {
    return QStringLiteral(PARALLAX_SHARED_DIR "/corpus/kyiv-2025-07-04");
}
inline QString sampleCorpusDir() {
    return QStringLiteral(PARALLAX_SAMPLES_DIR);
}
inline QString testDataDir() {
    return QStringLiteral(PARALLAX_TEST_DATA_DIR);
}

} // namespace parallax::test

// Skips the current test when the seed corpus is not beside the checkout.
#define PARALLAX_REQUIRE_SEEDS()                                                                             \
    do {                                                                                                     \
        if (!QDir(parallax::test::seedCorpusDir()).exists())                                                 \
            GTEST_SKIP() << "seed corpus not found at " << parallax::test::seedCorpusDir().toStdString()     \
                         << " (it lives in ../shared beside the checkout and is never copied in)";           \
    } while (0)
