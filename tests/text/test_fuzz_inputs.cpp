// The inputs that once broke a fuzz target of tests/fuzz (kept, minimised, under tests/data/fuzz/),
// replayed through the same checks, and the bundled samples through them as a smoke test of the
// targets themselves. docs/testing.md lists the findings.
#include "fuzz/FuzzReplay.h"

#include <QFile>

namespace {

using namespace parallax;

void runOnSamples(int (*run)(const std::uint8_t*, std::size_t), QByteArray prefix = {}) {
    for (const QString& name : QDir(test::sampleCorpusDir()).entryList(QDir::Files)) {
        QFile file(test::sampleCorpusDir() + u'/' + name);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = prefix + file.readAll();
        run(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
    }
}

TEST(FuzzInputs, DecodingKeepsItsContractOnEveryKeptInput) {
    test::replayFuzzInputs(QStringLiteral("fuzz_decode"), fuzz::fuzzDecode);
    runOnSamples(fuzz::fuzzDecode);
}

TEST(FuzzInputs, SentencesKeepTheirContractOnEveryKeptInput) {
    test::replayFuzzInputs(QStringLiteral("fuzz_sentences"), fuzz::fuzzSentences);
    runOnSamples(fuzz::fuzzSentences, QByteArrayLiteral("\x08\x08"));
}

} // namespace
