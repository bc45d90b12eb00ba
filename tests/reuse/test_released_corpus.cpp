// The corpus-scale path: documents loaded without tokens, candidate samples taken while loading,
// tokens restored only for the documents compared. It must decide exactly what the full path does.
#include "ReuseTestUtil.h"
#include "SharedCorpus.h"
#include "corpus/DocumentTokens.h"
#include "reuse/CandidateSampler.h"
#include "reuse/Fingerprint.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace parallax;

namespace {

struct LightCorpus {
    Corpus corpus;
    std::vector<std::vector<std::uint64_t>> samples; // in document order
};

LightCorpus loadLight(const QString& folder) {
    CandidateSampler sampler;
    LoadOptions options;
    sampler.attachTo(options);
    const std::atomic_bool cancel{false};
    LightCorpus out{loadCorpus(folder, options, cancel), {}};
    out.samples = sampler.samplesFor(out.corpus.documents);
    return out;
}

void expectSamePairs(const ReuseResult& light, const ReuseResult& full) {
    ASSERT_EQ(light.pairs.size(), full.pairs.size());
    for (size_t i = 0; i < full.pairs.size(); ++i) {
        const DocumentPair &l = light.pairs[i], &f = full.pairs[i];
        EXPECT_EQ(l.a, f.a);
        EXPECT_EQ(l.b, f.b);
        EXPECT_EQ(l.relation, f.relation);
        EXPECT_EQ(l.original, f.original);
        EXPECT_EQ(l.sharedSentences, f.sharedSentences);
        EXPECT_DOUBLE_EQ(l.resemblance, f.resemblance);
        EXPECT_EQ(l.evidence, f.evidence);
    }
}

void write(const QString& path, const QString& text) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

} // namespace

TEST(ReleasedCorpus, SamplesFromTextEqualSamplesFromTokens) {
    const Corpus full = test::loadFolder(test::sampleCorpusDir());
    const LightCorpus light = loadLight(test::sampleCorpusDir());
    ASSERT_EQ(full.documents.size(), light.samples.size());
    for (size_t d = 0; d < full.documents.size(); ++d) {
        EXPECT_TRUE(tokensReleased(light.corpus.documents[d]));
        EXPECT_FALSE(light.samples[d].empty());
        EXPECT_EQ(light.samples[d], candidateSample(full.documents[d])) << full.documents[d].id.toStdString();
    }
}

// Candidates are fingerprinted without their tokens; the quotes of the seeds test the quoted flags.
TEST(ReleasedCorpus, FingerprintsFromTextEqualFingerprintsFromTokens) {
    PARALLAX_REQUIRE_SEEDS();
    for (const QString& folder : {test::sampleCorpusDir(), test::seedCorpusDir()}) {
        const Corpus full = test::loadFolder(folder);
        const LightCorpus light = loadLight(folder);
        ASSERT_EQ(full.documents.size(), light.corpus.documents.size());
        for (size_t d = 0; d < full.documents.size(); ++d) {
            const Fingerprint f = fingerprint(full.documents[d]);
            const Fingerprint l = fingerprint(light.corpus.documents[d]);
            const std::string id = full.documents[d].id.toStdString();
            EXPECT_TRUE(tokensReleased(light.corpus.documents[d])) << id;
            EXPECT_EQ(l.shingles, f.shingles) << id;
            EXPECT_EQ(l.sentenceStart, f.sentenceStart) << id;
            EXPECT_EQ(l.set, f.set) << id;
            EXPECT_EQ(l.quoted, f.quoted) << id;
            EXPECT_EQ(l.unquotedBySentence, f.unquotedBySentence) << id;
        }
    }
}

TEST(ReleasedCorpus, IndexedPathDecidesWhatTheFullPathDecides) {
    // The bundled sample corpus plus two articles on other subjects, with the candidate index forced
    // (allPairsUpTo 1): the unrelated articles are never compared, so they keep no tokens.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QDir samples(test::sampleCorpusDir());
    for (const QString& name : samples.entryList(QDir::Files))
        ASSERT_TRUE(QFile::copy(samples.filePath(name), dir.filePath(name)));
    write(dir.filePath("zz-harbour-budget.txt"),
          "The harbour board approved a budget of 4.2 million for dredging on Tuesday. Members voted "
          "six to one after a long debate about silt in the eastern channel. The work starts in spring "
          "and should take eleven weeks, the board's engineer said. Fishing crews welcomed the plan.");
    write(dir.filePath("zz-orchestra.txt"),
          "The city orchestra will tour three countries next season, its director announced. The tour "
          "opens in Lisbon with a programme of Sibelius and ends in Oslo in late November. Tickets go on "
          "sale next month; the orchestra expects its largest audiences since the hall was rebuilt.");

    ReuseOptions options;
    options.pairsOnly = true;
    options.allPairsUpTo = 1;
    const Corpus full = test::loadFolder(dir.path());
    LightCorpus light = loadLight(dir.path());
    const std::atomic_bool cancel{false};
    const ReuseResult expected = findReuse(full.documents, options, cancel);
    const ReuseResult got = findReuse(light.corpus.documents, light.samples, options, cancel);
    ASSERT_GE(expected.pairs.size(), 4u);
    expectSamePairs(got, expected);

    for (const char* id : {"zz-harbour-budget", "zz-orchestra"})
        EXPECT_TRUE(tokensReleased(light.corpus.documents[size_t(test::indexOf(light.corpus, id))])) << id;
    const int original = test::indexOf(light.corpus, "velmouth-courier");
    EXPECT_FALSE(tokensReleased(light.corpus.documents[size_t(original)]));
}

TEST(ReleasedCorpus, SmallCorpusRestoresEveryDocument) {
    PARALLAX_REQUIRE_SEEDS();
    ReuseOptions options;
    options.pairsOnly = true;
    const Corpus full = test::loadFolder(test::seedCorpusDir());
    LightCorpus light = loadLight(test::seedCorpusDir());
    const std::atomic_bool cancel{false};
    const ReuseResult got = findReuse(light.corpus.documents, light.samples, options, cancel);
    expectSamePairs(got, findReuse(full.documents, options, cancel));
    for (const Document& d : light.corpus.documents)
        EXPECT_FALSE(tokensReleased(d));
}
