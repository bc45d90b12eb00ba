// A wire story reprinted by 30 outlets among 100 articles, written by the generator of
// `generate_corpus --syndication` (tests/bench/CorpusGenerator.h): the reprints and the wire story
// are one family, with no other member, and the wire story is its original. Run both ways reuse
// finds candidates: every pair (a small folder) and the corpus-scale index with its sentence groups.
#include "../bench/CorpusGenerator.h"

#include "analysis/Families.h"
#include "corpus/CorpusLoader.h"
#include "reuse/FindReuse.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <random>

using namespace parallax;

namespace {

struct Folder {
    QTemporaryDir dir;
    std::vector<QString> roles; // by file name order (the loader's document order)
};

// Files are named in a shuffled order so the original is not the first document.
void writeSyndication(Folder& folder, int reprints, int articles, int passages) {
    std::mt19937_64 rng(7);
    generated::Generator g(generated::vocabulary("", rng), 7);
    const std::vector<generated::GeneratedArticle> texts =
        generated::syndicationArticles(g, reprints, articles, passages);
    std::vector<int> names(texts.size());
    for (size_t i = 0; i < names.size(); ++i)
        names[i] = int(i);
    std::shuffle(names.begin(), names.end(), rng);
    folder.roles.assign(texts.size(), QString());
    for (size_t i = 0; i < texts.size(); ++i) {
        QFile f(folder.dir.filePath(QStringLiteral("%1.txt").arg(names[i], 3, 10, QLatin1Char('0'))));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(texts[i].text));
        folder.roles[size_t(names[i])] = QString::fromStdString(texts[i].role);
    }
}

void expectOneFamily(const Corpus& corpus, const std::vector<QString>& roles, const ReuseOptions& options) {
    const std::atomic_bool cancel{false};
    const ReuseResult reuse = findReuse(corpus.documents, options, cancel);
    const std::vector<ReprintFamily> families = findFamilies(corpus.documents, reuse);
    ASSERT_FALSE(families.empty());
    std::vector<int> expected;
    int original = -1;
    for (size_t d = 0; d < roles.size(); ++d) {
        if (roles[d] == u"original" || roles[d] == u"reprint")
            expected.push_back(int(d));
        if (roles[d] == u"original")
            original = int(d);
    }
    EXPECT_EQ(families[0].members, expected) << "the wire story and its 30 reprints, nothing else";
    EXPECT_EQ(families[0].original, original);
    EXPECT_EQ(families[0].representative, original);
    for (size_t f = 1; f < families.size(); ++f)
        for (int m : families[f].members)
            EXPECT_NE(roles[size_t(m)], u"reprint") << "a reprint outside the family";
}

} // namespace

TEST(Syndication, ThirtyReprintsAmongAHundredArticlesAreOneFamilyWithTheWireStoryAsOriginal) {
    Folder folder;
    ASSERT_TRUE(folder.dir.isValid());
    writeSyndication(folder, 30, 100, 10);
    const std::atomic_bool cancel{false};
    const Corpus corpus = loadCorpus(folder.dir.path(), {}, cancel);
    ASSERT_EQ(corpus.documents.size(), 100u);
    QElapsedTimer clock;
    clock.start();
    expectOneFamily(corpus, folder.roles, {});
    ReuseOptions scale;
    scale.allPairsUpTo = 0; // as in a folder of thousands: candidates from the index and the groups
    expectOneFamily(corpus, folder.roles, scale);
    EXPECT_LT(clock.elapsed(), 5000);
}
