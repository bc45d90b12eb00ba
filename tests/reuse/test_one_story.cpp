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

#include <set>

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
