// The inputs that once broke the fuzz target fuzz_claims (tests/fuzz; kept, minimised, under
// tests/data/fuzz/fuzz_claims/), replayed through the same checks, and the bundled samples through
// them as a smoke test of the target itself. docs/testing.md lists the findings.
#include "fuzz/FuzzReplay.h"

#include <QFile>

namespace {

using namespace parallax;

TEST(FuzzInputs, ClaimsKeepTheirContractOnEveryKeptInput) {
    test::replayFuzzInputs(QStringLiteral("fuzz_claims"), fuzz::fuzzClaims);
    for (const QString& name : QDir(test::sampleCorpusDir()).entryList(QDir::Files)) {
        QFile file(test::sampleCorpusDir() + u'/' + name);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        fuzz::fuzzClaims(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
    }
}

} // namespace
