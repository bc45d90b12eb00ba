#pragma once

// Replays the inputs a fuzz target once failed on (tests/data/fuzz/TARGET/, minimised by libFuzzer)
// through that target's checks, in the normal test suite. A regression aborts the test program with
// the broken contract on stderr, or is a sanitizer report under scripts/test --sanitize.
#include "SharedCorpus.h"
#include "fuzz/FuzzCheck.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace parallax::test {

inline int replayFuzzInputs(const QString& target, int (*run)(const std::uint8_t*, std::size_t)) {
    const QDir dir(testDataDir() + QStringLiteral("/fuzz/") + target);
    int replayed = 0;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const QByteArray bytes = file.readAll();
        SCOPED_TRACE(name.toStdString());
        run(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
        ++replayed;
    }
    return replayed;
}

} // namespace parallax::test
