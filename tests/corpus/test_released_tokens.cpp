// Documents loaded without their tokens (a corpus-scale run) are the documents a full load gives,
// and restoring their tokens gives back exactly the tokens a full build makes.
#include "SharedCorpus.h"
#include "corpus/CorpusLoader.h"
#include "corpus/DocumentBuilder.h"
#include "corpus/DocumentTokens.h"
#include "text/SentenceSegmenter.h"

#include <gtest/gtest.h>

using namespace parallax;

namespace {

Corpus load(const QString& folder, bool keepTokens) {
    const std::atomic_bool cancel{false};
    LoadOptions options;
    options.keepTokens = keepTokens;
    return loadCorpus(folder, options, cancel);
}

void expectSameTokens(const Document& full, const Document& restored) {
    ASSERT_EQ(full.tokens.size(), restored.tokens.size()) << full.id.toStdString();
    for (size_t t = 0; t < full.tokens.size(); ++t) {
        EXPECT_EQ(full.tokens[t].span, restored.tokens[t].span);
        EXPECT_EQ(full.tokens[t].key, restored.tokens[t].key);
        EXPECT_EQ(full.tokens[t].isNumeric, restored.tokens[t].isNumeric);
    }
}

void expectReleasedThenRestored(const QString& folder) {
    const Corpus full = load(folder, true);
    Corpus light = load(folder, false);
    ASSERT_FALSE(full.documents.empty());
    ASSERT_EQ(full.documents.size(), light.documents.size());
    for (size_t d = 0; d < full.documents.size(); ++d) {
        const Document& f = full.documents[d];
        Document& l = light.documents[d];
        EXPECT_FALSE(tokensReleased(f));
        EXPECT_TRUE(tokensReleased(l)) << l.id.toStdString();
        EXPECT_TRUE(l.tokens.empty());
        EXPECT_EQ(l.id, f.id);
        EXPECT_EQ(l.title, f.title);
        EXPECT_EQ(l.wordCount(), f.wordCount());
        EXPECT_EQ(f.wordCount(), int(f.tokens.size()));
        ASSERT_EQ(l.sentences.size(), f.sentences.size());
        for (size_t s = 0; s < f.sentences.size(); ++s) {
            EXPECT_EQ(l.sentences[s].span, f.sentences[s].span);
            EXPECT_EQ(l.sentences[s].firstToken, f.sentences[s].firstToken);
            EXPECT_EQ(l.sentences[s].tokenCount, f.sentences[s].tokenCount);
        }
        restoreTokens(l);
        EXPECT_FALSE(tokensReleased(l));
        expectSameTokens(f, l);
        restoreTokens(l); // a second restore changes nothing
        expectSameTokens(f, l);
        releaseTokens(l);
        EXPECT_TRUE(tokensReleased(l));
        EXPECT_EQ(l.wordCount(), f.wordCount());
    }
}

} // namespace

TEST(ReleasedTokens, SampleCorpusRestoresToTheFullBuild) {
    expectReleasedThenRestored(test::sampleCorpusDir());
}

TEST(ReleasedTokens, SeedCorpusRestoresToTheFullBuild) {
    PARALLAX_REQUIRE_SEEDS();
    expectReleasedThenRestored(test::seedCorpusDir());
}

TEST(ReleasedTokens, AwkwardTextRestoresToTheFullBuild) {
    // Abbreviations, number separators, combining accents, astral letters, a sentence of only a
    // dash between boilerplate, a caption and an attribution: every token rule the builder meets.
    const QString text =
        QStringLiteral("Mr. Smith’s co-ordinated 5,000-strong U.S. team arrived at 9 a.m. in Zürich.\n\n"
                       "Photograph: Jane Roe/Reuters\n\n"
                       "Cafe\u0301 owners said “no” to 𝐀𝐁C. — . It cost 3.5% more; F-16s flew.\n\n"
                       "– Guardian");
    const SentenceSegmenter segmenter;
    Document full, light;
    buildDocument(full, text, ArticleFormat::Text, segmenter);
    buildDocument(light, text, ArticleFormat::Text, segmenter, /*withTokens=*/false);
    ASSERT_GT(full.wordCount(), 20);
    EXPECT_EQ(light.wordCount(), full.wordCount());
    EXPECT_TRUE(tokensReleased(light));
    restoreTokens(light);
    expectSameTokens(full, light);
}

TEST(ReleasedTokens, DocumentWithoutWordsIsNotReleased) {
    Document empty;
    EXPECT_FALSE(tokensReleased(empty));
    restoreTokens(empty);
    EXPECT_TRUE(empty.tokens.empty());
}
