// One story in many outlets (generate_corpus --story, tests/bench/CorpusGenerator.h): every article
// built from one pool of 60 sentences, with word edits and changed numbers, so most pairs share
// five or more sentences. Each pool sentence is in about 130 of the 320 articles, over the shingle
// index's cut-off (CandidateOptions::maxDocumentsPerShingle, 100), which pairs such documents only
// with a few anchors; that lost 7% of the related pairs here, the shared sources the closing of
// reprint stars does not reach. Run as a big folder (allPairsUpTo 0), the sentence groups must give
// every related pair: the same reprints and shared sources as comparing every pair.
#include "../bench/CorpusGenerator.h"

#include "ReuseTestUtil.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace parallax;

namespace {

std::set<std::pair<int, int>> reused(const ReuseResult& r) {
    std::set<std::pair<int, int>> out;
    for (const DocumentPair& p : r.pairs)
        if (p.relation == Relation::Reprint || p.relation == Relation::SharedSource)
            out.insert({p.a, p.b});
    return out;
}

} // namespace

TEST(OneStory, TheScaleIndexFindsEveryPairThatSharesAPassageWithoutACutOff) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    std::mt19937_64 rng(3);
    generated::Generator g(generated::vocabulary("", rng), 3);
    generated::StoryPool pool(g, 60);
    std::vector<std::vector<int>> sentences;
    for (int a = 0; a < 320; ++a) {
        const generated::StoryPool::Article article = pool.article(g);
        QFile f(dir.filePath(QStringLiteral("%1.txt").arg(a, 3, 10, QLatin1Char('0'))));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(article.text));
        sentences.push_back(article.sentences);
    }
    const Corpus corpus = test::loadFolder(dir.path());
    ASSERT_EQ(corpus.documents.size(), 320u);

    ReuseOptions options;
    options.pairsOnly = true;
    options.allPairsUpTo = 320;
    const std::set<std::pair<int, int>> everyPair = reused(test::reuseOf(corpus, options));
    options.allPairsUpTo = 0;
    const std::set<std::pair<int, int>> indexed = reused(test::reuseOf(corpus, options));

    // The truth: pairs sharing five or more pool sentences.
    int shared5 = 0, foundByEveryPair = 0, foundByIndex = 0;
    for (int a = 0; a < 320; ++a)
        for (int b = a + 1; b < 320; ++b) {
            std::vector<int> x = sentences[size_t(a)], y = sentences[size_t(b)], both;
            std::sort(x.begin(), x.end());
            std::sort(y.begin(), y.end());
            std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(both));
            if (both.size() < 5)
                continue;
            ++shared5;
            foundByEveryPair += everyPair.count({a, b}) > 0;
            foundByIndex += indexed.count({a, b}) > 0;
        }
    ASSERT_GT(shared5, 35000) << "most of the 51,040 pairs share five sentences";
    EXPECT_GE(foundByEveryPair, 0.98 * shared5);
    EXPECT_GE(foundByIndex, 0.98 * shared5);
    // Both runs decide each pair the same way: the index loses none of what every pair finds.
    std::vector<std::pair<int, int>> lost;
    std::set_difference(everyPair.begin(), everyPair.end(), indexed.begin(), indexed.end(),
                        std::back_inserter(lost));
    EXPECT_LE(lost.size(), everyPair.size() / 200) << "lost " << lost.size() << " of " << everyPair.size();
}

// In full mode at scale, a pair the wording decides takes its matches from the sentence groups
// (GroupedMatches.h) instead of comparing every sentence: the same pairs and relations as comparing
// every pair, and the matches it lists are ones full matching finds too, with the same kind, score
// and word edits; it leaves out paraphrases and splits, not the copies.
TEST(OneStory, GroupedMatchesAreTheWordLevelMatchesOfFullMatching) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    std::mt19937_64 rng(5);
    generated::Generator g(generated::vocabulary("", rng), 5);
    generated::StoryPool pool(g, 40);
    for (int a = 0; a < 80; ++a) {
        QFile f(dir.filePath(QStringLiteral("%1.txt").arg(a, 3, 10, QLatin1Char('0'))));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(pool.article(g).text));
    }
    const Corpus corpus = test::loadFolder(dir.path());
    ReuseOptions options;
    options.allPairsUpTo = 80;
    const ReuseResult every = test::reuseOf(corpus, options);
    options.allPairsUpTo = 0;
    const ReuseResult grouped = test::reuseOf(corpus, options);

    std::map<std::pair<int, int>, Relation> relations;
    for (const DocumentPair& p : every.pairs)
        relations[{p.a, p.b}] = p.relation;
    int sameRelation = 0;
    for (const DocumentPair& p : grouped.pairs) {
        const auto it = relations.find({p.a, p.b});
        sameRelation += it != relations.end() && it->second == p.relation;
    }
    EXPECT_GE(sameRelation, 0.995 * double(every.pairs.size()));
    auto key = [](const SentenceMatch& m) { return std::tuple(m.docA, m.docB, m.firstA, m.firstB); };
    std::map<std::tuple<int, int, int, int>, const SentenceMatch*> full;
    int wordLevel = 0;
    for (const SentenceMatch& m : every.matches) {
        full[key(m)] = &m;
        wordLevel += m.kind != MatchKind::Paraphrase && m.countA == 1 && m.countB == 1;
    }
    int same = 0;
    for (const SentenceMatch& m : grouped.matches) {
        const auto it = full.find(key(m));
        if (it == full.end())
            continue;
        const SentenceMatch& f = *it->second;
        same += f.kind == m.kind && f.score == m.score &&
                std::ranges::equal(every.editsOf(f), grouped.editsOf(m));
    }
    ASSERT_GT(wordLevel, 10000);
    // A match of the groups that full matching made otherwise is a tie broken another way (two copies
    // of one sentence in an article): rare.
    EXPECT_GE(same, 0.99 * double(grouped.matches.size()));
    // 92% here: a copy edited in two or three places can share too few shingles with another to
    // meet it in a MinHash band, and 80 articles give few other copies to link them through.
    EXPECT_GE(double(grouped.matches.size()), 0.9 * wordLevel);
}
