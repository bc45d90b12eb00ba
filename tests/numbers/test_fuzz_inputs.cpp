// The inputs that once broke the fuzz target fuzz_numbers (tests/fuzz; kept, minimised, under
// tests/data/fuzz/fuzz_numbers/), replayed through the same checks, and the bundled samples through
// them as a smoke test of the target itself. docs/testing.md lists the findings.
#include "fuzz/FuzzReplay.h"

#include <QFile>

namespace {

using namespace parallax;

TEST(FuzzInputs, NumbersKeepTheirContractOnEveryKeptInput) {
    test::replayFuzzInputs(QStringLiteral("fuzz_numbers"), fuzz::fuzzNumbers);
    for (const QString& name : QDir(test::sampleCorpusDir()).entryList(QDir::Files)) {
        QFile file(test::sampleCorpusDir() + u'/' + name);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        fuzz::fuzzNumbers(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                          std::size_t(bytes.size()));
    }
}

} // namespace
